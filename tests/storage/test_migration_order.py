"""The schema files are named in the order their migrations run, so a reader sees the history in `ls`."""
from __future__ import annotations

from pathlib import Path

from desktop_app.storage import migrations

SCHEMA = Path(migrations.__file__).parent / "schema"


def test_schema_files_sort_in_the_order_the_migrations_run() -> None:
    files_in_run_order = []
    for fn in migrations.ORDER:
        name = fn.__module__.rsplit(".", 1)[1]
        if name not in files_in_run_order:
            files_in_run_order.append(name)
    on_disk = sorted(p.stem for p in SCHEMA.glob("s*.py"))
    assert files_in_run_order == on_disk


def test_every_migration_has_a_unique_recorded_name() -> None:
    names = [fn.__name__ for fn in migrations.ORDER]
    assert len(names) == len(set(names))
