"""The event stage: who did what to whom, from the dependency parse.

First version: a verb from the lexicon, its subject as actor, its object (or the object of
its preposition) as recipient.
"""
from __future__ import annotations

from graphkit.ingest.actors import ActorLayer
from graphkit.ingest.lexicon import lookup_verb
from graphkit.models import PLOVER_SCORES, Article, Event, Quote, TimeExpression

__all__ = ["find_events"]


def _actor_of(tok, layer: ActorLayer) -> list[str]:
    ids = []
    for t in [tok, *[c for c in tok.conjuncts]]:
        aid = layer.at(t.i)
        if aid is None:
            aid = next((layer.at(c.i) for c in t.subtree if layer.at(c.i)), None)
        if aid and aid not in ids:
            ids.append(aid)
    return ids


def find_events(doc, article: Article, layer: ActorLayer,
                timexes: list[TimeExpression]) -> tuple[list[Event], list[Quote]]:
    """Events and quotes of one parsed article; actor ids are the layer's local ids."""
    events: list[Event] = []
    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        trig = lookup_verb(tok.lemma_)
        if trig is None:
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
        objs = [c for c in tok.children if c.dep_ in ("dobj", "attr")]
        objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        actors = [a for s in subj for a in _actor_of(s, layer)]
        recipients = [a for o in objs for a in _actor_of(o, layer) if a not in actors]
        if not actors:
            continue
        events.append(Event(
            id=f"{article.id}#e{len(events)}", type=trig.type, mode=trig.mode, label=trig.label,
            actors=actors, recipients=recipients, article=article.id, sentence=tok.sent.text.strip(),
            start=tok.idx, end=tok.idx + len(tok.text), score=PLOVER_SCORES[trig.type],
            reported=article.published,
        ))
    return events, []
