"""The bench's `print_all_s` times a real `bagalau print all` on the sealed demo office, not a refusal."""
from __future__ import annotations

from pathlib import Path


def test_print_all_figure_times_a_run_that_writes_every_document(tmp_path: Path) -> None:
    from desktop_app.bench.printing import _print_all

    seconds = _print_all(tmp_path)
    written = sorted(p.name for p in (tmp_path / "print_all").iterdir())
    assert seconds > 0.5                         # sixty documents, not an instant "password needed"
    assert "protocol_ru.pdf" in written and "calibration-order_kk.docx" in written and "sheets_both.pdf" in written
