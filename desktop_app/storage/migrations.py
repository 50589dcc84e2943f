"""The ordered list of schema migrations (sqlite-utils `Migrations`).

Each area of the program keeps its migration functions in `storage/schema/`; this module fixes the
order in which they run. Append new migrations at the end; never reorder or rename applied ones.
"""
from __future__ import annotations

from sqlite_utils import Migrations

from desktop_app.storage.schema.m001_core import m001_core
from desktop_app.storage.schema.m010_methodology import m010_methodology_versions
from desktop_app.storage.schema.m020_evaluation import m020_evaluation_quarters, m020_evaluation_sheets
from desktop_app.storage.schema.m030_calibration import m030_calibration
from desktop_app.storage.schema.m090_audit import m090_audit_log
from desktop_app.storage.schema.m091_retention import m091_retention_acts

ORDER = [
    m001_core,
    m090_audit_log,
    m091_retention_acts,
    m010_methodology_versions,
    m020_evaluation_quarters,
    m020_evaluation_sheets,
    m030_calibration,
]


def build_migrations() -> Migrations:
    migrations = Migrations("bagalau")
    for fn in ORDER:
        migrations(name=fn.__name__)(fn)
    return migrations
