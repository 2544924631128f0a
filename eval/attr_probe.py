"""The attribution probe: real sentences of stories about calls no event holds, read by the engine's cue finding.

    python eval/attr_probe.py [PROBE] [--misses] [--family]

Run from the tree with PYTHONPATH set to it. Reads PROBE, eval/attr_probe.yaml unless given (or eval/attr_probe2.yaml,
the second probe, drawn fresh in Round 47, eval/attr_probe3.yaml, the third, drawn in Round 48, or
eval/attr_probe4.yaml, the fourth, drawn in Round 49, or eval/attr_probe5.yaml, the fifth, drawn in Round 50; each
file's header says where its sentences come from and what the hand labels mean), and never a folder of eval/events.

Each sentence is put in a folder of its own: one official readout per government of its call (the leaders named with
their country's title, the source as a folder of that government's texts commonly gives it: SIDES) and one outlet
story, the sentence (after the earlier sentence of its story a pronoun reads back to, if the probe gives one). The
attributions the engine finds in the sentence are then counted against the hand label:
  right        a source of a side: an attribution citing that side's readout; no attribution expected (an outlet,
               not an attribution): none citing a readout
  wrong side   an attribution citing the other side's readout
  no text      an attribution read, but of a source the engine places in no text (an unknown person)
  not read     no attribution at all where one was expected; read where none was (a false cue)
(docs/engine.md, Round 46, helper attr51.)
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from readout_viewer.core.model import OFFICIAL  # noqa: E402
from tests.builders import news_attributions, reading  # noqa: E402

PROBE = ROOT / "eval" / "attr_probe.yaml"
# Each government of the probe's calls: its title phrase before a leader's name, its leaders (the first is the one a
# sentence is taken to be about unless it names another), and its official texts' source as folders give it.
SIDES = {
    "US": ("U.S. President", ("Donald Trump", "Barack Obama", "Joe Biden", "Marco Rubio", "Mark Esper",
                                         "Antony Blinken", "John Kerry", "Jake Sullivan", "Rex Tillerson"),
           "The White House"),
    "RU": ("Russian President", ("Vladimir Putin",),
           "President of Russia (en.kremlin.ru), Presidential Executive Office"),
    "CN": ("Chinese President", ("Xi Jinping", "Li Keqiang"),
           "Ministry of Foreign Affairs of the People's Republic of China"),
    "GB": ("British Prime Minister", ("Keir Starmer", "Boris Johnson", "Liz Truss", "Rishi Sunak"),
           "Prime Minister's Office, 10 Downing Street"),
    "FR": ("French President", ("Emmanuel Macron",), "Élysée (Présidence de la République française)"),
    "DE": ("German Chancellor", ("Olaf Scholz", "Angela Merkel"), "Presse- und Informationsamt der Bundesregierung"),
    "TR": ("Turkish President", ("Recep Tayyip Erdogan",),
           "Presidency of the Republic of Türkiye, Directorate of Communications"),
    "IL": ("Israeli Prime Minister", ("Benjamin Netanyahu", "Naftali Bennett", "Isaac Herzog"),
           "Prime Minister's Office, Israel"),
    "KR": ("South Korean President", ("Yoon Suk Yeol", "Moon Jae-in", "Lee Jae-myung"),
           "Office of the President of the Republic of Korea"),
    "JP": ("Japanese Prime Minister", ("Fumio Kishida", "Shigeru Ishiba", "Shinzo Abe"),
           "Ministry of Foreign Affairs of Japan"),
    "IN": ("Indian Prime Minister", ("Narendra Modi",), "Ministry of External Affairs, Government of India"),
    "UA": ("Ukrainian President", ("Volodymyr Zelensky",), "Office of the President of Ukraine"),
    "SA": ("Saudi Crown Prince", ("Mohammed bin Salman",), "Saudi Press Agency (SPA), Kingdom of Saudi Arabia"),
    "QA": ("Qatari Emir", ("Tamim bin Hamad",), "Amiri Diwan, State of Qatar"),
    "BY": ("Belarusian President", ("Alexander Lukashenko",),
           "Press Service of the President of the Republic of Belarus"),
    "IR": ("Iranian President", ("Hassan Rouhani", "Hossein Amir-Abdollahian", "Ebrahim Raisi"),
           "Office of the President of the Islamic Republic of Iran"),
    "CA": ("Canadian Prime Minister", ("Justin Trudeau",), "Prime Minister of Canada"),
    "GR": ("Greek Prime Minister", ("Kyriakos Mitsotakis", "Alexis Tsipras"), "Office of the Prime Minister of Greece"),
    "AU": ("Australian Prime Minister", ("Scott Morrison", "Anthony Albanese", "Tony Abbott", "Malcolm Turnbull"),
           "Prime Minister of Australia"),
    "TJ": ("Tajik President", ("Emomali Rahmon",), "President of the Republic of Tajikistan"),
    # The second probe's governments (eval/attr_probe2.yaml), their sources as the read folders give them.
    "EG": ("Egyptian President", ("Abdel Fattah el-Sisi",), "Presidency of the Arab Republic of Egypt"),
    "PK": ("Pakistani Prime Minister", ("Shehbaz Sharif", "Imran Khan"), "Prime Minister's Office, Pakistan"),
    "AE": ("UAE President", ("Mohamed bin Zayed", "Abdullah bin Zayed"),
           "Emirates News Agency (WAM), United Arab Emirates"),
    "NG": ("Nigerian President", ("Muhammadu Buhari",), "State House, Federal Republic of Nigeria"),
    "AR": ("Argentine President", ("Javier Milei", "Mauricio Macri", "Alberto Fernandez"),
           "Presidency of the Argentine Nation (Casa Rosada)"),
    "MX": ("Mexican President", ("Claudia Sheinbaum", "Andres Manuel Lopez Obrador"),
           "Presidency of the Republic of Mexico"),
    "ID": ("Indonesian President", ("Prabowo Subianto", "Joko Widodo"),
           "Cabinet Secretariat of the Republic of Indonesia"),
    "VN": ("Vietnamese Party General Secretary", ("To Lam",),
           "Communist Party of Vietnam, Commission for External Relations"),
    "KZ": ("Kazakh President", ("Kassym-Jomart Tokayev", "Nursultan Nazarbayev"),
           "Akorda, Press Service of the President of Kazakhstan"),
    "UZ": ("Uzbek President", ("Shavkat Mirziyoyev",), "Press Service of the President of the Republic of Uzbekistan"),
    "KW": ("Kuwaiti Emir", ("Sabah Al-Ahmad", "Nawaf Al-Ahmad"), "Amiri Diwan, State of Kuwait"),
    "BR": ("Brazilian President", ("Luiz Inacio Lula da Silva",),
           "Presidency of the Republic of Brazil (Planalto Palace)"),
    # The third probe's governments (eval/attr_probe3.yaml), their official sources as their own sites name them.
    "AZ": ("Azerbaijani President", ("Ilham Aliyev",), "Administration of the President of the Republic of Azerbaijan"),
    "AM": ("Armenian Prime Minister", ("Nikol Pashinyan",), "Office of the Prime Minister of the Republic of Armenia"),
    "HU": ("Hungarian Prime Minister", ("Viktor Orban",), "Cabinet Office of the Prime Minister, Hungary"),
    "TM": ("Turkmen President", ("Gurbanguly Berdimuhamedov", "Serdar Berdimuhamedov"),
           "State News Agency of Turkmenistan (TDH)"),
    "KG": ("Kyrgyz President", ("Sadyr Japarov", "Sapar Isakov"),
           "Press Service of the President of the Kyrgyz Republic"),
    "PL": ("Polish President", ("Andrzej Duda",), "Chancellery of the President of the Republic of Poland"),
    "PH": ("Philippine President", ("Ferdinand Marcos", "Rodrigo Duterte"),
           "Presidential Communications Office, Republic of the Philippines"),
    "NZ": ("New Zealand Prime Minister", ("Christopher Luxon", "Jacinda Ardern"),
           "Office of the Prime Minister of New Zealand"),
    "IT": ("Italian Prime Minister", ("Giorgia Meloni",), "Presidency of the Council of Ministers (Palazzo Chigi)"),
    "MY": ("Malaysian Prime Minister", ("Anwar Ibrahim",), "Prime Minister's Office of Malaysia"),
    "LK": ("Sri Lankan President", ("Gotabaya Rajapaksa", "Mahinda Rajapaksa"),
           "President's Media Division, Sri Lanka"),
    "GH": ("Ghanaian President", ("Nana Akufo-Addo",), "Office of the President, Republic of Ghana (Jubilee House)"),
    "BH": ("Bahraini King", ("Hamad bin Isa", "Salman bin Hamad"), "Bahrain News Agency (BNA), Kingdom of Bahrain"),
    "SY": ("Syrian President", ("Bashar al-Assad",), "Syrian Arab News Agency (SANA), Syrian Arab Republic"),
    "NP": ("Nepalese Prime Minister", ("Pushpa Kamal Dahal", "Sushil Koirala", "Sushila Karki"),
           "Office of the Prime Minister and Council of Ministers, Nepal"),
    "OM": ("Omani Sultan", ("Haitham bin Tariq", "Yousuf bin Alawi"), "Oman News Agency, Sultanate of Oman"),
    # The fourth probe's governments (eval/attr_probe4.yaml), their official sources as their own sites name them.
    "CO": ("Colombian President", ("Ivan Duque",), "Presidency of the Republic of Colombia"),
    "KE": ("Kenyan President", ("Uhuru Kenyatta",), "State House Kenya, Presidential Strategic Communications Unit"),
    "PS": ("Palestinian President", ("Mahmoud Abbas",), "Palestinian News and Info Agency (WAFA), State of Palestine"),
    "JO": ("Jordanian King", ("Abdullah II",), "Royal Hashemite Court, Hashemite Kingdom of Jordan"),
    "ET": ("Ethiopian Prime Minister", ("Abiy Ahmed",),
           "Office of the Prime Minister, Federal Democratic Republic of Ethiopia"),
    "SO": ("Somali President", ("Mohamed Abdullahi Farmajo",), "Office of the President, Federal Republic of Somalia"),
    "ZA": ("South African President", ("Cyril Ramaphosa",), "The Presidency, Republic of South Africa"),
    # The fifth probe's governments (eval/attr_probe5.yaml), their official sources as their own sites name them.
    "IE": ("Irish Taoiseach", ("Micheál Martin", "Leo Varadkar"), "Department of the Taoiseach, Government of Ireland"),
    "NL": ("Dutch Prime Minister", ("Mark Rutte",), "Government of the Netherlands, Ministry of General Affairs"),
}
# A leader of a call who is no head of his side holds his own title in its readout.
TITLES = {"Li Keqiang": "Chinese Premier", "Marco Rubio": "U.S. Secretary of State",
          "Abdullah bin Zayed": "UAE Foreign Minister", "Hossein Amir-Abdollahian": "Iranian Foreign Minister",
          "Sapar Isakov": "Kyrgyz Prime Minister", "Mahinda Rajapaksa": "Sri Lankan Prime Minister",
          "Salman bin Hamad": "Bahraini Crown Prince", "Mark Esper": "U.S. Defense Secretary",
          "Antony Blinken": "U.S. Secretary of State", "John Kerry": "U.S. Secretary of State",
          "Jake Sullivan": "U.S. National Security Advisor", "Rex Tillerson": "U.S. Secretary of State",
          "Yousuf bin Alawi": "Omani Foreign Minister", "Isaac Herzog": "Israeli President"}
READOUT = ("{title} {name} held a telephone conversation with {other_title} {other}. The two leaders discussed "
           "bilateral relations and regional issues.")
# The side a label names: "official: RU", "person: Peskov (RU)", "state media: CN".
_SIDE = re.compile(r"(?::\s*|\()([A-Z]{2})\b")


def _leader(code: str, item: dict) -> str:
    """The leader of a side the sentence (or its story's address) names by the first or the last word of his name,
    whole ("Li" of "Li Keqiang" in ".../chinese-premier-li-talks-with-pm-imran-khan..."), else the side's first."""
    names = SIDES[code][1]
    where = (item["text"] + " " + item.get("before", "") + " " + item["url"]).lower()
    return next((n for n in names if any(re.search(rf"\b{re.escape(w.lower())}\b", where)
                                         for w in (n.split()[0], n.split()[-1]))), names[0])


def folder(item: dict) -> list:
    """The two official readouts of the sentence's call, ids its side codes in lower case."""
    a, b = item["call"]
    docs = []
    for me, other in ((a, b), (b, a)):
        name, other_name = _leader(me, item), _leader(other, item)
        text = READOUT.format(title=TITLES.get(name, SIDES[me][0]), name=name,
                              other_title=TITLES.get(other_name, SIDES[other][0]), other=other_name)
        docs.append(reading(me.lower(), text, OFFICIAL, SIDES[me][2], me))
    return docs


def expected(item: dict) -> str | None:
    """The side code whose readout the sentence cites, None when no readout should be cited."""
    if not item["attribution"] or item["cited"].startswith(("outlet", "none")):
        return None
    m = _SIDE.search(item["cited"])
    return m.group(1) if m else None


def outcome(item: dict) -> tuple[str, list]:
    """right | wrong side | no text | not read, with the attributions found in the sentence."""
    before = item.get("before", "")
    news = (before + " " if before else "") + item["text"]
    start = len(news) - len(item["text"])
    found = [a for a in news_attributions(folder(item), news) if a.end > start]
    want = expected(item)
    cited = [a.cited for a in found if a.cited]
    if want is None:
        return ("right" if not cited else "not read"), found
    if want.lower() in cited:
        return "right", found
    if cited:
        return "wrong side", found
    return ("no text" if found else "not read"), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", nargs="?", type=Path, default=PROBE, help="the probe file (eval/attr_probe.yaml)")
    parser.add_argument("--misses", action="store_true", help="print each sentence not read right")
    parser.add_argument("--family", action="store_true", help="print the counts by phrase family")
    args = parser.parse_args()
    items = yaml.safe_load(args.probe.read_text(encoding="utf-8"))
    counts: Counter[str] = Counter()
    by_family: dict[str, Counter[str]] = {}
    for item in items:
        got, found = outcome(item)
        counts[got] += 1
        by_family.setdefault(item["family"], Counter())[got] += 1
        if args.misses and got != "right":
            cues = "; ".join(f"{a.cited_as!r} -> {a.cited}" for a in found) or "-"
            print(f"[{item['id']}] {got}: {item['cited']} | {item['family']} | found: {cues}\n    {item['text']}")
    if args.family:
        for family, c in sorted(by_family.items(), key=lambda kv: (-sum(kv[1].values()) + kv[1]["right"], kv[0])):
            print(f"  {c['right']}/{sum(c.values())}  {family}  {dict(c)}")
    total = sum(counts.values())
    print(f"probe: right {counts['right']}/{total} | wrong side {counts['wrong side']} | no text {counts['no text']}"
          f" | not read {counts['not read']}")


if __name__ == "__main__":
    main()
