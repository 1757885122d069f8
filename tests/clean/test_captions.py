"""Image credits split from caption text."""

from __future__ import annotations

import pytest

from wirewatch.clean.captions import is_agency_credit_line, is_labelled_credit_line, split_credit


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "North Korea’s Kim Jong-Un at the Workers’ Party meeting (KCNA VIA KNS/AFP via Getty Image)",
            "North Korea’s Kim Jong-Un at the Workers’ Party meeting",
            "KCNA VIA KNS/AFP via Getty Image",
        ),
        ("Protesters in Hong Kong (Image: GETTY)", "Protesters in Hong Kong", "Image: GETTY"),
        (
            "Riot police outside the campus. Photo: Reuters",
            "Riot police outside the campus.",
            "Reuters",
        ),
        ("Image copyright Getty Images", "", "Getty Images"),
        # A credit in its own inline element, glued to the caption when rendered to text.
        (
            "Die Fähre legt am Morgen im alten Hafen an.Unsplash/Anna Berg",
            "Die Fähre legt am Morgen im alten Hafen an.",
            "Unsplash/Anna Berg",
        ),
        (
            "Der Kanzler am Montag in Berlin.dpa/Jan Vos",
            "Der Kanzler am Montag in Berlin.",
            "dpa/Jan Vos",
        ),
        # A bare credit after the caption's last sentence: an agency, or names with a slash.
        (
            "The ferry left the old harbour at dawn. AP",
            "The ferry left the old harbour at dawn.",
            "AP",
        ),
        (
            "Die Fähre legt am Morgen an. Getty Images",
            "Die Fähre legt am Morgen an.",
            "Getty Images",
        ),
        (
            "The mayor opened the bridge on Monday. AP Photo/Anna Berg, File",
            "The mayor opened the bridge on Monday.",
            "AP Photo/Anna Berg, File",
        ),
        (
            "Der Trainer am Spielfeldrand. IMAGO/Jan Vos",
            "Der Trainer am Spielfeldrand.",
            "IMAGO/Jan Vos",
        ),
        # National agencies in their own scripts, which have no capitals to read a name by.
        (
            "시장이 12일 항구에서 열린 착공식에서 인사하고 있다. 연합뉴스",
            "시장이 12일 항구에서 열린 착공식에서 인사하고 있다.",
            "연합뉴스",
        ),
        (
            "Мэр открывает мост в понедельник. ТАСС",
            "Мэр открывает мост в понедельник.",
            "ТАСС",
        ),
    ],
)
def test_credits(line: str, text: str, credit: str) -> None:
    found = split_credit(line)
    assert found is not None
    assert found[0] == text
    assert credit in found[1] or found[1] in credit


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the talks (held in Geneva) went well.",
        "He joined the party in 1998 (aged 21).",
        "Talks with the U.S./Mexico delegation ended without a deal.",
        "The motion passed.52/48 was the count in the end.",
        "The council met on Tuesday. Anna Berg and Jan Vos",
        "He said it was over. The End",
        "The winners were announced. Congratulations To All",
    ],
)
def test_parentheses_and_slashes_that_are_not_credits(line: str) -> None:
    assert split_credit(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Foto: Lisa Mattisson",
        "Bildrechte: IMAGO / ari",
        "Bildquelle: Stadtwerke Erfurt",
        "Crédit photo : Jean Dupont",
        "Fotoğraf : Ayşe Demir",
        "Imagen: Ayuntamiento de Sevilla",
        "Beeld: Jan de Vries",
        "Zdjęcie: Urząd Miasta Gdańska",
        "Quelle: Infografik Stadtkurier",
        "Источник: Городская администрация",
        "Video: Reuters",
    ],
)
def test_a_labelled_credit_alone_on_a_line_is_a_credit(line: str) -> None:
    assert is_labelled_credit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "© Licencja na publikację",  # a licence notice, not a picture credit
        "Foto: Der Minister sprach lange. Dann ging er.",  # sentences
        "Foto: ein Blick in die Halle",  # no name
        "Die Bildrechte liegen beim Sender, sagte die Sprecherin.",
        "The picture: a deal that nobody wanted",
        "Source: a senior official at the ministry",  # the story's source, no credit
        "Source: Harbour Authority statement, 12 May 2024",  # cites what was said, and when
        "Quelle: die Mitteilung des Rathauses",
    ],
)
def test_lines_that_only_mention_pictures_are_not_credits(line: str) -> None:
    assert not is_labelled_credit_line(line)


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "Der alte Hafen von Kiel im Winter 1962. Bildrechte: Stadtarchiv Kiel",
            "Der alte Hafen von Kiel im Winter 1962.",
            "Stadtarchiv Kiel",
        ),
        (
            "Ferry passengers wait at dawn. Photo credit: Jane Doe",
            "Ferry passengers wait at dawn.",
            "Jane Doe",
        ),
        (
            "Die Seilbahn soll 2030 fahren. © Gebag | CKSA/Moren",  # the copyright mark
            "Die Seilbahn soll 2030 fahren.",
            "Gebag | CKSA/Moren",
        ),
        (
            "Divers search the wreck off Islay at dawn. Tom Berg for The Riverton Herald",
            "Divers search the wreck off Islay at dawn.",
            "Tom Berg for The Riverton Herald",  # on assignment for a publication
        ),
        (
            "Divers search the wreck off Islay Credit: Riverton Herald",  # no full stop before
            "Divers search the wreck off Islay",
            "Riverton Herald",
        ),
    ],
)
def test_names_after_a_label_that_says_credit_are_the_credit(
    line: str, text: str, credit: str
) -> None:
    """The label says what follows it ("Bildrechte:", "Photo credit:"): the names need not
    be an agency the lexicon knows."""
    assert split_credit(line) == (text, credit)


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    "line",
    [
        "Der Streit um die Bildrechte: ein Überblick.",
        "The museum lost the case. Image credits: who owns them is still unclear.",
        "The bank cut its credit: lending fell by a third",
        "The page ends here. © 2024 Riverton Media",  # a year: the page's notice
        "Consumer Credit: Banks Tighten the Rules on Loans and Cards for Young Buyers Now",
    ],
)
def test_a_sentence_about_credits_is_no_credit(line: str) -> None:
    assert split_credit(line) is None


@pytest.mark.issue(20)
@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Jane Roe | Moment | Getty Images", True),
        ("Asha Verma/Harbour Times/Getty Images", True),
        ("IMAGO/ZUMA Press", True),
        ("Getty Images", True),
        ("REUTERS", True),
        ("AP Top News", False),  # a menu entry with the agency's name: no field joins it
        ("By REUTERS", False),  # the story's byline
        ("Russia/Ukraine", False),  # no agency
        ("Agentur AFP meldet Tote", False),  # a headline
    ],
)
def test_a_credit_alone_on_a_line_names_its_agency(line: str, credit: bool) -> None:
    assert is_agency_credit_line(line) is credit
