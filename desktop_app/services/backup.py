"""Backups and restores of the open database (001 §12: evaluation documents are kept three years).

Automatic copies are made on start (by the opener, before the first write), on exit and daily; the
specialist may also copy by hand, optionally encrypted with a password (domain/security.py container)
for copies that leave the office. A restore first keeps the current content aside as a copy.
"""
from __future__ import annotations

import builtins
import sqlite3
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.domain.audit_reasons import reason
from desktop_app.domain.errors import StorageError, ValidationError
from desktop_app.domain.i18n import N_, Msg, msg
from desktop_app.domain.security import check_password_policy, decrypt, encrypt, is_encrypted
from desktop_app.services.restore_checks import refuse_self, verify_copy
from desktop_app.storage import backup as files
from desktop_app.storage import engine
from desktop_app.storage.audit import audit_reason, install_audit_triggers
from desktop_app.storage.database import Store
from desktop_app.storage.leftovers import scratch_prefix
from desktop_app.storage.migrations import build_migrations
from desktop_app.storage.readonly import open_readonly
from desktop_app.storage.settings import write_setting


def _write_copy(conn: sqlite3.Connection, dest: Path, password: str | None, scratch: Path | None,
                progress: files.Progress | None = None) -> Path:
    """The verified copy `dest` of `conn` — sealed with the office's key like the office — or, when
    `password` is given, a copy for another person: the content without the office's key, in the
    container `dest` + .bgenc with its own password (whoever opens it seals it with a password of their
    own). The unsealed content is made in a temporary folder beside the office `scratch`, or the system's,
    and never reaches `dest`'s folder."""
    if password is None:
        return files.backup_connection(conn, dest, progress)
    # beside the office, named so that a start after a kill removes it (storage/leftovers.py)
    with tempfile.TemporaryDirectory(dir=scratch.parent if scratch else None,
                                     prefix=scratch_prefix(scratch) if scratch else None) as tmp:
        plain = files.plain_export(conn, Path(tmp) / dest.name, progress)
        sealed = encrypt(plain.read_bytes(), password)
    dest.parent.mkdir(parents=True, exist_ok=True)
    sealed_dest = dest.with_name(dest.name + files.ENCRYPTED_SUFFIX)
    part = sealed_dest.with_name(sealed_dest.name + ".part")
    part.write_bytes(sealed)
    part.replace(sealed_dest)
    return sealed_dest


def back_up_readonly(db_path: Path, folder: Path, password: str | None = None,
                     key: engine.OfficeKey | None = None) -> Path:
    """A copy of an office that cannot be opened for writing (a write-protected USB drive, a read-only
    folder): read without lock or migration, nothing written beside it. A sealed office is
    read with its `key` (unlocked by the caller)."""
    if password is not None:
        check_password_policy(password)
    try:
        conn = open_readonly(db_path) if key is None else engine.connect_sealed(db_path, key, readonly=True)
        try:
            return _write_copy(conn, folder / files.timestamped_name(db_path.stem, "manual"), password, None)
        finally:
            conn.close()
    except (OSError, *engine.Error) as exc:
        raise StorageError(msg(N_("msg", "The copy to {folder} could not be made ({detail}). Your data are "
                                         "unchanged."), folder=str(folder), detail=str(exc))) from exc


