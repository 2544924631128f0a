"""Who issued a text, from the text itself: official bodies of any government and outlets, each with why."""

from pathlib import Path

import pytest

from readout_viewer.core import jsonio, summary
from readout_viewer.core.analysis import analyze
from readout_viewer.core.loading import governments, issuer, metadata
from readout_viewer.core.loading.issuer.headline import title_cue
from readout_viewer.core.model import OFFICIAL, OUTLET

WH_MENTION = (
    "Biden and Xi clash over Taiwan in two-hour call\n\n"
    "WASHINGTON, July 28 (Reuters) - U.S. President Joe Biden told Chinese leader Xi Jinping on Thursday that "
    "Washington opposes any unilateral change to the status quo, a White House readout of the call said.\n\n"
    "A White House readout said the two leaders also discussed climate change and health security.\n")
XI_READOUT = (
    "President Xi Jinping Speaks with U.S. President Joe Biden on the Phone\n\n"
    "On the evening of July 28, President Xi Jinping spoke with U.S. President Joe Biden on the phone at the "
    "latter's request. The two presidents had a candid communication and exchange on China-U.S. relations.\n")
PEOPLES_DAILY = (
    "July 29, 2022\n\n"
    "Chinese President Xi Jinping spoke with U.S. President Joe Biden on the phone on Thursday at the request of the "
    "U.S. side, and the two sides exchanged views on relations and on issues of mutual interest, the agency said "
    "in a report carried by the newspaper at length on its front page the next day.\n")


def _doc(name: str, text: str, front: dict | None = None):
    return metadata.make_document(name, text, front or {}, folder="f")


def test_an_article_that_mentions_a_white_house_readout_stays_an_outlet_and_says_why():
    doc = _doc("reuters-taiwan.txt", WH_MENTION)
    assert (doc.role, doc.side) == (OUTLET, None)
    assert "wire dateline" in doc.inferred["role"] and "reports what others said" in doc.inferred["role"]
    assert doc.source == "Reuters" and doc.kind == "news"


def test_the_chinese_readout_is_official_with_the_chinese_side():
    doc = _doc("xi-biden-call.txt", XI_READOUT)
    assert (doc.role, doc.side, doc.kind) == (OFFICIAL, "CN", "readout")
    assert "Speaks with" in doc.inferred["role"] and "Xi Jinping" in doc.inferred["side"]
    assert doc.title == "President Xi Jinping Speaks with U.S. President Joe Biden on the Phone"


def test_a_dateline_never_becomes_the_title():
    doc = _doc("peoples-daily.txt", PEOPLES_DAILY)
    assert doc.title.startswith("Chinese President Xi Jinping spoke with")
    assert doc.date == "2022-07-29" and "July 29, 2022" in doc.inferred["date"]
    titled = _doc("pd.txt", "July 29, 2022\n\nBy Ann Lee\n\nXi and Biden hold candid talks\n\n" + PEOPLES_DAILY)
    assert titled.title == "Xi and Biden hold candid talks"
    assert "dateline, byline or photo credit" in titled.inferred["title"]


def test_photo_credits_and_bylines_are_skipped_for_the_title():
    text = ("Download\n\nRussian President Vladimir Putin during a video call in Moscow, Russia. /VCG\n\n"
            "Envoys agree to meet again in Geneva\n\nBy Ann Lee\n\nText of the article follows here.\n")
    assert metadata.first_line(text) == "Envoys agree to meet again in Geneva"


def test_two_parties_in_a_phone_headline_are_an_outlets_headline():
    assert title_cue("Xi, Biden hold phone talks amid Taiwan tensions") is None
    assert title_cue("Xi and Biden talk by phone") is None
    cue = title_cue("Xi Jinping Speaks with Joe Biden on the Phone")
    assert cue is not None and cue.body is not None and cue.body.side == "CN"


