"""Writing a document the command line made: the exact file asked for, or a clear refusal.

`print annual --out` into a missing folder ended in a traceback, and `export --out dir.csv`
silently wrote `dir.csv.xlsx`. The file is written beside its target and moved into place, so a
failure never leaves half a document under the asked name.
"""
from __future__ import annotations

from pathlib import Path

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg


def check_output(path: Path, suffixes: tuple[str, ...]) -> Path:
    """The file to write: `path`, given the first suffix when it has none; an output name the command
    cannot honour (another suffix, a folder, a missing folder) is refused before any work is done."""
    if not path.suffix and not path.is_dir():
        path = path.with_name(path.name + suffixes[0])
    if path.suffix.lower() not in suffixes:
        raise ValidationError(msg(N_("msg", "The output file {file} must end in {suffixes}."),
                                  file=str(path), suffixes=" / ".join(suffixes)), field="out")
    if path.is_dir():
        raise ValidationError(msg(N_("msg", "{file} is a folder: give the name of the file to write."),
                                  file=str(path)), field="out")
    if not path.parent.is_dir():
        raise ValidationError(msg(N_("msg", "The folder {folder} does not exist."), folder=str(path.parent)),
                              field="out")
    return path


def write_output(path: Path, data: bytes, suffixes: tuple[str, ...]) -> Path:
    path = check_output(path, suffixes)
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(data)
        part.replace(path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise ValidationError(msg(N_("msg", "The file {file} cannot be written ({detail})."), file=str(path),
                                  detail=exc.strerror or str(exc)), field="out") from exc
    return path
