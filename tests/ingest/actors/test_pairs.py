"""References to a pair named before ("the two men", "both countries") on hand-built parsed Docs."""
from spacy.tokens import Doc

from graphkit.ingest.actors.pairs import pair_kind, pair_references
from graphkit.ingest.prepare.tokentable import token_table

KINDS = {"shultz": "person", "shev": "person", "japan": "country", "usa": "country",
         "france": "country", "italy": "country"}


def parsed(vocab, rows):
    """Rows: word, head, dep, pos, tag; a sentence starts after each full stop."""
    starts = [k == 0 or rows[k - 1][0] == "." for k in range(len(rows))]
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows], sent_starts=starts)


def _met(a, b, start=0):
    """"A met B ." at token ``start``."""
    s = start
    return [(a, s + 1, "nsubj", "PROPN", "NNP"), ("met", s + 1, "ROOT", "VERB", "VBD"),
            (b, s + 1, "dobj", "PROPN", "NNP"), (".", s + 1, "punct", "PUNCT", ".")]


def _the_two(noun, start, det="the"):
    """"the two NOUN agreed ." (or "both NOUN agreed ." when ``det`` is "both") at token ``start``."""
    s = start
    if det == "both":
        return [("both", s + 1, "det", "DET", "DT"), (noun, s + 2, "nsubj", "NOUN", "NNS"),
                ("agreed", s + 2, "ROOT", "VERB", "VBD"), (".", s + 2, "punct", "PUNCT", ".")]
    return [("the", s + 2, "det", "DET", "DT"), ("two", s + 2, "nummod", "NUM", "CD"),
            (noun, s + 3, "nsubj", "NOUN", "NNS"), ("agreed", s + 3, "ROOT", "VERB", "VBD"),
            (".", s + 3, "punct", "PUNCT", ".")]


def test_the_two_men_are_the_doer_and_partner_of_an_act_before(vocab):
    doc = parsed(vocab, _met("Shultz", "Shev") + _the_two("men", 4))
    ta, plural = {0: "shultz", 2: "shev"}, {}
    pair_references(doc, ta, KINDS, plural)
    assert plural[6] == ["shultz", "shev"] and ta[6] == "shultz"


def test_the_noun_must_fit_the_kind_of_the_pair(vocab):
    doc = parsed(vocab, _met("Japan", "America") + _the_two("men", 4))
    ta, plural = {0: "japan", 2: "usa"}, {}
    pair_references(doc, ta, KINDS, plural)
    assert 6 not in plural and 6 not in ta  # two countries are no two men
    doc = parsed(vocab, _met("Japan", "America") + _the_two("countries", 4, det="both"))
    pair_references(doc, ta, KINDS, plural)
    assert plural[5] == ["japan", "usa"]


