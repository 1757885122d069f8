"""Events coded in PLOVER from real text: actors, targets, dates, counts, modality, evidence."""

from __future__ import annotations

import pytest

import wirewatch
from wirewatch.annotate.plover import plover_lexicon
from wirewatch.model import Event, Modality


def find(analysis: wirewatch.Analysis, type_: str, trigger: str) -> Event:
    found = [e for e in analysis.events if e.type == type_ and trigger in e.evidence.trigger]
    assert len(found) == 1, [(e.type, e.evidence.trigger) for e in analysis.events]
    return found[0]


def test_seoul_fires_warning_shots_on_monday(example_analysis: wirewatch.Analysis) -> None:
    event = find(example_analysis, "MOBILIZE", "fired")
    assert event.actor is not None and event.actor.country == "KOR" and event.actor.sector == "MIL"
    assert event.date == "2022-12-26" and event.date_source == "text"
    assert event.modality is Modality.ASSERTED
    assert event.quad_class == 4 and event.cameo == "15"
    assert event.evidence.rule == "MOBILIZE: fire >shot"


def test_the_drone_incursion_is_seouls_claim(example_analysis: wirewatch.Analysis) -> None:
    event = find(example_analysis, "MOBILIZE", "violated")
    assert event.actor is not None and event.actor.country == "PRK"
    assert event.target is not None and event.target.country == "KOR"
    assert event.modality is Modality.CLAIMED
    assert [(q.value, q.unit) for q in event.quantities] == [(5, "drones")]
    assert event.date == "2022-12-26"
    quotes = {q.id: q for q in example_analysis.quotes}
    assert event.reported_by and quotes[event.reported_by[0]].source is not None
    assert quotes[event.reported_by[0]].source.name == "South Korea"  # type: ignore[union-attr]


def test_the_south_answers_with_three_drones(example_analysis: wirewatch.Analysis) -> None:
    incursion = find(example_analysis, "MOBILIZE", "violated")
    answer = find(example_analysis, "MOBILIZE", "flew")
    assert answer.actor is not None and answer.actor.country == "KOR"
    assert [(q.value, q.unit) for q in answer.quantities] == [(3, "drones")]
    assert answer.responds_to == [incursion.id]
    assert answer.date == "2022-12-26" and answer.date_source == "context"


def test_seoul_accuses_pyongyang(example_analysis: wirewatch.Analysis) -> None:
    event = find(example_analysis, "ACCUSE", "accusing")
    assert event.actor is not None and event.actor.country == "KOR"
    assert event.target is not None and event.target.country == "PRK"
    assert event.quad_class == 3


def test_nothing_from_boilerplate_and_evidence_points_into_the_text(
    example_analysis: wirewatch.Analysis,
) -> None:
    text = example_analysis.article.text
    assert example_analysis.events
    for event in example_analysis.events:
        assert (
            text[event.evidence.trigger_start : event.evidence.trigger_end]
            == event.evidence.trigger
        )
        assert event.evidence.sentence in text
        assert "executed in purge" not in event.evidence.sentence
        assert "support" not in event.evidence.sentence.lower() or event.type != "AID"


def analyze_text(text: str, published: str = "2024-03-07") -> wirewatch.Analysis:
    return wirewatch.analyze(text, clean=False, published=published)


