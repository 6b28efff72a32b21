"""The actor stage: named mentions into merged, typed actors for one article.

First version: spaCy's entities, kinds from the entity label and the country list,
identical and partial names merged within the article.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from graphkit.ids import slugify
from graphkit.models import Actor, Article, Mention

__all__ = ["ActorLayer", "find_actors"]

_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "country", "LOC": "location", "FAC": "location"}


@dataclass
class ActorLayer:
    """The actors of one article and which tokens refer to them.

    Attributes
    ----------
    actors : dict
        Article-local actor id to :class:`Actor`.
    token_actor : dict
        Token index to the local actor id it refers to (names, and resolved pronouns).
    """

    actors: dict[str, Actor] = field(default_factory=dict)
    token_actor: dict[int, str] = field(default_factory=dict)

    def at(self, i: int) -> str | None:
        """The actor id token ``i`` refers to, or None."""
        return self.token_actor.get(i)


def _country_code(name: str) -> str | None:
    import pycountry

    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def find_actors(doc, article: Article) -> ActorLayer:
    """Find the actors of ``doc`` (the parsed text of ``article``)."""
    layer = ActorLayer()
    by_key: dict[str, str] = {}
    for ent in doc.ents:
        kind = _KIND.get(ent.label_)
        if kind is None:
            continue
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        code = None
        if kind == "country":
            code = _country_code(name)
            if code is None:
                kind = "location"
        key = name.lower()
        if kind == "person":
            # a surname alone joins a full name seen in this article
            for other_key, aid in by_key.items():
                if layer.actors[aid].kind == "person" and other_key.split()[-1] == key.split()[-1]:
                    key = other_key
                    break
        aid = by_key.get(key)
        if aid is None:
            aid = slugify(name)
            by_key[key] = aid
            layer.actors[aid] = Actor(id=aid, name=name, kind=kind, code=code)
        actor = layer.actors[aid]
        if name != actor.name and name not in actor.aliases:
            actor.aliases.append(name)
        actor.mentions.append(Mention(article=article.id, start=ent.start_char, end=ent.end_char, text=ent.text))
        for tok in ent:
            layer.token_actor[tok.i] = aid
    return layer
