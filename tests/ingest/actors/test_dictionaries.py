"""Phoenix/PETRARCH dictionaries: the format on hand-written lines, then the field's own files."""
import pytest

from graphkit.errors import GraphkitError
from graphkit.ingest.actors.dictionaries import ActorDictionary, load_dictionaries, sector_of_code
from graphkit.models import Actor, Article, ArticleRecords, Mention
from tests.conftest import shared_path

ACTORS = """# a comment line
TONY_BLAIR_  # CountryInfo.txt
+PRIME_MINISTER_TONY_BLAIR_
\t[GBRELI 710101-970502]
\t[GBRGOV 970502-070627]
\t[GBRELI]
HAMAS_ [PSEREBHMS]
+KHALED_MESHAAL
"""


def coder():
    d = ActorDictionary()
    d.read_actors(ACTORS.splitlines())
    d.read_agents(["!PERSON! = MAN, WOMAN", "POLICE!PERSON! [~COP]", "HOME_SECRETARY [~GOV]", "STUDENT [~EDU]"])
    return d


def test_codes_apply_by_the_publication_date():
    d = coder()
    assert d.lookup("Tony Blair", "1990-01-01") == ("Tony Blair", "GBRELI")
    assert d.lookup("Prime Minister Tony Blair", "2004-06-01") == ("Tony Blair", "GBRGOV")
    assert d.lookup("Tony Blair", None) == ("Tony Blair", "GBRELI")  # undated: the undated code
    assert d.lookup("Blair", None) is None


def test_agents_give_sectors_with_macros_and_plurals():
    d = coder()
    assert d.agent_sector("policeman") == "COP" and d.agent_sector("students") == "EDU"
    assert d.agent_sector("the Home Secretary") == "GOV" and sector_of_code("PSEREBHMS") == "REB"


def test_applied_records_take_name_code_sector_and_their_country():
    recs = ArticleRecords(article=Article(id="a", text="t", published="2005-01-01"), actors=[
        Actor(id="b", name="Blair", kind="person", aliases=["Tony Blair"]),
        Actor(id="m", name="Khaled Meshaal", kind="person"),
        Actor(id="g", name="United Kingdom", kind="country", code="GBR"),
        Actor(id="s", name="students", kind="group"),
        Actor(id="x", name="Brown", kind="person")])
    out = {a.id: a for a in coder().apply(recs).actors}
    assert (out["b"].name, out["b"].code, out["b"].sector) == ("Tony Blair", "GBRGOV", "GOV")
    assert out["b"].affiliations == ["g"] and "Blair" in out["b"].aliases
    assert (out["m"].name, out["m"].code) == ("Khaled Meshaal", "PSEREBHMS")  # keeps his own name
    assert out["g"].code == "GBR" and out["s"].sector == "EDU" and out["x"].code is None


def test_an_unreadable_file_is_a_graphkit_error(tmp_path):
    with pytest.raises(GraphkitError):
        load_dictionaries([tmp_path / "missing.txt"])


def test_the_fields_dictionaries_when_shared_is_present():
    folder = shared_path("dictionaries")
    d = load_dictionaries(sorted(folder.glob("Phoenix.*.txt")))
    assert d.lookup("Benjamin Netanyahu", "2014-07-24")[1].startswith("ISR")
    assert d.lookup("the United Nations", None)[1] == "IGOUNO"
    assert d.agent_sector("police") == "COP"


def test_a_phrase_of_the_raw_text_before_a_name_matches_an_entry():
    d = ActorDictionary()
    d.read_actors(["PRESIDENT_OBAMA_ [USAGOV]", "ISRAELI_TROOPS_ [ISRMIL]"])
    text = "Talks began. President Obama said Israeli troops left."
    recs = ArticleRecords(article=Article(id="a", text=text), actors=[
        Actor(id="o", name="Obama", kind="person", mentions=[Mention(article="a", start=23, end=28, text="Obama")]),
        Actor(id="t", name="troops", kind="group", mentions=[Mention(article="a", start=42, end=48, text="troops")])])
    out = {a.id: a for a in d.apply(recs).actors}
    assert out["o"].code == "USAGOV" and out["o"].sector == "GOV"
    assert out["t"].code == "ISRMIL" and out["t"].name == "Israeli Troops"


def test_no_phrase_is_read_across_punctuation():
    d = ActorDictionary()
    d.read_actors(["PRESIDENT_OBAMA_ [USAGOV]"])
    text = "He met the president. Obama said so."
    recs = ArticleRecords(article=Article(id="a", text=text), actors=[
        Actor(id="o", name="Obama", kind="person", mentions=[Mention(article="a", start=22, end=27, text="Obama")])])
    assert d.apply(recs).actors[0].code is None


