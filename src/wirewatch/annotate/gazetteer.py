"""Countries, their names, demonyms and capitals: all offline (cities and US states are
:mod:`.placenames`').

Built once per process from maintained packages: ``countryinfo`` (names,
alternative spellings, demonyms, capitals, ISO codes) and ``pycountry``
(official and common names of all ISO 3166 countries), plus
``data/country_aliases.tsv`` for names of governments and nicknames that
no package has ("the Kremlin", "Downing Street", "Hermit Kingdom") and
``data/demonyms.tsv`` for the second demonyms and short names countryinfo
lacks ("Bosnian", "Kyrgyz", "Saudi"; "Bosnia", "Macedonia"), and
``data/groups.tsv`` for armed groups and parties rooted in one country.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..data import load_table
from .placenames import find_place

POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
# Codes news writes with dots that are countries; any other dotted form is a state or a city.
DOTTED_COUNTRY_CODES = frozenset({"US", "UK", "UAE", "USA", "PRC", "DPRK", "ROK", "DRC", "EU"})
WRITTEN_CODES = DOTTED_COUNTRY_CODES | {"KSA", "ROC", "GB", "RSA", "NZ", "PNG", "CAR"}


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Comparable form of a name: no accents, case, leading 'the', possessive or punctuation.

    Cached: the same names ("US", "North Korea", a country's common name in every
    comparison) are asked about many times an article.
    """
    text = POSSESSIVE.sub(lambda m: "s" if m.group(0)[0] == "s" else "", text.strip())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.replace("’", "'").casefold()
    text = re.sub(r"^the\s+", "", text)
    return " ".join(re.sub(r"[^\w']+", " ", text).split())


@dataclass
class Gazetteer:
    """Lookups from a name as written to an ISO 3166-1 alpha-3 code."""

    names: dict[str, str] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)  # "US", "USA" as written, upper case
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    common_names: dict[str, str] = field(default_factory=dict)
    alpha2_to_alpha3: dict[str, str] = field(default_factory=dict)
    alpha3_to_alpha2: dict[str, str] = field(default_factory=dict)  # the ISO countries
    groups: dict[str, tuple[str, str]] = field(default_factory=dict)  # name key -> country, sector

    def country_of_name(self, text: str) -> str | None:
        """Alpha-3 code when ``text`` names a country ("North Korea", "US", "Britain")."""
        stripped = POSSESSIVE.sub("", text.strip()).strip()
        code = stripped.replace(".", "")
        if "." in stripped and code not in DOTTED_COUNTRY_CODES:
            return None  # "S.D.", "L.A.", "N.Y.": a US state or city, not Sudan or Laos
        if stripped.isupper() and code in self.codes:
            # News writes a few codes for countries; any other is a word in capitals or an
            # acronym: "AI" is not Anguilla, "PA" not Panama, "VAT" not the Vatican.
            return self.codes[code] if code in WRITTEN_CODES else None
        return self.names.get(name_key(text))

    def country_of_demonym(self, text: str) -> str | None:
        """Alpha-3 code when ``text`` is a demonym ("North Korean", "Americans")."""
        key = name_key(text)
        return self.demonyms.get(key) or self.demonyms.get(key.removesuffix("s"))

    def country_of_capital(self, text: str) -> str | None:
        """Alpha-3 code when ``text`` is a national capital ("Pyongyang"), unless a bigger city
        elsewhere has the name ("Plymouth" is Montserrat's capital, and England's city)."""
        country = self.capitals.get(name_key(text))
        if country is None:
            return None
        largest = find_place(text)
        return country if largest is None or largest.country == country else None

    def group(self, text: str) -> tuple[str, str] | None:
        """Country and sector of an armed group, movement or party rooted in one country
        ("Hamas": PSE, REB), from ``data/groups.tsv``."""
        stripped = POSSESSIVE.sub("", text.strip()).strip()
        if stripped.isupper():
            return self.groups.get(stripped)
        return self.groups.get(name_key(text))

    def common_name(self, alpha3: str) -> str:
        """The usual English name of a country ("North Korea", not its official name)."""
        return self.common_names.get(alpha3, alpha3)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The country gazetteer, built on first use (about 0.2 s)."""
    found = Gazetteer()
    _add_pycountry(found)
    _add_countryinfo(found)
    _add_aliases(found)
    _add_demonyms(found)
    _add_groups(found)
    _add_official_names_as_fallback(found)
    _drop_organisation_abbreviations(found)
    return found


def _drop_organisation_abbreviations(found: Gazetteer) -> None:
    """'AU' in news is the African Union, 'EU' the European Union, not Australia or a code:
    a country code spelled like an international organisation's abbreviation is not a country."""
    from .plover import plover_lexicon

    for name in plover_lexicon().igos:
        if name.isupper():
            found.codes.pop(name.replace(".", ""), None)


