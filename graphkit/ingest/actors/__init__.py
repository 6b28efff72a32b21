"""Stage 3, actors: who is named, merged within the article, typed and affiliated.

Name mentions (:mod:`.mentions`), titles (:mod:`.titles`), countries and demonyms
(:mod:`.gazetteer`), clusters of mentions (:mod:`.clusters`) and pronouns and descriptions
(:mod:`.coref`) make one :class:`ActorLayer` per article (:func:`find_actors`).
"""
from graphkit.ingest.actors.find import ActorLayer, find_actors

__all__ = ["find_actors", "ActorLayer"]
