"""The notes a story closes with: who else reported it, how to reach the writer, where it
first appeared.

News style puts them after the last paragraph, set apart from the story: the
wire services' credit line ("(Reporting by Rodrigo Campos; Editing by Nick
Zieminski)"), a paper's contributor line ("Keith Bradsher contributed reporting
from Hong Kong."), the writer's address ("Write to Al Root at ...", an e-mail
alone), a note on the writer ("Louise Matsakis is a staff writer at WIRED covering
Amazon"), an invitation to follow the writer or the section on social media, a
note that the story first appeared elsewhere or is still developing, a
bare source line ("SOURCE: News agencies"), a broadcaster's note of when the
story was on air, the agency's and editor's sigla ("SDA/sep"), a byline that
signs the story off, and the wire's end mark ("(END)", "-30-", "###").  They are
metadata of the story, not its text: an event coder reading "X reported from
New York" finds a report that is not news.  Only the last few paragraphs are read, so a story that
quotes such wording in its body keeps it.
"""

from __future__ import annotations

import re

# Paragraphs from the end that are read for notes.
MAX_CLOSING_NOTES = 3
MAX_NOTE_WORDS = 60
MAX_NOTE_CHARS = 600  # a note is a line or two; longer text is not read for one
MAX_CONTACT_WORDS = 30
MAX_SOURCE_WORDS = 8
# Bullets, dashes and brackets a note may start with ("- – additional reporting by ...",
# the full-width brackets of Chinese and Japanese: "（编辑：王辉）").
LEADING_MARKS = re.compile(r"^[\s\-–—•*(\[（【]+")
# The mark a wire story or a press release ends with: "(END)" (Yonhap), "-30-" (North
# American newsrooms), "###" (press releases), "ENDS" / "-ends-" (British releases).
END_MARK = re.compile(
    r"^(?:\(\s*ends?\s*\)|-+\s*(?:30|ends?)\s*-+|#(?:\s*#){2}|/?ends)\.?$", re.IGNORECASE
)
# The editor's (or reporter's) credit line of Chinese and Japanese stories, in brackets at
# the end ("（编辑：严玉洁 王辉）", "（责任编辑：王辉）", "（記者：…）").
EDITOR_LINE = re.compile(r"^(?:责任编辑|責任編輯|编辑|編輯|责编|編集|记者|記者|文|图)\s*[:：]")
# A byline that signs the story off ("-- By Michael Russell Follow @tdmrussell"): names alone,
# every word capitalised, perhaps with the writer's handle.
NAME = r"(?!(?:The|A|An|This|That|These|Our|Your|My|His|Her|Its|Their)\b)[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|da|di|del|la|le|bin|al-?[\w’-]+)){1,3}"
SIGNED_BYLINE = re.compile(
    rf"^(?i:by)\s+{NAME}(?:\s*(?:,|(?i:and)|&)\s*{NAME})*"
    r"(?:\s+(?:(?i:follow)\s+)?@\w{1,30})*\s*\.?$"
)
CREDIT_LINE = re.compile(
    r"^(?:(?:with )?(?:additional )?(?:reporting|writing|editing|research|compiled|translated"
    r"|translation)(?: and (?:reporting|writing|editing))? (?:by|from)\b"
    r"|with files from\b|mit material (?:von|der|aus)\b|con información de\b"
    # The French credit line: the agency alone after "avec" ("Avec AFP", "Avec l'AFP et Reuters").
    r"|avec (?:l'|la |le )?(?:afp|agence france-presse|reuters|ap|belga|ats|la presse canadienne)"
    r"(?:\s+et\s+(?:l'|la |le )?[\w-]+)?\s*\.?$)",
    re.IGNORECASE,
)
CONTRIBUTED = re.compile(
    r"\bcontributed (?:reporting|research|to this (?:report|story|article))\b", re.IGNORECASE
)
# Parts bounded as addresses are (64 letters before the "@", 63 a label): unbounded, a
# long run of letters without one is searched in quadratic time.
EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# The writer's address, not an appeal for witnesses ("Anyone with information should
# email ..."): a name and an address alone, or words that say how to reach the writer.
MAX_NAME_AND_ADDRESS_WORDS = 6
WRITER_CONTACT = re.compile(
    r"^(?:write to|e-?mail|contact|reach|you can reach|have a (?:news )?tip\?|get in touch)\b"
    r"|\b(?:can|may) be (?:reached|contacted) (?:at|on|via)\b"
    # The newsroom's own address, in its own voice ("... by emailing us at news@...").
    r"|\b(?:e-?mail(?:ing)?|writ(?:e|ing) to|contact(?:ing)?) us (?:at|on|via)\b",
    re.IGNORECASE,
)
FOLLOW_PROMPT = re.compile(
    r"^(?:follow|reach) (?:us|him|her|them|the (?:reporters?|writers?|authors?)|[^.!?]{1,60}?)"
    r" (?:on|at|via) (?:twitter|facebook|instagram|x|linkedin|tiktok|youtube|threads|bluesky"
    r"|mastodon|http)",
    re.IGNORECASE,
)
FIRST_PUBLISHED = re.compile(
    r"^(?:this (?:article|story|piece|column) (?:was |is )?(?:first|originally) (?:published|appeared)"
    r"|(?:dieser|der) (?:artikel|beitrag|text) (?:ist|wurde|erschien) (?:zuerst|erstmals)"
    r"|cet article a (?:d'abord|initialement|été initialement) (?:été )?publié"
    r"|este (?:artículo|texto) (?:fue publicado|se publicó|apareció) (?:originalmente|primero)"
    r"|this (?:is a )?(?:breaking|developing) (?:news? )?story\b)",
    re.IGNORECASE,
)
# A note that the story is still developing, which a site may set above it as well.
DEVELOPING_STORY = re.compile(r"^this (?:is a )?(?:breaking|developing)\b", re.IGNORECASE)
# A broadcaster's note of when the story was on air ("Dieses Thema im Programm: MDR
# THÜRINGEN - Das Radio | 28. April 2023 | 10:00 Uhr", "Über dieses Thema berichtet: ...").
BROADCAST_NOTE = re.compile(
    r"^(?:dieses thema im programm|über dieses thema berichte[tn]|this (?:story|report) "
    r"(?:was |first )?(?:broadcast|aired) (?:on|in)\b)",
    re.IGNORECASE,
)
# The agency's and editor's sigla that sign a story off ("SDA/sep", "MDR (dst)", "dpa/lno"):
# an agency's name with the editor's initials after a slash or in brackets.
SIGN_OFF = re.compile(
    r"^(?:[A-Za-z]{2,10}(?:\s?/\s?[A-Z][A-Za-z]{1,9})*\s*)?(?:/\s?[a-z]{2,4}|\([a-z]{2,5}\))"
    r"(?:\s?/\s?[a-z]{2,4})*$"
)
# A note on who wrote the story, which opens with the writer's name ("Louise Matsakis is a
# staff writer at WIRED covering Amazon", "Zac covers Apple news for 9to5Mac"): the name,
# "is" and a journalist's trade within a few words, or what the writer covers for whom.
NOTE_NAME = r"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})\s+(?:\([^)]{1,60}\)\s+)?"
JOURNALIST = (
    r"(?:(?:staff |senior |contributing |freelance )?(?:writer|reporter|journalist|correspondent"
    r"|editor|columnist|contributor|blogger|podcaster|author)s?|redakteur(?:in)?|reporter(?:in)?"
    r"|korrespondent(?:in)?|journalist(?:in)?|autor(?:in)?|kolumnist(?:in)?|journaliste"
    r"|rédact(?:eur|rice)|correspondante?|chroniqueu(?:r|se)|periodista|redactora?"
    r"|corresponsal|columnista|giornalista|redattrice|redattore|corrispondente|dziennikar(?:z|ka))\b"
)
WRITER_NOTE = re.compile(
    rf"^{NOTE_NAME}(?:(?:is|was|has been|ist|war|est|était|es|era|è|er|var|är|jest)\s+"
    r"(?:(?:a|an|the|ein|eine|un|une|una|uno|en|ett)\s+)?(?:[\w,'’&-]+\s+){0,4}?"
    rf"(?:[\w'’&]+-)?{JOURNALIST}"
    r"|(?:covers|writes about|reports on)\s.{1,80}?\s(?:for|at)\s(?P<outlet>\S))",
    re.IGNORECASE,
)
# Capitalised words that open a sentence about someone without naming them.
NOT_NAMES = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "this",
        "that",
        "the",
        "his",
        "her",
        "their",
        "our",
        "who",
        "er",
        "sie",
        "es",
        "il",
        "elle",
        "ella",
        "él",
        "lui",
        "han",
        "hon",
        "hen",
    ]
)
SOURCE_LINE = re.compile(
    r"^(?:sources?|quelle|quellen|fuente|fuentes|fonte|bron|źródło)\s*:\s*\S", re.IGNORECASE
)


