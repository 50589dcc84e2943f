"""Look inside an .xlsx (a zip of XML files) before openpyxl loads it, and refuse what costs too much.

openpyxl reads every shared string into memory as soon as a workbook is opened, even in read-only
mode: a 708 KB file holding 3 million empty strings took 53 s and 710 MB before it could be refused
. The zip's own directory states each member's uncompressed size (zipfile never inflates
past it), and the XML is counted by streaming with a fixed limit, so a hostile workbook is refused
after reading at most the limits below. The scan also notes which rows each sheet hides, which
read-only openpyxl cannot tell.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import ParseError, XMLPullParser

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg

# A district office has tens of staff; these bounds leave a hundredfold margin.
MAX_ROWS = 5_000
MAX_CELLS = 100_000
MAX_SHARED_STRINGS = 100_000
MAX_UNCOMPRESSED = 40 * 1024 * 1024  # bytes, all members together
_CHUNK = 64 * 1024


@dataclass
class WorkbookScan:
    """What the scan learned: hidden row numbers per worksheet member (e.g. "xl/worksheets/sheet1.xml")."""

    hidden_rows: dict[str, list[int]] = field(default_factory=dict)


def _too_big(file: str, what: object, limit: int) -> ValidationError:
    return ValidationError(msg(N_("msg", "The workbook {file} is too large to import: {what} exceed {limit}. A "
                                         "staff list needs far less; save only the staff sheet and try again."),
                               file=file, what=what, limit=limit))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _stream(archive: zipfile.ZipFile, name: str):  # type: ignore[no-untyped-def]
    """Elements of member `name` as they end, parsed a chunk at a time (memory stays small)."""
    parser: XMLPullParser = XMLPullParser(events=("start", "end"))
    with archive.open(name) as fh:
        while chunk := fh.read(_CHUNK):
            parser.feed(chunk)
            yield from parser.read_events()
    parser.close()
    yield from parser.read_events()


class _Counter:
    """Running totals over the whole workbook: shared strings, and rows and cells per member."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.strings = 0
        self.cells = 0

    def member(self, archive: zipfile.ZipFile, name: str) -> list[int]:
        """Count one XML member; returns the numbers of the rows it hides (empty for a non-sheet)."""
        rows = 0
        hidden: list[int] = []
        for event, element in _stream(archive, name):
            tag = _local(element.tag)
            if event == "start" and tag == "row":
                rows += 1
                if rows > MAX_ROWS:
                    raise _too_big(self.file, msg(N_("msg", "its rows")), MAX_ROWS)
                if element.get("hidden") in ("1", "true"):
                    number = element.get("r")
                    hidden.append(int(number) if number and number.isdigit() else rows)
            elif event == "end" and tag == "c":
                self.cells += 1
                if self.cells > MAX_CELLS:
                    raise _too_big(self.file, msg(N_("msg", "its cells")), MAX_CELLS)
            elif event == "end" and tag == "si":
                self.strings += 1
                element.clear()
                if self.strings > MAX_SHARED_STRINGS:
                    raise _too_big(self.file, msg(N_("msg", "its shared strings")), MAX_SHARED_STRINGS)
            elif event == "end" and tag == "row":
                element.clear()
        return hidden


def scan_workbook(path: Path) -> WorkbookScan:
    """Refuse a workbook whose size, rows, cells or shared strings exceed the bounds; note hidden rows."""
    not_workbook = N_("msg", "The file {file} is not an Excel workbook ({detail}).")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ValidationError(msg(not_workbook, file=path.name, detail=str(exc))) from exc
    scan = WorkbookScan()
    with archive:
        members = archive.infolist()
        total = sum(m.file_size for m in members)
        if total > MAX_UNCOMPRESSED:
            raise ValidationError(msg(N_("msg", "The workbook {file} is too large to import: {mb} MB unpacked, at "
                                                "most {limit} MB. Save only the staff sheet and try again."),
                                      file=path.name, mb=total // (1024 * 1024),
                                      limit=MAX_UNCOMPRESSED // (1024 * 1024)))
        # Every member is counted wherever it sits: the workbook's own index may put the shared strings
        # or a sheet under any name, and openpyxl follows it.
        counter = _Counter(path.name)
        for m in members:
            if m.is_dir():
                continue
            try:
                scan.hidden_rows[m.filename] = counter.member(archive, m.filename)
            except ParseError as exc:
                if m.filename.lower().endswith((".xml", ".rels")):
                    raise ValidationError(msg(not_workbook, file=path.name, detail=str(exc))) from exc
                # an image or other binary part: not XML, never read as a sheet
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise ValidationError(msg(not_workbook, file=path.name, detail=str(exc))) from exc
    return scan
