"""Regions found by a repeated marker: comment sections and teaser feeds, in more than English."""

from __future__ import annotations

import pytest

from tests.clean.test_text import HARBOUR_PARAGRAPHS
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
@pytest.mark.parametrize(
    "stamp",
    [
        "10.06.2026, 13:{n}0 Uhr",
        "Heute, 13:{n}0 Uhr",
        "Gestern um 18:{n}5 Uhr",
        "0{n}.06.2026 | 2:43 min",
        "Video0{n}:53",
    ],
)
def test_feed_of_teasers_told_by_their_times_is_not_body(stamp: str) -> None:
    """Numeric dates, days named from today and a video's running time all mark a feed."""
    # Three sentences of summary: more than the teaser-list rule allows, so only the times tell.
    summary = TEASER.rstrip() + " Der Rat entscheidet im {n}. Monat. Die Händler protestieren.\n\n"
    feed = "".join(
        f"Stadtrat streitet über Parkplätze {n}\n\n{summary.format(n=n)}{stamp.format(n=n)}\n\n"
        for n in range(1, 5)
    )
    article = clean_text(STORY + "Mehr aus der Region\n\n" + feed)
    assert len(article.paragraphs) == 3
    assert "Parkplätze" not in article.text


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "form",
    [
        "Schreiben Sie einen Kommentar Antwort abbrechen",
        "Leave a Reply Cancel reply",
        "Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
    ],
)
def test_a_reply_form_ends_the_story(form: str) -> None:
    """What follows a reply form's heading (recent comments, the form's own notes) is not body."""
    after = (
        "Kommentar *\n\nName *\n\n"
        "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste "
        "Kommentierung speichern, damit ich sie beim nächsten Mal nicht wieder eingeben muss.\n\n"
    )
    article = clean_text(STORY + form + "\n\n" + after + COMMENT)
    assert len(article.paragraphs) == 3
    assert "Browser" not in article.text and "zwölf Kilometer sind viel" not in article.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Heute um 10 Uhr beginnt die Sitzung des Stadtrats, in der über die Radwege abgestimmt wird.",
        "Ihre E-Mail-Adressen wurden nicht veröffentlicht, versicherte die Behörde am Montag.",
    ],
)
def test_sentences_about_today_or_email_stay_body(sentence: str) -> None:
    article = clean_text(STORY + sentence + "\n\n" + STORY.replace("Stadt", "Gemeinde"))
    assert sentence in article.paragraphs


ENGLISH_STORY = (
    "Kim calls for more weapons\n\n"
    "North Korea's leader said on Tuesday that the country would expand its arsenal this year, "
    "state media reported. He spoke at a party meeting in Pyongyang, where officials reviewed "
    "the past year.\n\n"
    "The speech came weeks after the country tested a new missile. Analysts in Seoul said the "
    "test showed progress in its solid-fuel programme.\n\n"
    "Officials in Washington said they were watching closely and urged a return to talks "
    "without conditions.\n\n"
)


@pytest.mark.issue(20)
def test_teasers_without_timestamps_after_the_story_are_not_body() -> None:
    """Kicker, headline and a one- or two-sentence summary, three times: other stories."""
    page = ENGLISH_STORY + (
        "Election\nVoters head to the polls in tight race\n"
        "The vote is seen as a test for the governing party after months of protests.\n"
        "Tennis\nStar wins third title in a row\n"
        "She beat her rival in straight sets on Sunday. It was her ninth win this year.\n"
        "Can the city afford a new stadium?\n"
        "Councillors will vote next week on a plan that critics call far too expensive.\n"
        "Weather\nStorm brings floods to coastal towns\n"
        "Hundreds of homes were evacuated as rivers burst their banks overnight.\n"
    )
    article = clean_text(page)
    assert article.paragraphs[-1].startswith("Officials in Washington")
    assert "straight sets" not in article.text
    assert "new stadium" not in article.text


@pytest.mark.issue(20)
def test_teaser_cards_with_a_source_line_between_headline_and_summary_are_not_body() -> None:
    """A card's line of details (its source's address, a count, a time) between headline and
    summary, three times: other stories."""
    page = ENGLISH_STORY + (
        "Voters head to the polls in tight race\ncnn.com Politics\n"
        "The vote is seen as a test for the governing party after months of protests.\n"
        "Star wins third title in a row\n4 shares Sport\n"
        "She beat her rival in straight sets on Sunday. It was her ninth win this year.\n"
        "Storm brings floods to coastal towns\n12:40 Weather\n"
        "Hundreds of homes were evacuated as rivers burst their banks overnight.\n"
    )
    article = clean_text(page)
    assert article.paragraphs[-1].startswith("Officials in Washington")
    assert "straight sets" not in article.text


@pytest.mark.issue(20)
def test_a_story_s_list_of_short_items_is_no_row_of_teaser_cards() -> None:
    """Short items of the story's own list between its sentences have no card details."""
    page = ENGLISH_STORY + (
        "The new rules allow three kinds of shops to open on Sundays\nbakeries\n"
        "Bakeries may open for four hours, from seven in the morning until eleven.\n"
        "Florists and garden centres too\nflower shops\n"
        "Flower shops may open on the Sundays before Easter and Mother's Day only.\n"
        "Petrol stations on the motorways\nfuel\n"
        "They may sell food and drink, but no alcohol after ten in the evening.\n"
    )
    article = clean_text(page)
    assert "no alcohol after ten in the evening" in article.text


