"""The demo part: session number 1 held, closed and printable; a pending appeal."""
from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from desktop_app.demo.calibration import demo_calibration
from desktop_app.domain.calibration import SessionStatus
from tests.services.calibration_support import open_office


def test_demo_writes_a_held_session_and_a_pending_appeal(tmp_path, monkeypatch) -> None:
    services = open_office(tmp_path, monkeypatch)
    try:
        with services.store.atomic():
            line = demo_calibration(services, date(2026, 11, 22))
        assert "session No. 1" in line and "pending appeal" in line
        [session] = services.calibration.sessions()
        assert session.number == "1" and session.status is SessionStatus.CLOSED and session.posted_on
        rows = services.calibration.appeals(date(2026, 11, 22))
        assert len(rows) == 2 and sum(1 for r in rows if r.appeal.session_id is None) == 1
        held = next(r for r in rows if r.appeal.session_id is not None)
        assert held.appeal.final_score == 3.0 and held.appeal.original_score == 2.5
        text = " ".join(PdfReader(io.BytesIO(services.calibration.papers.protocol(session.id, "kk"))).pages[0]
                        .extract_text().split())
        assert "ХАТТАМА" in text and "№ 1" in text
        memo = services.calibration.papers.memo(held.appeal.id, "kk")
        assert memo[:4] == b"%PDF"
    finally:
        services.close()
