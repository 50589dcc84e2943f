"""Retention (001 §12): documents leave the office file only after three years, and only with the act."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.domain.audit_reasons import reason
from desktop_app.domain.errors import StorageError, ValidationError
from desktop_app.domain.retention import may_leave, retention_ends
from desktop_app.domain.security import decrypt
from desktop_app.services.retention import RetentionService
from desktop_app.storage import keyring
from desktop_app.storage.check import check_file
from desktop_app.storage.database import open_store
from tests.sealing import env_with_password, office_key


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    from desktop_app.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    write_demo(path)
    store = open_store(path, office_key())
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture
def office(demo_file: Path, tmp_path: Path):
    path = tmp_path / "office.sqlite"
    shutil.copy(demo_file, path)
    store = open_store(path, office_key())
    yield store
    store.close()


def _secrets(store) -> list[bytes]:
    """Names and ИИН of the demo's staff as a plain file would hold them (UTF-8)."""
    rows = store.db.execute("SELECT iin, last_name FROM employees").fetchall()
    return [v.encode() for row in rows for v in row if v and len(v) >= 4]


def _text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_term_is_three_years_from_completion() -> None:  # 001 §12
    assert retention_ends(date(2023, 4, 20)) == date(2026, 4, 20)
    assert not may_leave(date(2023, 4, 20), date(2026, 4, 20))
    assert may_leave(date(2023, 4, 20), date(2026, 4, 21))
    assert retention_ends(date(2024, 2, 29)) == date(2027, 2, 28)


def test_nothing_is_due_before_the_term(office) -> None:
    service = RetentionService(office)
    items = service.items()
    # the demo's two quarters finished over three years ago may go (the retention act's case); no other
    old = [i for i in items if i.completed_on.year <= date.today().year - 3]
    recent = [i for i in items if i not in old]
    assert recent and all(not i.due for i in recent) and all(i.due for i in old)
    first = recent[0]
    with pytest.raises(ValidationError, match="must be kept until"):
        service.remove([first.quarter_id], "destroy", Path("/nonexistent/act.pdf"), "ru")


def test_archive_moves_whole_quarters_with_the_act(office, tmp_path: Path) -> None:
    service = RetentionService(office)
    later = date.today().replace(year=date.today().year + 4)
    due = service.due(later)
    first, second = due[0], due[1]
    before = office.db.execute("SELECT count(*) FROM evaluations").fetchone()[0]
    act, archive = tmp_path / "act.pdf", tmp_path / "archive.sqlite"
    result = service.remove([first.quarter_id, second.quarter_id], "archive", act, "both",
                            archive_path=archive, today=later)
    left = office.db.execute("SELECT count(*) FROM evaluations").fetchone()[0]
    assert left == before - first.evaluations - second.evaluations
    assert office.db.execute("SELECT count(*) FROM quarters WHERE id IN (?, ?)",
                             [first.quarter_id, second.quarter_id]).fetchone()[0] == 0
    # the archive holds names, ИИН and scores: it is sealed like the office's copies, its key file beside it
    data = archive.read_bytes()
    assert not data.startswith(b"SQLite format 3") and keyring.key_path(archive).is_file()
    secrets = _secrets(office)
    assert secrets and not [s for s in secrets if s in data]
    assert office.db.execute("SELECT archive_sha256 FROM retention_acts WHERE number = 1").fetchone()[0] \
        == hashlib.sha256(data).hexdigest()  # the act's checksum is the sealed file's
    plain = tmp_path / "archive-plain.sqlite"  # it opens with the office's password (`bagalau decrypt`)
    out = subprocess.run([sys.executable, "-m", "desktop_app", "decrypt", str(archive), "--out", str(plain),
                          "--lang", "ru"], capture_output=True, text=True, check=False, env=env_with_password())
    assert out.returncode == 0, out.stderr
    conn = sqlite3.connect(plain)
    assert conn.execute("SELECT count(*) FROM evaluations").fetchone()[0] == first.evaluations + second.evaluations
    assert conn.execute("SELECT count(*) FROM employees").fetchone()[0] > 0  # readable on its own
    assert conn.execute("SELECT value FROM archive_act WHERE key = 'act_number'").fetchone()[0] == "1"
    conn.close()
    assert [s for s in secrets if s in plain.read_bytes()]  # what the sealed bytes hid
    wrong = subprocess.run([sys.executable, "-m", "desktop_app", "decrypt", str(archive), "--out",
                            str(tmp_path / "other.sqlite"), "--lang", "ru"], capture_output=True, text=True,
                           check=False, env=env_with_password(BAGALAU_PASSWORD="not-the-password"))
    assert wrong.returncode == 1 and "Неверный пароль" in wrong.stderr
    assert not (tmp_path / "other.sqlite").exists()
    text = _text(act)
    assert "АКТ № 1 о передаче документов оценки в архив" in text and "мұрағатқа беру туралы № 1" in text
    assert f"{first.year}" in text and "archive.sqlite" in text and result.rows_moved > before - left
    # the log says rows were deleted under the act, without keeping their content
    deleted = office.db.execute("SELECT change ->> 0 FROM audit_log WHERE action = 2 AND table_id = (SELECT id FROM "
                                "_bagalau_audit_tables WHERE name = 'evaluations') "
                                "AND change ->> 2 = ?", [reason("retention_act", number="1")]).fetchall()
    assert len(deleted) == before - left and all(o is None for (o,) in deleted)
    assert service.acts()[0][:2] == (1, "archive")
    office.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert check_file(office.path, office_key()) == []


