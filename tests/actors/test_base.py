"""Date-aware lookups in the shipped actor base, on cases the base's README warns about."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.actors import ActorBase, actor_base


@pytest.fixture(scope="module")
def base() -> ActorBase:
    return actor_base()


def test_a_head_of_state_in_office_is_his_country_and_government(base: ActorBase) -> None:
    found = base.person("Vladimir Putin", date(2015, 6, 1))
    assert found is not None
    assert (found.country, found.sector, found.in_office) == ("RUS", "GOV", True)
    assert found.role == "President"


def test_a_former_president_keeps_his_country_but_not_his_office(base: ActorBase) -> None:
    found = base.person("Barack Obama", date(2020, 1, 1), {"USA"})
    assert found is not None
    assert (found.country, found.sector, found.in_office) == ("USA", None, False)
    # out of office, a name is only taken for that person when the article names his country
    assert base.person("Barack Obama", date(2020, 1, 1), {"KEN"}) is None
    assert base.person("Barack Obama", date(2015, 1, 1)).sector == "GOV"  # type: ignore[union-attr]


def test_the_date_decides_which_country_a_name_has(base: ActorBase) -> None:
    before = base.person("Salva Kiir", date(2008, 1, 1))
    after = base.person("Salva Kiir", date(2015, 1, 1))
    assert before is not None and before.country == "SDN"  # President of Southern Sudan
    assert after is not None and after.country == "SSD"


def test_an_igo_official_acts_for_his_organisation(base: ActorBase) -> None:
    found = base.person("António Guterres", date(2020, 1, 1))
    assert found is not None and found.organisation == "UN"
    as_premier = base.person("António Guterres", date(1998, 1, 1), {"PRT"})
    assert as_premier is not None and as_premier.country == "PRT"


def test_a_surname_alone_needs_one_office_holder_on_the_day(base: ActorBase) -> None:
    putin = base.person("Putin", date(2015, 6, 1))
    assert putin is not None and putin.country == "RUS" and putin.matched_by == "surname"
    # Guterres: the UN Secretary-General and two Timor-Leste ministers
    assert base.person("Guterres", date(2020, 1, 1)) is None


def test_a_surname_of_several_office_holders_is_settled_by_the_article(base: ActorBase) -> None:
    assert base.person("Bush", date(2004, 1, 1)) is None
    found = base.person("Bush", date(2004, 1, 1), {"USA"})
    assert found is not None and found.country == "USA"


def test_a_given_name_alone_never_matches(base: ActorBase) -> None:
    assert base.person("Hussein", date(1990, 5, 1), {"IRQ"}) is None
    assert base.person("Abdullah", date(2010, 1, 1), {"JOR"}) is None


def test_an_unknown_name_gives_nothing_rather_than_a_guess(base: ActorBase) -> None:
    assert base.person("Jane Nobody", date(2020, 1, 1), {"USA"}) is None
    assert base.person("", date(2020, 1, 1)) is None


def test_without_a_date_only_a_country_all_namesakes_share(base: ActorBase) -> None:
    found = base.person("Omar Hassan al-Bashir", None)
    assert found is not None
    assert (found.country, found.sector) == ("SDN", None)


@pytest.mark.parametrize(
    ("name", "organisation", "country", "sector"),
    [
        ("African Union", "AU", None, None),
        ("AU", "AU", None, None),
        ("ECOWAS", "ECOWAS", None, None),
        ("International Court of Justice", "ICJ", None, None),
        ("Reuters", None, "GBR", "MED"),
        ("Korean Central News Agency", None, "PRK", "MED"),
        ("Gazprom", None, "RUS", "BUS"),
    ],
)
def test_organisations_by_name_and_abbreviation(
    base: ActorBase, name: str, organisation: str | None, country: str | None, sector: str | None
) -> None:
    found = base.organisation(name)
    assert found is not None
    assert (found.organisation, found.country, found.sector) == (organisation, country, sector)


def test_a_generic_institution_has_no_country_of_its_own(base: ActorBase) -> None:
    """Phoenix files 'Senate' under the United States; Nigeria and Italy have one too."""
    assert base.organisation("Senate") is None
    assert base.organisation("Supreme Court") is None
    duma = base.organisation("Duma")
    assert duma is not None and duma.country == "RUS"