@pytest.mark.parametrize("title,kind,side", [
    ("Readout of President Biden's Call with President Emmanuel Macron of France", "readout", "US"),
    ("Statement by the Ministry of Foreign Affairs of Japan on the Talks", "statement", "JP"),
    ("Telephone conversation with President of France Emmanuel Macron", "readout", None),
    # "senior administration official" is how the White House labels its background briefers
    ("Background Press Call by a Senior Administration Official", "briefing", "US"),
    ("Remarks by Prime Minister Starmer at the Press Conference", "transcript", "GB"),
])
def test_headline_forms_give_the_kind_and_the_issuer_never_the_other_party(title, kind, side):
    cue = title_cue(title)
    assert cue is not None and cue.kind == kind
    assert (cue.body.side if cue.body else None) == side


def test_sides_come_from_the_issuer_never_from_countries_named_in_the_text():
    text = ("Readout of the Call\n\nThe two leaders discussed Russia, Ukraine and China, and the situation in "
            "France and Germany, and agreed to stay in touch on the crisis in the coming weeks and months.\n")
    doc = _doc("notes.txt", text)
    assert doc.role == OFFICIAL and doc.side is None
    assert doc.inferred["side"].startswith("no side")


def test_a_body_of_a_country_missing_from_the_table_gives_its_own_name_as_side():
    text = ("Ministry of Foreign Affairs of Valdoria\n\nReadout of the Foreign Minister's call with the Karsland "
            "counterpart\n\nThe Minister spoke today with the Foreign Minister of Karsland about the border.\n")
    doc = _doc("press.txt", text)
    assert (doc.role, doc.side) == (OFFICIAL, "Valdoria")
    assert doc.source == "Ministry of Foreign Affairs of Valdoria"


XINHUA_XI = ("Xi, Biden hold virtual meeting\n\nBEIJING, Nov. 16 (Xinhua) -- Chinese President Xi Jinping on "
             "Tuesday held a virtual meeting with U.S. President Joe Biden, and the two exchanged views at length.\n")


def test_a_xinhua_dispatch_of_xis_meeting_is_chinas_official_account_and_says_why():
    doc = _doc("xinhua-meeting.txt", XINHUA_XI)
    assert (doc.role, doc.side, doc.source, doc.kind) == (OFFICIAL, "CN", "Xinhua", "readout")
    assert doc.inferred["role"].startswith("official: a Xinhua dispatch on Xi Jinping's meeting (")
    assert "Xinhua carries China's own readouts of its leaders' meetings" in doc.inferred["role"]
    assert doc.inferred["side"].startswith("issued by Xinhua: a Xinhua dispatch on Xi Jinping's meeting")
    assert "wire dateline" not in doc.inferred["role"]  # the channel's own dateline is not a reporter's


def test_a_xinhua_dispatch_with_the_other_leader_as_subject_is_still_chinas_account():
    text = ("U.S. does not support Taiwan independence: Biden\n\nChinese President Xi Jinping meets with U.S. "
            "President Joe Biden via video link, in Beijing, Nov. 16, 2021. (Xinhua/Yue Yuewei)\n\n"
            "BEIJING, Nov. 16 (Xinhua) -- U.S. President Joe Biden on Tuesday reaffirmed the long-standing one-China "
            "policy of the U.S. government.\n\nBiden made the remarks during a virtual meeting with Chinese "
            "President Xi Jinping.\n")
    doc = _doc("dispatch.txt", text)
    assert (doc.role, doc.side) == (OFFICIAL, "CN")
    assert "('meeting with Chinese President Xi Jinping')" in doc.inferred["role"]


def test_a_xinhua_dispatch_of_what_xi_said_in_his_talks_is_chinas_account():
    text = ("Trade curbs create risks: Xi\n\nBEIJING, April 2 (Xinhua) -- Chinese President Xi Jinping said on "
            "Tuesday that the measures by the U.S. side create risks.\n\nIn his phone talks with U.S. President Joe "
            "Biden, Xi noted the U.S. side has adopted a string of measures.\n")
    doc = _doc("dispatch.txt", text)
    assert (doc.role, doc.side) == (OFFICIAL, "CN")
    assert "('talks with U.S. President Joe Biden, Xi')" in doc.inferred["role"]
    # the leader the talks were with is not made their host: Xinhua on a call of two others stays an outlet
    other = text.replace("Chinese President Xi Jinping said", "Analysts said").replace(", Xi noted", ", Putin noted")
    assert _doc("dispatch.txt", other).role == OUTLET


