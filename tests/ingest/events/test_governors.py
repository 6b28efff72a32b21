""""X under Y": Y answers for what a speech act judges."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.governors import governors
from graphkit.models import Actor, Article


def _layer(ids):
    layer = ActorLayer()
    for i, (aid, kind) in ids.items():
        layer.actors[aid] = Actor(id=aid, name=aid.title(), kind=kind)
        layer.token_actor[i] = aid
    return layer


def test_only_people_and_organisations_govern(vocab):
    # "criticised the record of the party under Blair" / "... under Iraq"
    words = ["criticised", "the", "record", "of", "the", "party", "under", "Blair"]
    doc = Doc(vocab, words=words, heads=[0, 2, 0, 2, 5, 3, 5, 6],
              deps=["ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj"])
    assert governors([doc[2]], _layer({7: ("blair", "person")})) == ["blair"]
    assert governors([doc[2]], _layer({7: ("iraq", "country")})) == []
    assert governors([doc[2]], _layer({7: ("blair", "person")}), depth=2) == []  # too deep
    # "criticised the spending under the Senate plan": according to a plan, nobody in charge
    words = ["criticised", "the", "spending", "under", "the", "Senate", "plan"]
    doc = Doc(vocab, words=words, heads=[0, 2, 0, 2, 6, 6, 3], deps=["ROOT", "det", "dobj", "prep", "det",
                                                                      "compound", "pobj"])
    assert governors([doc[2]], _layer({5: ("senate", "organization")})) == []


def test_a_criticism_of_a_state_of_affairs_under_y_is_addressed_to_y(nlp):
    from graphkit.ingest.pipeline import extract_doc

    text = 'Michael Howard has launched an attack on the cost of Britain\'s "chaotic" asylum system under Tony Blair.'
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    got = {(e.type, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients)) for e in recs.events}
    assert ("ACCUSE", ("Michael Howard",), ("Tony Blair",)) in got
