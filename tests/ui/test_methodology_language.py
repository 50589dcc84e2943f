"""The Methodology page follows a run-time language switch: headers, tabs, item names and rule texts."""
from __future__ import annotations

from desktop_app.ui.methodology.page import MethodologyPage
from tests.translations_support import compiled_translations  # noqa: F401  (autouse, module scope)


def test_switching_language_retranslates_the_page(qtbot, services, languages):
    page = MethodologyPage(services.methodology, lambda: languages.language)
    qtbot.addWidget(page)
    page.show()
    page.copy_preset("points_2017")
    header = page.table.horizontalHeaderItem
    assert header(0).text() == "Методика"
    assert page.editor.tabText(3) == "Шкала поощрительных баллов"
    tree = page.editor.scale.tree
    first = tree.topLevelItem(0).child(0)
    assert first.text(0).startswith("За своевременное и качественное исполнение поручений Президента")
    assert first.text(1) == "от +3 до +5 за факт"
    languages.set_language("kk")
    qtbot.waitUntil(lambda: header(0).text() == "Әдістеме")
    assert page.editor.tabText(3) == "Көтермелеу балдарының шәкілі"
    assert page.table.item(0, 0).text() == "Балдық бағалау әдістемесі (2017)"
    first = tree.topLevelItem(0).child(0)
    assert first.text(0).startswith("Қазақстан Республикасы Президентінің тапсырмаларын")
    assert first.text(1) == "бір фактіге +3 және +5 аралығында"