def test_a_xinhua_report_of_a_us_russia_call_stays_an_outlet():
    dated = ("Putin, Biden discuss Ukraine over phone\n\nMOSCOW, Feb. 12 (Xinhua) -- Russian President Vladimir "
             "Putin held a telephone conversation with U.S. President Joe Biden on Saturday, during which the "
             "leaders discussed security guarantees, the Kremlin said in a statement.\n")
    doc = _doc("xinhua-putin-biden.txt", dated)
    assert (doc.role, doc.side, doc.source) == (OUTLET, None, "Xinhua")
    undated = ("WASHINGTON/MOSCOW, Feb. 12 -- During the call, which lasted for about one hour, the two leaders "
               "discussed the situation in Ukraine, according to a White House statement and the Kremlin.\n")
    assert _doc("nation-thailand-xinhua.txt", undated).role == OUTLET
    reported = ("Biden warns on Taiwan\n\nBEIJING, Nov. 16 (Xinhua) -- U.S. President Joe Biden said on Tuesday "
                "that the United States opposes change, according to a White House readout of the meeting.\n")
    assert _doc("xinhua-report.txt", reported).role == OUTLET


def test_a_tass_report_of_a_putin_call_stays_an_outlet():
    text = ("Putin, Biden hold phone talks\n\nMOSCOW, Feb. 12 (TASS) -- Russian President Vladimir Putin held a "
            "telephone conversation with U.S. President Joe Biden on Saturday, discussing security guarantees and "
            "the situation around Ukraine.\n")
    doc = _doc("tass-putin-biden.txt", text)
    assert (doc.role, doc.side, doc.source) == (OUTLET, None, "TASS")
    assert "readout" not in doc.inferred["role"]
    assert governments.BY_CODE["RU"].readout_channels == () and governments.BY_CODE["US"].readout_channels == ()


def test_a_xinhua_commentary_or_another_agencys_report_of_xinhua_stays_an_outlet():
    commentary = ("Commentary: Xi-Biden meeting charts the course for China-U.S. ties\n\nBEIJING, Nov. 16 (Xinhua) "
                  "-- The virtual meeting between Chinese President Xi Jinping and U.S. President Joe Biden on "
                  "Tuesday sent a clear message: the two giant ships must not collide.\n")
    doc = _doc("xinhua-commentary.txt", commentary)
    assert (doc.role, doc.kind) == (OUTLET, "opinion")
    cited = ("Xi tells Biden not to play with fire\n\nBEIJING, Nov. 16 (Reuters) - Chinese President Xi Jinping "
             "told U.S. President Joe Biden during a virtual meeting that China would act, Xinhua reported.\n")
    assert _doc("xinhua-reuters.txt", cited).role == OUTLET
    quoted = XINHUA_XI + "\nThe talks were candid, state news agency Xinhua said.\n"
    assert _doc("report.txt", quoted).role == OUTLET


@pytest.mark.parametrize("name,text,side,source", [
    ("kcna-talks.txt", "Talks held in Beijing\n\nPYONGYANG, Sept. 4 (KCNA) -- Kim Jong Un held talks with Chinese "
     "President Xi Jinping in Beijing on Thursday, exchanging views on the friendship of the two parties.\n",
     "KP", "KCNA"),
    ("vna-call.txt", "Phone talks with the Chinese leader\n\nHANOI, April 9 (VNA) -- General Secretary To Lam "
     "held phone talks with Chinese President Xi Jinping on Wednesday, agreeing to deepen cooperation.\n",
     "VN", "VNA"),
])
def test_other_governments_readout_channels_carry_their_own_accounts(name, text, side, source):
    doc = _doc(name, text)
    assert (doc.role, doc.side, doc.source) == (OFFICIAL, side, source)
    assert f"{source} carries" in doc.inferred["role"]


