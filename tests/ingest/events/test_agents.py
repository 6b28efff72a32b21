"""The doers an event noun names (graphkit.ingest.events.agents), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.agents import noun_agents, passive_parties
from tests.ingest.events.test_find import events_of, parse


def test_talks_between_parties_are_theirs(vocab):
    rows = [("talks", 0, "ROOT", "NOUN", "talk"), ("between", 0, "prep", "ADP", "between"),
            ("Israel", 1, "pobj", "PROPN", "Israel"), ("and", 2, "cc", "CCONJ", "and"),
            ("Hamas", 2, "conj", "PROPN", "Hamas")]
    doc, layer = parse(vocab, rows, {2: ("israel", "country"), 4: ("hamas", "organization")})
    assert noun_agents(doc[0], layer) == ["israel", "hamas"]


def _countries(layer, codes):
    """Give ``layer`` country actors with the given ``{id: code}``."""
    from graphkit.models import Actor
    for aid, code in codes.items():
        layer.actors[aid] = Actor(id=aid, name=aid.title(), kind="country", code=code)


def test_meeting_of_coordinated_nationalities_is_theirs(vocab):
    rows = [("meeting", 0, "ROOT", "NOUN", "meeting"), ("of", 0, "prep", "ADP", "of"),
            ("British", 5, "amod", "ADJ", "british"), ("and", 2, "cc", "CCONJ", "and"),
            ("French", 2, "conj", "ADJ", "french"), ("ministers", 1, "pobj", "NOUN", "minister")]
    doc, layer = parse(vocab, rows, {})
    _countries(layer, {"gbr": "GBR", "fra": "FRA"})
    assert noun_agents(doc[0], layer) == ["gbr", "fra"]


def test_modifier_of_many_words_names_no_country(vocab):
    # "a meeting of Latin American and Caribbean exporters": "Latin American" is no American
    rows = [("meeting", 0, "ROOT", "NOUN", "meeting"), ("of", 0, "prep", "ADP", "of"),
            ("Latin", 3, "compound", "PROPN", "Latin"), ("American", 6, "amod", "ADJ", "american"),
            ("and", 3, "cc", "CCONJ", "and"), ("Caribbean", 3, "conj", "ADJ", "caribbean"),
            ("exporters", 1, "pobj", "NOUN", "exporter")]
    doc, layer = parse(vocab, rows, {5: ("caribbean", "organization")})
    _countries(layer, {"usa": "USA"})
    assert noun_agents(doc[0], layer) == []


def test_agreement_reached_between_parties_is_theirs(vocab):
    rows = [("agreement", 2, "nsubjpass", "NOUN", "agreement"), ("was", 2, "auxpass", "AUX", "be"),
            ("reached", 2, "ROOT", "VERB", "reach"), ("between", 2, "prep", "ADP", "between"),
            ("Britain", 3, "pobj", "PROPN", "Britain"), ("and", 4, "cc", "CCONJ", "and"),
            ("France", 4, "conj", "PROPN", "France")]
    doc, layer = parse(vocab, rows, {4: ("gbr", "country"), 6: ("fra", "country")})
    assert passive_parties(doc[2], layer) == ["gbr", "fra"]
    events = events_of(vocab, rows, {4: ("gbr", "country"), 6: ("fra", "country")})
    assert {(e[0], tuple(e[2]), tuple(e[3])) for e in events} == {("AGREE", ("gbr",), ("fra",)),
                                                                 ("AGREE", ("fra",), ("gbr",))}


def test_agent_of_a_passive_is_no_mutual_party(vocab):
    rows = [("agreement", 2, "nsubjpass", "NOUN", "agreement"), ("was", 2, "auxpass", "AUX", "be"),
            ("reached", 2, "ROOT", "VERB", "reach"), ("by", 2, "agent", "ADP", "by"),
            ("Britain", 3, "pobj", "PROPN", "Britain")]
    doc, layer = parse(vocab, rows, {4: ("gbr", "country")})
    assert passive_parties(doc[2], layer) == []


def test_a_passive_act_that_is_not_mutual_names_no_parties(vocab):
    rows = [("plan", 2, "nsubjpass", "NOUN", "plan"), ("was", 2, "auxpass", "AUX", "be"),
            ("approved", 2, "ROOT", "VERB", "approve"), ("between", 2, "prep", "ADP", "between"),
            ("Britain", 3, "pobj", "PROPN", "Britain"), ("and", 4, "cc", "CCONJ", "and"),
            ("France", 4, "conj", "PROPN", "France")]
    doc, layer = parse(vocab, rows, {4: ("gbr", "country"), 6: ("fra", "country")})
    assert passive_parties(doc[2], layer) == []


def _in_bonn_for_talks(aux=()):
    rows = [("Kuranari", 1 + len(aux), "nsubj", "PROPN", "Kuranari")]
    rows += [(a, 1 + len(aux), "aux", "AUX", a) for a in aux]
    n = len(rows)
    rows += [("was" if not aux else "be", n, "ROOT", "AUX", "be"), ("in", n, "prep", "ADP", "in"),
             ("Bonn", n + 1, "pobj", "PROPN", "Bonn"), ("for", n, "prep", "ADP", "for"),
             ("talks", n + 3, "pobj", "NOUN", "talk")]
    return rows


def test_one_who_is_somewhere_for_talks_holds_them(vocab):
    rows = _in_bonn_for_talks()
    doc, layer = parse(vocab, rows, {0: ("kuranari", "person")})
    assert noun_agents(doc[5], layer) == ["kuranari"]


def test_one_who_will_be_somewhere_for_talks_holds_none_yet(vocab):
    rows = _in_bonn_for_talks(("will",))
    doc, layer = parse(vocab, rows, {0: ("kuranari", "person")})
    assert noun_agents(doc[6], layer) == []


def test_an_owned_agreement_signed_is_its_owners_and_partners(vocab):
    # "Japan's agreement with Washington was signed"
    rows = [("Japan", 2, "poss", "PROPN", "Japan"), ("'s", 0, "case", "PART", "'s"),
            ("agreement", 6, "nsubjpass", "NOUN", "agreement"), ("with", 2, "prep", "ADP", "with"),
            ("Washington", 3, "pobj", "PROPN", "Washington"), ("was", 6, "auxpass", "AUX", "be"),
            ("signed", 6, "ROOT", "VERB", "sign")]
    doc, layer = parse(vocab, rows, {0: ("jpn", "country"), 4: ("usa", "country")})
    assert passive_parties(doc[6], layer) == ["jpn", "usa"]
    # without an owner the one it is with is no doer: "an agreement with Washington was signed"
    doc, layer = parse(vocab, rows, {4: ("usa", "country")})
    assert passive_parties(doc[6], layer) == []


def test_a_hyphened_pair_before_talks_names_their_parties(vocab):
    rows = [("the", 2, "det", "DET", "the"), ("U.S.-Japan", 2, "compound", "PROPN", "U.S.-Japan"),
            ("talks", 2, "ROOT", "NOUN", "talk")]
    doc, layer = parse(vocab, rows, {})
    assert [layer.actors[a].code for a in noun_agents(doc[2], layer)] == ["USA", "JPN"]


def test_a_hyphened_pair_before_a_standing_accord_names_no_act(vocab):
    # "under the U.S.-Greek bases accord": an accord made long ago, no act told
    rows = [("the", 3, "det", "DET", "the"), ("U.S.-Greek", 3, "amod", "ADJ", "U.S.-Greek"),
            ("bases", 3, "compound", "NOUN", "basis"), ("accord", 3, "ROOT", "NOUN", "accord")]
    doc, layer = parse(vocab, rows, {})
    assert noun_agents(doc[3], layer) == []


def test_agreement_reached_in_talks_between_parties_is_theirs(vocab):
    # "an agreement was reached at a meeting between Iran and Iraq": the meeting's parties reached it
    rows = [("agreement", 2, "nsubjpass", "NOUN", "agreement"), ("was", 2, "auxpass", "AUX", "be"),
            ("reached", 2, "ROOT", "VERB", "reach"), ("at", 2, "prep", "ADP", "at"),
            ("meeting", 3, "pobj", "NOUN", "meeting"), ("between", 4, "prep", "ADP", "between"),
            ("Iran", 5, "pobj", "PROPN", "Iran"), ("and", 6, "cc", "CCONJ", "and"),
            ("Iraq", 6, "conj", "PROPN", "Iraq")]
    doc, layer = parse(vocab, rows, {6: ("irn", "country"), 8: ("irq", "country")})
    assert passive_parties(doc[2], layer) == ["irn", "irq"]


def test_agreement_reached_at_a_place_has_no_parties(vocab):
    rows = [("agreement", 2, "nsubjpass", "NOUN", "agreement"), ("was", 2, "auxpass", "AUX", "be"),
            ("reached", 2, "ROOT", "VERB", "reach"), ("at", 2, "prep", "ADP", "at"),
            ("headquarters", 3, "pobj", "NOUN", "headquarters"), ("between", 4, "prep", "ADP", "between"),
            ("Iran", 5, "pobj", "PROPN", "Iran"), ("and", 6, "cc", "CCONJ", "and"),
            ("Iraq", 6, "conj", "PROPN", "Iraq")]
    doc, layer = parse(vocab, rows, {6: ("irn", "country"), 8: ("irq", "country")})
    assert passive_parties(doc[2], layer) == []


def test_discussions_between_parties_are_theirs(vocab):
    rows = [("discussions", 0, "ROOT", "NOUN", "discussion"), ("between", 0, "prep", "ADP", "between"),
            ("Japan", 1, "pobj", "PROPN", "Japan"), ("and", 2, "cc", "CCONJ", "and"),
            ("Howard", 2, "conj", "PROPN", "Howard")]
    doc, layer = parse(vocab, rows, {2: ("japan", "country"), 4: ("howard", "person")})
    assert noun_agents(doc[0], layer) == ["japan", "howard"]


def test_a_pact_between_parties_is_theirs(vocab):
    for noun in ("pact", "treaty"):
        rows = [(noun, 0, "ROOT", "NOUN", noun), ("between", 0, "prep", "ADP", "between"),
                ("China", 1, "pobj", "PROPN", "China"), ("and", 2, "cc", "CCONJ", "and"),
                ("Japan", 2, "conj", "PROPN", "Japan")]
        doc, layer = parse(vocab, rows, {2: ("china", "country"), 4: ("japan", "country")})
        assert noun_agents(doc[0], layer) == ["china", "japan"]