@pytest.mark.issue(20)
def test_interview_answers_and_subheaded_sections_stay_body() -> None:
    """Questions with short answers, and subheadings over paragraphs, are the story."""
    interview = ENGLISH_STORY + (
        "Why did you run again?\nBecause the work is not finished, and the voters in this "
        "district know that better than anyone. They told me so at every door I knocked on.\n\n"
        "What will you do first?\nWe will fix the roads that were left to crumble for a decade, "
        "and we will open the two clinics that the last council closed.\n\n"
        "Do you fear losing?\nEvery candidate does, and anyone who says otherwise is lying to "
        "you. But I sleep well at night, because I know what we have done.\n\n"
        "Will you serve a full term?\nYes, all four years of it, whatever happens in the party "
        "and whoever it chooses to lead it after the next national election.\n"
    )
    article = clean_text(interview)
    assert "open the two clinics that the last council closed" in article.text
    assert "all four years of it" in article.text
    sections = ENGLISH_STORY + "".join(
        f"{heading}\n{STORY_PARAGRAPH.format(day=day)}\n\n"
        f"{STORY_PARAGRAPH.format(day=day).replace('The envoys', 'Later the envoys')}\n\n"
        for heading, day in (
            ("Talks stall", "Friday"),
            ("Sanctions bite", "Monday"),
            ("A new test", "Sunday"),
        )
    )
    article = clean_text(sections)
    assert article.text.count("envoys met again") == 6


STORY_PARAGRAPH = (
    "The envoys met again on {day} in Geneva, where they discussed the timetable for the "
    "next round of talks and the fate of the prisoners held by both sides."
)


@pytest.mark.issue(20)
def test_a_label_repeated_before_every_paragraph_is_no_teaser_headline() -> None:
    """Some outlets put "Article content" before each paragraph of the story itself."""
    paragraphs = [
        "The latest jobs numbers just about end the recession debate, said the chief economist "
        "of the accountants' association on Friday.",
        "He said the report also shows easing wage pressure, as new jobs slow wage growth.",
        "“This is not the backdrop for a central bank to raise rates,” another economist said.",
        "The central bank will announce its next decision on interest rates next week.",
    ]
    page = "Jobs report ends recession talk\n\n" + "".join(
        f"Article content\n\n{paragraph}\n\n" for paragraph in paragraphs
    )
    article = clean_text(page)
    assert "easing wage pressure" in article.text
    assert "raise rates" in article.text


@pytest.mark.issue(20)
def test_headlines_under_their_own_topics_are_links_but_labelled_lists_are_body() -> None:
    teasers = (
        "Bauzinsen: Dieser Kurswechsel birgt eine große Überraschung für Käufer\n\n"
        "Wetter: Am Wochenende wird es in ganz Bayern deutlich kälter\n\n"
        "Fußball: Der Trainer muss nach der dritten Niederlage gehen\n\n"
    )
    reactions = (
        "Die Reaktionen fielen unterschiedlich aus, wie die Stimmen aus dem Rathaus zeigen.\n\n"
        "Bürgermeisterin: „Das ist ein guter Tag für alle Radfahrer der Stadt“\n\n"
        "Opposition: „Die Pläne kommen viel zu spät und kosten viel zu viel“\n\n"
        "Radverband: „Wir hätten uns durchgehend getrennte Wege gewünscht“\n\n"
    )
    article = clean_text(STORY + reactions + teasers + "Impressum\n")
    assert "Bauzinsen" not in article.text and "Fußball" not in article.text
    assert "Opposition: „Die Pläne kommen viel zu spät und kosten viel zu viel“" in (
        article.paragraphs
    )


@pytest.mark.issue(20)
def test_teasers_that_each_end_in_a_read_more_link_are_not_body() -> None:
    """Kicker, headline (twice: picture and link), summary, "mehr": a list of other stories."""
    teasers = "".join(
        f"{kicker}\n\n{headline}\n\n{headline}\n\n{summary}\n\nmehr\n\n"
        for kicker, headline, summary in [
            (
                "Verkehr",
                "Neue Regeln für Parkplätze in der Innenstadt",
                "Der Stadtrat streitet über höhere Gebühren, die Händler fürchten um ihre "
                "Kundschaft und sammeln Unterschriften.",
            ),
            (
                "Schule",
                "Zwei Grundschulen bekommen eine Mensa",
                "Ab dem Herbst sollen die Kinder ein warmes Mittagessen bekommen, das Land "
                "übernimmt die Hälfte der Kosten.",
            ),
        ]
    )
    article = clean_text(STORY + teasers)
    assert article.paragraphs[-1].startswith("Radverbände begrüßten")
    assert "Gebühren" not in article.text
    assert "Mittagessen" not in article.text