class BackupService:
    """Copies of one open database file."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- settings ------------------------------------------------------------------------------
    def default_folder(self) -> Path:
        """Where copies go until the user chooses a folder: beside the office file."""
        return files.default_backup_dir(self.store.path)

    def settings(self) -> files.BackupSettings:
        return files.read_backup_settings(self.store.db.conn, self.store.path)

    def save_settings(self, folder: Path, keep: int, daily: bool) -> None:
        if keep < 1 or keep > 1000:
            raise ValidationError(msg(N_("msg", "Keep between 1 and 1000 copies."), field="keep"))
        with self.store.atomic(), audit_reason(self.store, reason("backup_settings")):
            for key, value in (("backup.folder", str(folder)), ("backup.keep", str(keep)),
                               ("backup.daily", "1" if daily else "0")):
                write_setting(self.store.db.conn, key, value)

    # -- copies --------------------------------------------------------------------------------
    def back_up(self, folder: Path | None = None, password: str | None = None, reason: str = "manual",
                progress: files.Progress | None = None) -> Path:
        """A verified copy in `folder` (default: the chosen backup folder), encrypted when `password` is given.

        `progress(done, total)` follows the copy page by page; when it raises (Cancelled), no
        file is left behind and the exception reaches the caller unchanged.
        """
        folder = folder or self.settings().folder
        name = files.timestamped_name(self.store.path.stem, reason)
        if password is not None:  # "" is a password too weak, never a request for a plain copy
            check_password_policy(password)
        try:
            return _write_copy(self.store.db.conn, folder / name, password, self.store.path, progress)
        except (OSError, *engine.Error) as exc:
            raise StorageError(msg(N_("msg", "The copy to {folder} could not be made ({detail}). Your data are "
                                             "unchanged."), folder=str(folder), detail=str(exc))) from exc

    def automatic(self, reason: str) -> tuple[Path | None, list[Msg]]:
        """An automatic copy ("exit" or "daily"); problems come back as warnings, never as errors."""
        return files.automatic_backup(self.store.db.conn, self.store.path, reason)

    def daily_due(self, now: datetime | None = None) -> bool:
        """True when daily copies are on and none was made (daily or on start) in the last 24 hours."""
        settings = self.settings()
        if not settings.daily:
            return False
        now = now or datetime.now()
        stem = self.store.path.stem
        for b in files.list_backups(settings.folder):
            if (b.path.name.startswith(f"{stem}-daily-") or b.path.name.startswith(f"{stem}-start-")) \
                    and now - b.modified < timedelta(hours=24):
                return False
        return True

    def list(self) -> list[files.BackupSummary]:
        """Copies in the chosen folder and beside the file, newest first, with their counts."""
        folders = {self.settings().folder, files.default_backup_dir(self.store.path)}
        found = [b for folder in folders for b in files.list_backups(folder)]
        found.sort(key=lambda b: b.modified, reverse=True)
        return [files.summarize(b, self.store.key) for b in found]

    # -- restore -------------------------------------------------------------------------------
    def restore(self, source: Path, password: str | None = None, other_organisation_ok: bool = False) -> Path:
        """Replace the open database with the copy `source`; returns the copy of what was replaced.

        The copy must pass the full check first; one of another organisation raises
        OtherOrganisationError unless `other_organisation_ok` (the user confirmed).
        A sealed copy of this office opens with the office's key; a sealed copy of another office (or one
        sealed under another data key) needs its own password, which unlocks the copy's key file."""
        refuse_self(self.store, source)
        data_path = source
        source_key = self.store.key
        prefix = scratch_prefix(self.store.path)  # removed on the next start if a kill leaves it
        with tempfile.TemporaryDirectory(dir=self.store.path.parent, prefix=prefix) as tmp:
            with open(source, "rb") as fh:
                encrypted = is_encrypted(fh.read(16))
            if encrypted:
                if not password:
                    raise ValidationError(msg(N_("msg", "This copy is encrypted: enter its password.")),
                                          field="password")
                data_path = Path(tmp) / "restored.sqlite"
                data_path.write_bytes(decrypt(source.read_bytes(), password))
            elif not engine.is_plain_sqlite(source) and not files.is_sound(source, source_key):
                source_key = self._copy_key(source, password)
            if not files.is_sound(data_path, source_key):
                raise StorageError(msg(N_("msg", "The copy {file} is damaged and cannot be restored."),
                                       file=str(source)))
            if not files.is_office_copy(data_path, source_key):
                raise StorageError(msg(N_("msg", "The file {file} is not a copy of a Bagalau office."),
                                       file=str(source)))
            verify_copy(self.store, source, data_path, other_organisation_ok, source_key)
            aside = self.back_up(files.default_backup_dir(self.store.path), reason="pre-restore")
            self.store.ensure_file_present()
            try:
                files.restore_into(self.store.db.conn, data_path, source_key)
                self._rekey_restored_chain(source_key)
                build_migrations().apply(self.store.db)  # a copy from an older version
                install_audit_triggers(self.store.db)
                with self.store.atomic(), audit_reason(self.store, reason("restored", file=source.name)):
                    write_setting(self.store.db.conn, "backup.last_restore",
                                  f"{datetime.now():%Y-%m-%d %H:%M:%S} {source.name}")
            except (OSError, *engine.Error) as exc:
                raise StorageError(msg(N_("msg", "Restoring failed ({detail}); the previous content was kept "
                                                 "in {copy}."), detail=str(exc), copy=str(aside))) from exc
        return aside

    def _copy_key(self, source: Path, password: str | None) -> engine.OfficeKey | None:
        """The data key of a sealed copy that the office's key does not open: from its own key file."""
        from desktop_app.storage import keyring
        from desktop_app.storage.sealing import Password, unlock

        if not keyring.key_path(source).is_file():
            return self.store.key  # the integrity check then reports the copy as damaged
        if not password:
            raise ValidationError(msg(N_("msg", "This copy was sealed with another password: enter it.")),
                                  field="password")
        return unlock(source, Password(password)).key

    def seal_plain_copies(self, paths: builtins.list[Path]) -> builtins.list[Path]:  # plain `list` here is the method below
        """Seal unsealed copies of this office (left from before sealing) with its key; returns those sealed."""
        assert self.store.key is not None
        done = []
        for path in paths:
            if engine.is_plain_sqlite(path):
                files.seal_copy(path, self.store.key)
                done.append(path)
        return done

    def _rekey_restored_chain(self, source_key: engine.OfficeKey | None) -> None:
        """A copy of another office (another data key, or a plain copy carrying its chain key): its audit
        chain was checked with its own key before the restore; from now on it is keyed with this office's."""
        from desktop_app.storage.audit_seal import rekey_carried_chain, rekey_chain
        from desktop_app.storage.keyring import subkey

        conn = self.store.db.conn
        rekey_carried_chain(conn)
        if source_key is not None and self.store.key is not None and source_key.data_key != self.store.key.data_key:
            rekey_chain(conn, subkey(source_key.data_key, "audit"))
