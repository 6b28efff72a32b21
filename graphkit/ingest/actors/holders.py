"""Office holders with no country written with them: the one country of their sentence, else the setting's.

Used by :mod:`graphkit.ingest.actors.find` (after the ties written around names and the bodies a text gives).
News names an official by the office alone ("Foreign Minister Tadashi Kuranari") where the country is plain
from the sentence or the story:

- **the sentence's one country**, when the official holds a government office (a title word of
  :data:`GOV_WORDS`) and the sentence makes that country a subject -- by name ("Finance Minister X said
  Japan would ...") or, when the official is the subject, by a demonym on a subject noun ("X said the
  Japanese government would act", "X told reporters that Japanese officials would visit Washington"; not
  "the Saudi leader will hold talks with Prime Minister X"): what a minister tells of their own side. Not a
  country the clause names as the official's counterpart (:mod:`graphkit.ingest.actors.counterparts`: "X
  may ask Britain"), nor any other than WordNet's for a person WordNet knows
  (:mod:`graphkit.ingest.actors.known`: "President Reagan" in a sentence that names Japan alone is American);
- first, an office only one country's cabinet has (:mod:`graphkit.ingest.actors.cabinets`: "Treasury
  Secretary X" is American whatever country the sentence or the story names);
- else, for government, legislative and judicial offices, the country the article names most ("Home
  Secretary X" in a British report), else that of its dateline or headline
  (:func:`graphkit.ingest.actors.offices.home_country`), a roundup's item's dateline first
  (:func:`graphkit.ingest.actors.datelines.item_country`).

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> words = ["Minister", "X", "said", "the", "Japanese", "government", "would", "act", "."]
>>> doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 5, 5, 7, 7, 2, 2],
...           deps=["compound", "nsubj", "ROOT", "det", "amod", "nsubj", "aux", "ccomp", "punct"])
>>> subject_demonyms(token_table(doc), 0, 9)
{'JPN'}
"""
from __future__ import annotations

from graphkit.ingest.actors.cabinets import cabinet_country
from graphkit.ingest.actors.codes import cluster_sector
from graphkit.ingest.actors.counterparts import counterpart_codes
from graphkit.ingest.actors.datelines import item_country
from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.actors.known import known_actor
from graphkit.ingest.actors.offices import home_country

__all__ = ["GOV_WORDS", "office_holders", "subject_demonyms"]

#: Title words of office holders who speak for their country ("foreign ministry spokesman").
GOV_WORDS = frozenset("""
minister ministry spokesman spokeswoman spokesperson ambassador envoy president premier chancellor
secretary government foreign defense defence interior official diplomat negotiator
""".split())

_SUBJECTS = ("nsubj", "nsubjpass")


def subject_demonyms(t, lo: int, hi: int) -> set[str]:
    """Countries whose demonym modifies a subject noun of tokens ``lo:hi`` ("the Japanese government would
    act", "Japanese officials would visit"), read on the token table ``t``."""
    return {code for k in range(lo, hi) if t.dep[k] in ("amod", "compound") and t.text[k][:1].isupper()
            and t.dep[t.head[k]] in _SUBJECTS and (code := demonym_code(t.text[k]))}


def _is_subject(t, start: int, end: int) -> bool:
    """Whether the name at tokens ``start:end`` is a subject or a possessor ("X said", "X's aide said")."""
    root = next((k for k in range(start, end) if not start <= t.head[k] < end), end - 1)
    return t.dep[root] in (*_SUBJECTS, "poss")


def office_holders(b) -> None:
    """Tie each titled person with no country of the article of builder ``b`` (a
    :class:`graphkit.ingest.actors.find._Builder`) to the one country of their sentence or to the setting's
    (see the module's description)."""
    t = b.table
    main = b.main_country(clear=True)  # a guess: only when one country stands out
    for c in b.clusters:
        if c.kind != "person" or not c.titles or any(x.code for x in b.affil[id(c)]):
            continue
        if _cabinet_member(b, c):
            continue
        others = counterpart_codes(b, c)  # "X may ask Britain": Britain is not X's
        known = known_actor(c.names, c.kind)
        if known is not None and known.country:  # WordNet's "Reagan" is American whatever his sentence names
            others = {*others, *(code for code in b.by_code if code != known.country)}
        governs = any(GOV_WORDS.intersection(x.lower().split()) for x in c.titles)
        for m in c.mentions:
            if b.affil[id(c)] or not governs:
                break
            lo, hi = b.bounds[m.start]
            found = {x.code: x for k in range(lo, hi) if (x := b.tok_cluster.get(k)) and x.code
                     and x.code not in others}
            subjects = {x.code for k in range(lo, hi) if (x := b.tok_cluster.get(k)) and x.code
                        and t.dep[k] in _SUBJECTS and x.code not in others}
            said = {code for code in subject_demonyms(t, lo, hi) if code not in others} \
                if _is_subject(t, m.start, m.end) else set()  # "Japanese officials", told by the official
            codes = {*found, *said}
            if len(codes) == 1 and (subjects or said):
                code = next(iter(codes))
                b.tie(c, found[code] if code in found else b.country(code))
        if not b.affil[id(c)] and cluster_sector(c) in ("GOV", "LEG", "JUD") \
                and known is None:  # WordNet's "Reagan" beats the setting's guess
            item = item_country(b, c.mentions[0].start)  # a roundup's item: its dateline's country
            here = b.country(item) if item else _setting(b, main)
            main = main if item else here
            if here is not None and here.code not in others:
                b.kept.add(id(here))
                b.tie(c, here)


def _cabinet_member(b, c) -> bool:
    """Tie person ``c`` to the country of a sole cabinet office among its titles, if one (and only one) is."""
    codes = {code for title in c.titles if (code := cabinet_country(title))}
    if len(codes) != 1:
        return False
    home = b.country(next(iter(codes)))
    b.kept.add(id(home))
    b.tie(c, home)
    return True


def _setting(b, main):
    """``main`` (the country the article names most), else the country of its dateline or headline."""
    if main is None and (code := b.unnamed_home or home_country(b)):
        main = b.country(code)
        b.kept.add(id(main))  # kept though the body may not name it
    return main
