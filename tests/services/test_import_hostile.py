"""Hostile staff files: each is refused with a message in Russian and Kazakh naming what is
wrong, and the database file is byte-for-byte unchanged. The files are in tests/fixtures/hostile/
(written by make_fixtures.py); the large ones are generated here."""
from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from desktop_app.cli.translation import make_translate
from desktop_app.domain.errors import ValidationError
from desktop_app.storage.database import open_store
from tests.sealing import office_key

HOSTILE = Path(__file__).resolve().parent.parent / "fixtures" / "hostile"
RU, KK = make_translate("ru"), make_translate("kk")


def snapshot(db: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in db.parent.glob(db.name + "*") if not p.name.endswith((".lock", "-shm"))}  # -shm: readers' marks only


@pytest.fixture
def office(tmp_path: Path):
    """A real office with two people (staff_base.csv), open as the window would hold it."""
    from desktop_app.services.container import build_services

    store = open_store(tmp_path / "office.sqlite", office_key())
    services = build_services(store)
    services.staff.importer.apply(HOSTILE / "staff_base.csv")
    yield services
    store.close()


def refused(services, file: Path) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Plan and apply `file`; both must refuse. The Russian and Kazakh texts of what the user reads."""
    before = snapshot(services.store.path)
    staff = len(services.staff.rows())
    try:
        plan = services.staff.importer.plan(file)
    except ValidationError as exc:
        texts = exc.render(RU), exc.render(KK)
    else:
        assert not plan.ok
        texts = plan.report(RU, only_errors=True), plan.report(KK, only_errors=True)
    with pytest.raises(ValidationError):
        services.staff.importer.apply(file)
    assert snapshot(services.store.path) == before
    assert len(services.staff.rows()) == staff
    return texts


@pytest.mark.parametrize(("name", "ru", "kk"), [
    ("appointed_2099.csv", "01.02.2099 — больше чем на год вперёд", "бір жылдан артық алда"),
    ("appointed_0001.csv", "01.02.0001 — раньше, чем человеку исполнилось 16 лет (по ИИН дата рождения: 15.05.1992)",
     "16 жасқа толғанға дейінгі"),
    ("appointed_before_birth.csv", "дата назначения 01.02.1990 — раньше, чем человеку исполнилось 16 лет",
     "ЖСН бойынша туған күні: 15.05.1992"),
    ("dismissed_same_day.csv", "дата увольнения 01.02.2021 не позже даты назначения 01.02.2021",
     "босатылған күні (01.02.2021) тағайындалған күнінен (01.02.2021) кейін емес"),
    ("dismissal_cuts_existing.csv", "дата увольнения 01.02.2021 не позже даты назначения",
     "кейін емес"),
    ("dismissal_before_existing.csv", "дата увольнения 01.06.2020 не позже начала назначения в реестре (01.02.2021)",
     "тізілімдегі тағайындаудың басталған күнінен (01.02.2021) кейін емес"),
    ("nul_in_name.csv", "Пет·рова Анна Ивановна 920515400008 — «Пет·рова» содержит невидимый или управляющий "
                        "символ (U+0000): наберите текст заново.\n",  # said once, the name shown without the NUL
     "көрінбейтін немесе басқарушы таңба бар (U+0000)"),
    ("bidi_in_name.csv", "содержит невидимый или управляющий символ (U+202E)", "(U+202E)"),
    ("newline_in_unit.csv", "подразделение: «Юридический·отдел» содержит невидимый или управляющий символ (U+000A)",
     "бөлімше: «Юридический·отдел»"),
    ("mixed_encoding.csv", "смешаны две кодировки: строки 1, 2 — в UTF-8, строки 3 — в Windows-1251",
     "екі кодтау араласқан"),
    ("two_staff_sheets.xlsx", "листов со списком сотрудников: 2 («Аппарат», «Отдел»)", "«Аппарат», «Отдел»"),
    ("hidden_only_sheet.xlsx", "находится на скрытом листе «Сотрудники»", "жасырын «Сотрудники» парағында"),
    ("hidden_rows.xlsx", "Строки 3 листа «Сотрудники» скрыты", "мына жолдары жасырын: 3"),
    ("iin_as_number_wrong.xlsx", "В ИИН 10522652082 цифр: 11. Если Excel отбросил ведущие нули",
     "толық нөмір 010522652082 болар еді"),
])
def test_hostile_file_is_refused_and_nothing_changes(office, name: str, ru: str, kk: str) -> None:
    text_ru, text_kk = refused(office, HOSTILE / name)
    assert ru in text_ru
    assert kk in text_kk


def test_hundred_thousand_character_surname_is_refused_briefly(office, tmp_path: Path) -> None:
    line = (HOSTILE / "nul_in_name.csv").read_text(encoding="utf-8").replace("Пет\x00рова", "Ж" * 100_000)
    f = tmp_path / "long.csv"
    f.write_text(line, encoding="utf-8")
    text_ru, text_kk = refused(office, f)
    assert "слишком длинное: символов 100000, допускается не больше 100" in text_ru
    assert "таңба саны 100000" in text_kk
    assert len(text_ru) < 2000  # the report quotes the start of the name, not all of it


def test_hidden_first_sheet_is_skipped_for_the_visible_one(office) -> None:
    plan = office.staff.importer.apply(HOSTILE / "hidden_first_sheet.xlsx")
    assert [r.name for r in plan.rows] == ["Петрова Анна Ивановна"]  # not Иванов from the hidden sheet


def test_iin_that_lost_its_leading_zero_is_restored_by_the_check_digit(office) -> None:
    office.staff.importer.apply(HOSTILE / "iin_as_number.xlsx")
    assert "010522652081" in {r.employee.iin for r in office.staff.rows()}


def _shared_strings_bomb(path: Path, count: int, member: str = "xl/sharedStrings.xml") -> Path:
    """A workbook of a few hundred KB whose shared-string table (at `member`) holds `count` empty strings."""
    from openpyxl import Workbook

    plain = path.with_name("plain.xlsx")
    wb = Workbook()
    wb.active.append(["ИИН", "Фамилия"])
    wb.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/sharedStrings.xml":
                continue
            if item.filename in ("[Content_Types].xml", "xl/_rels/workbook.xml.rels"):  # the index points there
                data = data.replace(b"/xl/sharedStrings.xml", b"/" + member.encode())
                data = data.replace(b"sharedStrings.xml", member.removeprefix("xl/").encode())
            dst.writestr(item, data)
        head = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
                f'spreadsheetml/2006/main" count="{count}" uniqueCount="{count}">')
        with dst.open(member, "w") as fh:
            fh.write(head.encode())
            fh.write("<si><t>ИИН</t></si><si><t>Фамилия</t></si>".encode())
            chunk = b"<si/>" * 100_000
            for _ in range(count // 100_000):
                fh.write(chunk)
            fh.write(b"</sst>")
    return path


def test_shared_strings_under_another_name_are_what_openpyxl_reads(tmp_path: Path) -> None:
    """The guard must count the table openpyxl will load, wherever the workbook's index puts it."""
    from openpyxl import load_workbook

    small = _shared_strings_bomb(tmp_path / "small.xlsx", 0, "xl/strs/s.xml")
    assert "xl/sharedStrings.xml" not in zipfile.ZipFile(small).namelist()
    assert next(load_workbook(small, read_only=True).active.iter_rows(values_only=True)) == ("ИИН", "Фамилия")


