"""The rules help window: opens on the asked rule, searches, follows the interface language; its entry points."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop_app.domain.rules_help import all_rules, rule
from desktop_app.ui.help import (
    HelpLinkLabel,
    RuleHelpDialog,
    help_button,
    install_help_menu,
    set_help_rule,
    show_rule_help,
)
from tests.translations_support import compiled_translations  # noqa: F401  (autouse, module scope)


@pytest.fixture
def host(qtbot, languages) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def _body(d: RuleHelpDialog) -> str:
    return d.body.toPlainText()


def test_opens_on_the_given_rule_with_explanation_source_and_quote(host) -> None:
    d = show_rule_help(host, "deadline.quarter")
    r = rule("deadline.quarter")
    assert d.isVisible() and d.current_rule_id() == "deadline.quarter"
    assert d.rule_list.currentItem().data(Qt.ItemDataRole.UserRole) == "deadline.quarter"
    assert d.title_label.text() == r.title_ru == "Срок квартальной оценки"
    body = _body(d)
    assert "не позднее двадцатого числа месяца, следующего за отчётным кварталом" in body  # explanation
    assert "Правовое основание" in body and "Пункт: §4" in body
    assert "Карасуского района" in body and "№ 139" in body                               # the act
    assert "не позднее двадцатого числа месяца, следующего за отчетным кварталом." in body  # the seed's words
    assert "См. также" in body and "§13.15" in body                                        # next working day
    assert "пункт 4 Методики" in d.reference_label.text() and "001" not in d.reference_label.text()


def test_a_second_call_selects_the_rule_in_the_open_window(host) -> None:
    first = show_rule_help(host, "appeal.filing")
    second = show_rule_help(host, "calibration.composition")
    assert second is first and first.current_rule_id() == "calibration.composition"
    assert "нечётного числа членов, не менее трёх" in _body(first)
    assert "кіре алмайды" in _body(first)  # 003 §59 quoted in Kazakh, its own language
    assert "Тот же принцип в другом акте" in _body(first)


def test_the_list_is_grouped_by_topic_with_headings_that_cannot_be_chosen(host) -> None:
    d = show_rule_help(host, "grade.bands")
    first = d.rule_list.item(0)
    assert first.text() == "Кто оценивается" and first.data(Qt.ItemDataRole.UserRole) is None
    assert not first.flags() & Qt.ItemFlag.ItemIsSelectable
    assert d.rule_list.count() == len(all_rules()) + 7
    d.search_edit.setText("срок")  # while searching: the hits only, no headings
    assert d.rule_list.count() == len(d.visible_rule_ids()) > 3


def test_unknown_id_opens_the_list_on_the_first_rule(host) -> None:
    d = show_rule_help(host, "no.such.rule")
    assert d.current_rule_id() == all_rules()[0].id


def test_search_filters_the_list_and_keeps_the_body_in_step(qtbot, host) -> None:
    d = show_rule_help(host, "grade.bands")
    assert len(d.visible_rule_ids()) == len(all_rules())
    qtbot.keyClicks(d.search_edit, "over_20")  # typed (QTest types ASCII only)
    assert d.visible_rule_ids() == ["evaluator.over_20"]
    d.search_edit.setText("ПРИКОМАНДИР")
    assert d.visible_rule_ids() == ["eligibility.seconded"]
    assert d.current_rule_id() == "eligibility.seconded"
    assert "принимающим государственным органом" in _body(d)
    d.search_edit.setText("пункт 19 Методики")
    assert set(d.visible_rule_ids()) >= {"appeal.decision", "calibration.composition"}
    d.search_edit.setText("нет такого правила")
    assert d.visible_rule_ids() == [] and d.empty_label.isVisibleTo(d)
    d.search_edit.clear()
    assert len(d.visible_rule_ids()) == len(all_rules()) and not d.empty_label.isVisibleTo(d)
    d.search_edit.setText("калибр")
    d.select_rule("retention")  # a rule hidden by the search: the search is cleared to show it
    assert d.search_edit.text() == "" and d.current_rule_id() == "retention"


def test_language_switch_changes_the_dialog_texts(qtbot, host, languages) -> None:
    d = show_rule_help(host, "eligibility.worked_days")
    r = rule("eligibility.worked_days")
    assert d.windowTitle() == "Правила и правовое основание"
    languages.set_language("kk")
    qtbot.waitUntil(lambda: d.title_label.text() == r.title_kk)
    assert d.windowTitle() == "Ережелер және құқықтық негіз"
    assert d.search_edit.placeholderText().startswith("Іздеу")
    body = _body(d)
    assert "Құқықтық негіз" in body and "Тармақ: §5" in body and "Қостанай облысы Қарасу ауданы" in body
    assert "орыс тілі" in body                                                  # language of the act, in kk
    assert "не менее пятнадцати фактически отработанных" in body                # the quote stays Russian
    assert d.rule_list.currentItem().text().strip() == r.title_kk
    texts = [d.rule_list.item(i).text().strip() for i in range(d.rule_list.count())]
    assert rule("grade.bands").title_kk in texts and "Баға және нәтиже" in texts  # rules and topic headings
    languages.set_language("ru")
    qtbot.waitUntil(lambda: d.title_label.text() == r.title_ru)
    assert "Правовое основание" in _body(d)


def test_help_button_opens_its_rule_and_names_it_in_the_tooltip(qtbot, host, languages) -> None:
    button = help_button(host, "grade.bands")
    host.layout() or QVBoxLayout(host)
    host.layout().addWidget(button)
    assert button.text() == "?" and rule("grade.bands").title_ru in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    d = host.findChild(RuleHelpDialog)
    assert d is not None and d.isVisible() and d.current_rule_id() == "grade.bands"
    languages.set_language("kk")
    qtbot.waitUntil(lambda: rule("grade.bands").title_kk in button.toolTip())
    assert button.toolTip().startswith("Ереже және құқықтық негіз")


def test_link_label_opens_its_rule(host) -> None:
    label = HelpLinkLabel("eligibility.dismissed", host, show_title=True)
    assert "пункт 6 Методики" in label.text() and rule("eligibility.dismissed").title_ru in label.text()
    label.linkActivated.emit("rule:eligibility.dismissed")
    assert host.findChild(RuleHelpDialog).current_rule_id() == "eligibility.dismissed"


def test_help_menu_item_with_f1_opens_the_focused_rule(qtbot, main_window, languages) -> None:
    action = install_help_menu(main_window)
    assert main_window.help_menu.actions()[0] is action
    assert action.shortcut() == QKeySequence("F1")
    assert action.text() == "&Правила и правовое основание…"
    action.trigger()
    d = main_window.findChild(RuleHelpDialog)
    assert d is not None and d.isVisible() and d.current_rule_id() == all_rules()[0].id

    edit = QLineEdit(main_window)
    set_help_rule(edit, "calibration.session_deadline")
    edit.show()
    main_window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    action.trigger()
    assert d.current_rule_id() == "calibration.session_deadline"

    languages.set_language("kk")
    qtbot.waitUntil(lambda: action.text() == "&Ережелер және құқықтық негіз…")
