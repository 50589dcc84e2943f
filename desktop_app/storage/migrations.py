"""The ordered list of schema migrations (sqlite-utils `Migrations`).

Each area of the program keeps its migration functions in `storage/schema/`, one file each, numbered in
the order they run (`s01_…`, `s02_…`). A migration is recorded in the office file under its function's
name, so a function is never renamed once released, even where its name no longer matches its file.
Append new migrations at the end; never reorder applied ones.
"""
from __future__ import annotations

from sqlite_utils import Migrations

from desktop_app.storage.schema.s01_core import m001_core
from desktop_app.storage.schema.s02_audit import m090_audit_log
from desktop_app.storage.schema.s03_retention import m091_retention_acts
from desktop_app.storage.schema.s04_methodology import m010_methodology_versions
from desktop_app.storage.schema.s05_evaluation import m020_evaluation_quarters, m020_evaluation_sheets
from desktop_app.storage.schema.s06_calibration import m030_calibration
from desktop_app.storage.schema.s07_sheet_extras import m040_sheet_extras
from desktop_app.storage.schema.s08_calibration_papers import m031_calibration_papers
from desktop_app.storage.schema.s09_quarter_close import m050_quarter_close
from desktop_app.storage.schema.s10_audit_keyed import m092_audit_keyed
from desktop_app.storage.schema.s11_audit_compact import m093_audit_compact
from desktop_app.storage.schema.s12_audit_one_column import m094_audit_one_column

ORDER = [
    m001_core,
    m090_audit_log,
    m091_retention_acts,
    m010_methodology_versions,
    m020_evaluation_quarters,
    m020_evaluation_sheets,
    m030_calibration,
    m040_sheet_extras,
    m031_calibration_papers,
    m050_quarter_close,
    m092_audit_keyed,  # after every table exists: it drops and the opener recreates all audit triggers
    m093_audit_compact,  # likewise
    m094_audit_one_column,  # likewise
]


def build_migrations() -> Migrations:
    migrations = Migrations("bagalau")
    for fn in ORDER:
        migrations(name=fn.__name__)(fn)
    return migrations
