"""Reading a staff list file (XLSX, or CSV in UTF-8 or Windows-1251) into header + text rows."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.text import fold
from desktop_app.services.xlsx_guard import MAX_ROWS, MAX_UNCOMPRESSED, scan_workbook

# Column keys and the headers accepted for them (Russian and Kazakh; compared folded, without "(…)").
HEADERS: dict[str, tuple[str, ...]] = {
    "iin": ("иин", "жсн"),
    "last_name": ("фамилия", "тегі"),
    "first_name": ("имя", "аты"),
    "middle_name": ("отчество", "әкесінің аты"),
    "unit": ("подразделение", "бөлімше", "структурное подразделение", "құрылымдық бөлімше"),
    "position": ("должность", "лауазым"),
    "category": ("категория", "санат"),
    "leadership": ("руководящая", "басшы", "руководящая должность", "басшы лауазым"),
    "appointed": ("дата назначения", "тағайындалған күні"),
    "dismissed": ("дата увольнения", "босатылған күні"),
    "phone": ("телефон",),
    "email": ("e-mail", "email", "электронная почта", "электрондық пошта"),
}
MAX_COLUMNS = 60  # a staff sheet has 12; a "last used column" of XFD must not make 16 384 per row
REQUIRED = ("iin", "last_name", "first_name", "unit", "position", "category", "leadership", "appointed")


def _norm_header(text: str) -> str:
    text = fold(text)
    if "(" in text:
        text = text[:text.index("(")]
    return " ".join(text.replace(":", " ").split())


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


@dataclass
class _Sheet:
    title: str
    rows: list[list[str]]
    hidden: bool = False
    hidden_rows: frozenset[int] = frozenset()


def _read_xlsx(path: Path) -> list[_Sheet]:
    from openpyxl import load_workbook

    scan = scan_workbook(path)  # refuses an oversized workbook before openpyxl reads a byte of it
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise ValidationError(msg(N_("msg", "The file {file} is not an Excel workbook ({detail})."),
                                  file=path.name, detail=str(exc))) from exc
    try:
        sheets = []
        for ws in wb.worksheets:
            member = str(getattr(ws, "_worksheet_path", "")).lstrip("/")
            rows = [[_cell_text(v) for v in row]
                    for row in ws.iter_rows(max_col=MAX_COLUMNS, values_only=True)]
            sheets.append(_Sheet(ws.title, rows, ws.sheet_state != "visible",
                                 frozenset(scan.hidden_rows.get(member, ()))))
        return sheets
    finally:
        wb.close()


def _decode_csv(raw: bytes, name: str) -> str:
    """UTF-8, or else Windows-1251 / KZ-1048; a file mixing both is refused (it gave garbled
    names and a garbled duplicate unit)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    utf8_lines, legacy_lines = [], []
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_lines.append(number)
        except UnicodeDecodeError:
            legacy_lines.append(number)
    if utf8_lines and legacy_lines:
        raise ValidationError(msg(N_("msg", "The file {file} mixes two encodings: lines {utf8} are in UTF-8, lines "
                                          "{legacy} in Windows-1251. Save the whole table again from Excel as "
                                          "\"CSV UTF-8\" or as .xlsx."),
                                  file=name, utf8=_few(utf8_lines), legacy=_few(legacy_lines)))
    # Excel "CSV" on a Russian- or Kazakh-language Windows: Windows-1251, or KZ-1048 (1251 with the
    # Kazakh letters in place of rarely used Serbian/Macedonian ones). Russian text is the same in both,
    # so reading as KZ-1048 also keeps ә, ғ, қ, ң, ө, ұ, ү, һ, і that 1251 cannot hold.
    return raw.decode("kz1048", errors="replace")


def _few(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:5])
    return shown + (", …" if len(numbers) > 5 else "")


