"""The typed records that cross stage boundaries: the hub of the pipeline.

Every stage reads and writes these records and nothing else leaves a stage
(no spaCy ``Doc``, no parse tree).  The JSON form of :class:`Analysis` is the
contract with outside tools; its JSON Schema is generated from these classes
into ``schema/analysis.schema.json`` and a test keeps the two in step.
Field names are part of that contract: add fields, never rename them without
bumping :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "wirewatch.analysis/1"


@dataclass(frozen=True)
class RawDocument:
    """One input before cleaning: bytes or text, and what is known about it.

    Not part of the JSON record; it is what ingesters hand to the pipeline.
    """

    content: bytes | str
    source: str | None = None
    url: str | None = None
    published: str | None = None


class Record(BaseModel):
    """Base of every record: strict field names, JSON helpers."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-compatible Python data."""
        return self.model_dump(mode="json")

    def to_json(self, *, indent: int | None = None) -> str:
        """The record as a JSON string (UTF-8 characters kept, not escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


class BoilerplateKind(enum.StrEnum):
    """Why a block of the page was removed from the article body."""

    DONATION_APPEAL = "donation_appeal"
    COMMENT_PROMPT = "comment_prompt"
    LOGIN_PROMPT = "login_prompt"
    NEWSLETTER = "newsletter"
    COOKIE_NOTICE = "cookie_notice"
    SOCIAL_SHARE = "social_share"
    ADVERTISEMENT = "advertisement"
    NAVIGATION = "navigation"
    RELATED_LINKS = "related_links"
    COPYRIGHT = "copyright"
    PAYWALL = "paywall"
    CAPTION_DUPLICATE = "caption_duplicate"
    METADATA = "metadata"
    OTHER = "other"


class Caption(Record):
    """An image caption, with the credit line split off when the page gives one."""

    text: str
    credit: str | None = None


class RelatedLink(Record):
    """A link to another article ("Related: ..."); ``url`` is null for text input."""

    title: str
    url: str | None = None


class RemovedBlock(Record):
    """A block taken out of the body, kept so that every removal can be audited."""

    text: str
    kind: BoilerplateKind


class Article(Record):
    """A cleaned article: metadata, body paragraphs and what was removed.

    ``text`` is the body paragraphs joined by one blank line; every offset in
    the analysis record points into it.
    """

    id: str = Field(description="Stable id: hash of the body text.")
    source: str | None = Field(
        None, description="Where the input came from: a path, 'stdin', a URL."
    )
    url: str | None = None
    title: str | None = None
    subtitle: str | None = Field(None, description="Standfirst / dek under the headline.")
    authors: list[str] = Field(default_factory=list)
    published: str | None = Field(
        None, description="Publication time, ISO 8601 (date only when the page gives no time)."
    )
    language: str | None = Field(None, description="ISO 639-1 code of the body's language.")
    text: str = ""
    paragraphs: list[str] = Field(default_factory=list)
    captions: list[Caption] = Field(default_factory=list)
    related: list[RelatedLink] = Field(default_factory=list)
    removed: list[RemovedBlock] = Field(default_factory=list)

    @field_validator("url")
    @classmethod
    def _url_is_web(cls, value: str | None) -> str | None:
        """Only http(s) addresses: a page's canonical link can be ``javascript:`` or ``data:``,
        which no export, API answer or link on a page may pass on."""
        if value is None:
            return None
        scheme = value.strip().split(":", 1)[0].lower()
        return value.strip() if scheme in ("http", "https") else None

    @field_validator("published")
    @classmethod
    def _published_is_iso(cls, value: str | None) -> str | None:
        if value is not None:
            datetime.fromisoformat(value)  # raises ValueError on anything else
        return value


class Mention(Record):
    """One occurrence of an entity: character offsets into ``article.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


EntityType = Literal[
    "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"
]


CountrySource = Literal["article", "base", "user", "place"]


