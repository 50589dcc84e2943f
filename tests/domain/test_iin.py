"""ИИН check (DOMAIN.md "ИИН"): checksum with both weight sets, birth date, century digit."""
from datetime import date

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.iin import check_digit, is_valid_iin, make_iin, parse_iin


def _reason(iin: str) -> str:
    with pytest.raises(ValidationError) as info:
        parse_iin(iin)
    assert info.value.field == "iin"
    return info.value.messages[0].text


def test_known_valid_iin_decodes_birth_date_and_sex() -> None:
    info = parse_iin("791028302728")
    assert info.birth_date == date(1979, 10, 28)
    assert info.male is True  # century digit 3: 1900s, odd = male


def test_spaces_are_ignored() -> None:
    assert parse_iin(" 791028 302728 ").iin == "791028302728"


def test_wrong_check_digit_is_refused() -> None:
    assert "check digit" in _reason("791028302729")


def test_second_weight_set_is_used_when_first_sum_gives_ten() -> None:
    # find an 11-digit start whose first weighted sum is 10; its check digit comes from weights 3..11,1,2
    for serial in range(10000):
        first11 = f"8501154{serial:04d}"
        if sum(int(c) * w for c, w in zip(first11, range(1, 12), strict=True)) % 11 == 10:
            second = sum(int(c) * w for c, w in zip(first11, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
            if second != 10:
                assert check_digit(first11) == second
                assert is_valid_iin(first11 + str(second))
                break
    else:
        pytest.fail("no sample found")


def test_number_invalid_when_both_sums_give_ten() -> None:
    for serial in range(10000):
        first11 = f"8501154{serial:04d}"
        if check_digit(first11) is None:
            assert all(not is_valid_iin(first11 + str(d)) for d in range(10))
            break
    else:
        pytest.fail("no sample found")


@pytest.mark.parametrize("iin", ["791328302728", "790431302728", "790229302728"])
def test_impossible_birth_date_is_refused(iin: str) -> None:
    # month 13, 31 April, 29 February 1979 — the date check comes before the checksum
    assert "date of birth" in _reason(iin)


def test_29_february_of_a_leap_year_is_a_date() -> None:
    iin = make_iin(date(2000, 2, 29), male=False, serial=17) or make_iin(date(2000, 2, 29), male=False, serial=18)
    assert iin is not None and iin[6] == "6"
    assert parse_iin(iin).birth_date == date(2000, 2, 29)


@pytest.mark.parametrize("digit", ["0", "7", "9"])
def test_century_digit_outside_1_to_6_is_refused(digit: str) -> None:
    assert "7th digit" in _reason("791028" + digit + "02728")


@pytest.mark.parametrize("digit,year,male", [("1", 1879, True), ("2", 1879, False), ("4", 1979, False),
                                               ("5", 2079, True), ("6", 2079, False)])
def test_century_digit_gives_century_and_sex(digit: str, year: int, male: bool) -> None:
    for serial in range(100):
        first11 = f"791028{digit}{serial:04d}"
        check = check_digit(first11)
        if check is not None:
            info = parse_iin(first11 + str(check))
            assert (info.birth_date.year, info.male) == (year, male)
            return
    pytest.fail("no sample")


@pytest.mark.parametrize("text,fragment", [("", "empty"), ("79102830272", "12 digits"),
                                           ("7910283027281", "12 digits"), ("79102830272A", "digits only")])
def test_shape_errors_have_their_own_message(text: str, fragment: str) -> None:
    assert fragment in _reason(text)


def test_make_iin_builds_valid_numbers() -> None:
    made = [make_iin(date(1990, 5, 17), male=True, serial=s) for s in range(200)]
    good = [m for m in made if m]
    assert len(good) > 150 and all(is_valid_iin(m) for m in good)
