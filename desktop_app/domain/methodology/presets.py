"""The methodologies shipped as data in resources/methodologies/*.json."""
from __future__ import annotations

from pathlib import Path

from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.methodology.codec import loads
from desktop_app.domain.methodology.model import Methodology

TYPICAL_2025 = "typical_2025"
POINTS_2017 = "points_2017"


def presets_dir() -> Path:
    from desktop_app.paths import resources_dir

    return resources_dir() / "methodologies"


def preset_names() -> list[str]:
    """File stems of the shipped presets, e.g. ["points_2017", "typical_2025"]."""
    return sorted(p.stem for p in presets_dir().glob("*.json"))


def load_preset(name: str) -> Methodology:
    """Read and validate one preset; its `preset` field is set to `name`."""
    path = presets_dir() / f"{name}.json"
    if not path.is_file():
        raise NotFoundError(msg(N_("msg", "There is no methodology preset \"{name}\"."), name=name))
    return loads(path.read_bytes()).with_changes(preset=name)
