"""Kazakh numerals with their suffixes, computed from how the number is read (GLOSSARY.md: a suffix glued
after a placeholder is wrong for half the numbers).

The partitive "5 мүшенің 3-і" takes the 3rd-person possessive: -сы/-сі after a vowel, -ы/-і after a
consonant, back or front by the vowels of the last word read: 1 бір-і, 2 екі-сі, 6 алты-сы, 9 тоғыз-ы,
10 он-ы, 20 жиырма-сы, 50 елу-і … The last word read is the units word, or the tens word for round tens,
"жүз" for round hundreds, "мың" for round thousands.
"""
from __future__ import annotations

_UNITS = {0: "нөл", 1: "бір", 2: "екі", 3: "үш", 4: "төрт", 5: "бес", 6: "алты", 7: "жеті", 8: "сегіз",
          9: "тоғыз"}
_TENS = {1: "он", 2: "жиырма", 3: "отыз", 4: "қырық", 5: "елу", 6: "алпыс", 7: "жетпіс", 8: "сексен",
         9: "тоқсан"}
_BACK = set("аоұыя")
_FRONT = set("әөүіеэи")
_VOWELS = _BACK | _FRONT | set("у")


def last_word(n: int) -> str:
    n = abs(n)
    if n % 10 or n == 0:
        return _UNITS[n % 10]
    if n % 100:
        return _TENS[(n % 100) // 10]
    return "жүз" if n % 1000 else "мың"


def _front(word: str) -> bool:
    for ch in reversed(word):
        if ch in _BACK:
            return False
        if ch in _FRONT:
            return True
    return True


def kk_partitive(n: int) -> str:
    """"3-і", "2-сі", "6-сы", "9-ы", "20-сы": n as the part of a whole ("5 мүшенің 3-і")."""
    word = last_word(n)
    front = _front(word)
    if word[-1] in _VOWELS and word[-1] != "у":
        suffix = "сі" if front else "сы"
    else:   # "елу" ends in the semivowel у: елуі
        suffix = "і" if front else "ы"
    return f"{n}-{suffix}"
