"""build/requirements.lock pins every dependency of pyproject.toml inside its range, with hashes."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent


def _pins() -> dict[str, str]:
    text = (ROOT / "build" / "requirements.lock").read_text(encoding="utf-8")
    pins = {canonicalize_name(m[1]): m[2] for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", text, re.M)}
    entries = re.split(r"\n(?=[A-Za-z0-9])", text)
    unhashed = [e.split()[0] for e in entries if e.strip() and not e.startswith("#") and "--hash=sha256:" not in e]
    assert unhashed == []
    return pins


def test_every_dependency_is_pinned_inside_its_range() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [Requirement(r) for r in [*project["dependencies"], *project["optional-dependencies"]["dev"]]]
    pins = _pins()
    missing = [str(r) for r in wanted if canonicalize_name(r.name) not in pins]
    outside = [f"{r} (locked {pins[canonicalize_name(r.name)]})" for r in wanted
               if canonicalize_name(r.name) in pins and pins[canonicalize_name(r.name)] not in r.specifier]
    assert missing == [], "run build/lock.sh"
    assert outside == [], "run build/lock.sh"