LONG_PARAGRAPHS = [
    "The council voted on Tuesday to close the old bridge for repairs. Engineers found cracks "
    "in two of its supports last month. The work is expected to take until the spring.",
    "Drivers will be sent along the ring road while the bridge is shut. The detour adds about "
    "ten minutes to a trip into the centre. Buses will keep to their timetables, the operator said.",
    "Shop owners on the east bank fear they will lose customers. Some asked the council for help "
    "with their rents. The mayor said a fund would be set up before the bridge closes.",
]


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "page",
    [
        # A "Read more" label over a linked headline, twice between the story's paragraphs.
        (
            f"{LONG_PARAGRAPHS[0]}\n\nRead more\n\nMarkets fall after rate decision\n\n"
            f"{LONG_PARAGRAPHS[1]}\n\nRead more\n\nFloods close roads in the north\n\n"
            f"{LONG_PARAGRAPHS[2]}\n"
        ),
        # A story cut short by its paywall, with one link to read on.
        "\n\n".join(LONG_PARAGRAPHS) + "\n\nRead more\n",
    ],
)
def test_a_read_more_label_or_a_paywall_link_leaves_the_story_whole(page: str) -> None:
    article = clean_text(page)
    assert article.paragraphs == LONG_PARAGRAPHS


HEADED_TEASERS = (
    "More on this story\n\n"
    "Seoul and Washington say that they will hold the largest of their joint drills in five "
    "years as the tensions rise\n\n"
    "The exercises will start next month, and they will involve thousands of troops as well "
    "as ships and aircraft from both of the allies, the defence ministry in Seoul said.\n\n"
    "Japan is to raise its defence budget to a record level after the missiles that were "
    "fired over its islands\n\n"
    "The cabinet approved the plan on Friday, and the parliament is expected to pass it before "
    "the end of the year, when the new budget comes into force.\n\n"
)


@pytest.mark.issue(20)
def test_two_teasers_under_a_related_heading_are_not_body() -> None:
    """Under "More on this story" two headline-and-summary pairs are a box of links, even with
    headlines longer than a feed's."""
    article = clean_text(ENGLISH_STORY + HEADED_TEASERS)
    assert article.paragraphs[-1].startswith("Officials in Washington")
    assert "thousands of troops" not in article.text
    assert "record level" not in article.text


@pytest.mark.issue(20)
def test_a_heading_over_one_link_inside_the_story_leaves_the_story_whole() -> None:
    """'Read more', one linked headline, and the story goes on in one-sentence paragraphs."""
    paragraphs = [
        "North Korea's leader said on Tuesday that the country would expand its arsenal this "
        "year, state media reported.",
        "He spoke at a party meeting in Pyongyang, where officials reviewed the past year.",
        "Officials in Seoul said they were watching closely and urged a return to talks.",
        "The speech came weeks after the country tested a new missile, analysts said.",
    ]
    page = (
        f"{paragraphs[0]}\n\n{paragraphs[1]}\n\nRead more\n\n"
        "Missile test alarms neighbours\n\n"
        f"{paragraphs[2]}\n\n{paragraphs[3]}\n"
    )
    assert clean_text(page).paragraphs == paragraphs


@pytest.mark.issue(20)
def test_headlines_under_a_heading_after_the_stories_last_sentence_are_not_body() -> None:
    """Most-read lists are headlines that end in no full stop, or in a cut-off ellipsis."""
    page = ENGLISH_STORY + (
        "Most read\n\n"
        "1The mayor of the capital says that the new metro line will open two years later than "
        "it was planned\n\n"
        "2A retired teacher who found a hoard of coins in his garden tells us how it was: "
        "'I could not believe it'\n\n"
        "3Why the price of coffee has doubled in a year, and what the growers in Brazil have to "
        "say about it ...\n\n"
        "4The footballer who was sent off in the final says that he has not been able to watch "
        "the game since then\n\n"
    )
    article = clean_text(page)
    assert article.paragraphs[-1].startswith("Officials in Washington")
    assert "metro line" not in article.text
    assert "coin hoard" not in article.text


@pytest.mark.issue(20)
def test_a_related_heading_before_the_stories_last_paragraph_leaves_it_body() -> None:
    page = ENGLISH_STORY.replace(
        "Officials in Washington",
        "Related\n\nMissile test alarms neighbours\n\nOfficials in Washington",
    )
    article = clean_text(page)
    assert article.paragraphs[-1].startswith("Officials in Washington")


@pytest.mark.issue(20)
def test_a_teaser_below_a_tag_list_is_not_pulled_into_the_story() -> None:
    """Each tag, however short, is a line of furniture between the story and the teaser."""
    tags = "".join(
        f"{tag}\n\n"
        for tag in [
            "Radwege",
            "Stadtrat",
            "Verkehr",
            "Fahrrad",
            "Bürgermeister",
            "Förderprogramm",
            "Schule",
            "Kinder",
            "Sicherheit",
            "Haushalt",
            "Innenstadt",
            "Umwelt",
            "Polizei",
            "Wetter",
            "Sport",
            "Kultur",
        ]
    )
    teaser = (
        "Die Stadtwerke erhöhen zum ersten Januar die Preise für Strom und Gas, weil die "
        "Kosten für den Einkauf im vergangenen Jahr stark gestiegen sind. Für eine Familie mit "
        "zwei Kindern sind das im Jahr etwa zweihundert Euro mehr, als sie bisher bezahlt hat.\n"
    )
    article = clean_text(STORY + "Schlagworte\n\n" + tags + teaser)
    assert article.paragraphs[-1].startswith("Radverbände begrüßten")
    assert "Stadtwerke" not in article.text


