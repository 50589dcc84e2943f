"""`bagalau restore --db FILE --from BACKUP` (the code lives with `bagalau backup`)."""
from __future__ import annotations

import argparse

from desktop_app.cli.backup_cmd import register_restore


def register(sub: argparse._SubParsersAction) -> None:
    register_restore(sub)
