"""Protocol speed: median time to render a realistic two-case protocol as PDF (target ≤ 150 ms)."""
from __future__ import annotations

import statistics
import time
from pathlib import Path

from desktop_app.reports.calibration_sample import sample_protocol
from desktop_app.reports.protocol_pdf import render_protocol_pdf


def measure(workdir: Path) -> dict[str, float]:
    data = sample_protocol()
    render_protocol_pdf(data, "kk")          # fonts registered and parsed once, as in a running program
    times = []
    for _ in range(7):
        start = time.perf_counter()
        render_protocol_pdf(data, "kk")
        times.append((time.perf_counter() - start) * 1000)
    return {"protocol_pdf_ms": round(statistics.median(times), 1)}
