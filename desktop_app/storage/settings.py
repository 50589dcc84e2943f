"""Key/value rows of the `settings` table (m001_core): the one place that reads and writes them.

Services keep their own keys (`backup.*`, `security.*`, `lock.*`) and call these inside their transaction.
"""
from __future__ import annotations

import sqlite3


def read_setting(conn: sqlite3.Connection, key: str) -> str | None:
    """The value stored under `key`, or None when there is none (or the file predates the settings table)."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    except sqlite3.OperationalError:  # a file from before the settings table
        return None
    return None if row is None else str(row[0])


def write_setting(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Insert or replace the value under `key` (the caller holds the transaction)."""
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])
