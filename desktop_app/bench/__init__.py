"""`bagalau bench`: one JSON object of figures measured in one run on generated offices.

Each area adds a module with `measure(workdir: Path) -> dict[str, float]` to `BENCH_MODULES`.
Figures, not pass/fail: the issues state the targets; the README shows the last run.
"""
from __future__ import annotations

import importlib
from pathlib import Path

BENCH_MODULES = [
    "desktop_app.bench.startup",
    "desktop_app.bench.staff",
    "desktop_app.bench.documents",
    "desktop_app.bench.printing",
    "desktop_app.bench.calibration",
    "desktop_app.bench.quarter",
    "desktop_app.bench.quarter_close",
    "desktop_app.bench.safety",
    "desktop_app.bench.pages",
    "desktop_app.bench.sealing",
]


def run_all(workdir: Path, only: list[str] | None = None) -> dict[str, float]:
    figures: dict[str, float] = {}
    for name in BENCH_MODULES:
        if only and not any(o in name for o in only):
            continue
        module = importlib.import_module(name)
        figures.update(module.measure(workdir))
    return figures
