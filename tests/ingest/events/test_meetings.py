"""Meetings one takes part in (graphkit.ingest.events.meetings), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.meetings import aside_doers, attending_doers, held_before, occasion_doers
from tests.ingest.events.test_find import events_of, parse


def _end_of_visit(place):
    # Clark said at the end of a visit <place>
    return [("Clark", 1, "nsubj", "PROPN", "Clark"), ("said", 1, "ROOT", "VERB", "say"),
            ("at", 1, "prep", "ADP", "at"), ("the", 4, "det", "DET", "the"), ("end", 2, "pobj", "NOUN", "end"),
            ("of", 4, "prep", "ADP", "of"), ("a", 7, "det", "DET", "a"), ("visit", 5, "pobj", "NOUN", "visit"),
            (place, 7, "advmod", "ADV", place)]


def test_a_visit_here_is_the_speakers_at_its_end(vocab):
    doc, layer = parse(vocab, _end_of_visit("here"), {0: ("clark", "person")})
    assert occasion_doers(doc[7], layer) == ["clark"]
    assert ("CONSULT", "visited", ["clark"], [], "asserted") in events_of(
        vocab, _end_of_visit("here"), {0: ("clark", "person")})
    # "at the end of a visit then": no host named, none implied
    doc, layer = parse(vocab, _end_of_visit("then"), {0: ("clark", "person")})
    assert occasion_doers(doc[7], layer) == []


def _to_the_talks(verb, lemma):
    # Bedregal <verb> a team to the talks
    return [("Bedregal", 1, "nsubj", "PROPN", "Bedregal"), (verb, 1, "ROOT", "VERB", lemma),
            ("a", 3, "det", "DET", "a"), ("team", 1, "dobj", "NOUN", "team"), ("to", 1, "prep", "ADP", "to"),
            ("the", 6, "det", "DET", "the"), ("talks", 4, "pobj", "NOUN", "talk")]


def test_who_leads_a_team_to_talks_takes_part_in_them(vocab):
    actors = {0: ("bedregal", "person")}
    doc, layer = parse(vocab, _to_the_talks("led", "lead"), actors)
    assert attending_doers(doc[6], layer) == ["bedregal"]
    assert ("CONSULT", "held talks with", ["bedregal"], [], "asserted") in events_of(
        vocab, _to_the_talks("led", "lead"), actors)
    # one who invites or sends a team to the talks does not go there
    for verb, lemma in (("invited", "invite"), ("sent", "send")):
        doc, layer = parse(vocab, _to_the_talks(verb, lemma), actors)
        assert attending_doers(doc[6], layer) == [], verb


def _at_talks(mod=None):
    # At (Cabinet) talks , Clark pressed Abe
    rows = [("At", 5, "prep", "ADP", "at")]
    rows += [(mod, 2, "compound", "PROPN", mod)] if mod else []
    n = len(rows)
    rows += [("talks", 0, "pobj", "NOUN", "talk"), (",", n + 3, "punct", "PUNCT", ","),
             ("Clark", n + 3, "nsubj", "PROPN", "Clark"), ("pressed", n + 3, "ROOT", "VERB", "press"),
             ("Abe", n + 3, "dobj", "PROPN", "Abe")]
    rows[0] = ("At", n + 3, "prep", "ADP", "at")
    return rows


def test_a_meeting_where_one_acts_on_a_party_is_one_with_it(vocab):
    doc, layer = parse(vocab, _at_talks(), {3: ("clark", "person"), 5: ("abe", "person")})
    assert occasion_doers(doc[1], layer) == ["clark"]
    # the gathering of one body ("At Cabinet talks") or a clause acting on nobody meets no one
    doc, layer = parse(vocab, _at_talks("Cabinet"), {4: ("clark", "person"), 6: ("abe", "person")})
    assert occasion_doers(doc[2], layer) == []
    doc, layer = parse(vocab, _at_talks(), {3: ("clark", "person")})
    assert occasion_doers(doc[1], layer) == []


def test_who_returns_from_a_visit_made_it(vocab):
    rows = [("Soares", 1, "nsubj", "PROPN", "Soares"), ("returned", 1, "ROOT", "VERB", "return"),
            ("from", 1, "prep", "ADP", "from"), ("a", 4, "det", "DET", "a"), ("visit", 2, "pobj", "NOUN", "visit"),
            ("to", 4, "prep", "ADP", "to"), ("Brazil", 5, "pobj", "PROPN", "Brazil")]
    actors = {0: ("soares", "person"), 6: ("brazil", "country")}
    doc, layer = parse(vocab, rows, actors)
    assert attending_doers(doc[4], layer) == ["soares"]
    assert ("CONSULT", "visited", ["soares"], ["brazil"], "asserted") in events_of(vocab, rows, actors)


def test_a_meeting_of_a_clause_still_to_come_has_not_taken_place(vocab):
    # Clark will speak at talks with Bush
    rows = [("Clark", 2, "nsubj", "PROPN", "Clark"), ("will", 2, "aux", "AUX", "will"),
            ("speak", 2, "ROOT", "VERB", "speak"), ("at", 2, "prep", "ADP", "at"), ("talks", 3, "pobj", "NOUN", "talk"),
            ("with", 4, "prep", "ADP", "with"), ("Bush", 5, "pobj", "PROPN", "Bush")]
    doc, layer = parse(vocab, rows, {0: ("clark", "person"), 6: ("bush", "person")})
    assert occasion_doers(doc[4], layer) == []
    rows[1] = ("did", 2, "aux", "AUX", "do")
    doc, layer = parse(vocab, rows, {0: ("clark", "person"), 6: ("bush", "person")})
    assert occasion_doers(doc[4], layer) == ["clark"]


def test_what_leads_to_a_summit_brings_no_one_there(vocab):
    # processes leading to the summit (no object led there)
    rows = [("processes", 1, "nsubj", "NOUN", "process"), ("led", 1, "ROOT", "VERB", "lead"),
            ("to", 1, "prep", "ADP", "to"), ("the", 4, "det", "DET", "the"), ("summit", 2, "pobj", "NOUN", "summit")]
    doc, layer = parse(vocab, rows, {0: ("oecd", "organization")})
    assert attending_doers(doc[4], layer) == []


def _said_talks(aux=None):
    # Washington said talks with Tokyo (would) fail(ed)
    n = 6 if aux else 5
    rows = [("Washington", 1, "nsubj", "PROPN", "Washington"), ("said", 1, "ROOT", "VERB", "say"),
            ("talks", n, "nsubj", "NOUN", "talk"), ("with", 2, "prep", "ADP", "with"),
            ("Tokyo", 3, "pobj", "PROPN", "Tokyo")]
    rows += [(aux, n, "aux", "AUX", aux)] if aux else []
    return rows + [("failed", 1, "ccomp", "VERB", "fail")]


def test_who_reports_talks_with_a_party_held_them(vocab):
    from graphkit.ingest.events.meetings import reporting_side

    actors = {0: ("usa", "country"), 4: ("jpn", "country")}
    doc, layer = parse(vocab, _said_talks(), actors)
    assert reporting_side(doc[2], layer) == ["usa"]
    doc, layer = parse(vocab, _said_talks(aux="would"), actors)
    assert reporting_side(doc[2], layer) == []  # talks still to come
    # Washington said Reagan sent Shultz for (in) talks with Tokyo: talks one is sent for are to come
    for prep, want in (("for", []), ("in", ["usa"])):
        rows = [("Washington", 1, "nsubj", "PROPN", "Washington"), ("said", 1, "ROOT", "VERB", "say"),
                ("Reagan", 3, "nsubj", "PROPN", "Reagan"), ("sent", 1, "ccomp", "VERB", "send"),
                ("Shultz", 3, "dobj", "PROPN", "Shultz"), (prep, 3, "prep", "ADP", prep),
                ("talks", 5, "pobj", "NOUN", "talk"), ("with", 6, "prep", "ADP", "with"),
                ("Tokyo", 7, "pobj", "PROPN", "Tokyo")]
        doc, layer = parse(vocab, rows, {0: ("usa", "country"), 8: ("jpn", "country")})
        assert reporting_side(doc[6], layer) == want, prep


def test_possessed_talks_are_their_possessors_not_the_speakers(vocab):
    from graphkit.ingest.events.meetings import reporting_side

    # Washington said their talks with Tokyo failed
    rows = [("Washington", 1, "nsubj", "PROPN", "Washington"), ("said", 1, "ROOT", "VERB", "say"),
            ("their", 3, "poss", "PRON", "their"), ("talks", 6, "nsubj", "NOUN", "talk"),
            ("with", 3, "prep", "ADP", "with"), ("Tokyo", 4, "pobj", "PROPN", "Tokyo"),
            ("failed", 1, "ccomp", "VERB", "fail")]
    doc, layer = parse(vocab, rows, {0: ("usa", "country"), 5: ("jpn", "country")})
    assert reporting_side(doc[3], layer) == []


def test_a_visit_told_beside_the_subject_is_the_subjects(vocab):
    # Weizsaecker , in a speech on the day of a visit to Argentina , said
    rows = [("Weizsaecker", 14, "nsubj", "PROPN", "Weizsaecker"), (",", 0, "punct", "PUNCT", ","),
            ("in", 0, "prep", "ADP", "in"), ("a", 4, "det", "DET", "a"), ("speech", 2, "pobj", "NOUN", "speech"),
            ("on", 4, "prep", "ADP", "on"), ("the", 7, "det", "DET", "the"), ("day", 5, "pobj", "NOUN", "day"),
            ("of", 7, "prep", "ADP", "of"), ("a", 10, "det", "DET", "a"), ("visit", 8, "pobj", "NOUN", "visit"),
            ("to", 10, "prep", "ADP", "to"), ("Argentina", 11, "pobj", "PROPN", "Argentina"),
            (",", 0, "punct", "PUNCT", ","), ("said", 14, "ROOT", "VERB", "say")]
    actors = {0: ("weizsaecker", "person"), 12: ("argentina", "country")}
    doc, layer = parse(vocab, rows, actors)
    assert aside_doers(doc[10], layer) == ["weizsaecker"]
    assert events_of(vocab, rows, actors) == [("CONSULT", "visited", ["weizsaecker"], ["argentina"], "asserted")]
    # the object of the verb is no subject: "said, in a speech, ..." hung elsewhere names no visitor
    rows[2] = ("in", 14, "prep", "ADP", "in")
    doc, layer = parse(vocab, rows, actors)
    assert aside_doers(doc[10], layer) == []


def _after(noun, noun_lemma, prep, party):
    # After <noun> <prep> <party> , Peres accused Syria
    return [("After", 6, "prep", "ADP", "after"), (noun, 0, "pobj", "NOUN", noun_lemma),
            (prep, 1, "prep", "ADP", prep.lower()), (party, 2, "pobj", "PROPN", party), (",", 6, "punct", "PUNCT", ","),
            ("Peres", 6, "nsubj", "PROPN", "Peres"), ("accused", 6, "ROOT", "VERB", "accuse"),
            ("Syria", 6, "dobj", "PROPN", "Syria")]


def test_ones_own_talks_with_a_party_before_acting_are_an_act_too(vocab):
    actors = {3: ("shultz", "person"), 5: ("peres", "person"), 7: ("syria", "country")}
    got = events_of(vocab, _after("talks", "talk", "with", "Shultz"), actors)
    assert ("CONSULT", "held talks with", ["peres"], ["shultz"], "asserted") in got
    assert ("ACCUSE", "accused", ["peres"], ["syria"], "asserted") in got
    doc, _ = parse(vocab, _after("talks", "talk", "with", "Shultz"), actors)
    assert held_before(doc[1])


def test_anothers_act_told_as_the_background_stays_no_act_of_the_clause(vocab):
    # After protests by students , Peres accused Syria: the protests are the students' background act
    actors = {3: ("students", "group"), 5: ("peres", "person"), 7: ("syria", "country")}
    got = events_of(vocab, _after("protests", "protest", "by", "Students"), actors)
    assert [g[0] for g in got] == ["ACCUSE"]
    doc, _ = parse(vocab, _after("protests", "protest", "by", "Students"), actors)
    assert not held_before(doc[1])
