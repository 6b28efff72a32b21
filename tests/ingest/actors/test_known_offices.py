"""Ministers are no office holders of a country without ministers (graphkit.ingest.actors.known_offices)."""
from graphkit.ingest.actors.gazetteer import country_name
from graphkit.ingest.actors.known_offices import is_minister, without_ministers
from tests.ingest.actors.test_find import make_doc, run

USA, JPN = country_name("USA"), country_name("JPN")


def test_ministers_are_titles_headed_minister_or_premier():
    assert is_minister("Prime Minister") and is_minister("Vice Minister") and is_minister("Premier")
    assert is_minister("Minister of Finance") and is_minister("deputy prime minister")
    assert not is_minister("Treasury Secretary") and not is_minister("Secretary of State")
    assert not is_minister("President") and not is_minister("spokesman for the Prime Minister")


def test_the_united_states_is_the_country_whose_cabinet_has_no_minister():
    assert without_ministers() == frozenset({"USA"})  # Britain's cabinet has a prime minister


def _report(title: list[str], before: list[str] | None = None, others=("Japan", "Japan")):
    """A report that names the United States five times and Japan twice, then a titled person."""
    words, ents = [], []
    for name in ["U.S."] * 5 + list(others):
        words += [name, "spoke", ","]
        ents += ["B-GPE", "O", "O"]
    for w in before or []:
        words.append(w)
        ents.append("B-GPE" if w == "U.S." else "O")
    words += [*title, "Yasuhiro", "Nakasone", "spoke", "."]
    ents += ["O"] * len(title) + ["B-PERSON", "I-PERSON", "O", "O"]
    return words, ents


def _countries(by, person):
    return [a.name for a in by.values() if a.id in by[person].affiliations and a.kind == "country"]


def test_a_minister_of_a_report_naming_several_other_countries_gets_none_of_them(vocab):
    words, ents = _report(["Prime", "Minister"], others=("Japan", "Japan", "China", "China", "China"))
    words[-4:-2] = ["Prem", "Tinsulanonda"]  # a name that tells no country (actors.romanisations)
    _, by = run(make_doc(vocab, words, ents))
    assert _countries(by, "Prem Tinsulanonda") == []  # a tour of Asia: the minister's country is not told


def test_a_minister_guessed_of_the_united_states_is_of_the_country_named_most_after_it(vocab):
    words, ents = _report(["Prime", "Minister"])
    _, by = run(make_doc(vocab, words, ents))
    assert _countries(by, "Yasuhiro Nakasone") == [JPN]
    assert by["Yasuhiro Nakasone"].code == "JPNGOV"


def test_a_secretary_guessed_of_the_united_states_stays_so(vocab):
    words, ents = _report(["Commerce", "Secretary"])
    _, by = run(make_doc(vocab, words, ents))
    assert _countries(by, "Yasuhiro Nakasone") == [USA]


def test_a_minister_written_with_the_united_states_stays_its_own(vocab):
    words, ents = _report(["Trade", "Minister"], before=["U.S."])
    _, by = run(make_doc(vocab, words, ents))
    assert _countries(by, "Yasuhiro Nakasone") == [USA]


def test_a_minister_refused_with_no_other_country_named_stays_untied(vocab):
    words = ["U.S.", "spoke", ",", "U.S.", "spoke", ",", "Prime", "Minister", "Prem", "Tinsulanonda", "spoke", "."]
    ents = ["B-GPE", "O", "O", "B-GPE", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert _countries(by, "Prem Tinsulanonda") == []  # a name that tells no country (actors.romanisations)
