"""Time clauses whose event is yet to come."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.certainty import assess
from graphkit.ingest.events.horizon import future_time_clause, past_clause, present_clause


def _until(vocab, aux: str, tag: str) -> Doc:
    # Iran vowed to fight until Saddam <aux> toppled
    return Doc(vocab, words=["Iran", "vowed", "to", "fight", "until", "Saddam", aux, "toppled"],
               heads=[1, 1, 3, 1, 7, 7, 7, 3],
               deps=["nsubj", "ROOT", "aux", "xcomp", "mark", "nsubjpass", "auxpass", "advcl"],
               tags=["NNP", "VBD", "TO", "VB", "IN", "NNP", tag, "VBN"],
               lemmas=["Iran", "vow", "to", "fight", "until", "Saddam", "be", "topple"])


def test_present_passive_after_until_is_not_asserted(vocab):
    doc = _until(vocab, "is", "VBZ")
    assert future_time_clause(doc[7], {"until"})
    assert assess(doc[7]).certainty == "possible"


def test_past_after_until_is_a_fact(vocab):
    doc = _until(vocab, "was", "VBD")
    assert not present_clause(doc[7])
    assert assess(doc[7]).certainty == "asserted"


def test_present_after_when_needs_a_future_main_clause(vocab):
    # Iran attacks when Iraq withdraws  (a habit, not told as yet to come)
    doc = Doc(vocab, words=["Iran", "attacks", "when", "Iraq", "withdraws"], heads=[1, 1, 4, 4, 1],
              deps=["nsubj", "ROOT", "mark", "nsubj", "advcl"], tags=["NNP", "VBZ", "WRB", "NNP", "VBZ"])
    assert present_clause(doc[4])
    assert not future_time_clause(doc[4], {"when"})
    assert future_time_clause(doc[4], {"until"})


def _would(vocab, main_auxes: list[str], mark: str, clause_aux: str | None) -> Doc:
    # it <main_auxes> negotiate <mark> Democrats [had] agreed
    words = ["it", *main_auxes, "negotiate", mark, "Democrats"]
    v = 1 + len(main_auxes)
    heads = [v] + [v] * len(main_auxes) + [v]
    deps = ["nsubj"] + ["aux"] * len(main_auxes) + ["ROOT"]
    tags = ["PRP"] + ["MD" if a in ("would", "could") else "VB" for a in main_auxes] + [
        "VBN" if "have" in main_auxes else "VB"]
    last = len(words) + (1 if clause_aux else 0)
    heads += [last, last]
    deps += ["mark", "nsubj"]
    tags += ["IN", "NNPS"]
    if clause_aux:
        words, heads, deps, tags = words + [clause_aux], heads + [last], deps + ["aux"], tags + ["VBD"]
    words, heads, deps, tags = (words + ["agreed"], heads + [v], deps + ["advcl"],
                                tags + ["VBN" if clause_aux else "VBD"])
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_a_past_time_clause_under_would_is_a_future_told_in_the_past(vocab):
    # "(said) it would negotiate until/once the Democrats agreed", "... before they had agreed"
    for mark, aux in (("until", None), ("once", None), ("before", "had")):
        doc = _would(vocab, ["would"], mark, aux)
        assert past_clause(doc[-1])
        assert future_time_clause(doc[-1], {mark})
        assert assess(doc[-1]).certainty == "possible"


def test_a_past_time_clause_is_a_fact_without_a_plain_would(vocab):
    # "would have negotiated before the Democrats agreed": a counterfactual, the agreeing happened
    doc = _would(vocab, ["would", "have"], "before", None)
    assert not future_time_clause(doc[-1], {"before"})
    # "could negotiate once ...": no reported future; "as the Democrats agreed": a cause as often as a time
    assert not future_time_clause(_would(vocab, ["could"], "once", None)[-1], {"once"})
    assert not future_time_clause(_would(vocab, ["would"], "as", None)[-1], {"as"})
    assert assess(doc[-1]).certainty == "asserted"