def test_coordinated_names_make_a_pair(vocab):
    # Japan and America met . Both governments agreed .
    rows = [("Japan", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
            ("America", 0, "conj", "PROPN", "NNP"), ("met", 3, "ROOT", "VERB", "VBD"),
            (".", 3, "punct", "PUNCT", ".")] + _the_two("governments", 5, det="both")
    ta, plural = {0: "japan", 2: "usa"}, {}
    pair_references(parsed(vocab, rows), ta, KINDS, plural)
    assert plural[6] == ["japan", "usa"]


def test_two_pairs_in_the_nearest_sentence_are_not_guessed_between(vocab):
    # Japan met America and France met Italy . Both countries agreed .
    rows = _met("Japan", "America") + _met("France", "Italy", 4)
    rows[3] = ("and", 1, "cc", "CCONJ", "CC")
    rows[5] = ("met", 1, "conj", "VERB", "VBD")
    rows += _the_two("countries", 8, det="both")
    ta, plural = {0: "japan", 2: "usa", 4: "france", 6: "italy"}, {}
    pair_references(parsed(vocab, rows), ta, KINDS, plural)
    assert 9 not in plural
    del ta[4], ta[6]  # one pair only: taken
    pair_references(parsed(vocab, rows), ta, KINDS, plural)
    assert plural[9] == ["japan", "usa"]


def test_the_nearest_sentence_with_a_pair_decides(vocab):
    doc = parsed(vocab, _met("France", "Italy") + _met("Japan", "America", 4) + _the_two("nations", 8))
    ta, plural = {0: "france", 2: "italy", 4: "japan", 6: "usa"}, {}
    pair_references(doc, ta, KINDS, plural)
    assert plural[10] == ["japan", "usa"]


def test_a_pair_with_the_subject_of_the_phrase_clause_is_no_referent(vocab):
    # Shultz met Shev . Shultz praised the two men .
    rows = _met("Shultz", "Shev") + [("Shultz", 5, "nsubj", "PROPN", "NNP"), ("praised", 5, "ROOT", "VERB", "VBD"),
                                     ("the", 8, "det", "DET", "DT"), ("two", 8, "nummod", "NUM", "CD"),
                                     ("men", 5, "dobj", "NOUN", "NNS"), (".", 5, "punct", "PUNCT", ".")]
    ta, plural = {0: "shultz", 2: "shev", 4: "shultz"}, {}
    pair_references(parsed(vocab, rows), ta, KINDS, plural)
    assert 8 not in plural and 8 not in ta


def test_pair_kind_reads_the_noun_and_its_determiners(vocab):
    doc = parsed(vocab, _the_two("sides", 0) + _the_two("taxes", 5) + _the_two("countries", 10, det="both"))
    t = token_table(doc)
    assert (pair_kind(t, 2), pair_kind(t, 7), pair_kind(t, 11)) == ("any", None, "country")
    # the two countries of the bloc: the phrase says whose they are
    rows = _the_two("countries", 0)[:3] + [("of", 2, "prep", "ADP", "IN"), ("EC", 3, "pobj", "PROPN", "NNP")]
    assert pair_kind(token_table(parsed(vocab, rows)), 2) is None
    # "two countries" without "the" is indefinite
    rows = [("two", 1, "nummod", "NUM", "CD"), ("countries", 1, "ROOT", "NOUN", "NNS")]
    assert pair_kind(token_table(parsed(vocab, rows)), 1) is None


def test_the_two_ministers_after_a_meeting_are_both_ministers(nlp):
    from graphkit.ingest.actors.find import find_actors
    from graphkit.ingest.prepare import tokenize
    from graphkit.models import Article

    text = ("Secretary of State George Shultz met Soviet Foreign Minister Eduard Shevardnadze in Moscow. "
            "The two ministers agreed to resume talks.")
    doc = nlp(tokenize(nlp, text, None))
    layer = find_actors(doc, Article(id="a", text=text))
    k = next(t.i for t in doc if t.text == "ministers")
    shultz, shev = (layer.at(next(t.i for t in doc if t.text == w)) for w in ("Shultz", "Shevardnadze"))
    assert shultz and shev and shultz != shev
    assert layer.plural[k] == [shultz, shev]


def _urged(a, b, c, start=0):
    """"A urged B and C ." at token ``start``."""
    s = start
    return [(a, s + 1, "nsubj", "PROPN", "NNP"), ("urged", s + 1, "ROOT", "VERB", "VBD"),
            (b, s + 1, "dobj", "PROPN", "NNP"), ("and", s + 2, "cc", "CCONJ", "CC"),
            (c, s + 2, "conj", "PROPN", "NNP"), (".", s + 1, "punct", "PUNCT", ".")]


def test_an_object_in_a_list_makes_no_pair_with_the_subject(vocab):
    doc = parsed(vocab, _urged("Japan", "America", "Italy") + _the_two("countries", 6))
    ta, plural = {0: "japan", 2: "usa", 4: "italy"}, {}
    pair_references(doc, ta, KINDS, plural)
    assert plural[8] == ["usa", "italy"]  # the two listed, not Japan and America



def _list_met(rows_partner):
    """"Nakasone and Kuranari met|held talks with Shultz ." then "The two sides agreed ."."""
    return [("Nakasone", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
            ("Kuranari", 0, "conj", "PROPN", "NNP")] + rows_partner


SIDES_KINDS = {"nakasone": "person", "kuranari": "person", "shultz": "person"}


def test_a_list_that_meets_a_partner_is_one_side_not_the_two(vocab):
    rows = _list_met([("met", 3, "ROOT", "VERB", "VBD"), ("Shultz", 3, "dobj", "PROPN", "NNP"),
                      (".", 3, "punct", "PUNCT", ".")]) + _the_two("sides", 6)
    ta, plural = {0: "nakasone", 2: "kuranari", 4: "shultz"}, {}
    pair_references(parsed(vocab, rows), ta, SIDES_KINDS, plural)
    assert plural[8] == ["nakasone", "shultz"]  # not the two Japanese ministers
    rows[3:6] = [("met", 3, "ROOT", "VERB", "VBD"), ("today", 3, "npadvmod", "NOUN", "NN"),
                 (".", 3, "punct", "PUNCT", ".")]
    ta, plural = {0: "nakasone", 2: "kuranari"}, {}
    pair_references(parsed(vocab, rows), ta, SIDES_KINDS, plural)
    assert plural[8] == ["nakasone", "kuranari"]  # a list with no partner is the two sides


def test_the_partner_of_an_object_noun_is_the_partner_of_the_act(vocab):
    # Nakasone held talks with Shultz . The two men agreed .
    rows = [("Nakasone", 1, "nsubj", "PROPN", "NNP"), ("held", 1, "ROOT", "VERB", "VBD"),
            ("talks", 1, "dobj", "NOUN", "NNS"), ("with", 2, "prep", "ADP", "IN"),
            ("Shultz", 3, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")] + _the_two("men", 6)
    ta, plural = {0: "nakasone", 4: "shultz"}, {}
    pair_references(parsed(vocab, rows), ta, SIDES_KINDS, plural)
    assert plural[8] == ["nakasone", "shultz"]
