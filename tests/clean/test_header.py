"""Bylines: names, roles and prefixes."""

from __future__ import annotations

import pytest

from wirewatch.clean.author_box import author_box_heading, is_author_note
from wirewatch.clean.header import is_reading_time, parse_byline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Lia Eustachewich and Yaron Steinbuch", ["Lia Eustachewich", "Yaron Steinbuch"]),
        ("Alisha Rahaman Sarkar", ["Alisha Rahaman Sarkar"]),
        ("By Jane Doe, Political Editor", ["Jane Doe"]),
        ("By Reuters", ["Reuters"]),
        ("Words by Ana María de la Cruz", ["Ana María de la Cruz"]),
        ("Ein Kommentar von Ralf Berger", ["Ralf Berger"]),  # the kind of piece, then "von"
        ("An analysis by Jane Doe", ["Jane Doe"]),
        ("Un reportage de Marie Dupont", ["Marie Dupont"]),
        ("Redacción: ANTONIO LÓPEZ", ["ANTONIO LÓPEZ"]),  # the newsroom's label
        ("Anna Berg/Jan Vos", ["Anna Berg", "Jan Vos"]),
        ("Greg Iacurci@GregIacurci", ["Greg Iacurci"]),  # the account, run into the name
        ("By Jane Doe @janedoe", ["Jane Doe"]),
    ],
)
def test_bylines(line: str, names: list[str]) -> None:
    assert parse_byline(line, "en") == names


@pytest.mark.parametrize(
    "line",
    [
        "Kim unveils new goals for the army",
        "Share this with Facebook",
        "Comments",
        "De Madrid a Barcelona en tren",  # "de" is a byline's word only after the piece's kind
        "Ein Kommentar von vielen Lesern",
    ],
)
def test_headlines_and_prompts_are_not_bylines(line: str) -> None:
    assert parse_byline(line, "en") is None


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe, WASHINGTON", ["Jane Doe"]),  # where the story was filed from
        ("By Jane Doe and Max Mustermann, Berlin, Germany", ["Jane Doe", "Max Mustermann"]),
        ("By Harbour Gazette Ltd, Munich, Germany", ["Harbour Gazette Ltd"]),  # an imprint
        ("By Paris Hilton", ["Paris Hilton"]),  # a person named after a city is still a person
        ("By Florence Welch and Jackson Browne", ["Florence Welch", "Jackson Browne"]),
    ],
)
def test_a_place_in_a_byline_is_no_name(line: str, names: list[str]) -> None:
    assert parse_byline(line, "en") == names


@pytest.mark.issue(20)
def test_a_byline_of_places_only_is_none() -> None:
    assert parse_byline("By Hamburg, Germany", "en") is None


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Über Moritz Bachmann", "Moritz Bachmann"),
        ("Sobre Carlos Nadalim", "Carlos Nadalim"),
        ("About the author", ""),
        ("À propos de l'auteur", ""),
        ("Über uns", None),
        ("About Me", None),
        ("About our ads", None),
        ("Stories about the council", None),
    ],
)
def test_an_author_box_heading_gives_the_name_it_is_about(line: str, name: str | None) -> None:
    assert author_box_heading(line) == name


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "reading_time"),
    [
        ("3 min read", True),
        ("12-minute read", True),
        ("Lesezeit: 4 Minuten", True),
        ("5 Min. Lesedauer", True),
        ("Tempo de leitura: 2 minutos", True),
        ("Temps de lecture : 3 min", True),
        ("Reading time: about 6 minutes", True),
        ("3 minutes later the police came", False),
        ("It takes 3 min to read the report, the minister said.", False),
        ("Lesezeit: 4 Minuten und mehr bei Regen", False),
    ],
)
def test_a_line_that_only_says_how_long_the_story_takes_to_read(
    line: str, reading_time: bool
) -> None:
    assert is_reading_time(line) is reading_time


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("paragraph", "note"),
    [
        ("Anna Berg kam 2001 zur Hafenzeitung. Sie ist Absolventin der Journalistenschule.", True),
        ("Anna Berg covers the harbour and the council for the Gazette.", True),
        ("Anna Berg joined the Gazette in 2015 from the BBC.", True),
        # the writer named inside a story's sentence, or another Berg: the story's
        ("The mayor thanked Anna Berg, who covers the council, for her questions.", False),
        ("Berg covers the harbour for the Gazette.", False),
    ],
)
def test_a_note_on_what_the_writer_does_is_the_author_box(paragraph: str, note: bool) -> None:
    """A writer's note says what they do for a living as often as what they are (SZ's
    "Markus Balser kam 2001 zur Süddeutschen Zeitung", set above the story)."""
    assert is_author_note(paragraph, ["Anna Berg"]) is note


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ('By Amanda "Tania Mae" Tan', ['Amanda "Tania Mae" Tan']),
        ("By Earvin “Magic” Johnson and Jane Doe", ["Earvin “Magic” Johnson", "Jane Doe"]),
        ('By "The Insider"', None),  # a nickname alone is no name
    ],
)
def test_a_nickname_in_quotes_is_part_of_the_name(line: str, names: list[str] | None) -> None:
    """newspaper4k's esports page signs 'Amanda "Tania Mae" Tan', which came out as no
    author: the quoted word was not a name's word."""
    assert parse_byline(line, "en") == names