def test_a_government_site_makes_a_text_official_and_another_site_does_not():
    site = issuer.infer("page", "Some words here", "Text of it.\n", url="https://www.elysee.fr/emmanuel-macron/x")
    assert site.official and site.side().value == "FR"
    other = issuer.infer("page", "Some words here", "Text of it.\n", url="https://www.lemonde.fr/x")
    assert not other.official and other.source(False).value == "lemonde.fr"


def test_front_matter_wins_and_only_missing_keys_are_inferred():
    doc = _doc("kremlin-readout.md", "Vladimir Putin had a telephone conversation with the President.\n",
               {"role": "official", "title": "T", "kind": "readout"})
    assert (doc.role, doc.side, doc.source) == (OFFICIAL, "RU", "Kremlin")
    assert set(doc.inferred) == {"side", "source"}
    given = _doc("kremlin-readout.md", "Text.\n", {"role": "outlet", "title": "T", "source": "S", "kind": "news"})
    assert given.side is None and not given.inferred


def test_every_inferred_value_says_why():
    for name, text in (("reuters.txt", WH_MENTION), ("xi.txt", XI_READOUT), ("pd.txt", PEOPLES_DAILY)):
        doc = _doc(name, text)
        assert {"role", "title"} <= set(doc.inferred)
        assert all(reason.strip() for reason in doc.inferred.values())


def test_the_governments_table_uses_iso_codes_and_finds_usual_names():
    assert all(len(g.code) == 2 and g.code.isupper() for g in governments.GOVERNMENTS)
    assert len({g.code for g in governments.GOVERNMENTS}) == len(governments.GOVERNMENTS)
    for words, code in (("The Kremlin, Moscow", "RU"), ("Zhongnanhai", "CN"), ("10 Downing Street", "GB"),
                        ("Presse- und Informationsamt der Bundesregierung", "DE"), ("Élysée", "FR"),
                        ("Office of the President of Ukraine", "UA"), ("Chinese Foreign Ministry", "CN")):
        body = governments.find_body(words)
        assert body is not None and body.side == code, words
    assert governments.find_body("the talks in May 2022", leaders=True) is None  # "May" is a month, not a leader


FOLDER = {
    "elysee-entretien.txt": (
        "Entretien téléphonique avec le Président Vladimir Poutine\n\n"
        "The President of the Republic spoke today with President Vladimir Putin, together with the Federal "
        "Chancellor, on the situation in Ukraine and the blockade of grain exports from the Black Sea ports.\n\n"
        "Élysée\n"),
    "regierungssprecher.txt": (
        "Statement by Federal Government Spokesperson on the Chancellor's call with President Putin\n\n"
        "Federal Chancellor Scholz and President Macron held a telephone call today with President Putin about "
        "the war in Ukraine and called for an immediate ceasefire and the withdrawal of Russian troops.\n\n"
        "Press and Information Office of the Federal Government\n"),
    "telephone-conversation.txt": (
        "Telephone conversation with President of France Emmanuel Macron and Federal Chancellor of Germany Olaf "
        "Scholz\n\nVladimir Putin had a telephone conversation with President of France Emmanuel Macron and Federal "
        "Chancellor of Germany Olaf Scholz on the situation around Ukraine and food security.\n\n"
        "http://en.kremlin.ru/events/president/news/68511\n"),
    "reuters-grain.txt": (
        "Macron and Scholz urge Putin to lift the blockade of Odesa\n\n"
        "PARIS, May 28 (Reuters) - French President Emmanuel Macron and German Chancellor Olaf Scholz urged "
        "Russian President Vladimir Putin on Saturday to hold direct talks, the Elysee said in a statement, and "
        "the Kremlin said Putin told them Russia was ready to help ease the food crisis.\n"),
}