@pytest.mark.parametrize(
    ("text", "type_", "actor", "target"),
    [
        (
            "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday.",
            "ASSAULT",
            "RUS",
            "UKR",
        ),
        (
            "Israeli police arrested three Palestinian protesters in Jerusalem.",
            "COERCE",
            "ISR",
            "PSE",
        ),
        ("The European Union imposed new sanctions on Iran.", "SANCTION", "EU", "IRN"),
        ("Japan sent humanitarian aid to Turkey after the earthquake.", "AID", "JPN", "TUR"),
        ("French troops withdrew from Mali.", "RETREAT", "FRA", "MLI"),
        ("China threatened to cut trade ties with Australia.", "THREATEN", "CHN", "AUS"),
        # the target through a purpose clause, a noun called for, "in protest of"
        (
            "Hundreds of Kenyan nurses went on strike to protest against Uganda's border rules.",
            "PROTEST",
            "KEN",
            "UGA",
        ),
        ("The Pope called for sanctions against Myanmar.", "REQUEST", None, "MMR"),
        (
            "Farmers blocked roads in protest of the Polish government's import policy.",
            "PROTEST",
            "POL",
            "POL",
        ),
        # second demonyms and short names; a people named by place and origin
        ("Kyrgyz border guards shot at Tajik soldiers.", "ASSAULT", "KGZ", "TJK"),
        ("Bosnian Croats lodged a protest with Serbia over the arrests.", "ACCUSE", "BIH", "SRB"),
        (
            "The European Community demanded that Belgrade free the hostages.",
            "REQUEST",
            "EU",
            "SRB",
        ),
        # the actor's own troops are not the target; groups rooted in one country
        ("Turkey withdrew its soldiers from northern Iraq.", "RETREAT", "TUR", "IRQ"),
        ("Hezbollah fired rockets at Israel overnight.", "ASSAULT", "LBN", "ISR"),
        (
            "Thousands of Kenyans gathered for a march to protest against the Ugandan government.",
            "PROTEST",
            "KEN",
            "UGA",
        ),
    ],
)
def test_sentences_are_coded(text: str, type_: str, actor: str | None, target: str) -> None:
    events = [e for e in analyze_text(text).events if e.type == type_]
    assert events, [(e.type, e.evidence.rule) for e in analyze_text(text).events]
    event = events[0]
    if actor is not None:
        assert event.actor is not None and event.actor.country == actor
    assert event.target is not None and event.target.country == target


def test_negated_and_planned_events() -> None:
    assert analyze_text("The army did not attack the rebels.").events == []  # nothing happened
    refusal = analyze_text("Border officials did not accept the doctors' offer.").events
    assert [(e.type, e.mode) for e in refusal] == [("REJECT", "agree")]  # refusing is an act
    planned = analyze_text("Egypt will host talks with Israeli officials next week.").events[0]
    assert planned.modality is Modality.PLANNED and planned.planned_for == "2024-W11"
    assert planned.date == "2024-03-07" and planned.date_source == "publication"  # made known


def test_a_plan_is_dated_when_it_is_announced() -> None:
    text = "On Tuesday, Germany announced plans to deploy troops to Lithuania next month."
    event = next(e for e in analyze_text(text).events if e.evidence.trigger == "deploy")
    assert event.modality is Modality.PLANNED
    assert (event.date, event.planned_for) == ("2024-03-05", "2024-04")


def test_an_act_told_twice_is_one_event_with_both_sentences() -> None:
    text = (
        "Chile on Monday recalled its ambassador from Peru over the border dispute.\n\n"
        "Chile recalled the ambassador for consultations, the foreign ministry said.\n\n"
        "Chile also recalled its ambassador from Bolivia on Friday."
    )
    events = analyze_text(text).events
    recalls = [e for e in events if e.actor is not None and e.actor.country == "CHL"]
    assert len(recalls) == 2, [(e.evidence.trigger, e.date) for e in events]
    assert [e.trigger for e in recalls[0].also_in] == ["recalled"]
    assert recalls[0].reported_by  # the retelling names the source
    assert recalls[1].target is not None and recalls[1].target.country == "BOL"
    assert recalls[0].date == "2024-03-04"


def test_casualties_are_counted() -> None:
    event = analyze_text("Gunmen killed 12 villagers in northern Nigeria on Sunday.").events[0]
    assert event.type == "ASSAULT"
    assert [(q.value, q.unit) for q in event.quantities] == [(12, "dead")]
    assert event.location is not None and event.location.country == "NGA"


def test_the_lexicon_knows_every_plover_type() -> None:
    lexicon = plover_lexicon()
    assert len(lexicon.types) == 16
    assert {t.quad for t in lexicon.types.values()} == {1, 2, 3, 4}
    assert lexicon.match("fire", {"at"}, set()) is not None
    assert lexicon.match("fire", set(), {"shot"}).type == "MOBILIZE"  # type: ignore[union-attr]
    assert lexicon.match("fire", set(), set()).type == "ASSAULT"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "type_", "mode", "target"),
    [
        # an intended act of cooperation is AGREE, of conflict THREATEN (PLOVER codes intent)
        ("Norway said it will provide emergency aid to Sudan.", "AGREE", "aid", "SDN"),
        ("Brazil is ready to send aid to Haiti.", "AGREE", "aid", "HTI"),
        ("Iran vowed to attack Israel.", "THREATEN", "assault", "ISR"),
        ("Turkey will close the border unless Syria stops the shelling.", "THREATEN", None, None),
        # "X said Y must ..." is X's request of Y
        ("Canada said India must release the journalists.", "REQUEST", "must", "IND"),
    ],
)
def test_intentions_and_demands(
    text: str, type_: str, mode: str | None, target: str | None
) -> None:
    events = sorted(analyze_text(text).events, key=lambda e: -e.confidence)
    assert events, text
    best = events[0]
    assert best.type == type_, [(e.type, e.evidence.rule) for e in events]
    if mode is not None:
        assert best.mode == mode
    if target is not None:
        assert best.target is not None and best.target.country == target


