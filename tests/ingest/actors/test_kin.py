"""One group named twice: synonymous heads with one classifier, and members named by a participle."""
from spacy.tokens import Doc

from graphkit.ingest.actors.find import find_actors
from graphkit.ingest.actors.kin import head_group, is_participle, kin_group, same_body_noun
from graphkit.models import Article

LEMMAS = {"firms": "firm", "businesses": "business", "parties": "party", "councils": "council",
          "authorities": "authority", "rates": "rate"}


def groups(vocab, words, heads, deps, pos, tags, ents):
    lemmas = [LEMMAS.get(w, w.lower()) for w in words]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents, lemmas=lemmas)
    layer = find_actors(doc, Article(id="a", text=doc.text))
    return sorted((a.name, sorted(m.text for m in a.mentions)) for a in layer.actors.values() if a.kind == "group")


def two_plurals(vocab, mod1, head1, mod2, head2):
    # "<mod1> <head1> rose . <mod2> <head2> fell ."
    words = [mod1, head1, "rose", ".", mod2, head2, "fell", "."]
    return groups(vocab, words, heads=[1, 2, 2, 2, 5, 6, 6, 6],
                  deps=["compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct"],
                  pos=["PROPN", "NOUN", "VERB", "PUNCT", "PROPN", "NOUN", "VERB", "PUNCT"],
                  tags=["NNP", "NNS", "VBD", ".", "NNP", "NNS", "VBD", "."],
                  ents=["B-ORG", "O", "O", "O", "B-ORG", "O", "O", "O"])


def test_a_head_and_its_direct_hypernym_with_one_classifier_are_one_group(vocab):
    assert two_plurals(vocab, "Acme", "firms", "Acme", "businesses") == [
        ("Acme firms", ["Acme businesses", "Acme firms"])]


def test_other_classifiers_or_other_kinds_of_body_stay_apart(vocab):
    assert [n for n, _ in two_plurals(vocab, "Acme", "firms", "Zenith", "businesses")] == [
        "Acme firms", "Zenith businesses"]
    assert [n for n, _ in two_plurals(vocab, "Acme", "parties", "Acme", "councils")] == [
        "Acme councils", "Acme parties"]


def test_members_named_by_a_participle_are_the_group_of_that_head(vocab):
    # "local authorities pay . rates paid by neighbouring authorities vary ."
    words = ["local", "authorities", "pay", ".", "rates", "paid", "by", "neighbouring", "authorities", "vary", "."]
    found = groups(vocab, words, heads=[1, 2, 2, 2, 9, 4, 5, 8, 6, 9, 9],
                   deps=["amod", "nsubj", "ROOT", "punct", "nsubj", "acl", "agent", "compound", "pobj", "ROOT",
                         "punct"],
                   pos=["ADJ", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "ADP", "NOUN", "NOUN", "VERB", "PUNCT"],
                   tags=["JJ", "NNS", "VBP", ".", "NNS", "VBN", "IN", "NN", "NNS", "VBP", "."],
                   ents=["O"] * 11)
    assert [n for n, _ in found] == ["local authorities"]


def test_synonyms_come_from_wordnet_first_senses_one_step_apart():
    assert same_body_noun("firms", "businesses") and same_body_noun("corporation", "corp")
    assert not same_body_noun("senate", "congress")  # two legislatures, not one
    assert not same_body_noun("party", "union")  # both organisations: too general a kind to join


def test_kin_lookups_want_exactly_one_group():
    assert kin_group({"uk firms": 1, "uk companies": 2}, "UK businesses") == 1
    assert kin_group({"uk firms": 1, "uk businesses": 2}, "UK firms") == 1
    assert kin_group({"uk firms": 1, "uk dealerships": 2}, "UK businesses") is None  # two kinds of business: which?
    assert head_group({"local authorities": 1, "welsh authorities": 2}, "authorities") is None
    assert head_group({"local authorities": 1}, "authorities") == 1


def test_participles_are_verbs_in_ing_that_are_no_nouns():
    assert is_participle("neighbouring") and is_participle("opposing")
    assert not is_participle("housing") and not is_participle("striking") and not is_participle("Leading")