def _read_csv(path: Path) -> list[_Sheet]:
    raw = path.read_bytes()
    if len(raw) > MAX_UNCOMPRESSED:
        raise ValidationError(msg(N_("msg", "The file {file} is too large to import ({mb} MB): a staff list "
                                          "needs far less."), file=path.name, mb=len(raw) // (1024 * 1024)))
    text = _decode_csv(raw, path.name)
    first = text.splitlines()[0] if text else ""
    delimiter = max(";,\t", key=first.count) if first else ";"
    try:
        rows = [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as exc:  # e.g. a bare carriage return inside an unquoted field
        raise ValidationError(msg(N_("msg", "The file {file} is not a readable CSV table ({detail}). Save it "
                                          "again from Excel as \"CSV UTF-8\" or as .xlsx."),
                                  file=path.name, detail=str(exc))) from exc
    if len(rows) > MAX_ROWS:
        raise ValidationError(msg(N_("msg", "The file {file} is too large to import: {what} exceed {limit}. A "
                                          "staff list needs far less; save only the staff sheet and try again."),
                                  file=path.name, what=msg(N_("msg", "its rows")), limit=MAX_ROWS))
    return [_Sheet(path.stem, rows)]


def _columns(rows: list[list[str]]) -> tuple[int | None, dict[str, int]]:
    """The header row's index and the column map it gives (empty when the sheet has no header)."""
    header_at = next((i for i, r in enumerate(rows) if any(c for c in r)), None)
    if header_at is None:
        return None, {}
    known = {h: key for key, names in HEADERS.items() for h in names}
    columns: dict[str, int] = {}
    for i, cell in enumerate(rows[header_at]):
        key = known.get(_norm_header(cell))
        if key and key not in columns:
            columns[key] = i
    return header_at, columns


def _is_staff(columns: dict[str, int]) -> bool:
    return all(k in columns for k in REQUIRED)


def _choose_sheet(sheets: list[_Sheet], name: str) -> _Sheet:
    """The one visible sheet holding the staff list; two of them, or only a hidden one, are refused."""
    staff = [s for s in sheets if _is_staff(_columns(s.rows)[1])]
    visible = [s for s in staff if not s.hidden]
    if len(visible) > 1:
        raise ValidationError(msg(N_("msg", "The workbook {file} has {n} sheets with a staff list ({sheets}): "
                                          "importing one would silently ignore the others. Keep the staff in one "
                                          "sheet and try again."),
                                  file=name, n=len(visible), sheets=", ".join(f"«{s.title}»" for s in visible)))
    if visible:
        return visible[0]
    if staff:
        raise ValidationError(msg(N_("msg", "The staff list of {file} is on the hidden sheet «{sheet}». Show the "
                                          "sheet in Excel (or copy the list to a visible sheet) and try again."),
                                  file=name, sheet=staff[0].title))
    shown = [s for s in sheets if not s.hidden]
    return (shown or sheets)[0]


def read_staff_table(path: Path) -> tuple[dict[str, int], list[tuple[int, list[str]]]]:
    """The column map (key → index) and the data rows with their spreadsheet row numbers."""
    if not path.exists():
        raise ValidationError(msg(N_("msg", "The file {file} does not exist."), file=str(path)))
    if path.is_dir():
        raise ValidationError(msg(N_("msg", "{file} is a folder, not a file: choose the staff list file itself."),
                                  file=str(path)))
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            sheets = _read_xlsx(path)
        elif suffix in (".csv", ".txt"):
            sheets = _read_csv(path)
        else:
            raise ValidationError(msg(N_("msg", "Import reads .xlsx and .csv files, not {suffix}."),
                                      suffix=suffix))
    except OSError as exc:  # unreadable: permissions, a vanished drive
        raise ValidationError(msg(N_("msg", "The file {file} cannot be read ({detail})."),
                                  file=str(path), detail=exc.strerror or str(exc))) from exc
    sheet = _choose_sheet(sheets, path.name)
    rows = sheet.rows
    header_at, columns = _columns(rows)
    if header_at is None:
        raise ValidationError(msg(N_("msg", "The file {file} is empty."), file=path.name))
    missing = [HEADERS[k][0].capitalize() for k in REQUIRED if k not in columns]
    if missing:
        raise ValidationError(msg(N_("msg", "The file has no column(s): {columns}. The first row must name the "
                                          "columns, e.g. ИИН, Фамилия, Имя, Отчество, Подразделение, Должность, "
                                          "Категория, Руководящая (да/нет), Дата назначения."),
                                  columns=", ".join(missing)))
    data = [(header_at + 2 + i, r) for i, r in enumerate(rows[header_at + 1:]) if any(c for c in r)]
    hidden = [n for n, _ in data if n in sheet.hidden_rows]
    if hidden:  # e.g. left by a filter: what the user sees must be exactly what is imported
        raise ValidationError(msg(N_("msg", "Rows {rows} of the sheet «{sheet}» are hidden. Show all rows (clear "
                                          "any filter) or delete the ones not to import, then try again."),
                                  rows=_few(hidden), sheet=sheet.title))
    return columns, data


def read_rows(path: Path) -> list[list[str]]:
    """The rows of the first visible sheet of an XLSX, or of a CSV (UTF-8 or Windows-1251), as text.
    Used by small tables other than the staff list (the calendar's transfers)."""
    if not path.is_file():
        raise ValidationError(msg(N_("msg", "The file {file} does not exist."), file=str(path)))
    sheets = _read_xlsx(path) if path.suffix.lower() in (".xlsx", ".xlsm") else _read_csv(path)
    visible = [s for s in sheets if not s.hidden]
    if not visible:
        raise ValidationError(msg(N_("msg", "The file {file} has no visible sheet."), file=path.name))
    return [r for i, r in enumerate(visible[0].rows, start=1) if i not in visible[0].hidden_rows]  # as seen
