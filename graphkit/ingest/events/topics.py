"""A town or region named as what a peaceful act is about is its topic, not a party to it.

An agreement, talks, support or cooperation *on*, *over* or *about* a place concern that place; the
parties are the ones who agree or meet: "Israel and Egypt reached agreement on Taba" is an agreement
between Israel and Egypt, not with Taba, and "talks over Jerusalem" are held with no one called
Jerusalem. Only places that are not countries (actors of kind ``location``) are set aside, since a
country may itself be the party an act is about and addressed to. :func:`topic_places` names them;
:func:`graphkit.ingest.events.readings.readings` drops them from the recipients of the categories whose
places are never parties (:data:`graphkit.ingest.events.locatives.PLACE_ONLY`).

Examples
--------
>>> sorted(TOPIC_PREPS)
['about', 'concerning', 'on', 'over', 'regarding']
"""
from __future__ import annotations

from graphkit.ingest.events.phrases import np_actors

__all__ = ["TOPIC_PREPS", "topic_places"]

#: Prepositions whose object is what an act is about.
TOPIC_PREPS = frozenset({"on", "over", "about", "concerning", "regarding"})


def topic_places(tokens, layer, kind_of) -> set[str]:
    """The place actors (kind ``location``) named as the topic of the act whose words are ``tokens``.

    Parameters
    ----------
    tokens : iterable of Token or None
        The trigger and its noun (None entries are skipped).
    layer : ActorLayer
        The actor layer (:func:`graphkit.ingest.events.phrases.np_actors` reads it).
    kind_of : callable
        Actor id -> kind.

    Returns
    -------
    set of str
        The actor ids of places that a topic preposition ("on", "over", "about") of the act names.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["agreed", "on", "Taba"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"])
    >>> topic_places([doc[0], None], None, lambda a: "location")
    set()
    """
    out: set[str] = set()
    for tok in tokens:
        if tok is None:
            continue
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.text.lower() not in TOPIC_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and layer is not None:
                    out.update(a for a in np_actors(obj, layer) if kind_of(a) == "location")
    return out
