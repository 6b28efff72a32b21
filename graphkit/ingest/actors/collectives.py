"""Collectives: the doers that common nouns name and the other rules of :mod:`graphkit.ingest.actors.unnamed`
leave unread.

Run in this order, after the named, titled and listed groups are read:

- people named by their work, placed where they work or by the story's setting ("dockworkers in Antwerp",
  "the seamen rejected": :mod:`graphkit.ingest.actors.workplaces`);
- delegates at a named body's meeting ("delegates at the OPEC meeting": :mod:`graphkit.ingest.actors.gatherings`);
- the opposition of the story's country ("compromise with the opposition": :mod:`graphkit.ingest.actors.opposition`);
- the home groups still untied, tied to the story's setting ("union leaders" in a story from Bolivia:
  :mod:`graphkit.ingest.actors.settings`);
- "the government" that the home groups of one country deal with, in a story no name sets: theirs
  ("Union leaders in South Korea accused the government": :mod:`graphkit.ingest.actors.governments`).

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.actors.find import find_actors
>>> from graphkit.models import Article
>>> doc = Doc(Vocab(), words=["dockworkers", "in", "Antwerp", "struck"], heads=[3, 0, 1, 3],
...           deps=["nsubj", "prep", "pobj", "ROOT"], pos=["NOUN", "ADP", "PROPN", "VERB"],
...           tags=["NNS", "IN", "NNP", "VBD"], ents=["O", "O", "B-GPE", "O"])
>>> layer = find_actors(doc, Article(id="a", text=doc.text))
>>> [(a.name, [layer.actors[x].name for x in a.affiliations]) for a in layer.actors.values() if a.kind == "group"]
[('dockworkers', ['Belgium'])]
"""
from __future__ import annotations

from graphkit.ingest.actors.gatherings import find_delegates
from graphkit.ingest.actors.governments import find_governments
from graphkit.ingest.actors.opposition import find_opposition
from graphkit.ingest.actors.settings import tie_to_setting
from graphkit.ingest.actors.workplaces import find_workers

__all__ = ["find_collectives"]


def find_collectives(b) -> None:
    """Read the collectives of builder ``b`` (see the module).

    Parameters
    ----------
    b : graphkit.ingest.actors.find._Builder
        The actor stage's builder of one article.
    """
    find_workers(b)
    find_delegates(b)
    find_opposition(b)
    tie_to_setting(b)
    find_governments(b)
