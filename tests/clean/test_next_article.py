"""A page that loads the next story under the first keeps only the first as its body."""

from __future__ import annotations

import pytest

from wirewatch.clean import clean_text

FIRST = [
    "Regjeringen vil bygge tre nye sykehus i Nord-Norge innen 2035, opplyste helseministeren "
    "på en pressekonferanse i Tromsø tirsdag ettermiddag.",
    "Sykehusene skal ligge i Bodø, Harstad og Hammerfest, og de skal til sammen ha plass til "
    "rundt tusen pasienter, ifølge planene som ble lagt fram.",
    "Kommunene i regionen har i mange år bedt om bedre sykehustilbud, og ordførerne var godt "
    "fornøyde da de fikk høre om planene fra departementet.",
    "Byggingen skal etter planen starte neste år, men finansieringen er ennå ikke helt på "
    "plass, og Stortinget må godkjenne budsjettet først.",
]
SECOND = [
    "Tusenvis av mennesker samlet seg i sentrum av Bergen lørdag for å markere at byen fyller "
    "nine hundre år, med konserter og fyrverkeri til langt på natt.",
    "Politiet meldte om en rolig kveld uten alvorlige hendelser, selv om trafikken rundt "
    "Bryggen var stengt i flere timer på grunn av folkemengden.",
    "Byrådslederen takket innbyggerne for en fin feiring og lovet at jubileet skal markeres "
    "videre gjennom hele året med flere arrangementer.",
]


def header(headline: str, author: str, stamp: str) -> str:
    first, last = author.split()
    return f"{headline}\n\n{author}\n\n{first}\n\n{last}\n\nPublisert\n\n{stamp}\n\n"


def page(*stories: tuple[str, str, str, list[str]]) -> str:
    parts = ["Forsiden\n\nNyheter\n\nSport\n\n"]
    for headline, author, stamp, paragraphs in stories:
        parts.append(header(headline, author, stamp))
        parts.append("".join(paragraph + "\n\n" for paragraph in paragraphs))
        parts.append("Del artikkel\n\n")
    return "".join(parts) + "Personvern\n\nKontakt oss\n"


@pytest.mark.issue(20)
def test_the_story_loaded_below_the_first_is_not_its_body() -> None:
    text = page(
        ("Tre nye sykehus i nord", "Kari Nordmann", "06.01.2026 - 17:29", FIRST),
        ("Bergen feiret jubileet", "Ola Hansen", "06.01.2026 - 16:25", SECOND),
    )
    article = clean_text(text)
    assert article.paragraphs == FIRST
    assert "Bergen" not in article.text


@pytest.mark.issue(20)
def test_a_labelled_date_line_of_the_same_shape_also_starts_the_next_story() -> None:
    text = (
        "Home\n\nNews\n\nThree hospitals for the north\n\nBy Kari Nordmann\n\n"
        "Published 18 November 2019\n\n"
        + "".join(p + "\n\n" for p in FIRST)
        + "Bergen celebrates its anniversary\n\nBy Ola Hansen\n\nPublished 17 November 2019\n\n"
        + "".join(p + "\n\n" for p in SECOND)
    )
    article = clean_text(text)
    assert article.paragraphs == FIRST


@pytest.mark.issue(20)
def test_update_notes_and_a_date_at_the_foot_do_not_cut_the_story() -> None:
    text = (
        "Home\n\nNews\n\nThree hospitals for the north\n\nBy Kari Nordmann\n\n"
        "Published 18 November 2019\n\n"
        + "".join(p + "\n\n" for p in FIRST[:3])
        + "Updated 19 November 2019\n\n"
        + "".join(p + "\n\n" for p in [FIRST[3], *SECOND])
        + "Published 18 November 2019\n\nShare this story\n"
    )
    paragraphs = clean_text(text).paragraphs
    assert all(paragraph in paragraphs for paragraph in [*FIRST, *SECOND])
