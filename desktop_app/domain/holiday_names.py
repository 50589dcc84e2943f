"""Holiday names in the interface language.

The `holidays` package names Kazakhstan's holidays in Kazakh only (its Russian for KZ is missing and
would fall back silently, TOOLCHAIN.md), so the names are kept here as translatable messages: the
Kazakh name the package gives maps to an English source whose Kazakh and Russian live in the
catalog (i18n/catalog/calendar.json). A name the table does not know is shown as the package gives it.
"""
from __future__ import annotations

import re

from desktop_app.domain.i18n import N_, Msg, msg

_NAMES: dict[str, str] = {
    "Жаңа жыл": N_("Holiday", "New Year"),
    "Православиелік Рождество": N_("Holiday", "Orthodox Christmas"),
    "Халықаралық әйелдер күні": N_("Holiday", "International Women's Day"),
    "Наурыз мейрамы": N_("Holiday", "Nauryz"),
    "Қазақстан халқының бірлігі мерекесі": N_("Holiday", "Day of Unity of the People of Kazakhstan"),
    "Отан Қорғаушы күні": N_("Holiday", "Defender of the Fatherland Day"),
    "Жеңіс күні": N_("Holiday", "Victory Day"),
    "Астана күні": N_("Holiday", "Capital City Day"),
    "Қазақстан Республикасының Конституциясы күні": N_("Holiday", "Constitution Day"),
    "Құрбан айт": N_("Holiday", "Kurban Ait"),
    "Республика күні": N_("Holiday", "Republic Day"),
    "Қазақстан Республикасы күні": N_("Holiday", "Republic Day of Kazakhstan"),
    "Тәуелсіздік күні": N_("Holiday", "Independence Day"),
}
_OBSERVED = " (қайта белгіленген демалыс)"
_ESTIMATED = " (бағаланған)"
_MOVED = re.compile(r"Демалыс күні \((\d\d\.\d\d\.\d{4}) бастап ауыстырылды\)")


def holiday_msg(name: str) -> Msg:
    """The package's Kazakh name as a message rendered in the interface language."""
    moved = _MOVED.fullmatch(name)
    if moved:
        return msg(N_("Holiday", "Day off (moved from {day})"), context="Holiday", day=moved.group(1))
    for suffix, template in ((_OBSERVED, N_("Holiday", "{name} (day off moved)")),
                             (_ESTIMATED, N_("Holiday", "{name} (estimated)"))):
        if name.endswith(suffix):
            return msg(template, context="Holiday", name=holiday_msg(name[: -len(suffix)]))
    source = _NAMES.get(name)
    if source is None:
        return msg("{name}", context="Holiday", name=name)
    return msg(source, context="Holiday")