def test_a_folder_of_three_governments_without_front_matter(tmp_path: Path):
    for name, text in FOLDER.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    analysis = analyze(tmp_path)
    got = {d.id: (d.role, d.side) for d in analysis.documents}
    assert got == {"elysee-entretien": (OFFICIAL, "FR"), "regierungssprecher": (OFFICIAL, "DE"),
                   "telephone-conversation": (OFFICIAL, "RU"), "reuters-grain": (OUTLET, None)}
    rendered = summary.render(analysis)
    assert rendered.count("      inferred: ") == 4
    assert "      inferred: role (official: its headline is worded as an issued readout ('Entretien" in rendered
    assert "; also title, source, kind\n" in rendered
    data = jsonio.to_dict(analysis)
    by_id = {d["id"]: d for d in data["documents"]}
    assert by_id["regierungssprecher"]["inferred"]["side"].startswith("issued by Bundesregierung")
    assert set(by_id["reuters-grain"]["inferred"]) >= {"role", "title", "source", "kind"}


CHANNELS_FOLDER = {
    "kremlin-talks.txt": (
        "Talks with President of China Xi Jinping and Chairman of State Affairs of the DPRK Kim Jong Un\n\n"
        "Vladimir Putin held talks in Beijing with President of China Xi Jinping and Chairman of State Affairs of "
        "the DPRK Kim Jong Un on regional security and economic cooperation.\n\n"
        "http://en.kremlin.ru/events/president/news/77000\n"),
    "xinhua-xi-talks.txt": (
        "Xi holds talks with Putin, Kim in Beijing\n\n"
        "BEIJING, Sept. 3 (Xinhua) -- Chinese President Xi Jinping held talks with Russian President Vladimir "
        "Putin and Kim Jong Un in Beijing on Wednesday, calling for closer coordination among the three sides.\n"),
    "kcna-kim-talks.txt": (
        "Respected Comrade Kim Jong Un visits Beijing\n\n"
        "PYONGYANG, Sept. 4 (KCNA) -- Kim Jong Un held talks with Chinese President Xi Jinping and Russian "
        "President Vladimir Putin in Beijing, reaffirming the friendship among the three countries.\n"),
    "tass-talks.txt": (
        "Putin, Xi, Kim hold talks in Beijing\n\n"
        "BEIJING, Sept. 3 (TASS) -- Russian President Vladimir Putin held talks with Chinese President Xi Jinping "
        "and North Korean leader Kim Jong Un in Beijing, Kremlin aide Yury Ushakov told reporters.\n"),
}


def test_a_folder_of_three_governments_two_through_their_readout_channels(tmp_path: Path):
    for name, text in CHANNELS_FOLDER.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    analysis = analyze(tmp_path)
    got = {d.id: (d.role, d.side, d.source) for d in analysis.documents}
    assert got == {"kremlin-talks": (OFFICIAL, "RU", "Kremlin"), "xinhua-xi-talks": (OFFICIAL, "CN", "Xinhua"),
                   "kcna-kim-talks": (OFFICIAL, "KP", "KCNA"), "tass-talks": (OUTLET, None, "TASS")}
    by_id = {d["id"]: d for d in jsonio.to_dict(analysis)["documents"]}
    assert "KCNA carries North Korea's own readouts" in by_id["kcna-kim-talks"]["inferred"]["side"]
    assert "Xinhua carries China's own readouts" in by_id["xinhua-xi-talks"]["inferred"]["role"]
    assert "wire dateline" in by_id["tass-talks"]["inferred"]["role"]


def test_a_leaders_own_account_of_the_call_is_an_official_statement():
    """A post or a statement to the press in the leader's own voice; an outlet quoting it is still an outlet."""
    post = _doc("trump-post.txt", "Just completed my two hour call with President Vladimir Putin of Russia. I believe "
                                  "it went very well. Negotiations will begin immediately.\n")
    assert (post.role, post.side, post.kind) == (OFFICIAL, "US", "statement")
    assert "own account of the call" in post.inferred["role"]
    remarks = _doc("sochi.txt", "Good evening. My colleagues asked me to say a few words about the results of our "
                                  "telephone conversation with the President of the United States.\n\n"
                                  "The conversation lasted over two hours.\n")
    assert (remarks.role, remarks.kind) == (OFFICIAL, "statement")
    quoting = _doc("wire.txt", "\u201cJust completed my two hour call with President Vladimir Putin of Russia,\u201d "
                               "the president wrote on social media, adding that the talks went well, officials "
                               "said.\n")
    assert quoting.role == OUTLET


