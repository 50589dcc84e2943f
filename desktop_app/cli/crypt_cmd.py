"""`bagalau encrypt FILE` and `bagalau decrypt FILE`: seal an exported document (PDF, XLSX, archive) with a
password before it leaves the office (001 §13), and open it again. Format: domain/security.py.

The password is asked twice on a terminal, or read from the first line of standard input in scripts.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app.cli.common import add_lang_argument
from desktop_app.domain.errors import BagalauError
from desktop_app.domain.security import decrypt, encrypt
from desktop_app.storage.backup import ENCRYPTED_SUFFIX


def register(sub: argparse._SubParsersAction) -> None:
    if "encrypt" in sub.choices:  # listed twice in COMMAND_MODULES (encrypt, decrypt)
        return
    e = sub.add_parser("encrypt", help="seal a file with a password (AES-256-GCM) into FILE.bgenc")
    e.add_argument("file", metavar="FILE")
    e.add_argument("--out", metavar="OUT", help=f"output file (default: FILE{ENCRYPTED_SUFFIX})")
    add_lang_argument(e)
    e.set_defaults(func=run_encrypt)
    d = sub.add_parser("decrypt", help="open a file sealed with `bagalau encrypt`, an encrypted backup, or a "
                                       "retention archive sealed with the office's password (its .key beside it)")
    d.add_argument("file", metavar="FILE")
    d.add_argument("--out", metavar="OUT", help=f"output file (default: FILE without {ENCRYPTED_SUFFIX})")
    add_lang_argument(d)
    d.set_defaults(func=run_decrypt)


def _write_new(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


def _seal_or_open(args: argparse.Namespace, src: Path, out: Path, confirm: bool,
                  transform: Callable[[bytes, str], bytes]) -> int:
    """Write `transform(content of src, password)` to the new file `out`; never overwrites a file."""
    from desktop_app.cli.backup_cmd import _password
    from desktop_app.cli.common import report_error

    if not src.is_file() or out.exists():
        print(f"{src}: no such file" if not src.is_file() else f"{out} exists", file=sys.stderr)
        return 1
    try:
        _write_new(out, transform(src.read_bytes(), _password("Password: ", confirm=confirm)))
    except BagalauError as exc:
        return report_error(args, exc)
    print(out)
    return 0


def run_encrypt(args: argparse.Namespace) -> int:
    src = Path(args.file)
    out = Path(args.out) if args.out else src.with_name(src.name + ENCRYPTED_SUFFIX)
    return _seal_or_open(args, src, out, True, encrypt)


def run_decrypt(args: argparse.Namespace) -> int:
    src = Path(args.file)
    default = src.with_name(src.name[:-len(ENCRYPTED_SUFFIX)]) if src.name.endswith(ENCRYPTED_SUFFIX) \
        else src.with_name(src.name + ".decrypted")
    out = Path(args.out) if args.out else default
    from desktop_app.storage.engine import is_plain_sqlite
    from desktop_app.storage.keyring import key_path

    if src.is_file() and key_path(src).is_file() and not is_plain_sqlite(src):
        return _unseal(args, src, out)
    return _seal_or_open(args, src, out, False, decrypt)


def _unseal(args: argparse.Namespace, src: Path, out: Path) -> int:
    """A sealed file with its key file (a retention archive): a plain SQLite copy, with the office's password."""
    from desktop_app.cli.common import office_password, report_error
    from desktop_app.domain.errors import StorageError
    from desktop_app.domain.i18n import N_, msg
    from desktop_app.storage import engine
    from desktop_app.storage.sealing import Password, unlock
    from desktop_app.storage.unseal import unseal_file

    if out.exists():
        print(f"{out} exists", file=sys.stderr)
        return 1
    try:
        key = unlock(src.resolve(), Password(office_password(args, src))).key
        try:
            unseal_file(src, key, out)
        except (OSError, *engine.Error) as exc:
            raise StorageError(msg(N_("msg", "{file} could not be opened ({detail})."), file=str(src),
                                   detail=str(exc))) from exc
    except BagalauError as exc:
        return report_error(args, exc)
    print(out)
    return 0