@pytest.mark.issue(20)
def test_a_video_teasers_caption_inside_the_story_is_not_body() -> None:
    """It ends with the clip's date and running time; a story's sentence with a time stays."""
    clip = (
        "Nach dem Unwetter haben die Helfer in der Nacht mehr als zweihundert Keller leer "
        "gepumpt und die Straßen wieder frei geräumt. 18.04.2024 | 2:43 min"
    )
    record = "Der Läufer kam nach 2:43 min ins Ziel, so schnell wie noch keiner vor ihm, sagte der Verein."
    paragraphs = STORY.split("\n\n")
    page = "\n\n".join([paragraphs[0], clip, paragraphs[1], record, paragraphs[2]])
    article = clean_text(page)
    assert "zweihundert Keller" not in article.text
    assert record in article.paragraphs
    assert article.paragraphs[-1].startswith("Radverbände begrüßten")


@pytest.mark.issue(20)
@pytest.mark.parametrize("between", ["\n\n", " "])
def test_comments_signed_with_a_handle_and_hours_ago_are_not_body(between: str) -> None:
    """The handle above its time, or beside it where the renderer joined the two."""
    page = (
        STORY
        + f"GuterMensch{between}vor 3 Stunden\n\n"
        + COMMENT
        + f"radler_77{between}vor 5 Stunden\n\n"
        + COMMENT.replace("Ich finde", "Auch ich finde")
    )
    article = clean_text(page)
    assert article.paragraphs[-1].startswith("Radverbände begrüßten")
    assert "zwölf Kilometer sind viel" not in article.text


@pytest.mark.issue(20)
def test_a_feed_signed_by_outlets_above_the_story_leaves_the_story_whole() -> None:
    """A feed's sources above the story are no comment thread: the story comes after them."""
    feed = "".join(
        f"{outlet}\n\n{hours} hours ago\n\n" for outlet, hours in (("Variety", 2), ("Deadline", 3))
    )
    article = clean_text(feed + ENGLISH_STORY)
    assert article.paragraphs[-1].startswith("Officials in Washington")
    assert article.paragraphs[0].startswith("North Korea's leader")


TEASER_CARDS = [
    (
        "Parkgebühren in der Innenstadt steigen",
        "Der Stadtrat hat die neuen Gebühren beschlossen. "
        "Die Händler fürchten, dass ihre Kunden nun in die Einkaufszentren am Stadtrand fahren.",
        "Anna Berger",
    ),
    (
        "Neue Mensa für zwei Grundschulen",
        "Ab dem Herbst sollen die Kinder ein warmes Mittagessen "
        "bekommen, das Land übernimmt die Hälfte der Kosten für den Umbau der alten Turnhalle.",
        "Jonas Keller",
    ),
    (
        "Hochwasser: Deich wird erhöht",
        "Nach dem Hochwasser im Frühjahr soll der Deich am Fluss "
        "um einen halben Meter erhöht werden, die Arbeiten beginnen im nächsten Monat.",
        "Lea Wagner",
    ),
]


@pytest.mark.issue(20)
def test_teaser_cards_with_time_author_and_reading_time_are_not_body() -> None:
    """Six lines a card: time, reading time (in two lines), headline, summary, author."""
    cards = "".join(
        f"1{n}:05 Uhr\n\n{n + 2}\n\nmin.\n\n{headline}\n\n{summary}\n\n{author}\n\n"
        for n, (headline, summary, author) in enumerate(TEASER_CARDS)
    )
    article = clean_text(STORY + "Das könnte Sie auch interessieren\n\n" + cards)
    assert article.paragraphs[-1].startswith("Radverbände begrüßten")
    assert "Einkaufszentren" not in article.text
    assert "Turnhalle" not in article.text


@pytest.mark.issue(20)
def test_a_live_blogs_entries_under_their_times_are_body() -> None:
    """An entry tells its news in paragraphs: two under each stamp are the story's."""
    entries = "".join(
        f"1{n}:05 Uhr\n\n{headline}\n\n{summary}\n\n"
        f"Die Stadtverwaltung will am Abend weitere Einzelheiten bekannt geben, sagte ein "
        f"Sprecher am {n + 1}. Tag der Sitzung.\n\n"
        for n, (headline, summary, _) in enumerate(TEASER_CARDS)
    )
    article = clean_text("Stadtrat: Die Sitzung im Liveblog\n\n" + entries)
    assert "Einkaufszentren" in article.text
    assert "Turnhalle" in article.text
    assert "Deich am Fluss" in article.text


