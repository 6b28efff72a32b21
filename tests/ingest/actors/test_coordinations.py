"""Actors named together and references to them as two, on hand-built parsed Docs (rows: word, head, dep, pos, tag)."""
from spacy.tokens import Doc

from graphkit.ingest.actors.coordinations import Pairing, coordinations, is_pair, is_sides
from graphkit.ingest.actors.coref import resolve_references
from graphkit.ingest.prepare.tokentable import token_table


def parsed(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows])


# ---------------------------------------------------------------- people named together
def _couple_rows():
    # Charles and Camilla said they would marry . Harry and William wished the couple luck .
    return [("Charles", 4, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
            ("Camilla", 0, "conj", "PROPN", "NNP"), ("said", 3, "ROOT", "VERB", "VBD"),
            ("they", 6, "nsubj", "PRON", "PRP"), ("would", 6, "aux", "AUX", "MD"),
            ("marry", 3, "ccomp", "VERB", "VB"), (".", 3, "punct", "PUNCT", "."),
            ("Harry", 11, "nsubj", "PROPN", "NNP"), ("and", 8, "cc", "CCONJ", "CC"),
            ("William", 8, "conj", "PROPN", "NNP"), ("wished", 11, "ROOT", "VERB", "VBD"),
            ("the", 13, "det", "DET", "DT"), ("couple", 11, "dative", "NOUN", "NN"),
            ("luck", 11, "dobj", "NOUN", "NN"), (".", 11, "punct", "PUNCT", ".")]


ROYALS = {"charles": "person", "camilla": "person", "harry": "person", "william": "person"}


def test_they_takes_the_people_last_named_together(vocab):
    rows = _couple_rows()
    rows[0] = ("Charles", 3, "nsubj", "PROPN", "NNP")
    ta = {0: "charles", 2: "camilla", 8: "harry", 10: "william"}
    plural = resolve_references(parsed(vocab, rows), ta, ROYALS)
    assert plural[4] == ["charles", "camilla"] and ta[4] == "charles"


def test_the_couple_is_never_the_subject_pair_of_its_own_clause(vocab):
    rows = _couple_rows()
    rows[0] = ("Charles", 3, "nsubj", "PROPN", "NNP")
    ta = {0: "charles", 2: "camilla", 8: "harry", 10: "william"}
    plural = resolve_references(parsed(vocab, rows), ta, ROYALS)
    assert plural[13] == ["charles", "camilla"]  # not Harry and William, who wish


def test_a_lone_person_gives_no_couple(vocab):
    rows = [("Charles", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD"),
            ("the", 3, "det", "DET", "DT"), ("couple", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    ta = {0: "charles"}
    plural = resolve_references(parsed(vocab, rows), ta, ROYALS)
    assert 3 not in ta and 3 not in plural


def test_the_two_leaders_are_the_two_people_named_together(vocab):
    # Blair and Brown met . The two leaders left .
    rows = [("Blair", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
            ("Brown", 0, "conj", "PROPN", "NNP"), ("met", 3, "ROOT", "VERB", "VBD"), (".", 3, "punct", "PUNCT", "."),
            ("The", 7, "det", "DET", "DT"), ("two", 7, "nummod", "NUM", "CD"), ("leaders", 8, "nsubj", "NOUN", "NNS"),
            ("left", 8, "ROOT", "VERB", "VBD"), (".", 8, "punct", "PUNCT", ".")]
    ta = {0: "blair", 2: "brown"}
    plural = resolve_references(parsed(vocab, rows), ta, {"blair": "person", "brown": "person"})
    assert plural[7] == ["blair", "brown"]
    rows[7] = ("taxes", 8, "nsubj", "NOUN", "NNS")  # two things are no pair of people
    ta = {0: "blair", 2: "brown"}
    plural = resolve_references(parsed(vocab, rows), ta, {"blair": "person", "brown": "person"})
    assert 7 not in plural


def test_both_is_the_two_parties_just_named(nlp):
    from graphkit.ingest.actors.find import find_actors
    from graphkit.ingest.prepare import tokenize
    from graphkit.models import Article

    text = "Tony Blair met Jacques Chirac in Paris. Both criticised the plan. Michael Howard praised both."
    doc = nlp(tokenize(nlp, text, None))
    layer = find_actors(doc, Article(id="a", text=text))
    subj, obj = [t.i for t in doc if t.text.lower() == "both"]
    want = [layer.at(doc[1].i), layer.at(doc[4].i)]
    assert layer.plural[subj] == want and layer.plural[obj] == want


def _sides_rows(noun, mod):
    # Japan and America met . The two sides agreed .
    return [("Japan", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
            ("America", 0, "conj", "PROPN", "NNP"), ("met", 3, "ROOT", "VERB", "VBD"), (".", 3, "punct", "PUNCT", "."),
            ("The", 7, "det", "DET", "DT"), mod, (noun, 8, "nsubj", "NOUN", "NNS"),
            ("agreed", 8, "ROOT", "VERB", "VBD"), (".", 8, "punct", "PUNCT", ".")]


def test_the_two_sides_are_the_two_parties_named_together(vocab):
    kinds = {"jpn": "country", "usa": "country"}
    for mod in (("two", 7, "nummod", "NUM", "CD"), ("both", 7, "det", "DET", "DT")):
        ta = {0: "jpn", 2: "usa"}
        plural = resolve_references(parsed(vocab, _sides_rows("sides", mod)), ta, kinds)
        assert plural[7] == ["jpn", "usa"] and ta[7] == "jpn"
    ta = {0: "jpn", 2: "usa"}  # "the two issues" are no parties
    assert 7 not in resolve_references(parsed(vocab, _sides_rows("issues", ("two", 7, "nummod", "NUM", "CD"))),
                                       ta, kinds)




# ---------------------------------------------------------------- the functions themselves
def test_coordinations_end_at_the_last_token_of_the_last_name(vocab):
    # Charles and the Duke of Edinburgh met
    rows = [("Charles", 6, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
            ("the", 3, "det", "DET", "DT"), ("Duke", 0, "conj", "PROPN", "NNP"), ("of", 3, "prep", "ADP", "IN"),
            ("Edinburgh", 4, "pobj", "PROPN", "NNP"), ("met", 6, "ROOT", "VERB", "VBD")]
    t = token_table(parsed(vocab, rows))
    assert coordinations(t, {0: "charles", 3: "philip", 4: "philip", 5: "philip"}) == {5: ["charles", "philip"]}
    assert coordinations(t, {0: "charles", 3: "charles"}) == {}  # one actor named twice is no group


def test_pair_and_sides_nouns_need_two_or_both(vocab):
    rows = _sides_rows("sides", ("two", 7, "nummod", "NUM", "CD"))
    t = token_table(parsed(vocab, rows))
    assert is_sides(t, 7) and not is_pair(t, 7)
    rows = _sides_rows("sides", ("other", 7, "amod", "ADJ", "JJ"))
    assert not is_sides(token_table(parsed(vocab, rows)), 7)
    rows = _sides_rows("ministers", ("two", 7, "nummod", "NUM", "CD"))
    t = token_table(parsed(vocab, rows))
    assert is_pair(t, 7) and not is_sides(t, 7)


def test_pairing_tells_a_description_with_no_pair_from_no_description(vocab):
    rows = [("Charles", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD"),
            ("the", 3, "det", "DET", "DT"), ("couple", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    doc = parsed(vocab, rows)
    pairing = Pairing(token_table(doc), {0: "charles"}, ROYALS)
    assert pairing.refer(doc[3], 0, [], {}, {0: "charles"}) == []
    assert pairing.refer(doc[1], 0, [], {}, {0: "charles"}) is None


def test_a_pair_description_resolved_in_the_pass_lets_they_take_the_pair(vocab):
    # Shultz met Shev . Both men said they agreed .
    rows = [("Shultz", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD"),
            ("Shev", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", "."),
            ("Both", 5, "det", "DET", "DT"), ("men", 6, "nsubj", "NOUN", "NNS"), ("said", 6, "ROOT", "VERB", "VBD"),
            ("they", 8, "nsubj", "PRON", "PRP"), ("agreed", 6, "ccomp", "VERB", "VBD"), (".", 6, "punct", "PUNCT", ".")]
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows], sent_starts=[k in (0, 4) for k in range(10)])
    ta = {0: "shultz", 2: "shev"}
    plural = resolve_references(doc, ta, {"shultz": "person", "shev": "person"})
    assert plural[5] == ["shultz", "shev"]
    assert plural[7] == ["shultz", "shev"]  # an unresolved "both men" would be a rival that walls "they" off


def test_the_two_sides_after_a_list_meeting_a_partner_are_the_list_and_the_partner(vocab):
    # Nakasone and Kuranari met Shultz . The two sides agreed .
    rows = [("Nakasone", 3, "nsubj", "PROPN", "NNP"), ("and", 0, "cc", "CCONJ", "CC"),
            ("Kuranari", 0, "conj", "PROPN", "NNP"), ("met", 3, "ROOT", "VERB", "VBD"),
            ("Shultz", 3, "dobj", "PROPN", "NNP"), (".", 3, "punct", "PUNCT", "."),
            ("The", 8, "det", "DET", "DT"), ("two", 8, "nummod", "NUM", "CD"), ("sides", 9, "nsubj", "NOUN", "NNS"),
            ("agreed", 9, "ROOT", "VERB", "VBD"), (".", 9, "punct", "PUNCT", ".")]
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows], sent_starts=[k in (0, 6) for k in range(11)])
    ta = {0: "nakasone", 2: "kuranari", 4: "shultz"}
    plural = resolve_references(doc, ta, {"nakasone": "person", "kuranari": "person", "shultz": "person"})
    assert plural[8] == ["nakasone", "shultz"]