def _add_official_names_as_fallback(found: Gazetteer) -> None:
    """Countries no other source names get pycountry's (official-looking) name."""
    import pycountry

    for country in pycountry.countries:
        found.common_names.setdefault(country.alpha_3, country.name)


def _add_pycountry(found: Gazetteer) -> None:
    import pycountry

    for country in pycountry.countries:
        alpha3 = country.alpha_3
        found.alpha2_to_alpha3[country.alpha_2] = alpha3
        found.alpha3_to_alpha2[alpha3] = country.alpha_2
        found.codes[alpha3] = alpha3
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                found.names.setdefault(name_key(value), alpha3)
        if getattr(country, "common_name", None):
            found.common_names[alpha3] = country.common_name


def _add_countryinfo(found: Gazetteer) -> None:
    """Names, codes, demonyms, capitals; a demonym shared by several countries
    ("American": USA and its territories) goes to the most populous one. Only current
    ISO 3166-1 countries (pycountry's, added first) count: Belgrade is Serbia's capital."""
    import countryinfo

    infos = [country.info() for country in countryinfo.all_countries()]
    infos.sort(key=lambda info: -(info.get("population") or 0))
    for info in infos:
        alpha3 = (info.get("ISO") or {}).get("alpha3")
        if alpha3 not in found.alpha3_to_alpha2:
            continue  # entries for countries that no longer exist ("Serbia and Montenegro")
        if info.get("name"):
            found.names[name_key(info["name"])] = alpha3
            found.common_names.setdefault(alpha3, info["name"])  # most populous entry first
        for spelling in info.get("altSpellings") or []:
            if spelling.isupper() and spelling.isascii():
                found.codes[spelling] = alpha3
            elif len(spelling) > 3:
                found.names.setdefault(name_key(spelling), alpha3)
        if info.get("demonym"):
            found.demonyms.setdefault(name_key(info["demonym"]), alpha3)
        capitals: str | list[str] = info.get("capital") or []
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            for variant in _capital_variants(capital):
                found.capitals.setdefault(name_key(variant), alpha3)


def _capital_variants(capital: str) -> list[str]:
    """ "Washington D.C." is also written "Washington"."""
    if not capital:
        return []
    short = re.split(r",| D\.C\.", capital)[0].strip()
    return [capital] if short == capital else [capital, short]


def _add_aliases(found: Gazetteer) -> None:
    for name, alpha3 in load_table("country_aliases.tsv"):
        found.names[name_key(name)] = alpha3
        found.common_names.setdefault(alpha3, name)


def _add_demonyms(found: Gazetteer) -> None:
    for word, alpha3, kind in load_table("demonyms.tsv"):
        table = found.demonyms if kind == "demonym" else found.names
        table.setdefault(name_key(word), alpha3)


def _add_groups(found: Gazetteer) -> None:
    """Acronyms are kept as written ("ANC", not "anc"), other names by their name key."""
    for name, alpha3, sector in load_table("groups.tsv"):
        found.groups[name if name.isupper() else name_key(name)] = (alpha3, sector)


@lru_cache(maxsize=1)
def alias_pattern() -> re.Pattern[str]:
    """Matches the names of ``data/country_aliases.tsv`` as written (case-sensitive)."""
    names = sorted((name for name, _ in load_table("country_aliases.tsv")), key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in names) + r")(?![\w-])"
    )