@pytest.mark.issue(20)
def test_a_long_list_of_short_links_below_the_story_keeps_the_teaser_under_it_out() -> None:
    """Short lines between body text become body by their neighbours and are set aside as a
    box, which weighs nothing; fifteen of them below the story are the page's lists."""
    links = "".join(f"Gutscheine für {shop}\n" for shop in "ABCDEFGHIJKLMNO")
    teaser = (
        "Die Stadtwerke erhöhen zum ersten Januar die Preise für Strom und Gas, weil die "
        "Kosten für den Einkauf im vergangenen Jahr so stark gestiegen sind, wie es der "
        "Vorstand nicht erwartet hatte.\n"
    )
    article = clean_text(STORY + links + teaser)
    assert article.paragraphs[-1].startswith("Radverbände begrüßten")
    assert "Stadtwerke" not in article.text


@pytest.mark.issue(20)
def test_excerpts_cut_off_in_mid_sentence_are_teasers_but_a_paywalled_story_keeps_its_end() -> None:
    excerpts = (
        "Neue Regeln für Parkplätze\n\n"
        "Der Stadtrat hat am Abend höhere Gebühren für die Parkplätze in der Innenstadt "
        "beschlossen, die Händler...\n\n"
        "Zwei Grundschulen bekommen eine Mensa\n\n"
        "Ab dem Herbst sollen die Kinder an zwei Grundschulen ein warmes Mittagessen bekommen,...\n\n"
    )
    article = clean_text(STORY + excerpts)
    assert article.paragraphs[-1].startswith("Radverbände begrüßten")
    assert "Mittagessen" not in article.text
    cut_story = STORY.rstrip() + (
        "\n\nDie Verwaltung will die Pläne im Frühjahr in allen Stadtteilen vorstellen, "
        "zuerst in der Altstadt und danach...\n\nWeiterlesen mit Abo\n"
    )
    article = clean_text(cut_story)
    assert article.paragraphs[-1].startswith("Die Verwaltung will die Pläne")


@pytest.mark.issue(20)
def test_summaries_standing_alone_among_card_lines_are_teasers() -> None:
    """Each card: topic, headline, summary, author, label, time; two summaries alone in a row."""
    longer = " Das hat die Verwaltung am Montag in einer Sitzung des Ausschusses mitgeteilt."
    cards = "".join(
        f"Stadt\n\n:\n\n{headline}\n\n{summary}{longer}\n\n{author}\n\nAktualisiert:\n\n"
        f"Vor {n} Stunden\n\n"
        for n, (headline, summary, author) in enumerate(TEASER_CARDS, start=1)
    )
    article = clean_text(STORY + "Weitere Themen\n\n" + cards)
    assert article.paragraphs[-1].startswith("Radverbände begrüßten")
    assert "Einkaufszentren" not in article.text
    assert "Deich am Fluss" not in article.text


@pytest.mark.issue(20)
def test_the_stories_last_paragraph_alone_below_a_box_stays_body() -> None:
    paragraphs = STORY.split("\n\n")
    box = "".join(
        f"{line}\n\n" for line in ("Mehr zum Thema", "Radwege", "Verkehr", "Stadtrat", "Schule")
    )
    page = (
        "\n\n".join(paragraphs[:2])
        + "\n\n"
        + box
        + paragraphs[2]
        + "\n\nImpressum\n\nDatenschutz\n\nKontakt\n\nAGB\n"
    )
    assert clean_text(page).paragraphs[-1].startswith("Radverbände begrüßten")


@pytest.mark.issue(20)
def test_a_menu_under_a_latest_heading_is_no_box_of_teasers_for_the_story_below() -> None:
    """'Latest', a menu of sections, then the story's title and standfirst, its date line and
    first paragraph: two headline-and-summary pairs by shape, but far below the heading."""
    menu = "".join(f"{item}\n" for item in ("Latest", "Lifestyle", "Health", "Autos", "Shows"))
    header = (
        "Kim calls for more weapons\n"
        "The leader wants new missiles and more warships, and he wants them this year.\n"
        "Published Monday, November 18, 2019 8:22AM EST\n"
    )
    article = clean_text(menu + header + ENGLISH_STORY.split("\n\n", 1)[1])
    assert article.paragraphs[0].startswith("North Korea's leader")


@pytest.mark.issue(20)
def test_a_feed_whose_headlines_ask_questions_is_no_live_blog() -> None:
    """A question ends like a sentence, but is no longer than a headline: no entry's paragraph."""
    feed = "".join(
        f"{day} November 2019\n\nFact Check\n\nDid the council {verb} the new bridge?\n\n"
        f"Posts that were shared thousands of times online in the last week claimed that the "
        f"council had {verb} it. The council said that it had not even talked about it. "
        f"Its spokesman called the posts a joke.\n\n"
        for day, verb in ((14, "close"), (15, "sell"), (16, "rename"))
    )
    article = clean_text(ENGLISH_STORY + "Most Popular\n\n" + feed)
    assert article.paragraphs[-1].startswith("Officials in Washington")