def test_every_event_keeps_its_rule_and_reporting_chain(
    example_analysis: wirewatch.Analysis,
) -> None:
    quote_ids = {q.id for q in example_analysis.quotes}
    for event in example_analysis.events:
        assert event.evidence.rule.startswith(event.type) or event.mode
        assert set(event.reported_by) <= quote_ids
        assert 0 <= event.confidence <= 1


def test_a_planned_deployment_stays_a_deployment() -> None:
    event = analyze_text("Brazil is ready to send troops to Haiti.").events[0]
    assert event.type == "MOBILIZE" and event.modality is Modality.PLANNED


def test_kims_military_goals_are_one_plan_presented_on_the_28th(
    example_analysis: wirewatch.Analysis,
) -> None:
    buildups = [e for e in example_analysis.events if e.mode == "buildup"]
    assert buildups and all(e.type == "MOBILIZE" for e in buildups)
    assert all(e.actor is not None and e.actor.name == "Kim Jong-un" for e in buildups)
    # the lede and the quoted paragraph tell one plan: presented on Wednesday the 28th, for 2023
    assert len(buildups) == 1
    plan = buildups[0]
    assert plan.modality is Modality.PLANNED and plan.planned_for == "2023"
    assert plan.date == "2022-12-28" and plan.date_source == "text"
    assert [e.trigger for e in plan.also_in] == ["bolstering"]
    quotes = {q.id: q for q in example_analysis.quotes}
    channel = quotes[plan.reported_by[0]].via
    assert channel is not None and channel.name == "Korean Central News Agency"


def test_scrambling_jets_survives_the_parse(example_analysis: wirewatch.Analysis) -> None:
    """The small model tags 'scrambled' in 'fired warning shots and scrambled jets' as an adjective."""
    event = find(example_analysis, "MOBILIZE", "scrambled")
    assert event.actor is not None and event.actor.country == "KOR" and event.actor.sector == "MIL"
    assert event.date == "2022-12-26"


def test_a_years_missile_tests_are_an_aggregate(example_analysis: wirewatch.Analysis) -> None:
    event = find(example_analysis, "MOBILIZE", "performed")
    assert event.aggregate and event.date == "2022"
    assert event.actor is not None and event.actor.country == "PRK"  # "The Hermit Kingdom"


def test_an_armed_group_has_its_country_and_sector() -> None:
    event = next(e for e in analyze_text("Hamas threatened to resume attacks.").events)
    assert event.actor is not None
    assert (event.actor.country, event.actor.sector) == ("PSE", "REB")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Hungarian and Romanian officials signed a border treaty on Monday.",
            [("HUN", None), ("ROU", None)],
        ),
        ("France and Germany condemned the attack on Ukraine.", [("FRA", "UKR"), ("DEU", "UKR")]),
        ("Russia attacked Ukraine and Georgia.", [("RUS", "UKR"), ("RUS", "GEO")]),
    ],
)
def test_a_compound_actor_or_target_gives_one_event_per_country(
    text: str, pairs: list[tuple[str, str | None]]
) -> None:
    events = analyze_text(text).events
    found = [
        (e.actor.country if e.actor else None, e.target.country if e.target else None)
        for e in events
    ]
    assert [actor for actor, _ in found] == [actor for actor, _ in pairs], found
    for (_, target), (_, expected) in zip(found, pairs, strict=True):
        assert expected is None or target == expected
    assert len({e.evidence.trigger_start for e in events}) == 1  # one sentence, one trigger


def test_a_force_put_on_alert_is_a_mobilisation() -> None:
    event = analyze_text("Indian troops remained on high alert along the border on Sunday.").events
    assert [(e.type, e.actor.country if e.actor else None) for e in event] == [("MOBILIZE", "IND")]
