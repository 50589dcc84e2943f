"""Short grade names for a narrow table column: what tells the grades apart, in either language."""
from desktop_app.domain.grade_names import short_labels

KK = ["Функционалдық міндеттерді тиімді орындайды", "Функционалдық міндеттерді тиісінше орындайды",
      "Функционалдық міндеттерді қанағаттанарлық орындайды", "Функционалдық міндеттерді қанағаттанарлықсыз орындайды"]
RU = ["Выполняет функциональные обязанности эффективно", "Выполняет функциональные обязанности надлежащим образом",
      "Выполняет функциональные обязанности удовлетворительно",
      "Выполняет функциональные обязанности неудовлетворительно"]


def test_the_shared_beginning_goes_and_with_ends_too_the_shared_end() -> None:
    assert short_labels(KK) == ["тиімді орындайды", "тиісінше орындайды", "қанағаттанарлық орындайды",
                                "қанағаттанарлықсыз орындайды"]
    assert short_labels(KK, ends_too=True) == ["тиімді", "тиісінше", "қанағаттанарлық", "қанағаттанарлықсыз"]
    assert short_labels(RU, ends_too=True) == ["эффективно", "надлежащим образом", "удовлетворительно",
                                               "неудовлетворительно"]


def test_a_name_is_never_emptied() -> None:
    assert short_labels(["A b", "A b"], ends_too=True) == ["b", "b"]
    assert short_labels(["Один"], ends_too=True) == ["Один"]
