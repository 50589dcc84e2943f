"""Demo part: the office works under the Typical methodology, 2025 wording (seed 001) with a bonus scale of
akimat work (demo/akimat_scale.py), in force from an early date so that every demo quarter has a methodology."""
from __future__ import annotations

from datetime import date, timedelta

from desktop_app.demo.akimat_scale import akimat_bonus_items
from desktop_app.domain.methodology.presets import TYPICAL_2025, load_preset
from desktop_app.services.container import Services

DEMO_EFFECTIVE_FROM = date(2025, 1, 1)
# the office's own methodology, named as its act names it (the preset's "based on the Typical methodology" is
# the preset's name, not one an apparatus gives its act)
DEMO_NAME_KK = ("Қарасу ауданы әкімі аппаратының «Б» корпусы мемлекеттік әкімшілік қызметшілерінің қызметін "
                "бағалау әдістемесі")
DEMO_NAME_RU = ("Методика оценки деятельности административных государственных служащих корпуса «Б» "
                "аппарата акима Карасуского района")


def demo_methodology(services: Services, today: date) -> str:
    preset = load_preset(TYPICAL_2025)
    start = min(DEMO_EFFECTIVE_FROM, date(today.year - 1, 1, 1))
    # an akim's apparatus scores the work of an akimat, not the maslikhat items of the preset
    # approved before it takes effect: an appendix reading "утверждена … от 14.08.2025", "действует с
    # 01.01.2025" would have the act apply before it was made
    m = services.methodology.save(preset.with_changes(id=None, lineage="", effective_from=start,
                                                      act_date=start - timedelta(days=12),
                                                      bonus_items=akimat_bonus_items(),
                                                      name_kk=DEMO_NAME_KK, name_ru=DEMO_NAME_RU))
    return f"methodology: {m.name_ru} (version {m.version}, from {m.effective_from.isoformat()})"