def test_a_readout_named_by_its_country_after_its_carrier_takes_that_side():
    text = ("WASHINGTON, March 22, 2022 /PRNewswire-PRWeb/ -- CGTN America releases President Xi Jinping Video Call "
            "with U.S. President Joe Biden.\nOn the evening of March 18, Chinese President Xi Jinping had a video call "
            "with U.S. President Joe Biden at the request of the latter.\n")
    doc = _doc("cgtn-america-chinese-readout.txt", text)
    assert (doc.role, doc.side) == (OFFICIAL, "CN")
    assert "the file name puts chinese before the kind of text" in doc.inferred["side"]


def test_a_text_opening_on_a_spokespersons_labelled_words_is_that_governments_briefing():
    text = ("Yuri Ushakov: Dear colleagues!\n\nAn almost hour-long telephone conversation between President Putin "
            "and President Trump has just ended.\n\nIt was noted from our side that the talks would go on.\n")
    doc = _doc("aide-comment.txt", text)
    assert (doc.role, doc.side, doc.kind) == (OFFICIAL, "RU", "briefing")
    assert "it opens with the words of" in doc.inferred["role"]
    # a headline that gives a leader's words after his name is an outlet's
    headline = ("Trump: No progress made on Ukraine war cease-fire in call with Putin\n\nPresident Donald Trump said "
                "on Thursday that he made no progress, reporters were told.\n")
    assert _doc("wire-story.txt", headline).role == OUTLET


def test_an_untitled_readout_that_quotes_and_reports_no_one_speaks_for_its_issuer():
    """A body copied without its headline under a neutral file name, hard-wrapped: it opens on the call in its
    leader's full name and reports no one's words; an outlet telling the same in the same way says whose words."""
    body = ("President Joseph R. Biden, Jr. spoke today with President Ola Berg of\nNorway. The two leaders "
            "discussed the fisheries accord.\n\nPresident Biden underscored the importance of open sea lanes.\n\n"
            "The leaders agreed to keep in close touch.\n")
    doc = _doc("text-01.txt", body)
    assert (doc.role, doc.side, doc.kind) == (OFFICIAL, "US", "readout")
    assert "it quotes no one's sentence and reports no one's words" in doc.inferred["role"]
    told = body.replace("The leaders agreed", "They say the leaders agreed")
    assert _doc("text-02.txt", told).role == OUTLET
    quoted = body.replace("President Biden underscored the importance of open sea lanes.",
                          "\u201cOpen sea lanes matter to every fisherman on both coasts of the North Sea,\u201d "
                          "President Biden underscored.")
    assert _doc("text-03.txt", quoted).role == OUTLET
    termed = body.replace("open sea lanes", "\u201copen sea lanes for all\u201d")  # a term, not someone's words
    assert _doc("text-04.txt", termed).role == OFFICIAL


def test_a_transcript_whose_speakers_are_officials_is_their_governments_briefing():
    """What the speakers say of "the readout" is their words, not the text reporting another's."""
    text = ("MODERATOR: Thanks, everyone, for joining the call.\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: Thanks. You have seen the readout of the call.\n\n"
            "Q Did the President raise the fisheries accord?\n\n"
            "SENIOR ADMINISTRATION OFFICIAL: He did, at length, as the readout says.\n")
    doc = _doc("text-04.txt", text)
    assert (doc.role, doc.side, doc.kind) == (OFFICIAL, "US", "briefing")
    assert "its speakers' labels name" in doc.inferred["role"]
