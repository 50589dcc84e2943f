"""What a copy must pass before it replaces the open office.

`restore` used to take a copy of another office without a word, the open file onto itself, and a copy
whose records were damaged or whose audit log was altered. Now the copy gets the full `check` (SQLite
integrity, records against the log, the log's hash chain) first; a copy of another organisation is
restored only when the user confirms it.
"""
from __future__ import annotations

import os
from pathlib import Path

from desktop_app.domain.errors import StorageError, ValidationError
from desktop_app.domain.i18n import N_, msg
from desktop_app.storage import keyring
from desktop_app.storage.check import check_file, organisation_names
from desktop_app.storage.database import Store
from desktop_app.storage.engine import OfficeKey, is_plain_sqlite
from desktop_app.storage.keyring import Sealing
from desktop_app.storage.structure_repository import StructureRepository


class OtherOrganisationError(ValidationError):
    """The copy belongs to another organisation: restore only after the user says so."""

    def __init__(self, copy_name: str, current_name: str) -> None:
        super().__init__(msg(N_("msg", "This copy is of another organisation: «{copy}», while this office is "
                                       "«{current}». Restoring it replaces all data of «{current}»."),
                             copy=copy_name, current=current_name), field="organisation")
        self.copy_name = copy_name


def refuse_self(store: Store, source: Path) -> None:
    """A restore of the open file onto itself (or its hard link) would replace it with itself mid-copy."""
    try:
        same = os.path.samefile(source, store.path)
    except OSError:
        same = False
    if same:
        raise ValidationError(msg(N_("msg", "{file} is the open office itself, not a copy of it: choose a "
                                            "backup copy."), file=str(source)), field="file")


def verify_copy(store: Store, source: Path, data_path: Path, other_organisation_ok: bool,
                key: OfficeKey | None = None) -> None:
    """The full check of the (decrypted) copy, then the organisation; raises and changes nothing.

    A sealed copy is read with its data `key` (the office's, or the one its own password unlocked)."""
    credential = Sealing(key.data_key, keyring.read_header(data_path)) \
        if key is not None and not is_plain_sqlite(data_path) else None
    problems = check_file(data_path, credential, older_schema_ok=True, plain_ok=True)
    if problems:
        raise StorageError([msg(N_("msg", "The copy {file} failed the full check and was not restored:"),
                                file=str(source)), *problems])
    if other_organisation_ok:
        return
    theirs = organisation_names(data_path, key)
    org = StructureRepository(store).organisation()
    ours = (org.name_kk.strip(), org.name_ru.strip())
    if theirs is None or not any(ours):
        return  # a new, unnamed office: nothing to mistake it for
    theirs = (theirs[0].strip(), theirs[1].strip())
    if not any(theirs) or theirs == ours:
        return
    raise OtherOrganisationError(theirs[1] or theirs[0], ours[1] or ours[0])
