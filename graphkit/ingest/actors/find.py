"""The actor stage: named mentions into merged, typed, affiliated actors for one article.

Steps (all per article, linear in the number of tokens and mentions):

1. name mentions from spaCy's entities, repaired, with titles and affiliations
   (:mod:`graphkit.ingest.actors.mentions`); a headline (``article.title`` at the start of the text)
   is not trusted to the model: only names confirmed in the body are taken from it;
2. further mentions of the names found, where the model missed them ("Israel-Hamas");
3. merging within the article (:mod:`graphkit.ingest.actors.clusters`): one country per ISO code ("U.S." = "the United States"),
   abbreviations ("U.N." = "United Nations", acronyms of names in the article), surnames to
   full names ("Kerry" -> "John Kerry"), shorter and longer place names ("Gaza" = "Gaza Strip");
4. one kind per actor from all the votes (gazetteer and titles outweigh the model);
5. unnamed sources and collectives ("a U.S. official", "a senior Hamas official", "Israeli
   troops", "Palestinian civilians", "donors" acting) and affiliations of people (title
   phrases, demonyms, possessors, the one country of the sentence for office holders);
6. coreference (:mod:`graphkit.ingest.actors.coref`).

Countries and demonyms come from :mod:`graphkit.ingest.actors.gazetteer`, title words from
:mod:`graphkit.ingest.actors.titles`; no rule names a particular person, group or country.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.models import Article
>>> words = ["John", "Kerry", "met", "Netanyahu", ".", "Kerry", "left", "."]
>>> doc = Doc(Vocab(), words=words, ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "O", "B-PERSON", "O", "O"])
>>> layer = find_actors(doc, Article(id="a", text=doc.text))
>>> sorted((a.name, a.aliases) for a in layer.actors.values())
[('John Kerry', ['Kerry']), ('Netanyahu', [])]
>>> layer.at(5) == layer.at(0)
True
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field

from graphkit.ingest.actors.clusters import Cluster, cluster_mentions, propagate
from graphkit.ingest.actors.coref import resolve_references
from graphkit.ingest.actors.gazetteer import country_code, country_name, demonym_code, people_name
from graphkit.ingest.actors.mentions import NameMention, find_mentions, sentence_bounds
from graphkit.ingest.actors.titles import SOURCE_NOUNS
from graphkit.ingest.prepare.tokentable import TokenTable, token_table
from graphkit.models import Actor, Article, Mention
from graphkit.names import name_key, unique_slug

__all__ = ["ActorLayer", "find_actors", "PEOPLE_NOUNS", "GROUP_NOUNS"]


@dataclass
class ActorLayer:
    """The actors of one article and which tokens refer to them.

    Attributes
    ----------
    actors : dict
        Article-local actor id to :class:`Actor`. ``Actor.affiliations`` hold local ids too.
    token_actor : dict
        Token index to the local actor id it refers to. Mapped tokens are:

        - names: every token of a name mention ("John", "Kerry"), and the title words
          written with it ("Secretary", "of", "State" in "U.S. Secretary of State John
          Kerry"); the affiliation in such a phrase ("U.S.") maps to its own actor;
        - personal pronouns (he, him, his, she, her, it, its, they, them, their) resolved
          by :mod:`graphkit.ingest.actors.coref`; relative pronouns (who, which, that) to their
          antecedent;
        - the head noun of a definite description ("group" in "the Islamist group",
          "state" in "the Jewish state");
        - the head noun of an unnamed source or instrument to the actor it acts for
          ("official" in "a U.S. official" -> United States, "shell" in "an Israeli
          shell" -> Israel, "government" in "Egypt's government" -> Egypt);
        - the head noun of a people or collective ("civilians" in "Palestinian civilians"
          -> Palestinians; "donors" when donors act).
    plural : dict
        Token index to several actor ids where one phrase refers to several actors ("the two
        countries", "the foreign ministers of Qatar and Turkey"); ``token_actor`` then holds
        the first of them.
    """

    actors: dict[str, Actor] = field(default_factory=dict)
    token_actor: dict[int, str] = field(default_factory=dict)
    plural: dict[int, list[str]] = field(default_factory=dict)

    def at(self, i: int) -> str | None:
        """The actor id token ``i`` refers to, or None."""
        return self.token_actor.get(i)

    def all_at(self, i: int) -> list[str]:
        """Every actor id token ``i`` refers to (several for plural references)."""
        if i in self.plural:
            return list(self.plural[i])
        aid = self.token_actor.get(i)
        return [aid] if aid else []


#: Nouns for people as a collective; with a demonym they name the people ("Palestinian civilians").
PEOPLE_NOUNS = frozenset("""
civilians people residents citizens villagers protesters demonstrators refugees students workers
children women men voters farmers migrants settlers pilgrims worshippers prisoners detainees families
population nationals immigrants youths
""".split())

#: Plural nouns that become ``group`` actors when they act (subject of a verb) with no affiliation.
GROUP_NOUNS = frozenset("""
donors protesters demonstrators rebels insurgents militants settlers refugees strikers rioters
activists creditors investors voters workers students farmers residents villagers unions
""".split())

#: Title words of office holders who speak for their country ("foreign ministry spokesman").
_GOV = frozenset("""
minister ministry spokesman spokeswoman spokesperson ambassador envoy president premier chancellor
secretary government foreign defense defence interior official diplomat negotiator
""".split())


def _headline_end(doc, article: Article, table: TokenTable | None = None) -> int:
    """Token index where the body starts (0 when the text does not start with the title)."""
    title = (article.title or "").strip()
    if not title:
        return 0
    text = article.text  # the text that was parsed (doc.text would rebuild it)
    if not text[:len(title) + 64].lstrip().startswith(title):
        return 0
    end_char = len(text) - len(text.lstrip()) + len(title)
    if table is not None:
        return bisect_left(table.idx, end_char)  # offsets never decrease
    for tok in doc:
        if tok.idx >= end_char:
            return tok.i
    return len(doc)


_ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "iobj"})
_ROLE_PREPS = frozenset({"by", "to", "with", "against", "from", "toward", "towards"})


def _ent_end(t: TokenTable, i: int) -> int:
    """End of the entity starting at token ``i``."""
    iob, e, n = t.ent_iob, i + 1, len(t.ent_iob)
    while e < n and iob[e] == "I":
        e += 1
    return e


def _in_role(t: TokenTable, i: int) -> bool:
    """Whether a noun is a participant (subject, object, agent) rather than a place or a time."""
    dep = t.dep[i]
    if dep in _ROLE_DEPS:
        return True
    if dep == "conj":
        return _in_role(t, t.head[i])
    return dep == "pobj" and t.lower[t.head[i]] in _ROLE_PREPS


_MOD_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
_PRE_DEPS = frozenset({"npadvmod", "compound", "nmod"})


def _source_affiliation(doc, t: TokenTable, i: int, token_actor, kinds) -> tuple[list[str], list[int]]:
    """Actors, and demonym tokens, that the noun at ``i`` acts for ("a senior Hamas official",
    "US and British forces", "the foreign ministers of Qatar and Turkey")."""
    actors: list[str] = []
    demonyms: list[int] = []
    text, dep = t.text, t.dep
    for c in t.children(i):
        d = dep[c]
        if d in _MOD_DEPS:
            mods = [c, *t.conjuncts(c)]
            if d == "amod" and text[c].islower():  # "U.S.-led forces", "Vietnamese-backed"
                mods += [g for g in t.children(c) if dep[g] in _PRE_DEPS and g < c]
            for k in mods:
                aid = token_actor.get(k)
                if aid and kinds.get(aid) != "person":
                    actors.append(aid)
                elif not aid and text[k][:1].isupper():
                    word = doc[k:_ent_end(t, k)].text if t.ent_iob[k] == "B" else text[k]
                    if demonym_code(word):
                        demonyms.append(k)
        elif d == "prep" and t.lower[c] in ("of", "from"):
            for o in (g for g in t.children(c) if dep[g] == "pobj"):
                for k in [o, *t.conjuncts(o)]:
                    aid = token_actor.get(k)
                    if aid and kinds.get(aid) in ("country", "organization"):
                        actors.append(aid)
    return actors, demonyms


def find_actors(doc, article: Article) -> ActorLayer:
    """Find the actors of ``doc`` (the parsed text of ``article``).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed ``article.text``.
    article : Article
        Its id goes into the mentions; its ``title``, when the text starts with it, marks a
        headline whose names count only when the body confirms them.

    Returns
    -------
    ActorLayer
    """
    table = token_table(doc)
    idx, text, lower, dep, span_text = table.idx, table.text, table.lower, table.dep, table.span_text

    body = _headline_end(doc, article, table)
    bounds = sentence_bounds(doc, table)
    mentions = find_mentions(doc, body, bounds=bounds, table=table)
    clusters = cluster_mentions(mentions)
    covered = {k for m in mentions for k in range(m.start, m.end)}
    for c, i, j in propagate(doc, clusters, body, covered, table=table):
        m = NameMention(start=i, end=j, text=" ".join(span_text(i, j).split()), kind=c.kind, key="")
        c.mentions.append(m)
        if m.text not in c.names and (i >= body or not m.text.isupper()):  # no "KERRY" from a headline
            c.names.append(m.text)
    tok_cluster: dict[int, Cluster] = {}
    for c in clusters:
        for m in c.mentions:
            for k in range(m.start, m.end):
                tok_cluster[k] = c
    by_code = {c.code: c for c in clusters if c.code}

    def country(code: str, start: int, end: int) -> Cluster:
        c = by_code.get(code)
        if c is None:
            c = by_code[code] = Cluster()
            c.code = code
            c.kinds["country"] += 3
            c.names.append(country_name(code))
            clusters.append(c)
            c.extra.append((idx[start], idx[end - 1] + len(text[end - 1]), span_text(start, end)))
        return c

    # affiliations of people, by cluster
    affil: dict[int, list[Cluster]] = defaultdict(list)
    for c in clusters:
        for m in c.mentions:
            for s, e in m.affil_spans:
                t = tok_cluster.get(s) or tok_cluster.get(e - 1)
                if t is not None and t is not c and t not in affil[id(c)]:
                    affil[id(c)].append(t)
            for code, k in zip(m.affil_codes, m.affil_code_tokens, strict=False):
                t = country(code, k, k + 1)
                if t not in affil[id(c)]:
                    affil[id(c)].append(t)
    # organisations named after their country ("Kenya Anti-Corruption Commission", "Israeli army")
    for c in list(clusters):
        if c.kind != "organization" or c.code:
            continue
        m = next((m for m in c.mentions if m.end - m.start > 1), None)
        if m is None:
            continue
        first = text[m.start]
        code = country_code(first) or demonym_code(first)
        if code and first[:1].isupper():
            t = country(code, m.start, m.start + 1)
            if t not in affil[id(c)]:
                affil[id(c)].append(t)
    # office holders with no affiliation: the one country of the sentence
    for c in clusters:
        if c.kind != "person" or affil[id(c)] or not c.titles:
            continue
        for m in c.mentions:
            lo, hi = bounds[m.start]
            found = {id(t): t for k in range(lo, hi) if (t := tok_cluster.get(k)) and t.code}
            subjects = {id(t) for k in range(lo, hi) if (t := tok_cluster.get(k)) and t.code
                        and dep[k] in ("nsubj", "nsubjpass")}
            if len(found) == 1 and subjects and any(_GOV.intersection(t.lower().split()) for t in c.titles):
                affil[id(c)].append(next(iter(found.values())))
                break

    # ids and records
    layer = ActorLayer()
    used: set[str] = set()
    for c in clusters:
        c.id = unique_slug(c.name(), used)
        used.add(c.id)
    kinds = {c.id: c.kind for c in clusters}
    for c in clusters:
        for m in c.mentions:
            for k in range(m.start, m.end):
                layer.token_actor[k] = c.id
            if m.prefix_start is not None:
                for k in range(m.prefix_start, m.start):
                    layer.token_actor.setdefault(k, c.id)
    for c in clusters:  # affiliation phrases map to their own actors, not the person's
        for m in c.mentions:
            for s, e in m.affil_spans:
                t = tok_cluster.get(s)
                if t is not None:
                    for k in range(s, e):
                        layer.token_actor[k] = t.id

    # unnamed sources, instruments and collectives
    def ensure_id(c: Cluster) -> str:
        if not c.id:
            c.id = unique_slug(c.name(), used)
            used.add(c.id)
            kinds[c.id] = c.kind
        return c.id

    def group(name: str, code: str | None) -> Cluster:
        g = groups.get(name_key(name))
        if g is None:
            g = groups[name_key(name)] = Cluster()
            g.kinds["group"] += 3
            g.names.append(name)
            g.pcode = code
            clusters.append(g)
            ensure_id(g)
        return g

    groups: dict[str, Cluster] = {name_key(c.name()): c for c in clusters if c.kind == "group"}
    last_source: dict[str, str] = {}
    token_actor, pos = layer.token_actor, table.pos
    for i in range(body, len(text)):
        if i in token_actor or pos[i] not in ("NOUN", "PROPN") or not text[i].islower():
            continue
        low = lower[i]
        actors, demonyms = _source_affiliation(doc, table, i, token_actor, kinds)
        if low in PEOPLE_NOUNS and len(demonyms) == 1 and people_name(text[demonyms[0]]):
            d = demonyms[0]
            g = group(people_name(text[d]), demonym_code(text[d]))
            g.extra.append((idx[d], idx[i] + len(text[i]), span_text(d, i + 1)))
            token_actor[i] = g.id
            continue
        human = low in SOURCE_NOUNS or low in PEOPLE_NOUNS or low in GROUP_NOUNS
        if (actors and human) or (demonyms and (human or _in_role(table, i))):
            targets = list(actors) if human else []  # "an Iraqi withdrawal from Kuwait" is Iraq's
            for k in demonyms:
                end = _ent_end(table, k) if table.ent_iob[k] == "B" else k + 1
                code = demonym_code(span_text(k, end))
                targets.append(ensure_id(country(code, k, end)))
            targets = list(dict.fromkeys(targets))
            token_actor[i] = last_source[low] = targets[0]
            if len(targets) > 1:
                layer.plural[i] = targets
            continue
        if low in SOURCE_NOUNS and low in last_source and any(
                dep[c] == "det" and lower[c] == "the" for c in table.children(i)):
            token_actor[i] = last_source[low]  # "the official" after "a U.S. official"
            continue
        if low in GROUP_NOUNS and dep[i] in ("nsubj", "nsubjpass") and table.tag[i] in ("NNS", ""):
            g = group(low, None)
            g.extra.append((idx[i], idx[i] + len(text[i]), text[i]))
            token_actor[i] = g.id

    genders = {c.id: c.gender for c in clusters if c.gender}
    layer.plural = resolve_references(doc, layer.token_actor, kinds, genders, layer.plural, table=table)

    # records
    by_id = {c.id: c for c in clusters}
    for c in clusters:
        name = c.name()
        # model_construct: the values are built here with the right types (validation is a cost)
        mentions = [Mention.model_construct(article=article.id, start=idx[m.start],
                                            end=idx[m.end - 1] + len(text[m.end - 1]),
                                            text=span_text(m.start, m.end))
                    for m in c.mentions]
        mentions += [Mention.model_construct(article=article.id, start=s, end=e, text=t) for s, e, t in c.extra]
        if not mentions:
            continue
        mentions.sort(key=lambda x: x.start)
        aliases = [n for n in dict.fromkeys([*c.names, *(x.text for x in mentions if x.text in c.names)])
                   if n != name]
        aff = [t.id for t in affil.get(id(c), []) if t.id in by_id and t.id != c.id]
        for t in list(affil.get(id(c), [])):  # a spokeswoman's principal's country
            if t.kind == "person":
                aff += [u.id for u in affil.get(id(t), []) if u.id not in aff and u.id != c.id]
        code = c.code or (c.pcode if c.kind == "group" else None)
        layer.actors[c.id] = Actor(
            id=c.id, name=name, kind=c.kind, code=code, aliases=aliases, titles=list(c.titles),
            affiliations=list(dict.fromkeys(aff)), mentions=list(dict.fromkeys(mentions)))
    layer.token_actor = {k: v for k, v in layer.token_actor.items() if v in layer.actors}
    layer.plural = {k: [a for a in v if a in layer.actors] for k, v in layer.plural.items()}
    return layer
