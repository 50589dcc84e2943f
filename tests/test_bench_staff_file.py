"""The bench's `import_2000_rows_s` times an import that succeeds, on a file the import accepts whole."""
from __future__ import annotations

from pathlib import Path

from desktop_app.services.container import build_services
from desktop_app.storage.database import open_store
from tests.sealing import office_key


def test_the_bench_import_file_is_accepted_row_for_row(tmp_path: Path) -> None:
    from desktop_app.bench.staff import _write_import_file

    source = tmp_path / "staff.csv"
    _write_import_file(source, 400)
    services = build_services(open_store(tmp_path / "office.sqlite", office_key()))
    try:
        services.staff.importer.apply(source)     # raises if any row is refused (e.g. appointed before 16)
        assert len(services.staff.rows()) == 400
    finally:
        services.close()