@pytest.mark.issue(20)
def test_a_story_that_the_feed_rule_takes_whole_is_read_again_without_it_and_said() -> None:
    """A breaking-news item under its byline and date, in a feed of items signed the same way."""
    story = [
        "The son of a former president was stabbed to death during a lecture at a hospital "
        "in the capital on Tuesday evening, police said.",
        "A man who tried to stop the attacker was badly hurt; a 57-year-old suspect was "
        "arrested at the scene and is being questioned.",
    ]
    feed = "".join(
        f"{headline}\nBy NEWS STAFF\n11/20/2019 0{n}:14 PM\n"
        for n, headline in enumerate(
            [
                "Both parties are to blame, says minister",
                "Strikes on the border condemned",
                "Eleven dead in overnight raid",
                "Senate passes rights bill",
            ]
        )
    )
    page = "BREAKING NEWS\nStabbing at hospital\nBy NEWS STAFF\nNOVEMBER 20, 2019 10:43\n"
    warnings: list[str] = []
    article = clean_text(page + "\n".join(story) + "\n" + feed, warnings=warnings)
    assert article.paragraphs == story
    assert warnings and "read without them" in warnings[0]


@pytest.mark.issue(20)
def test_a_story_the_page_holds_twice_is_kept_once() -> None:
    """A copy for print or small screens repeats every paragraph: the first copy is the story."""
    paragraphs = STORY.strip().split("\n\n")
    teaser = "Neue Regeln für Parkplätze in der Innenstadt"
    page = f"{teaser}\n\n{STORY}{teaser}\n\nImpressum\n\n{STORY}Kontakt\n"
    article = clean_text(page)
    assert article.paragraphs == paragraphs


@pytest.mark.issue(20)
def test_a_teaser_list_the_page_shows_twice_is_not_kept_as_a_story() -> None:
    cards = "".join(
        f"{headline}\n\n{summary} Mehr dazu lesen Sie im Lokalteil unserer Zeitung.\n\n"
        for headline, summary, _ in TEASER_CARDS
    )
    article = clean_text(STORY + cards + "Impressum\n\n" + cards)
    assert article.paragraphs[-1].startswith("Radverbände begrüßten")


@pytest.mark.issue(20)
def test_teasers_under_the_editors_recommendations_may_sum_up_in_three_sentences() -> None:
    teasers = "".join(
        f"{headline}\n\n{summary} Nachrichten im Überblick.\n\n"
        for headline, summary, _ in TEASER_CARDS[:2]
    )
    article = clean_text(STORY + "Die Redaktion empfiehlt\n\n" + teasers)
    assert article.paragraphs[-1].startswith("Radverbände begrüßten")
    assert "Einkaufszentren" not in article.text


@pytest.mark.issue(20)
def test_headlines_with_their_comment_counts_are_a_list_of_links_but_seat_counts_are_body() -> None:
    counted = "".join(
        f"* {headline} ({count})\n"
        for headline, count in (
            ("Mayor says the new bridge will open in spring", 185),
            ("Council votes to close the old harbour road", 148),
            ("Storm floods the coastal road for a second time", 145),
        )
    )
    article = clean_text(ENGLISH_STORY + "Most Commented\n\n" + counted)
    assert article.paragraphs[-1].startswith("Officials in Washington")
    seats = "The results by state:\n* Texas (38)\n* Ohio (18)\n* Iowa (6)\n"
    article = clean_text(ENGLISH_STORY + seats)
    assert "Texas (38)" in article.text


@pytest.mark.issue(20)
def test_lines_that_end_in_a_links_new_window_label_are_links_but_sentences_stay() -> None:
    ads = "".join(
        f"{job} (w/m/d) Stadtverwaltung Hafenstadt (öffnet im neuen Fenster)\n\n"
        for job in ("Fachinformatiker/in", "Sachbearbeiter/in Verkehr", "Ingenieur/in Brückenbau")
    )
    sentence = (
        "Die Pläne für die neuen Radwege, die der Stadtrat am Dienstag beschlossen hat, stehen "
        "auf der Website der Stadt (öffnet im neuen Fenster)"
    )
    paragraphs = STORY.strip().split("\n\n")
    article = clean_text("\n\n".join([*paragraphs, sentence]) + "\n\nStellenmarkt\n\n" + ads)
    assert sentence in article.paragraphs
    assert "Brückenbau" not in article.text


@pytest.mark.issue(20)
def test_comments_under_the_sentence_of_a_comment_form_are_not_body() -> None:
    """A renderer that shows no heading, no reply buttons and no times above the comments
    (the commenters' initials as bullets): the form's sentence opens the section."""
    form = "Sie können nur als eingeloggter Stadtkurier-User kommentieren. Registrieren Sie sich hier.\n\n"
    page = STORY + form + "• AB\n\n" + COMMENT + "• K\n\n" + COMMENT.replace("richtig", "gut")
    article = clean_text(page)
    assert article.paragraphs[-1].startswith("Radverbände begrüßten")
    assert "Hauptstraße" not in article.text


@pytest.mark.issue(20)
def test_a_story_sentence_about_comments_does_not_end_it() -> None:
    """A sentence of the story that says someone would not comment is no comment form."""
    refusal = (
        "Der Investor wollte die Pläne der Stadt am Dienstag auf Anfrage nicht kommentieren, "
        "teilte sein Büro mit.\n\n"
    )
    article = clean_text(STORY + refusal + TEASER.replace("Neue Regeln", "Die Regeln"))
    assert "Investor" in article.text