@pytest.mark.parametrize("member", ["xl/sharedStrings.xml", "xl/strs/s.xml"])
def test_three_million_shared_strings_are_refused_fast(office, tmp_path: Path, member: str) -> None:
    bomb = _shared_strings_bomb(tmp_path / "bomb.xlsx", 3_000_000, member)
    assert bomb.stat().st_size < 1_000_000
    started = time.monotonic()
    text_ru, text_kk = refused(office, bomb)
    assert time.monotonic() - started < 10  # was 53 s and 710 MB
    assert "Книга bomb.xlsx слишком велика для импорта: общих строк больше 100000" in text_ru
    assert "ортақ жолдар шектен асады" in text_kk


def test_workbook_unpacking_to_gigabytes_is_refused_unread(office, tmp_path: Path) -> None:
    bomb = tmp_path / "zipbomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z, z.open("xl/worksheets/sheet1.xml", "w") as fh:
        for _ in range(64):
            fh.write(b" " * (1024 * 1024))
    text_ru, text_kk = refused(office, bomb)
    assert "в распакованном виде 64 МБ, допускается не больше 40 МБ" in text_ru
    assert "ашылған көлемі 64 МБ" in text_kk


def test_too_many_rows_are_refused(office, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for i in range(6_000):
        ws.append([i])
    wb.save(tmp_path / "rows.xlsx")
    text_ru, _ = refused(office, tmp_path / "rows.xlsx")
    assert "строк больше 5000" in text_ru


def test_folder_named_like_a_csv_is_refused(office, tmp_path: Path) -> None:
    folder = tmp_path / "x.csv"
    folder.mkdir()
    text_ru, text_kk = refused(office, folder)
    assert "x.csv — это папка, а не файл" in text_ru
    assert "файл емес, қалта" in text_kk
