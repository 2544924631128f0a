"""The names outlets cite a government's account of a call under besides its own source's: bodies and state media.

One table for every country, whether or not the issuer table (governments.py) knows its bodies: the attribution
finder reads it both for a side whose texts are in the folder (the names then stand for those texts) and for a party
with none (its government, whose words the folder's accounts are checked against).
"""

from __future__ import annotations

# code: the names, as written (folded, literal; a name's initials count where a text writes them in capitals): the
# bodies a government's readout comes out under (India's Ministry of External Affairs posts the Prime Minister's
# Office's statement, which the Press Information Bureau releases: "according to PIB", "the MEA statement"), the
# office that issues a head of government's readouts by its generic name ("the Prime Minister's Office said", "the
# PMO": Canada's, the UK's, Japan's, Israel's; "the presidential office": South Korea's, Ukraine's), the buildings that
# stand for it ("No 10", "the Blue House", "the Élysée" with its accents), and a ruler's court or office by its own name
# ("the Amiri Diwan": Qatar's emir's and Kuwait's, "the Amir Diwan" too; "the Royal Hashemite Court": Jordan's king's;
# the UAE's "Presidential Court"; Saudi Arabia's "Royal Court", the king's and the crown prince's); and the unnamed
# "presidential sources" Turkish wire copy cites the presidency by ("according to presidential sources, Erdoğan held
# phone conversations with ...": the second attribution probe, eval/attr_probe2.yaml); Pakistan's Prime Minister's
# Office by the house it sits in ("In a press release, the PM house said ...": the third, eval/attr_probe3.yaml); the
# English copy's names of two rulers' courts, Qatar's "Amiri Court" and Jordan's "Royal Court" ("according to a Royal
# Court statement": the fourth, eval/attr_probe4.yaml; Saudi Arabia's court goes by that name too, so in a folder of
# both the first side holding it takes it); Pakistan's and India's Prime Minister's Office as their press writes it,
# "the PM Office said", and Downing Street's "No10" written close ("In a statement No10 said: ...": the fifth,
# eval/attr_probe5.yaml).
CITED_AS: dict[str, tuple[str, ...]] = {
    "FR": ("\u00e9lys\u00e9e", "\u00e9lys\u00e9e palace", "elysee palace"),
    "DE": ("federal chancellery", "chancellor's office", "federal government"),
    "GB": ("prime minister's office", "office of the prime minister", "no 10", "no10", "no. 10", "number ten"),
    "UA": ("presidential office", "office of the president"),
    "JP": ("prime minister's office", "office of the prime minister", "kantei"),
    "IN": ("ministry of external affairs", "prime minister's office", "pm office", "press information bureau"),
    "TR": ("directorate of communications", "communications directorate", "presidential communications directorate",
           "presidential source", "presidential sources"),
    "KR": ("presidential office", "office of the president", "blue house", "cheong wa dae"),
    "IT": ("palazzo chigi", "prime minister's office", "office of the prime minister"),
    "CA": ("prime minister's office", "office of the prime minister"),
    "IL": ("prime minister's office", "office of the prime minister"),
    "PK": ("pm house", "prime minister house", "pm office"),
    "QA": ("amiri diwan", "emiri diwan", "amir diwan", "amiri court", "emiri court"),
    "KW": ("amiri diwan", "amir diwan"),
    "SA": ("royal court",),
    "JO": ("royal hashemite court", "royal court"),
    "AE": ("presidential court",),
    "BR": ("planalto", "planalto palace"),
}
# code: its state news agencies and broadcasters by name, as written, besides the readout channels of the issuer table
# (Xinhua: governments.readout_channels): they carry the government's account of its leader's calls ("State-owned
# China Central Television (CCTV) said they discussed ...", "Agencia Brasil reported"), so a sentence citing one
# cites that side's account, in the folder or not; and they carry, so a leader the sentence names is whose words it
# reports (side_names.carries). Not Qatar's QNA: on the read events its one new cue was a wrong "not in any readout"
# (its words are the White House's in other words, which the linking misses), and it settled no attribution
# (docs/engine-history.md, Round 37, helper attr35).
STATE_AGENCIES: dict[str, tuple[str, ...]] = {
    "AE": ("WAM", "Emirates News Agency"),
    "BR": ("Agencia Brasil", "Ag\u00eancia Brasil"),
    "JO": ("Jordan News Agency",),
    "RU": ("TASS", "RIA Novosti"),
    "CN": ("CCTV", "China Central Television"),
    "TR": ("Anadolu", "Anadolu Agency"),
    "UA": ("Ukrinform",),
    "IR": ("IRNA",),
}


def account_names(code: str) -> tuple[str, ...]:
    """The names a side's government's account is cited under besides its source's (CITED_AS, STATE_AGENCIES)."""
    return CITED_AS.get(code, ()) + tuple(name.lower() for name in STATE_AGENCIES.get(code, ()))


def as_written(name: str) -> str | None:
    """A state agency's name as the table writes it ("TASS" for "tass"), if `name` (folded) is one's."""
    return next((n for names in STATE_AGENCIES.values() for n in names if n.lower() == name), None)
