"""The author box: the note on who wrote the story, set after it or inside it.

"About the author" and a paragraph that names the writer ("Jane Doe is a
freelance journalist ..."), or the byline's names alone again: the header's
people, not the story's, so the cleaners leave them out of the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .header import is_name, is_role

# The verb after a name that opens an author's note: "Laura Jedeed is a freelance journalist",
# "Anne-Marie Slaughter (*1958) war Direktorin", "Manuela Conrad ist ZDF-Reporterin".
AUTHOR_NOTE_VERB = re.compile(
    r"^(?:\([^)]{1,60}\)\s*)?,?\s*(?:is|was|has been|ist|war|est|était|es|era|è|er|var|är"
    r"|jest|był|była|je|был|была|є"
    # or what the writer does for a living: joined the paper, covers a beat, writes on it
    # ("Markus Balser kam 2001 zur Süddeutschen Zeitung"; "Jane Doe covers energy for ...")
    r"|joined|covers|writes|works|kam|kommt|arbeitet|schreibt|berichtet|leitet"
    r"|a rejoint|couvre|écrit|travaille|se unió|cubre|escribe|trabaja|lavora|scrive)\s",
    re.IGNORECASE,
)
# The links to a writer's accounts, as a renderer writes their labels between the name and
# the note.
ACCOUNT_LINKS = re.compile(
    r"^(?:(?:twitter|x|facebook|instagram|linkedin|e-?mail|bluesky|threads|mastodon|tiktok"
    r"|youtube)\b\s*)+",
    re.IGNORECASE,
)
# The heading of the author box after a story: "About the author", in the languages met
# most, or "About" and the writer's name ("Über Moritz Bachmann", "Sobre Carlos Nadalim").
ABOUT_THE_AUTHOR = re.compile(
    r"^(?:about the (?:authors?|writers?)|über (?:den|die) autor(?:in|en|innen)?|zum autor"
    r"|zur autorin|sobre (?:o|a) autora?|sobre (?:el|la) autora?|acerca del autor"
    r"|à propos de l['’]auteure?|a propos de l['’]auteure?|o autorze|o autorce|об авторе"
    r"|sull['’]autore|om forfatteren|om skribenten|om författaren|over de auteur)\s*:?$",
    re.IGNORECASE,
)
ABOUT_NAME = re.compile(r"^(?:about|über|sobre|à propos de|acerca de|om|over)\s+(.+?)\s*:?$", re.I)
# A line of the authors' names: what stands between them, and what may be left over.
AUTHORS_LINE_SEPARATOR = re.compile(r"[\s,;/&·|]+")
AUTHORS_LINE_JOINERS = frozenset(["and", "und", "et", "og", "och", "en", "y", "e", "i"])
MAX_AUTHORS_LINE_LEFTOVER = 2
MAX_AUTHORS_LINE_CHARS = 300  # a line of names, however many; a paragraph is longer
# The most authors a byline names that are looked for in the body: a page's metadata may
# list thousands (hostile input), and each paragraph is compared with each name.
MAX_BYLINE_AUTHORS = 30
MAX_LEFTOVER_CHARS = 2


def author_box_heading(text: str) -> str | None:
    """The name an author box's heading gives ("About Jane Doe": "Jane Doe"; "About the
    author": ""), or None when the line is no such heading. A name is two to five words
    written as names are: "About Sky News" passes too, and only the paragraph under it can
    tell a writer's box (it names them) from a menu."""
    if ABOUT_THE_AUTHOR.match(text):
        return ""
    match = ABOUT_NAME.match(text)
    if match and is_name(match.group(1), frozenset(), strict=True):
        return match.group(1)
    return None


def author_box_span(paragraphs: Sequence[str], authors: Sequence[str]) -> range | None:
    """Where the author box after the story stands among the body's paragraphs (without their
    list markers): its heading ("About the author", "Über Moritz Bachmann") and the note
    under it, which names the writer, with any paragraphs after it that name them too. A
    heading "About" a name is the box's only when the paragraph under it names that person
    (not "About Sky News" over a menu); the first paragraph is never one (a story of one
    paragraph is its own)."""
    for position in range(1, len(paragraphs) - 1):
        name = author_box_heading(paragraphs[position])
        if name is None or (name and name not in paragraphs[position + 1]):
            continue
        surnames = [writer.split()[-1] for writer in ([name] if name else authors) if writer]
        end = position + 2
        while end < len(paragraphs) and any(surname in paragraphs[end] for surname in surnames):
            end += 1
        return range(position, end)
    return None


def is_author_note(text: str, authors: Sequence[str]) -> bool:
    """Whether a paragraph is the author box: the byline's name alone, or a note about them.

    Pages end (or interrupt) the story with a few words on who wrote it,
    "Laura Jedeed is a freelance journalist based in New York City."  Only a
    full name from the byline counts (a surname alone could be anyone the
    story is about), and only when the paragraph opens with it.
    """
    authors = authors[:MAX_BYLINE_AUTHORS]
    for name in authors:
        if not _is_full_name(name) or not text.startswith(name):
            continue
        rest = _without_account_links(text[len(name) :].strip(), name)
        if not rest or AUTHOR_NOTE_VERB.match(rest):
            return True
        if len(rest) <= MAX_AUTHORS_LINE_CHARS and _only_the_other_authors(rest, authors):
            return True
    return False


def _without_account_links(rest: str, name: str) -> str:
    """What follows the writer's name without the links to their accounts that the box
    sets between the name and the note, and the name the note opens with again ("Sarah
    Lazare Twitter Sarah Lazare is the editor of ...")."""
    links = ACCOUNT_LINKS.match(rest)
    if links is None:
        return rest
    rest = rest[links.end() :]
    return rest[len(name) :].strip() if rest.startswith(name) else rest


def _is_full_name(name: str) -> bool:
    """A name of two words or more, or one word in a script that writes family and given
    name together ("박준석", "田中全"): a surname alone could be anyone the story is about."""
    return len(name.split()) >= 2 or (
        len(name) >= 2 and name.isalpha() and not any("a" <= char.lower() <= "z" for char in name)
    )


def _only_the_other_authors(rest: str, authors: Sequence[str]) -> bool:
    """Whether what follows the first author's name is the other authors, their roles and
    the words between them: "..., Антон Зелинский, Карина Гасимова", "기자 외 1명" (reporter,
    and one more). Two short words may be left (a count, "외")."""
    for name in sorted(authors, key=len, reverse=True):
        if _is_full_name(name):
            rest = rest.replace(name, " ")
    leftover = [
        word
        for word in AUTHORS_LINE_SEPARATOR.split(rest)
        if word and word.casefold() not in AUTHORS_LINE_JOINERS and not is_role(word)
    ]
    return len(leftover) <= MAX_AUTHORS_LINE_LEFTOVER and all(
        len(word) <= MAX_LEFTOVER_CHARS for word in leftover
    )