def is_closing_note(text: str) -> bool:
    """Whether a paragraph at the end of a story is one of the notes that close it."""
    note = _bounded_note(text)
    if note is None:
        return False
    words = len(text.split())
    return bool(
        _follows_last_paragraph(note)
        or FIRST_PUBLISHED.match(note)  # "this is a developing story" too
        or (
            words <= MAX_CONTACT_WORDS
            and (_is_writer_s_address(note, words) or FOLLOW_PROMPT.match(note))
        )
        or (words <= MAX_SOURCE_WORDS and SOURCE_LINE.match(note))
        or SIGN_OFF.match(text.strip())
        or END_MARK.match(text.strip())
        or EDITOR_LINE.match(note)
        or SIGNED_BYLINE.match(note)
        or _is_writer_s_note(note)
    )


def ends_story(text: str) -> bool:
    """Whether a paragraph is a note that news style sets right after a story's last
    paragraph: the wire's credit line, a contributor line, where the story first
    appeared, when it was on air.  What follows such a note is not the story's
    (teasers, a list of deals); a note on the writer can head an author box instead."""
    note = _bounded_note(text)
    return note is not None and _follows_last_paragraph(note)


def _bounded_note(text: str) -> str | None:
    """The paragraph without its leading marks, if it is as short as a note is."""
    if len(text) > MAX_NOTE_CHARS or len(text.split()) > MAX_NOTE_WORDS:
        return None
    return LEADING_MARKS.sub("", text)


