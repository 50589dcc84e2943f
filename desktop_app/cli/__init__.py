"""Command-line interface: `bagalau COMMAND …`. Without a command the window opens.

Each command lives in its own module with `register(subparsers)`; the module list fixes the order
of `bagalau --help`. Modules are imported only when the command line names a command, so that
opening the window stays fast.
"""
from __future__ import annotations

import argparse
import importlib

COMMAND_MODULES: dict[str, str] = {
    "demo": "desktop_app.cli.demo",
    "bench": "desktop_app.cli.bench",
    "import-staff": "desktop_app.cli.import_staff",
    "export-staff": "desktop_app.cli.export_staff",
    "backup": "desktop_app.cli.backup_cmd",
    "restore": "desktop_app.cli.restore_cmd",
    "check": "desktop_app.cli.check_cmd",
    "encrypt": "desktop_app.cli.crypt_cmd",
    "decrypt": "desktop_app.cli.crypt_cmd",
    "print": "desktop_app.cli.print_cmd",
    "export": "desktop_app.cli.export_cmd",
    "quarter": "desktop_app.cli.quarter_cmd",
    "sheet": "desktop_app.cli.sheet_cmd",
    "calendar": "desktop_app.cli.calendar_cmd",
}


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bagalau",
        description="Bagalau: quarterly performance evaluation of corps B civil servants (offline).")
    parser.add_argument("--db", metavar="FILE", help="database file to open (default: the user's data folder)")
    parser.add_argument("--lang", choices=("kk", "ru"), help="interface / message language")
    parser.add_argument("--prefs", metavar="FILE", help=argparse.SUPPRESS)
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    if with_commands:
        from desktop_app.cli.common import add_password_argument

        add_password_argument(parser, top=True)
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        for module in COMMAND_MODULES.values():
            importlib.import_module(module).register(sub)
        _password_on_office_commands(sub)
    return parser


def _password_on_office_commands(sub: argparse._SubParsersAction) -> None:
    """Every command (and sub-command) that opens an office with --db also takes --password-file."""
    from desktop_app.cli.common import add_password_argument

    for parser in set(sub.choices.values()):
        options = {o for a in parser._actions for o in a.option_strings}
        if "--db" in options and "--password-file" not in options:
            add_password_argument(parser)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                _password_on_office_commands(action)


def wants_command(argv: list[str]) -> bool:
    return any(a in COMMAND_MODULES for a in argv if not a.startswith("-"))
