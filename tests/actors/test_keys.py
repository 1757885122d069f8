"""Name keys: one key however a paper spells the person."""

from __future__ import annotations

import pytest

from wirewatch.actors.keys import actor_key, partial_keys, surname


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("Bashar al-Assad", "Bashar Assad"),
        ("Mohammed bin Salman", "Muhammad bin Salman"),
        ("Moammar Gadhafi", "Moammar Qaddafi"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Volodymyr Zelenskiy", "Volodymyr Zelensky"),
        ("President Emmanuel Macron", "Emmanuel Macron"),
        ("Mohamed Morsy", "Mohammad Mursi"),
    ],
)
def test_spellings_of_one_person_share_a_key(one: str, other: str) -> None:
    assert actor_key(one) == actor_key(other)


def test_different_people_keep_different_keys() -> None:
    assert actor_key("Kim Jong-un") != actor_key("Kim Jong-il")
    assert actor_key("George W. Bush") != actor_key("George Bush")


def test_the_surname_is_the_family_name_first_in_east_asia() -> None:
    assert surname(actor_key("Xi Jinping"), "CHN") == "xi"
    assert surname(actor_key("Kim Jong-un"), "PRK") == "kim"
    assert surname(actor_key("Fumio Kishida"), "JPN") == "kishida"


def test_long_names_are_also_found_by_the_short_forms_news_uses() -> None:
    forms = partial_keys(actor_key("Recep Tayyip Erdogan"))
    assert "tayyip erdogan" in forms
    assert "recep erdogan" in forms
    assert "michael thomas" not in partial_keys(actor_key("Michael Thomas Somare"))
    assert partial_keys(actor_key("Keir Starmer")) == []
