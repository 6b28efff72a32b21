"""Generic unnamed groups only cited as sources are no actors (graphkit.ingest.actors.generic)."""
from spacy.tokens import Doc

from graphkit.ingest.actors.find import find_actors
from graphkit.ingest.actors.generic import cited_only
from graphkit.models import Article


def _doc(vocab, mod, verb, lemma, obj=None, ent="O", noun=("analysts", "analyst")):
    # <mod> <noun> <verb> [<obj>] .
    words = [mod, noun[0], verb] + ([obj] if obj else []) + ["."]
    heads = [1, 2, 2] + ([2] if obj else []) + [2]
    deps = ["compound", "nsubj", "ROOT"] + (["dobj"] if obj else []) + ["punct"]
    pos = ["NOUN" if mod.islower() else "ADJ", "NOUN", "VERB"] + (["NOUN"] if obj else []) + ["PUNCT"]
    tags = ["NN" if mod.islower() else "JJ", "NNS", "VBD"] + (["NNS"] if obj else []) + ["."]
    lemmas = [mod.lower(), noun[1], lemma] + ([obj] if obj else []) + ["."]
    ents = [ent, "O", "O"] + (["O"] if obj else []) + ["O"]
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)


def _groups(doc):
    layer = find_actors(doc, Article(id="a", text=doc.text))
    return layer, {a.name for a in layer.actors.values() if a.kind == "group"}


def test_a_generic_group_that_only_speaks_is_a_cited_source(vocab):
    layer, groups = _groups(_doc(vocab, "share", "said", "say"))
    assert not groups and layer.at(1) is None


_MANAGERS = ("managers", "manager")


def test_a_generic_group_that_acts_stays(vocab):
    layer, groups = _groups(_doc(vocab, "fund", "sold", "sell", "stocks", noun=_MANAGERS))
    assert groups == {"fund managers"} and layer.at(1) is not None


def test_a_named_group_that_only_speaks_stays(vocab):
    layer, groups = _groups(_doc(vocab, "Japanese", "said", "say", ent="B-NORP", noun=_MANAGERS))
    assert groups == {"Japanese managers"} and layer.at(1) is not None


def test_people_cited_for_what_they_know_are_no_actor_even_named_or_acting(vocab):
    for doc in (_doc(vocab, "share", "sold", "sell", "stocks"), _doc(vocab, "Japanese", "said", "say", ent="B-NORP")):
        layer, groups = _groups(doc)
        assert not groups and layer.at(1) is None


def test_the_real_model_drops_cited_analysts_and_keeps_acting_ones(nlp):
    text = "Share prices fell on Monday. Investment analysts said the market was weak. Angry farmers blocked roads."
    doc = nlp(text)
    names = {a.name for a in find_actors(doc, Article(id="a", text=text)).actors.values()}
    assert "farmers" in names and not any("analysts" in n for n in names)


def test_a_body_that_speaks_acts(vocab):
    # opposition parties said .  (a party's statement is its own act)
    doc = Doc(vocab, words=["opposition", "parties", "said", "."], heads=[1, 2, 2, 2],
              deps=["compound", "nsubj", "ROOT", "punct"], pos=["NOUN", "NOUN", "VERB", "PUNCT"],
              tags=["NN", "NNS", "VBD", "."], lemmas=["opposition", "party", "say", "."])
    layer, groups = _groups(doc)
    assert groups == {"opposition parties"} and layer.at(1) is not None


def test_speakers_who_report_their_own_act_take_part(vocab):
    from graphkit.ingest.prepare.tokentable import token_table

    def doc(subject):  # officials said <subject> arrested rebels .
        return Doc(vocab, words=["officials", "said", subject, "arrested", "rebels", "."], heads=[1, 1, 3, 1, 3, 1],
                   deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"],
                   lemmas=["official", "say", subject, "arrest", "rebel", "."])

    assert not cited_only(token_table(doc("they")), doc("they"), 0)
    assert cited_only(token_table(doc("police")), doc("police"), 0)