def test_encrypted_archive_and_destroy_act(office, tmp_path: Path) -> None:
    service = RetentionService(office)
    later = date.today().replace(year=date.today().year + 4)
    due = service.due(later)
    result = service.remove([due[0].quarter_id], "archive", tmp_path / "a1.pdf", "kk",
                            archive_path=tmp_path / "arch.sqlite", password="архив-құпия", today=later)
    assert result.archive_path is not None and result.archive_path.name.endswith(".bgenc")
    assert not (tmp_path / "arch.sqlite").exists()
    plain = decrypt(result.archive_path.read_bytes(), "архив-құпия")
    assert plain.startswith(b"SQLite format 3\x00")
    result = service.remove([due[1].quarter_id], "destroy", tmp_path / "a2.pdf", "ru", today=later)
    assert result.number == 2 and result.archive_path is None
    assert "об уничтожении документов оценки" in _text(tmp_path / "a2.pdf")


def test_nothing_leaves_when_the_act_cannot_be_written(office, tmp_path: Path) -> None:
    service = RetentionService(office)
    later = date.today().replace(year=date.today().year + 4)
    due = service.due(later)
    before = office.db.execute("SELECT count(*) FROM evaluations").fetchone()[0]
    with pytest.raises(StorageError, match="nothing was removed"):
        service.remove([due[0].quarter_id], "destroy", tmp_path / "missing-folder" / "act.pdf", "ru", today=later)
    assert office.db.execute("SELECT count(*) FROM evaluations").fetchone()[0] == before
    assert service.acts() == []


def test_the_act_is_an_official_paper_approved_signed_and_with_every_font_embedded(office, tmp_path: Path) -> None:
    """004 §9.5: 14 pt; the head approves it (УТВЕРЖДАЮ with the position), the HR service signs with
    positions; each language copy numbered on its own; pdffonts lists every font as embedded."""
    import subprocess

    service = RetentionService(office)
    later = date.today().replace(year=date.today().year + 4)
    act = tmp_path / "act.pdf"
    service.remove([service.due(later)[0].quarter_id], "destroy", act, "both", today=later)
    text = " ".join(_text(act).split())
    for part in ("БЕКІТЕМІН", "Қарасу ауданы әкімі аппаратының басшысы", "УТВЕРЖДАЮ",
                 "Руководитель аппарата акима Карасуского района", "«___» ____________ 20__ г.",
                 "Персоналды басқару қызметінің басшысы", "Руководитель службы управления персоналом",
                 "1 бет / 1", "Стр. 1 из 1"):
        assert part in text, part
    sizes = set()
    for page in PdfReader(act).pages:
        page.extract_text(visitor_text=lambda _t, _cm, tm, font, size: sizes.add(round(size * abs(tm[0]))))
    assert 14 in sizes
    fonts = subprocess.run(["pdffonts", str(act)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes yes " in line for line in rows), fonts
