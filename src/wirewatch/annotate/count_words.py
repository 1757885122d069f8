"""The words of counting: number words, vague amounts, casualty predicates and nouns, person
nouns, and the words around numbers that are not counts.  Written for wirewatch from English
usage in news reports (Apache-2.0); used by :mod:`.counts`.
"""

from __future__ import annotations

NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
     "ninety": 90, "hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}  # fmt: skip
# Vague amounts: (low, high).  "scores" is a score (20) many times over.
RANGES = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999),
    "thousands": (2000, 9999), "millions": (2_000_000, 9_999_999), "several": (3, 9),
    "handful": (3, 6), "few": (2, 5), "tens": (20, 99),
}  # fmt: skip
# Predicates (lemma) and the kind of count they make of the people they are said of.
PREDICATES = {
    "kill": "dead", "die": "dead", "dead": "dead", "slay": "dead", "murder": "dead",
    "massacre": "dead", "behead": "dead", "execute": "dead", "perish": "dead",
    "injure": "injured", "wound": "injured", "hurt": "injured", "injured": "injured",
    "wounded": "injured", "hospitalize": "injured", "hospitalise": "injured",
    "arrest": "arrested", "detain": "detained", "jail": "detained", "imprison": "detained",
    "missing": "missing", "displace": "displaced", "evacuate": "evacuated",
    "abduct": "abducted", "kidnap": "abducted", "drown": "dead", "starve": "dead",
    "electrocute": "dead", "unaccounted": "missing", "rescue": "rescued", "free": "freed",
    "release": "released", "shoot": "shot",
}  # fmt: skip
ACTIVE_PREDICATES = frozenset({"kill", "injure", "wound", "arrest", "detain", "murder", "slay"})
SHOT_DEAD = frozenset({"shoot", "stab", "beat", "burn", "hack"})  # "shot dead": dead
CASUALTY_NOUNS = {
    "death": "dead", "fatality": "dead", "body": "dead", "casualty": "casualties",
    "injury": "injured", "arrest": "arrested",
}  # fmt: skip
HEADLINE_WORDS = {
    "dead": "dead", "killed": "dead", "die": "dead", "dies": "dead", "died": "dead",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "hospitalized": "injured",
    "arrested": "arrested", "missing": "missing",
}  # fmt: skip
UNIT_SYNONYMS = {
    "troop": "troops", "soldier": "troops", "protester": "protesters",
    "protestor": "protesters", "demonstrator": "protesters", "marcher": "protesters",
}  # fmt: skip
# Nouns for a person, for "a man was killed" (one victim): "a block" or "the office" is none.
PERSON_WORDS = """
    man woman boy girl child baby infant toddler teenager teen youth person passenger driver
    motorist cyclist pedestrian officer policeman policewoman soldier civilian student pupil
    worker resident villager farmer journalist reporter photographer suspect victim guard nurse
    doctor medic teacher priest imam pastor protester demonstrator gunman attacker assailant
    bystander pilot firefighter employee inmate prisoner detainee migrant refugee father mother
    son daughter husband wife brother sister uncle aunt grandfather grandmother comrade leader
    commander official mayor governor lawmaker activist militant fighter rebel trooper sergeant
    captain colonel general minister judge lawyer shopkeeper vendor tourist fisherman miner
    guardsman paramedic marine sailor contractor volunteer neighbour neighbor friend customer
"""
PERSON_NOUNS = frozenset(PERSON_WORDS.split())
NOT_COUNT_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
ADDRESS_AFTER = frozenset(
    [
        "block",
        "st",
        "street",
        "ave",
        "avenue",
        "road",
        "rd",
        "blvd",
        "boulevard",
        "lane",
        "drive",
        "dr",
        "way",
        "place",
        "court",
    ]
)
NUMBERED_BEFORE = frozenset(
    [
        "route",
        "highway",
        "interstate",
        "station",
        "no",
        "number",
        "flight",
        "gate",
        "room",
        "apartment",
        "unit",
        "platform",
        "bus",
        "line",
        "exit",
        "pier",
        "terminal",
        "ward",
        "district",
        "precinct",
        "chapter",
        "article",
        "section",
    ]
)
LOWER_BOUND = {"least": 0, "more": 1, "over": 1, "than": 1}  # "at least N", "more than N"
UPPER_BOUND = frozenset({"up", "as", "nearly", "almost", "under"})  # "up to N", "as many as N"
LARGEST = 50_000_000
WOUND_NOUNS = frozenset({"injury", "wound", "burn", "fracture"})  # "with gunshot wounds"
NOBODY = frozenset({"nobody", "no one", "none"})
MULTIPLIERS = frozenset({"hundred", "thousand", "million"})
NOT_COUNTED = frozenset({"time", "point", "way", "thing", "side", "part", "kind", "sort", "step"})