class Entity(Record):
    """One real-world thing, with every mention of it merged across aliases."""

    id: str = Field(description="Id within this analysis, e.g. 'E1'.")
    name: str = Field(description="Canonical name: the fullest form, or the country's common name.")
    type: EntityType
    country: str | None = Field(None, description="ISO 3166-1 alpha-3 code, when known.")
    country_source: CountrySource | None = Field(
        None,
        description="Where the country came from: 'article' (the text says so), 'base' (the "
        "actor base on the publication date), 'user' (a user's actor file), 'place'.",
    )
    organisation: str | None = Field(
        None, description="Code of the international organisation it is or acts for (UN, AU)."
    )
    sector: str | None = Field(
        None, description="Sector on the publication date from the actor base (GOV, MIL, MED)."
    )
    role: str | None = Field(None, description="Office or role the actor base gives ('President').")
    place: str | None = Field(
        None, description="For a place entity: the id of its first mention in `places` ('P1')."
    )
    aliases: list[str] = Field(default_factory=list, description="Other surface forms seen.")
    mentions: list[Mention] = Field(default_factory=list)


TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


class TimeExpression(Record):
    """A time expression in the body with its TIMEX3 value ("on Monday" -> 2022-12-26)."""

    id: str = Field(description="Id within this analysis, e.g. 'T1'.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    type: TimeType
    value: str | None = Field(
        None,
        description="TIMEX3 value: 2022-12-26, 2022-W52, 2022-Q4, P5Y, XXXX-WXX-1, PRESENT_REF...; "
        "null when the expression cannot be resolved (no anchor, or no such day).",
    )
    anchor: str | None = Field(
        None, description="The date a relative expression was resolved against."
    )
    relative: bool = Field(False, description="Whether the value depends on the anchor date.")


class QuoteKind(enum.StrEnum):
    """How the source stands behind what is attributed, read from the cue and its context."""

    STATEMENT = "statement"  # said, told, announced: reported as said, no stance taken
    CLAIM = "claim"  # claimed, insisted, "what X called": the text keeps its distance
    ACCUSATION = "accusation"  # accused, blamed, criticised: alleges wrongdoing
    DENIAL = "denial"  # denied, rejected, dismissed
    SPECULATION = "speculation"  # suggested, expected, "could be": a guess
    PROMISE = "promise"  # promised, vowed, plans, wants: an intention
    THREAT = "threat"  # threatened, warned
    BELIEF = "belief"  # believes, fears, thinks: a state of mind


class QuoteSource(Record):
    """Who an attribution is ascribed to: the words in the text and what they resolve to."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    entity: str | None = Field(None, description="Id of the entity it resolves to, e.g. 'E2'.")
    name: str | None = Field(None, description="That entity's canonical name.")
    resolved_by: Literal["mention", "pronoun", "description"] | None = Field(
        None,
        description="How the entity was found: the span names it, a pronoun refers back to it, "
        "or a description ('the state media') was used for it before.",
    )


class Cue(Record):
    """The words that mark the attribution ("said", "according to", "was quoted ... as saying")."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    lemma: str


class QuoteContent(Record):
    """What is attributed; several spans when the text interrupts it ("...," he said, "...")."""

    text: str
    spans: list[tuple[int, int]] = Field(description="[start, end) offsets into article.text.")


class Quote(Record):
    """One attribution: who says (thinks, wants) what, through which channel, and how sure."""

    id: str = Field(description="Id within this analysis, e.g. 'Q1'.")
    source: QuoteSource | None = Field(
        None, description="Null for sourceless attributions ('he is expected to', 'reportedly')."
    )
    cue: Cue | None = Field(
        None, description="Null only for a quote that continues the previous speaker's words."
    )
    content: QuoteContent
    direct: bool = Field(description="Whether the content is mostly inside quotation marks.")
    kind: QuoteKind
    negated: bool = Field(False, description="The cue is negated ('did not say', 'never claimed').")
    via: QuoteSource | None = Field(
        None,
        description="The channel that relays it ('quoted by the state media'; the agency whose "
        "report the paragraph carries).",
    )
    paragraph: int = Field(ge=0, description="Index into article.paragraphs.")


PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip

QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


class Modality(enum.StrEnum):
    """How the article stands behind an event."""

    ASSERTED = "asserted"  # the writer states it
    REPORTED = "reported"  # told through a source ("Seoul said ...")
    CLAIMED = "claimed"  # a source claims it and the text keeps its distance
    ALLEGED = "alleged"  # part of an accusation
    DENIED = "denied"  # a source denies it
    PLANNED = "planned"  # future, promised or intended
    THREATENED = "threatened"  # threatened, not done
    HYPOTHETICAL = "hypothetical"  # could, might, if; speculation
    NEGATED = "negated"  # "did not fire"


class EventActor(Record):
    """Who acts or is acted on: the words, the entity, its country and sector."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    entity: str | None = Field(None, description="Id of the entity it resolves to.")
    name: str | None = None
    country: str | None = Field(
        None, description="ISO 3166-1 alpha-3, or an organisation code for IGOs (UN, NATO, EU)."
    )
    sector: str | None = Field(None, description="GOV, MIL, COP, REB, CVL, MED, JUD, ...")
    country_source: CountrySource | None = Field(
        None, description="Where the country came from: article, base, user or place."
    )


PlaceFeature = Literal["country", "admin1", "county", "city", "other"]
PLACE_PRECISION_DOC = (
    "As ACLED's geo-precision: 1 the named town or city itself, 2 a region, district or county "
    "(or a town not told apart from its namesakes' region), 3 only the country."
)


class Place(Record):
    """One mention of a place in the body, resolved to GeoNames where the gazetteer can."""

    id: str = Field(description="Id within this analysis, e.g. 'P1'.")
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    entity: str | None = Field(None, description="Id of the entity this mention belongs to.")
    geonameid: int | None = None
    name: str | None = Field(None, description="The gazetteer's name ('Kyiv' for 'Kiev').")
    country: str | None = Field(None, description="ISO 3166-1 alpha-3 code.")
    admin1: str | None = Field(
        None, description="First-level region: US postal code ('SD'), else GeoNames' admin-1 code."
    )
    latitude: float | None = None
    longitude: float | None = None
    feature: PlaceFeature = "other"
    precision: int | None = Field(None, ge=1, le=3, description=PLACE_PRECISION_DOC)
    confidence: float = Field(ge=0, le=1)
    resolved_by: str = Field(
        description="Why this place: 'apposition names SD', 'in a country the article names', "
        "'largest namesake', 'country name', 'US state'..."
    )
    used_as: Literal["place", "actor", "modifier"] = Field(
        "place",
        description="'place' where something is or happens; 'actor' when the name stands for a "
        "government or team ('Washington said'); 'modifier' inside a longer name or before a "
        "noun ('Paris talks'). Only 'place' mentions locate events.",
    )


class EventPlace(Record):
    """Where the event happened: the place named in the sentence, or its context's."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    place: str | None = Field(None, description="Id of the mention in `places` ('P3').")
    country: str | None = None
    admin1: str | None = None
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    feature: PlaceFeature | None = None
    precision: int | None = Field(None, ge=1, le=3, description=PLACE_PRECISION_DOC)
    source: Literal["sentence", "dateline", "context"] = Field(
        "sentence",
        description="sentence: named in the event's sentence; dateline: the article's dateline, "
        "for the opening paragraph; context: the place of the event told just before it.",
    )


class Quantity(Record):
    """A count the text states: drones, missiles, dead, injured, arrested, crowd size."""

    value: int | None = Field(
        None, description="The figure stated; null for a vague amount ('dozens': low 24)."
    )
    low: int | None = Field(None, description="Lower bound: 'at least 12' -> 12.")
    high: int | None = Field(None, description="Upper bound: 'up to 30' -> 30.")
    unit: str = Field(
        description="What is counted: dead, injured, arrested, detained, missing, displaced, "
        "evacuated, abducted, casualties, troops, protesters, or the counted noun ('drones')."
    )
    text: str
    start: int | None = Field(None, ge=0)
    end: int | None = Field(None, ge=0)


class Count(Quantity):
    """A count in the body, with the event it counts (if the coder found one)."""

    id: str = Field(description="Id within this analysis, e.g. 'N1'.")
    event: str | None = Field(None, description="Id of the event it counts ('V2').")
    toll: bool = Field(
        False, description="A toll sentence: 'the death toll rose to 57' (no act of its own)."
    )


class Toll(Record):
    """An event's figure for one kind of casualty across the article: the highest stated (a
    story updates a toll upwards), conjuncts of one statement added, restatements not."""

    unit: str
    best: int = Field(description="The highest figure stated (or lower bound of a vague one).")
    low: int | None = Field(None, description="Its lower bound, when stated as one.")
    high: int | None = Field(None, description="The highest upper bound stated, if above best.")
    text: str = Field(description="The words that state the best figure.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    counts: list[str] = Field(default_factory=list, description="Ids of the counts behind it.")


class Evidence(Record):
    """Where the event is said: its sentence and trigger words, with offsets."""

    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    trigger: str
    trigger_start: int = Field(ge=0)
    trigger_end: int = Field(ge=0)
    rule: str = Field(description="The lexicon pattern that coded it, e.g. 'ASSAULT: fire at'.")
    clause: Literal["main", "subordinate", "statement"] | None = Field(
        None,
        description="Where the trigger sits: the sentence's main clause (or the clause a "
        "reporting verb introduces), a subordinate clause, or what a statement says.",
    )


class Event(Record):
    """One coded event: who did what to whom, when, where, how many, and who says so."""

    id: str = Field(description="Id within this analysis, e.g. 'V1'.")
    type: PloverType
    mode: str | None = Field(None, description="PLOVER mode, where the pattern gives one.")
    cameo: str = Field(description="Nearest CAMEO root code (two digits).")
    quad_class: int = Field(
        ge=1,
        le=4,
        description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.",
    )
    actor: EventActor | None = None
    target: EventActor | None = None
    date: str | None = Field(None, description="TIMEX3 value of the event's date.")
    date_source: Literal["text", "context", "publication"] | None = Field(
        None,
        description="text: a date in the sentence; context: the date of the event told just before "
        "it in the paragraph; publication: the article's date.",
    )
    planned_for: str | None = Field(
        None,
        description="For a planned or threatened act: the TIMEX3 value of when it is meant to "
        "happen ('next year'), while `date` is when the plan or threat was made known.",
    )
    location: EventPlace | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    tolls: list[Toll] = Field(
        default_factory=list,
        description="Per casualty kind (dead, injured, ...), the event's figure in the article.",
    )
    modality: Modality
    reported_by: list[str] = Field(
        default_factory=list, description="The attribution chain, outermost last: quote ids."
    )
    evidence: Evidence
    also_in: list[Evidence] = Field(
        default_factory=list,
        description="Other sentences of the article that tell the same event (a lede retold "
        "with its source further down).",
    )
    confidence: float = Field(ge=0, le=1)
    responds_to: list[str] = Field(default_factory=list, description="Ids of events this answers.")
    aggregate: bool = Field(False, description="A count over a period, not one dated event.")


class ModelInfo(Record):
    """Which language model produced the annotations (for reproducibility)."""

    name: str
    version: str


class Analysis(Record):
    """The full record for one article: what every stage found."""

    schema_: Literal["wirewatch.analysis/1"] = Field("wirewatch.analysis/1", alias="schema")
    article: Article
    entities: list[Entity] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    stages: list[str] = Field(default_factory=list, description="Stages that ran, in order.")
    model: ModelInfo | None = None
    warnings: list[str] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", validate_assignment=True, populate_by_name=True)

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-compatible Python data, with the ``schema`` tag first."""
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        """Read a record back from its JSON form (validating it)."""
        return cls.model_validate(data)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Analysis`, as committed in ``schema/``."""
    schema = Analysis.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://wirewatch.dev/schema/analysis-1.json"
    return schema
