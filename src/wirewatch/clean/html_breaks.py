"""Line breaks in a page's text that are not paragraph breaks.

The extractors write a line wherever the page's text breaks one, and every
line is then a paragraph of its own.  Two kinds of break are no paragraph's:

* a line break inside a text node, where the page's source wraps its lines
  ("Seit\\ndie schwedische Klimaaktivistin ..." inside one ``<p>`` on Zeit
  Online): HTML lays it out as one space, and only ``<pre>`` and ``<textarea>``
  keep it.  Between Chinese or Japanese characters too: CSS Text lets a browser
  drop it there, and Chrome does not (news-metadata-fundus's texts, made in a
  browser, have the space: "韓国の 尹錫悦 大統領は");
* a ``<br>`` in the middle of a sentence, where text pasted from a mail or a
  word processor keeps its old lines ("..., einzige Bedingung<br>ist für den
  Endkunden ..."): the text before it does not end a sentence and the text
  after it starts in lower case, the text cleaner's rule for hard-wrapped text
  (:func:`.blocks.continues_sentence`).  A ``<br>`` before a capital, a list
  marker or after a sentence's end stays a break: an address, a verse, a list.

Both are undone on the tree before anything reads its text.  So, once the body's
paragraphs are known, is the space between a drop cap and the rest of its word: a
story's first letter set large in an element of its own (a class named "drop-cap",
"initial-letter", "lettrine", CSS's ``initial-letter``), with white space in the source
after it, read "N a endlich!" (taz) for "Na endlich!", and a lead's first name or place
("W ashington") so cut is no entity for the annotators (:func:`join_drop_caps`).
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from .blocks import continues_sentence, line_joiner, one_letter_words

# Text holding a line break, outside preformatted blocks (scripts are gone by then).
BROKEN_TEXT = lxml.etree.XPath(
    "//text()[contains(., '\n')][normalize-space()][not(ancestor::pre or ancestor::textarea)]"
)
LINE_BREAK_RUN = re.compile(r"\s*\n\s*")
BLOCK_TAGS = frozenset(
    {"p", "li", "dd", "dt", "td", "th", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
)
# How much text before a <br> is read for the sentence it ends (continues_sentence needs 40).
TEXT_BEFORE_BREAK = 80


def lay_out_white_space(tree: lxml.html.HtmlElement) -> None:
    """Line breaks inside text as a browser lays them out: one space."""
    for text in BROKEN_TEXT(tree):
        element = text.getparent()
        if element is None:
            continue
        if text.is_text:
            laid_out = LINE_BREAK_RUN.sub(" ", element.text or "")
            # at a block's start, white space is nothing ("<li>\n  Fett-Eiweiß-Verhältnis")
            element.text = laid_out.lstrip() if element.tag in BLOCK_TAGS else laid_out
        else:
            element.tail = LINE_BREAK_RUN.sub(" ", element.tail or "")


# A paragraph that opens with a capital alone and goes on in small letters ("N a endlich!").
SPLIT_CAP = re.compile(r"^(?P<cap>[^\W\d_])\s+(?=[^\W\d_])")
DROP_CAPS = lxml.etree.XPath(
    "//span[contains(@class,'drop') or contains(@class,'initial-letter')"
    " or contains(@class,'lettrine') or contains(@class,'first-letter')"
    " or contains(@class,'firstletter') or contains(@class,'firstLetter')]"
    "[string-length(normalize-space()) = 1]"
)


def join_drop_caps(
    paragraphs: list[str], tree: lxml.html.HtmlElement, language: str | None
) -> list[str]:
    """The paragraphs with each drop cap joined again to the rest of its word (see the
    module docstring): a paragraph that opens with a capital alone, then a small letter,
    where the page sets that capital as a drop cap and it is no one-letter word of the
    page's language.  Paragraphs are asked first, the page only for those that open so
    (the page's spans asked on every page cost a fifth of a millisecond)."""
    words = one_letter_words(language)
    candidates = [
        position
        for position, paragraph in enumerate(paragraphs)
        if (match := SPLIT_CAP.match(paragraph))
        and match["cap"].isupper()
        and match["cap"].lower() not in words
        and paragraph[match.end() : match.end() + 1].islower()
    ]
    if not candidates:
        return paragraphs
    spans = {" ".join(span.text_content().split()): span for span in DROP_CAPS(tree)}
    joined = list(paragraphs)
    for position in candidates:
        match = SPLIT_CAP.match(paragraphs[position])
        if match is not None and match["cap"] in spans:
            joined[position] = match["cap"] + paragraphs[position][match.end() :]
            _strip_space_after(spans[match["cap"]])  # the audit's rendering reads it so too
    return joined


def _strip_space_after(cap: lxml.html.HtmlElement) -> None:
    """The white space after a drop cap's outermost element (its wrapper, "initial-letter-
    outer", holds only it) taken out of the tree."""
    letter = " ".join(cap.text_content().split())
    outer = cap
    while (parent := outer.getparent()) is not None and parent.text_content().strip() == letter:
        outer = parent
    if outer.tail is not None:
        outer.tail = outer.tail.lstrip()


def join_broken_sentences(tree: lxml.html.HtmlElement) -> None:
    """Every ``<br>`` that breaks a sentence (see the module docstring) made a space."""
    for br in list(tree.iter("br")):
        after = (br.tail or "").lstrip()
        before = _text_before(br)
        if not after or not continues_sentence(before.rstrip(), len(before.strip()), after):
            continue
        _replace_with_text(br, line_joiner(before.rstrip()))


def _text_before(br: lxml.html.HtmlElement) -> str:
    """The end of the text that runs up to ``br`` (back to the previous ``<br>`` or the
    start of its parent), at most :data:`TEXT_BEFORE_BREAK` characters of it."""
    pieces: list[str] = []
    length = 0
    node = br.getprevious()
    while node is not None and length < TEXT_BEFORE_BREAK:
        if node.tag == "br":
            return "".join(reversed(pieces))
        piece = (node.text_content() if isinstance(node, lxml.html.HtmlElement) else "") + (
            node.tail or ""
        )
        pieces.append(piece)
        length += len(piece)
        node = node.getprevious()
    if node is None:
        parent = br.getparent()
        pieces.append((parent.text or "") if parent is not None else "")
    return "".join(reversed(pieces))


def _replace_with_text(br: lxml.html.HtmlElement, joiner: str) -> None:
    """Take ``br`` out, its tail joined by ``joiner`` to the text before it."""
    parent = br.getparent()
    if parent is None:
        return
    tail = joiner + (br.tail or "").lstrip()
    previous = br.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "").rstrip() + tail
    else:
        parent.text = (parent.text or "").rstrip() + tail
    parent.remove(br)
