"""Countries written in a person's title phrase (graphkit.ingest.actors.nationalities)."""
from graphkit.ingest.actors.nationalities import written_countries
from graphkit.models import Actor, Mention


def _actors(text: str, person: str, countries: dict[str, str]):
    """The person named ``person`` in ``text``, tied to every country whose word (code -> word) the text has."""
    by = {}
    for code, word in countries.items():
        k = text.index(word)
        by[code] = Actor(id=code, name=code, kind="country", code=code,
                         mentions=[Mention(article="a", start=k, end=k + len(word), text=word)])
    k = text.index(person)
    man = Actor(id="p", name=person, kind="person", affiliations=list(by),
                mentions=[Mention(article="a", start=k, end=k + len(person), text=person)])
    return man, by


def test_a_country_before_the_name_among_title_words_is_written_with_it():
    for text in ("Japanese Prime Minister Yasuhiro Nakasone spoke.", "Japan's Prime Minister Yasuhiro Nakasone spoke.",
                 "Deputy U.S. Trade Representative Yasuhiro Nakasone spoke."):
        word = text.split()[0] if "Deputy" not in text else "U.S."
        man, by = _actors(text, "Yasuhiro Nakasone", {"C": word.replace("'s", "")})
        assert written_countries(man, by, text) == {"C"}, text


def test_a_country_in_an_apposition_or_of_phrase_after_the_name_is_written_with_it():
    for text in ("Yasuhiro Nakasone, Japan's prime minister, spoke.", "Minister Yasuhiro Nakasone of Japan spoke."):
        man, by = _actors(text, "Yasuhiro Nakasone", {"JPN": "Japan"})
        assert written_countries(man, by, text) == {"JPN"}, text


def test_a_country_of_the_sentence_is_not_written_with_the_name():
    text = "Japan said Prime Minister Yasuhiro Nakasone met Reagan in Washington with U.S. officials."
    man, by = _actors(text, "Yasuhiro Nakasone", {"JPN": "Japan", "USA": "U.S."})
    assert written_countries(man, by, text) == set()
    text = "U.S. talks with Prime Minister Yasuhiro Nakasone ended."
    man, by = _actors(text, "Yasuhiro Nakasone", {"USA": "U.S."})
    assert written_countries(man, by, text) == set()
