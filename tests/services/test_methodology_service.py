"""Methodology versions in a real database file: presets, edits, new versions, in force, JSON sharing."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.methodology import POINTS_2017, TYPICAL_2025, GradeBand, to_dict
from tests.sealing import office_key


def _finish_quarter(services, methodology_id: int) -> None:
    db = services.store.db
    if "quarters" not in db.table_names():   # the evaluation area's table; the contract is its columns
        db.execute("CREATE TABLE quarters (id INTEGER PRIMARY KEY, year INTEGER, quarter INTEGER, "
                   "methodology_id INTEGER REFERENCES methodologies(id), status TEXT, opened_at TEXT)")
    db.execute("INSERT INTO quarters (year, quarter, methodology_id, status, opened_at) VALUES (2025, 4, ?, 'final', '')",
               [methodology_id])


def test_copy_preset_and_read_back_after_reopening(db_path, services):
    m = services.methodology.copy_preset(TYPICAL_2025)
    assert m.id is not None and m.lineage and m.version == 1
    services.close()
    from desktop_app.services.container import build_services
    from desktop_app.storage.database import open_store

    again = build_services(open_store(db_path, office_key()))
    try:
        got = again.methodology.get(m.id)
        assert got == m and len(got.bonus_items) == 21
    finally:
        again.close()


def test_version_in_force_takes_the_latest_effective_date(services):
    typical = services.methodology.copy_preset(TYPICAL_2025)          # from 2025-08-14
    points = services.methodology.copy_preset(POINTS_2017)            # from 2017-07-03
    svc = services.methodology
    assert svc.version_in_force(date(2017, 7, 2)) is None
    assert svc.version_in_force(date(2017, 7, 3)).id == points.id
    assert svc.version_in_force(date(2025, 8, 13)).id == points.id
    assert svc.version_in_force(date(2025, 8, 14)).id == typical.id
    assert [v.id for v in svc.list_versions()] == [typical.id, points.id]


def test_a_quarter_takes_the_version_in_force_on_its_first_day(services):
    svc = services.methodology
    old = svc.copy_preset(POINTS_2017)                                              # from 2017-07-03
    new = svc.save(svc.get(svc.copy_preset(TYPICAL_2025).id).with_changes(effective_from=date(2025, 8, 14)))
    assert svc.version_for_quarter(2025, 3).id == old.id      # 1 July 2025: the 14 August version is not yet in force
    assert svc.version_for_quarter(2025, 4).id == new.id
    assert svc.version_for_quarter(2017, 2) is None


def test_edit_in_place_until_a_finished_quarter_used_it(services):
    svc = services.methodology
    m = svc.copy_preset(TYPICAL_2025)
    edited = svc.save(m.with_changes(name_ru="Методика аппарата"))
    assert edited.id == m.id and edited.version == 1 and svc.get(m.id).name_ru == "Методика аппарата"
    _finish_quarter(services, m.id)
    assert svc.is_locked(m.id)
    bands = list(m.bands)
    bands[0] = GradeBand(bands[0].name_kk, bands[0].name_ru, Decimal("4.5"), Decimal(5))
    bands[1] = GradeBand(bands[1].name_kk, bands[1].name_ru, Decimal(3), Decimal("4.49"))
    new = svc.save(svc.get(m.id).with_changes(bands=tuple(bands)))
    assert new.id != m.id and new.version == 2 and new.lineage == m.lineage
    assert svc.get(m.id).bands[0].lower == 4                 # the finished quarter's version is untouched
    assert svc.get(new.id).bands[0].lower == Decimal("4.5")
    assert svc.version_in_force(date(2026, 1, 1)).id == new.id
    with pytest.raises(ValidationError):
        svc.delete(m.id)


def test_invalid_edit_changes_nothing(services):
    svc = services.methodology
    m = svc.copy_preset(POINTS_2017)
    with pytest.raises(ValidationError):
        svc.save(m.with_changes(name_kk="", base_points=None))
    assert svc.get(m.id) == m


def test_export_import_between_districts(services):
    svc = services.methodology
    m = svc.copy_preset(POINTS_2017)
    raw = svc.export_json(m.id)
    imported = svc.import_json(raw)
    assert imported.id != m.id and imported.lineage != m.lineage
    assert to_dict(imported.with_changes(lineage=m.lineage)) == to_dict(m)


@pytest.mark.parametrize("raw", [b"not json", b'{"format": "x"}', b"[]"])
def test_import_of_a_bad_file_is_refused_and_changes_nothing(services, raw):
    svc = services.methodology
    svc.copy_preset(TYPICAL_2025)
    with pytest.raises(ValidationError):
        svc.import_json(raw)
    assert len(svc.list_versions()) == 1


def test_import_refuses_overlapping_bands(services):
    svc = services.methodology
    d = to_dict(svc.copy_preset(TYPICAL_2025))
    d["bands"][0]["lower"] = 3.5
    import json
    with pytest.raises(ValidationError) as err:
        svc.import_json(json.dumps(d).encode())
    assert "overlap" in err.value.render()
    assert len(svc.list_versions()) == 1


def test_missing_version(services):
    with pytest.raises(NotFoundError):
        services.methodology.get(999)
    assert services.methodology.find(999) is None