def _follows_last_paragraph(note: str) -> bool:
    return bool(
        CREDIT_LINE.match(note)
        or CONTRIBUTED.search(note)
        or (FIRST_PUBLISHED.match(note) and not DEVELOPING_STORY.match(note))
        or BROADCAST_NOTE.match(note)
    )


def is_broadcast_note(text: str) -> bool:
    """A broadcaster's note of when the story was on air, which it sets above the story as
    well as below ("Über dieses Thema berichtet: BR24 Radio am 14.04.2026 um 17:50 Uhr.")."""
    return (
        len(text) <= MAX_NOTE_CHARS
        and BROADCAST_NOTE.match(LEADING_MARKS.sub("", text)) is not None
    )


def _is_writer_s_note(note: str) -> bool:
    """A note on the writer: their name (every word capitalised, as names are) opens it."""
    match = WRITER_NOTE.match(note)
    if match is None:
        return False
    name = match.group("name").split()
    outlet = match.group("outlet")
    return (
        name[0].lower() not in NOT_NAMES
        and all(word[0].isupper() for word in name)
        and (outlet is None or outlet[0].isupper() or outlet[0].isdigit())
    )


def _is_writer_s_address(note: str, words: int) -> bool:
    return EMAIL.search(note) is not None and (
        words <= MAX_NAME_AND_ADDRESS_WORDS or WRITER_CONTACT.search(note) is not None
    )


def closing_note_positions(paragraphs: list[str]) -> set[int]:
    """Which of the last :data:`MAX_CLOSING_NOTES` paragraphs are closing notes (never the
    first paragraph: a story of one paragraph is its own text)."""
    start = max(1, len(paragraphs) - MAX_CLOSING_NOTES)
    return {
        position
        for position in range(start, len(paragraphs))
        if is_closing_note(paragraphs[position])
    }