RANKING = [  # each a headline and its dek, as sentence-case titles with many small words
    "2. The ferry to the island is cheaper than ever this winter It is the first time the fare"
    " has been under ten pounds, and there are other deals on the way",
    "3. At two pounds, the harbour museum is this week's best day out This price beats what we"
    " saw during the summer and the spring",
    "4. The pier café is open for the first time since the storm It is the one with the view of"
    " the old basin and the boats",
    "5. Here are our favourite walks along the coast for the weekend These are the ones that"
    " the readers of the Gazette liked the most",
]
# Points the story numbers, in its own words, with the story going on after them.
POINTS = [
    "1. A new quay for the fishing fleet in the old basin, built over the next five years",
    "2. A footpath along the water that stays open while the builders are at work",
    "3. A survey of the harbour floor before the contracts for the quay are signed",
]


@pytest.mark.issue(20)
def test_a_ranking_of_other_stories_under_the_story_is_not_body() -> None:
    """The Verge's most-read list under its story: numbered titles, one after another,
    with no heading the lexicon knows above them."""
    page = "\n\n".join(["Harbour plan agreed", *HARBOUR_PARAGRAPHS, *RANKING, "Contact us"])
    assert clean_text(page + "\n").paragraphs == HARBOUR_PARAGRAPHS


@pytest.mark.issue(20)
def test_numbered_points_the_story_goes_on_after_are_body() -> None:
    story = [*HARBOUR_PARAGRAPHS[:2], *POINTS, *HARBOUR_PARAGRAPHS[2:]]
    page = "\n\n".join(["Harbour plan agreed", *story])
    assert clean_text(page + "\n").paragraphs == story


@pytest.mark.issue(20)
def test_story_paragraphs_after_a_related_box_are_not_its_teasers() -> None:
    """Reuters sets "Related Coverage" and one linked title inside its story; the story's
    next paragraphs, one ending in a quoted title ('... in biopic “Judy.”'), read as
    headline-and-summary pairs and went with the box."""
    box = ["Related Coverage", "Factbox: Key winners at the harbour's summer regatta"]
    story = [
        "The harbour master said on Sunday that the fishing fleet would not lose a single day "
        "at sea, referring to the old basin, which has room enough for every boat.",
        "The mayor, likewise, has won most of the votes so far for her plan, as a desperate, "
        "aging fleet waits in the old basin for “The New Quay.”",
        "Residents picked up another promise for a footpath along the water, while the builders "
        "were named for the works, which the council said would start in the spring.",
    ]
    page = "\n\n".join(["Harbour plan agreed", *HARBOUR_PARAGRAPHS, *box, *story])
    assert clean_text(page + "\n").paragraphs == [*HARBOUR_PARAGRAPHS, *story]


# A Chinese wire story told in short sentences, a paragraph each (as the BBC's Chinese
# service and Xinhua write), under a headline.
CHINESE_STORY = [
    "港珠澳大桥管理局周二宣布，大桥将于下月起延长夜间通行时间，以方便往来三地的货车司机。",
    "管理局发言人表示，新安排已经获得三地政府同意，预计每天可多容纳约两千辆货车通过。",
    "一些货运业界代表欢迎这一决定，但也要求当局尽快公布夜间收费的具体标准。",
    "发言人说，收费标准将在两周内公布，并会先试行三个月再作检讨。",
    "去年大桥的货车流量比前年增加了三成，不少司机反映日间排队时间过长。",
    "管理局早前已经增加了口岸的验放通道，并表示会继续研究其他改善措施。",
    "运输及物流局局长在立法会回答议员提问时说，政府会密切留意新安排的效果。",
    "有议员关注夜间通行会否影响大桥的维修工作，管理局回应说维修安排不会改变。",
    "交通专家认为，延长通行时间有助于减少日间的拥堵，但效果仍需观察。",
    "管理局表示，将会在网站和社交媒体上公布最新的通行安排。",
]


@pytest.mark.issue(20)
def test_a_chinese_story_of_short_sentences_is_body() -> None:
    """A Chinese character writes a word or most of one: a sentence of 35 characters is no
    short line, and a run of them is a story, not a menu.  (The two short sentences at
    its end, beside the page's links, go, as a short last line does in any language.)"""
    page = "港珠澳大桥下月起延长夜间通行时间\n\n" + "\n\n".join(CHINESE_STORY)
    page += "\n\n点击 页首\n\n* 首页\n\n* 国际\n\n* 财经\n\n* 体育\n"
    article = clean_text(page)
    assert article.paragraphs == CHINESE_STORY[:8]