def _record(text: str, person: str, countries: dict[str, str], published: str = "1987-04-01") -> ArticleRecords:
    """One article's records: ``person`` tied to every country (code -> the word naming it in ``text``)."""
    actors = []
    for code, word in countries.items():
        k = text.index(word)
        actors.append(Actor(id=code.lower(), name=code, kind="country", code=code,
                            mentions=[Mention(article="a", start=k, end=k + len(word), text=word)]))
    k = text.index(person)
    actors.append(Actor(id="p", name=person, kind="person", affiliations=[a.id for a in actors],
                        mentions=[Mention(article="a", start=k, end=k + len(person), text=person)]))
    return ArticleRecords(article=Article(id="a", text=text, published=published), actors=actors)


SMITH = "MICHAEL_SMITH_\n\t[IRLGOVMIL 030101-041031]\nTURGUT_OZAL_\n\t[TURELI 450101-891109]\n"


def test_an_entry_of_another_country_than_the_one_written_with_the_person_does_not_apply():
    d = ActorDictionary()
    d.read_actors(SMITH.splitlines())
    text = "Deputy U.S. Trade Representative Michael Smith met Japanese officials."
    out = {a.id: a for a in d.apply(_record(text, "Michael Smith", {"USA": "U.S.", "JPN": "Japanese"})).actors}
    assert out["p"].code is None and out["p"].affiliations == ["usa", "jpn"]  # the text's ties stay as they were


def test_a_person_an_entry_codes_loses_the_countries_only_guessed():
    d = ActorDictionary()
    d.read_actors(SMITH.splitlines())
    text = "Greece protested. Prime Minister Turgut Ozal said Turkish ships would sail."
    out = {a.id: a for a in d.apply(_record(text, "Turgut Ozal", {"GRC": "Greece", "TUR": "Turkish"})).actors}
    assert out["p"].code.startswith("TUR") and out["p"].affiliations == ["tur"]


def test_a_role_is_dated_but_a_nationality_is_not():
    d = ActorDictionary()
    d.read_actors(SMITH.splitlines())
    assert d.lookup("Michael Smith", "1987-04-01") == ("Michael Smith", "IRL")  # no role in force: the country
    assert d.lookup("Michael Smith", "2004-01-01") == ("Michael Smith", "IRLGOVMIL")
    assert d.lookup("Michael Smith", None) == ("Michael Smith", "IRLGOVMIL")  # no date: the latest role


def test_the_texts_office_on_its_date_outranks_an_entry_out_of_office():
    d = ActorDictionary()
    d.read_actors(SMITH.splitlines())
    text = "Prime Minister Turgut Ozal said Turkish ships would sail."
    recs = _record(text, "Turgut Ozal", {"TUR": "Turkish"})
    ozal = recs.actors[-1].model_copy(update={"titles": ["Prime Minister"], "sector": "GOV"})
    out = d.apply(recs.model_copy(update={"actors": [*recs.actors[:-1], ozal]})).actors
    assert out[-1].code == "TURGOV"
    former = ozal.model_copy(update={"titles": ["former Prime Minister"]})
    assert d.apply(recs.model_copy(update={"actors": [*recs.actors[:-1], former]})).actors[-1].code == "TURELI"


def test_an_office_written_after_former_is_held_no_more():
    d = ActorDictionary()
    d.read_actors(SMITH.splitlines())
    text = "The group includes former Turkish Prime Minister Turgut Ozal."
    recs = _record(text, "Turgut Ozal", {"TUR": "Turkish"})
    ozal = recs.actors[-1].model_copy(update={"titles": ["Prime Minister"], "sector": "GOV"})
    assert d.apply(recs.model_copy(update={"actors": [*recs.actors[:-1], ozal]})).actors[-1].code == "TURELI"


def test_a_role_in_a_body_of_states_out_of_its_dates_gives_nothing():
    d = ActorDictionary()
    d.read_actors(["DAVID_OWEN_\t[IGOEUREEC 770101-770630] # president of the CoEU"])
    assert d.lookup("David Owen", "1977-03-01") == ("David Owen", "IGOEUREEC")
    assert d.lookup("David Owen", "1987-03-01") is None  # the role ended; the entry gives no nationality
    assert d.lookup("David Owen", None) == ("David Owen", "IGOEUREEC")  # no date: the latest role
