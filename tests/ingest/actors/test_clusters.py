"""The kind of an actor's cluster of mentions (graphkit.ingest.actors.clusters)."""
from __future__ import annotations

from graphkit.ingest.actors.around import NameMention
from graphkit.ingest.actors.clusters import Cluster


def _cluster(*mentions):
    c = Cluster()
    for text, kind in mentions:
        c.add(NameMention(start=0, end=1, text=text, kind=kind))
    return c


def test_a_name_with_a_legal_form_makes_the_actor_a_firm_whatever_its_short_forms_were_taken_for():
    # "Rank Xerox Ltd said ... Rank Xerox said ... Rank Xerox will": the model took the short forms for a person
    c = _cluster(("Rank Xerox Ltd", "organization"), ("Rank Xerox", "person"), ("Rank Xerox", "person"))
    assert c.kind == "organization"


def test_without_a_legal_form_or_with_a_title_the_votes_decide():
    assert _cluster(("Rank Xerox", "organization"), ("Rank Xerox", "person"),
                    ("Rank Xerox", "person")).kind == "person"
    c = _cluster(("Cyacq Corp", "organization"), ("Cyacq", "person"))
    c.titles.append("chairman")
    assert c.kind == "person"
