"""Regions found by a repeated marker: comment sections and teaser feeds, in more than English."""

from __future__ import annotations

import pytest

from wirewatch.clean import clean_text

STORY = (
    "Die Stadt will bis zum Ende des nächsten Jahres zwölf Kilometer neue Radwege bauen, "
    "wie die Verwaltung am Dienstag mitteilte. Die ersten Abschnitte entstehen im Frühjahr.\n\n"
    "Die Kosten von rund acht Millionen Euro sollen zum größten Teil aus einem Förderprogramm "
    "des Landes bezahlt werden, sagte der Bürgermeister bei der Vorstellung der Pläne.\n\n"
    "Radverbände begrüßten die Pläne, forderten aber, dass die neuen Wege durchgehend vom "
    "Autoverkehr getrennt werden, damit auch Kinder sicher zur Schule fahren können.\n\n"
)
COMMENT = (
    "Ich finde es richtig, dass die Stadt endlich etwas tut, aber zwölf Kilometer sind viel "
    "zu wenig für eine Stadt dieser Größe, und die Hauptstraße bleibt gefährlich.\n\n"
)
TEASER = (
    "Neue Regeln für Parkplätze in der Innenstadt sorgen für Streit im Stadtrat und bei den "
    "Händlern, die um ihre Kundschaft fürchten.\n\n"
)


@pytest.mark.issue(20)
def test_comment_section_marked_by_its_reply_buttons_is_not_body() -> None:
    page = (
        STORY
        + "Leserkommentare\n\nKommentar melden\n\nRadlerin_12\n\n"
        + COMMENT
        + "Radlerin_12 antworten\n\nKommentar melden\n\nAutofahrer\n\n"
        + COMMENT.replace("Ich finde", "Auch ich finde")
        + "Autofahrer antworten\n\nKommentar melden\n"
    )
    article = clean_text(page)
    assert len(article.paragraphs) == 3
    assert "zwölf Kilometer sind viel" not in article.text


@pytest.mark.issue(20)
def test_feed_of_teasers_with_numeric_dates_is_not_body() -> None:
    feed = "".join(
        f"Stadtrat streitet über Parkplätze {n}\n\n{TEASER}10.06.2026, 13:{n}0 Uhr\n\n"
        for n in range(1, 5)
    )
    article = clean_text(STORY + "Mehr aus der Region\n\n" + feed)
    assert len(article.paragraphs) == 3
    assert "Parkplätze" not in article.text