@pytest.mark.issue(20)
def test_chinese_comments_marked_by_their_buttons_are_not_body() -> None:
    """Each comment has its row of buttons under it ("回复 踩 0 赞 7 收藏"): the thread
    begins at the first comment, with its commenter's name, not at its buttons."""
    comments = "\n\n".join(
        f"+ 网友{number}\n\n{comment}\n\n回复 踩 0 赞 {number * 7} 收藏"
        for number, comment in enumerate(
            [
                "这个决定早就应该做了，夜间通行可以减少很多排队的时间，希望收费不要太高，"
                "也希望管理局能够早点公布具体的收费标准，让大家心里有数，可以早做安排。",
                "希望管理局也能考虑私家车的需要，不要只照顾货车司机，周末的车流也很大，"
                "很多家庭都是周末才有时间出去，排队两三个小时实在是太辛苦了。",
                "试行三个月是好事，但是要听取司机的意见，不能只看数据就作决定，"
                "司机们每天在路上跑，最清楚哪个时段最堵，管理局应该多做调查。",
            ],
            start=1,
        )
    )
    page = "港珠澳大桥下月起延长夜间通行时间\n\n" + "\n\n".join(CHINESE_STORY) + "\n\n"
    article = clean_text(page + comments)
    assert article.paragraphs[:8] == CHINESE_STORY[:8]
    assert set(article.paragraphs) <= set(CHINESE_STORY)  # no comment, no commenter's name


SIGNED_COMMENTS = [
    ("Soumis par Xolotl, le lundi 29 octobre 2012 à 17h07", "I do not agree with this at "
     "all: the harbour has needed the work for years and the town knows it. The fishermen "
     "have waited far too long, and every winter the old pier loses a few more of its "
     "stones to the waves."),
    ("Stephane a répondu le mardi 30 octobre 2012 à 11h45", "Quite right, the work should "
     "have started ten years ago, as everyone in the town was saying at the time. But the "
     "council always had other priorities, and it is the people who live by the harbour who "
     "pay the price for it today."),
    ("Submitted by harbourwatcher on Mon, 10/29/2012 - 18:02", "The quay has needed this work "
     "for a decade, and the council knew it when it cut the budget three years ago. The "
     "fishermen have said so at every meeting since, and nobody on the council has ever "
     "answered them."),
]  # fmt: skip
SECOND_PARAGRAPH = (
    "And while we are at it, somebody should ask why the footpath was left out of the plan "
    "again, when the residents have asked for it at every single meeting for years and were "
    "promised it twice in writing by the last council."
)


@pytest.mark.issue(20)
def test_comments_signed_by_their_comment_system_are_not_body() -> None:
    """Drupal's "Submitted by X on <date>" and its translations, and "X a répondu le ...",
    sign each comment: two after the story make a thread."""
    thread = "\n\n".join(
        f"{signature}\n\n{comment}\n\n{SECOND_PARAGRAPH}" for signature, comment in SIGNED_COMMENTS
    )
    article = clean_text("\n\n".join(HARBOUR_PARAGRAPHS) + "\n\n" + thread)
    assert article.paragraphs == HARBOUR_PARAGRAPHS


@pytest.mark.issue(20)
def test_a_post_signed_the_same_way_above_its_story_keeps_its_story() -> None:
    """The negative: a blog signs its post as its comments are signed; above the story the
    signature is a byline, and the thread begins at the first one under it."""
    signature, comment = SIGNED_COMMENTS[2]
    page = (
        "Submitted by Jane Doe on Mon, 10/29/2012 - 09:15\n\n"
        + "\n\n".join(HARBOUR_PARAGRAPHS)
        + f"\n\n{signature}\n\n{comment}\n\n{signature.replace('harbourwatcher', 'quayside')}"
        f"\n\n{comment.replace('decade', 'generation')}"
    )
    article = clean_text(page)
    assert article.paragraphs == HARBOUR_PARAGRAPHS


@pytest.mark.issue(20)
def test_a_videos_summary_above_its_date_and_running_time_is_not_body() -> None:
    """ZDF sets its video teasers among the story's paragraphs: a summary, then the clip's
    date and running time on a line of its own."""
    paragraphs = STORY.strip().split("\n\n")
    video = (
        "In der Stadt gehen Eltern für sichere Schulwege auf die Straße und fordern mehr "
        "Zebrastreifen.\n\n26.10.2025 | 2:43 min"
    )
    article = clean_text("\n\n".join(paragraphs[:2] + [video] + paragraphs[2:]))
    assert article.paragraphs == paragraphs


@pytest.mark.issue(20)
def test_a_paragraph_above_a_date_alone_stays() -> None:
    """The negative: a date without a running time is no clip's stamp."""
    paragraphs = STORY.strip().split("\n\n")
    article = clean_text("\n\n".join(paragraphs) + "\n\n26.10.2025")
    assert article.paragraphs == paragraphs


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "call_out",
    [
        "Have you been affected by the harbour works? Get in touch and share your story with us.",
        "Please share your videos, pictures and stories of the harbour with our newsroom.",
    ],
)
def test_a_call_out_for_readers_stories_inside_the_story_does_not_end_it(call_out: str) -> None:
    """A call-out is no comment form: the story goes on under it (one cut the story there)."""
    more = [
        "The harbour master said the fishing fleet would keep its berths through the whole "
        "of the building work, which is due to end in two years.",
        "The council will publish the contracts next month, a spokesman said, once the last "
        "of the bids has been checked by its lawyers.",
    ]
    story = HARBOUR_PARAGRAPHS + more
    article = clean_text(
        "Council agrees harbour plan\n\n" + "\n\n".join(story[:3] + [call_out] + story[3:])
    )
    assert article.paragraphs == story
