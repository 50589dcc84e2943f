"""Reading a staff list file (XLSX, or CSV in UTF-8 or Windows-1251) into header + text rows."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.i18n import N_, msg
from desktop_app.domain.text import fold

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


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise ValidationError(msg(N_("msg", "The file {file} is not an Excel workbook ({detail})."),
                                  file=path.name, detail=str(exc))) from exc
    try:
        ws = wb.worksheets[0]
        return [[_cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel "CSV" on a Russian- or Kazakh-language Windows: Windows-1251, or KZ-1048 (1251 with the
        # Kazakh letters in place of rarely used Serbian/Macedonian ones). Russian text is the same in both,
        # so reading as KZ-1048 also keeps ә, ғ, қ, ң, ө, ұ, ү, һ, і that 1251 cannot hold.
        text = raw.decode("kz1048", errors="replace")
    first = text.splitlines()[0] if text else ""
    delimiter = max(";,\t", key=first.count) if first else ";"
    try:
        return [[c.strip() for c in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as exc:  # e.g. a bare carriage return inside an unquoted field
        raise ValidationError(msg(N_("msg", "The file {file} is not a readable CSV table ({detail}). Save it "
                                          "again from Excel as \"CSV UTF-8\" or as .xlsx."),
                                  file=path.name, detail=str(exc))) from exc


def read_staff_table(path: Path) -> tuple[dict[str, int], list[tuple[int, list[str]]]]:
    """The column map (key → index) and the data rows with their spreadsheet row numbers."""
    if not path.exists():
        raise ValidationError(msg(N_("msg", "The file {file} does not exist."), file=str(path)))
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        rows = _read_xlsx(path)
    elif suffix in (".csv", ".txt"):
        rows = _read_csv(path)
    else:
        raise ValidationError(msg(N_("msg", "Import reads .xlsx and .csv files, not {suffix}."), suffix=suffix))
    header_at = next((i for i, r in enumerate(rows) if any(c for c in r)), None)
    if header_at is None:
        raise ValidationError(msg(N_("msg", "The file {file} is empty."), file=path.name))
    known = {h: key for key, names in HEADERS.items() for h in names}
    columns: dict[str, int] = {}
    for i, cell in enumerate(rows[header_at]):
        key = known.get(_norm_header(cell))
        if key and key not in columns:
            columns[key] = i
    missing = [HEADERS[k][0].capitalize() for k in REQUIRED if k not in columns]
    if missing:
        raise ValidationError(msg(N_("msg", "The file has no column(s): {columns}. The first row must name the "
                                          "columns, e.g. ИИН, Фамилия, Имя, Отчество, Подразделение, Должность, "
                                          "Категория, Руководящая (да/нет), Дата назначения."),
                                  columns=", ".join(missing)))
    data = [(header_at + 2 + i, r) for i, r in enumerate(rows[header_at + 1:]) if any(c for c in r)]
    return columns, data
