"""The actor stage: named mentions into merged, typed, affiliated actors for one article.

Steps (all per article, linear in the number of tokens and mentions):

1. name mentions from spaCy's entities, repaired, with titles and affiliations
   (:mod:`graphkit.ingest.actors.mentions`); a headline (``article.title`` at the start of the text)
   is not trusted to the model: only names confirmed in the body are taken from it;
2. further mentions of the names found, where the model missed them ("Israel-Hamas");
3. merging within the article (:mod:`graphkit.ingest.actors.clusters`): one country per ISO code
   ("U.S." = "the United States"),
   abbreviations ("U.N." = "United Nations", acronyms of names in the article), surnames to
   full names ("Kerry" -> "John Kerry"), shorter and longer place names ("Gaza" = "Gaza Strip");
4. one kind per actor from all the votes (gazetteer and titles outweigh the model);
5. unnamed sources and collectives ("a U.S. official", "a senior Hamas official", "Israeli
   troops", "Palestinian civilians", "donors" acting) and affiliations of people (title
   phrases, demonyms, possessors, the one country of the sentence for office holders, and the bodies
   the text gives without writing them by the name: :mod:`graphkit.ingest.actors.nearby`);
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

from collections import defaultdict
from dataclasses import dataclass, field

from graphkit.ingest.actors.around import DETS
from graphkit.ingest.actors.clusters import Cluster, cluster_mentions, head_word, propagate
from graphkit.ingest.actors.codes import cluster_code
from graphkit.ingest.actors.common_names import is_generic_body
from graphkit.ingest.actors.coref import resolve_references
from graphkit.ingest.actors.counterparts import country_votes, outvoted
from graphkit.ingest.actors.demonyms import modified_bodies
from graphkit.ingest.actors.epithets import epithets
from graphkit.ingest.actors.eras import period_code
from graphkit.ingest.actors.figures import figures_of_speech
from graphkit.ingest.actors.gazetteer import country_code, country_name, demonym_code, party
from graphkit.ingest.actors.holders import office_holders
from graphkit.ingest.actors.homelands import homelands
from graphkit.ingest.actors.homes import coded_homes, principals_of, short_bodies, unnamed_homes
from graphkit.ingest.actors.institutions import national_bodies
from graphkit.ingest.actors.mentions import NameMention, find_mentions, headline_end, sentence_bounds
from graphkit.ingest.actors.nearby import body_ties, nearby_ties
from graphkit.ingest.actors.officials import body_officials
from graphkit.ingest.actors.pairs import pair_references
from graphkit.ingest.actors.parties import namesake_parties
from graphkit.ingest.actors.partisans import party_members
from graphkit.ingest.actors.places import place_country
from graphkit.ingest.actors.portfolios import department_homes
from graphkit.ingest.actors.possessors import owned_bodies
from graphkit.ingest.actors.regimes import leaders_governments
from graphkit.ingest.actors.roles import predicative_titles
from graphkit.ingest.actors.seats import seat_bodies
from graphkit.ingest.actors.ties import appositive_title, of_country, party_before_title, peers_and_chamber, role_owners
from graphkit.ingest.actors.unnamed import find_unnamed
from graphkit.ingest.prepare.tokentable import token_table
from graphkit.models import Actor, Article, Mention
from graphkit.names import name_key, unique_slug

__all__ = ["ActorLayer", "find_actors"]


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


#: Nouns of a description that stands for the organisation named last ("the organisation's president").
_GENERIC_OWNERS = frozenset({"organisation", "organization", "group", "body", "charity"})



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
    b = _Builder(doc, article)
    b.affiliations()
    b.stated_roles()
    epithets(b)  # "Australian businessman Alan Bond", "Sakharov, the Soviet dissident"
    b.described()
    b.places()
    short_bodies(b)  # "Congress" in a U.S. report
    b.predicative()
    b.peers()
    nearby_ties(b)  # the article's government, a body one acts for
    owned_bodies(b)  # "Japan's Export-Import Bank"
    modified_bodies(b)  # "French Treasury officials"
    seat_bodies(b)  # "Tokyo Stock Exchange"
    namesake_parties(b)  # "Italy's Christian Democrats" are no German party
    national_bodies(b)  # "Central Bank President X" in a report from Bolivia; "Parliament" in one from Tokyo
    party_members(b)  # "Sen. X (R-Minn.)": a member of the U.S. Congress
    office_holders(b)  # the one country of the sentence, else the setting
    body_officials(b)  # "Federal Court Judge X": a national body's official, of the setting
    department_homes(b)  # "the Treasury" of "U.S. Treasury Secretary James Baker"
    leaders_governments(b)  # "the Reagan Administration": its leader's country's
    b.assign_ids()
    b.unnamed()
    body_ties(b)  # a bare office of the body under discussion: "Chairman X said"
    leaders_governments(b, late=True)  # "the Reagan government", read as an unnamed body
    body_officials(b, parties=True)  # "Tory leader X", "Chancellor Y" in a report that names no country
    genders = {c.id: c.gender for c in b.clusters if c.gender}
    main = b.main_country()
    b.layer.plural = resolve_references(doc, b.layer.token_actor, b.kinds, genders, b.layer.plural, table=b.table,
                                        home=main.id if main is not None and main.id else None, homes=homelands(b))
    pair_references(doc, b.layer.token_actor, b.kinds, b.layer.plural, b.table)  # "the two men": a pair named before
    return b.records()


class _Builder:
    """The clusters of one article and the steps that affiliate, type and record them."""

    def __init__(self, doc, article: Article) -> None:
        self.doc, self.article = doc, article
        self.table = table = token_table(doc)
        span_text = table.span_text
        self.body = body = headline_end(doc, article, table)
        self.bounds = sentence_bounds(doc, table)
        mentions = find_mentions(doc, body, bounds=self.bounds, table=table)
        self.clusters = clusters = figures_of_speech(table, cluster_mentions(mentions))  # no coinages, styles
        covered = {k for m in mentions for k in range(m.start, m.end)}
        for c, i, j in propagate(doc, clusters, body, covered, table=table):
            m = NameMention(start=i, end=j, text=" ".join(span_text(i, j).split()), kind=c.kind, key="")
            c.mentions.append(m)
            if m.text not in c.names and (i >= body or not m.text.isupper()):  # no "KERRY" from a headline
                c.names.append(m.text)
        self.tok_cluster: dict[int, Cluster] = {}
        for c in clusters:
            for m in c.mentions:
                for k in range(m.start, m.end):
                    self.tok_cluster[k] = c
        self.by_code = {c.code: c for c in clusters if c.code}
        self.affil: dict[int, list[Cluster]] = defaultdict(list)
        self.layer = ActorLayer()
        self.used: set[str] = set()
        self.kinds: dict[str, str] = {}
        self.groups: dict[str, Cluster] = {}
        self.kept: set[int] = set()  # clusters recorded without a mention (a headline's country)
        self.unnamed_home: str | None = None  # the country of a report's places and known actors, unnamed

    # ------------------------------------------------------------------ clusters
    def country(self, code: str, start: int | None = None, end: int | None = None) -> Cluster:
        """The cluster of the country ``code`` (as of the article's date: :mod:`graphkit.ingest.actors.eras`),
        made (mentioned at tokens ``start:end``) if new."""
        code = period_code(code, self.article.published) or code
        c = self.by_code.get(code)
        t = self.table
        if c is None:
            c = self.by_code[code] = Cluster()
            c.code = code
            c.kinds["country"] += 3
            c.names.append(country_name(code))
            self.clusters.append(c)
        if start is not None and end is not None and not any(m.start <= start < m.end for m in c.mentions):
            # also when the country was made unmentioned, as the home of a place ("Northern Ireland")
            span = (t.idx[start], t.idx[end - 1] + len(t.text[end - 1]), t.span_text(start, end))
            if span not in c.extra:
                c.extra.append(span)
        return c

    def tie(self, c: Cluster, t: Cluster) -> None:
        """Affiliate ``c`` to ``t`` (once)."""
        if t is not c and t not in self.affil[id(c)]:
            self.affil[id(c)].append(t)

    def main_country(self, clear: bool = False) -> Cluster | None:
        """The country the article is about: named (by name, demonym, its places, its peoples and its
        parties) at least twice and more than any other, if the article names it itself and no other country
        stands out as much where the article stands (:func:`~graphkit.ingest.actors.counterparts.outvoted`: not
        Iran in a U.S. report on arms sold to Iran). ``clear``: where the
        article stands (:func:`~graphkit.ingest.actors.counterparts.country_votes`), more than twice as often
        as any other, as a report names the country it stands in."""
        ranked = country_votes(self, setting=clear).most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * (1 + clear) >= ranked[0][1]):
            return None
        if not clear and outvoted(self, ranked[0][0], ties=False):  # named most, but the report stands elsewhere
            return None
        top = self.by_code.get(ranked[0][0])
        if top is not None and (top.mentions or top.extra):
            return top
        if clear:  # a U.S. report names Washington and Reagan, not the United States
            self.unnamed_home = ranked[0][0]
        return None

    # ------------------------------------------------------------------ steps
    def affiliations(self) -> None:
        """Affiliations written around names, and organisations named after their country."""
        text = self.table.text
        for c in self.clusters:
            for m in c.mentions:
                for s, e in m.affil_spans:
                    t = self.tok_cluster.get(s) or self.tok_cluster.get(e - 1)
                    if t is not None:
                        self.tie(c, t)
                for code, k in zip(m.affil_codes, m.affil_code_tokens, strict=False):
                    self.tie(c, self.country(code, k, k + 1))
        # organisations named after their country ("Kenya Anti-Corruption Commission", "Israeli army"),
        # and parties of a country the article names ("Labour" in a report that names Britain)
        for c in list(self.clusters):
            if c.kind == "group" and c.pcode in self.by_code:  # "Britons" of the United Kingdom
                self.tie(c, self.by_code[c.pcode])
            if c.kind != "organization" or c.code:
                continue
            home = party(c.name())
            if home and home[1] in self.by_code:
                self.tie(c, self.by_code[home[1]])
            long = next((m for m in c.mentions if m.end - m.start > 1), None)
            if long is None:
                continue
            opening = [(n, " ".join(text[long.start:long.start + n])) for n in (2, 1) if long.end - long.start > n]
            own, n = next(((cc, n) for n, w in opening if w[:1].isupper() and (
                cc := country_code(w) or demonym_code(w))), (None, 0))
            if own:  # "Israeli army", "North Korean Central News Agency"
                self.tie(c, self.country(own, long.start, long.start + n))
            elif (of := self._of_country(long.start, long.end)) is not None:
                self.tie(c, of)  # "the Defence Ministry of Israel", "Bank of Japan"

    def _of_country(self, start: int, end: int) -> Cluster | None:
        """The country of an organisation named "... of <country or place>" (:func:`of_country`)."""
        found = of_country(self.table, start, end)
        if found is None:
            return None
        code, s, place = found
        if not place:
            return self.country(code, s, end)
        home = self.country(code)  # "Bank of England": the place is no mention of the country
        self.kept.add(id(home))
        return home

    def stated_roles(self) -> None:
        """Roles stated around a name (:mod:`graphkit.ingest.actors.ties`): "one of UKIP's members,
        X", "X, who is Veritas' leader", "Green MSP X" -> the one "Green ..." organisation."""
        t = self.table
        firsts: dict[str, list[Cluster]] = defaultdict(list)
        for c in self.clusters:
            if c.kind == "organization" and not c.code:
                for n in c.names:
                    if " " in n and n.split()[0].lower() not in DETS:
                        firsts[n.split()[0].lower()].append(c)
        for c in self.clusters:
            if c.kind != "person":
                continue
            for m in c.mentions:
                h = next((k for k in range(m.start, m.end) if not m.start <= t.head[k] < m.end), m.end - 1)
                if not c.titles and (office := appositive_title(t, h)):
                    c.titles.append(office)  # "the Archbishop of Canterbury, Rowan Williams"
                for k in role_owners(t, h):
                    if (x := self.tok_cluster.get(k)) is not None and (x.kind in ("organization", "country") or (
                            x.kind == "location" and place_country(x.name()))):  # "X, a Michigan Democrat"
                        self.tie(c, x)
                    elif x is None and (code := demonym_code(t.text[k])):  # "a member of the Syrian parliament"
                        self.tie(c, self.country(code, k, k + 1))
                if m.titles and m.prefix_start is not None and m.prefix_start - 1 not in self.tok_cluster:
                    for x in party_before_title(t, m.prefix_start, firsts):
                        self.tie(c, x)

    def described(self) -> None:
        """Affiliations written as a definite description: "the agency's chief executive X" is of
        the one organisation named before whose head noun is "agency"; "the organisation's" of the
        organisation named last before it."""
        orgs = [c for c in self.clusters if c.kind == "organization" and not c.code and c.mentions]
        for c in self.clusters:
            for m in c.mentions:
                if m.described_by is None:
                    continue
                k, noun = m.described_by
                before = [(x, min(y.start for y in x.mentions)) for x in orgs if x is not c
                          and any(y.start < k for y in x.mentions)]
                named = [x for x, _ in before if any((h := head_word(n)) and h == noun for n in x.names)]
                if noun in _GENERIC_OWNERS and before:
                    named = [max(before, key=lambda p: max(y.start for y in p[0].mentions if y.start < k))[0]]
                if len(named) == 1:
                    self.tie(c, named[0])

    def places(self) -> None:
        """Places below the country: a one-word "person" or "organisation" with no personal evidence
        that the gazetteer knows is a place ("Manchester", "Torfaen"), unless listed with organisations
        ("the GMB and Unison", which is one too, unless the gazetteer knows the place: "Gaza and
        Hamas"); every place is tied to its country."""
        for c in list(self.clusters):
            if c.code:
                continue
            if c.kind == "location" and not any(m.placed or m.label in ("LOC", "FAC") for m in c.mentions) \
                    and not place_country(c.name()) and self._listed_with_orgs(c):
                c.kinds["organization"] += sum(c.kinds.values()) + 1  # "the GMB and Unison"
                continue
            if c.kind in ("person", "organization") and not _personal(c):
                if c.kind == "organization" and (any(m.strong for m in c.mentions) or self._listed_with_orgs(c)):
                    continue
                if place_country(c.name()):
                    c.kinds["location"] += sum(c.kinds.values()) + 1
            if c.kind == "location":
                code = place_country(c.name())
                if code:
                    self.tie(c, self.country(code))

    def _listed_with_orgs(self, c: Cluster) -> bool:
        """Whether a name is coordinated with an organisation's ("the GMB and Unison"): a list
        joins names of one kind."""
        t = self.table
        for m in c.mentions:
            for k in range(m.start, m.end):
                near = [t.head[k]] if t.dep[k] == "conj" else []
                near += [x for x in t.children(k) if t.dep[x] == "conj"]
                if any((x := self.tok_cluster.get(j)) is not None and x is not c and x.kind == "organization"
                       for j in near):
                    return True
        return False

    def predicative(self) -> None:
        """Titles stated with "as" ("Blunkett quit as home secretary") join the person's titles."""
        for k, title in predicative_titles(self.table):
            c = self.tok_cluster.get(k)
            if c is not None and c.kind == "person" and title not in c.titles:
                c.titles.append(title)

    def peers(self) -> None:
        """A peer sits in the upper chamber the article names (:func:`peers_and_chamber`)."""
        for c, chamber in peers_and_chamber(self.clusters):
            self.tie(c, chamber)

    def ensure_id(self, c: Cluster) -> str:
        if not c.id:
            c.id = unique_slug(c.name(), self.used)
            self.used.add(c.id)
            self.kinds[c.id] = c.kind
        return c.id

    def assign_ids(self) -> None:
        """Ids of the named actors, and the tokens (names, titles, affiliations) that refer to them."""
        token_actor = self.layer.token_actor
        for c in self.clusters:
            self.ensure_id(c)
        for c in self.clusters:
            for m in c.mentions:
                for k in range(m.start, m.end):
                    token_actor[k] = c.id
                if m.prefix_start is not None:
                    for k in range(m.prefix_start, m.start):
                        token_actor.setdefault(k, c.id)
        for c in self.clusters:  # affiliation phrases map to their own actors, not the person's
            for m in c.mentions:
                for s, e in m.affil_spans:
                    x = self.tok_cluster.get(s)
                    if x is not None:
                        for k in range(s, e):
                            token_actor[k] = x.id
        self.groups = {name_key(c.name()): c for c in self.clusters if c.kind == "group"}

    def group(self, name: str, code: str | None, kind: str = "group", key: str | None = None) -> Cluster:
        """The group actor ``name`` of this article (made if new); ``code`` the country of a people;
        ``key`` tells apart groups of one name ("police" of two countries), by default the name."""
        key = key or name_key(name)
        g = self.groups.get(key)
        if g is None:
            g = self.groups[key] = Cluster()
            g.kinds[kind] += 3
            g.names.append(name)
            g.pcode = code
            self.clusters.append(g)
            self.ensure_id(g)
        return g

    def unnamed(self) -> None:
        find_unnamed(self)

    # ------------------------------------------------------------------ records
    def records(self) -> ActorLayer:
        layer, t, article = self.layer, self.table, self.article
        idx, text, span_text = t.idx, t.text, t.span_text
        homes = unnamed_homes(self) | self.kept | coded_homes(self)
        by_id = {c.id: c for c in self.clusters}
        for c in self.clusters:
            name = c.name()
            # model_construct: the values are built here with the right types (validation is a cost)
            mentions = [Mention.model_construct(article=article.id, start=idx[m.start],
                                                end=idx[m.end - 1] + len(text[m.end - 1]),
                                                text=span_text(m.start, m.end))
                        for m in c.mentions]
            mentions += [Mention.model_construct(article=article.id, start=s, end=e, text=x) for s, e, x in c.extra]
            if not mentions and id(c) not in homes:
                continue
            mentions.sort(key=lambda x: x.start)
            said = [x for _, _, x in c.extra if c.kind == "group"]  # how a people was named: "Afghan civilians"
            aliases = [n for n in dict.fromkeys([*c.names, *(x.text for x in mentions if x.text in c.names), *said])
                       if n != name]
            ties = self.affil.get(id(c), [])
            aff = [x.id for x in ties if x.id in by_id and x.id != c.id]
            principals = principals_of(self, c)
            aff += [u.id for u in principals if u.id not in aff]  # a spokeswoman's principal's country
            sector, code = cluster_code(c, [*ties, *principals])
            if not c.code:  # a known body's or a place's country as of the report ("the Kremlin" in 1987)
                code = period_code(code, article.published)
            layer.actors[c.id] = Actor(
                id=c.id, name=name, kind=c.kind, code=code, sector=sector, aliases=aliases, titles=list(c.titles),
                affiliations=list(dict.fromkeys(aff)), mentions=list(dict.fromkeys(mentions)),
                generic_name=is_generic_body(c.kind, name))
        layer.token_actor = {k: v for k, v in layer.token_actor.items() if v in layer.actors}
        layer.plural = {k: [a for a in v if a in layer.actors] for k, v in layer.plural.items()}
        return layer


def _personal(c: Cluster) -> bool:
    """Whether a cluster shows a person: a title, an honorific, or a name of several words."""
    return bool(c.titles or c.gender) or any(len(n.split()) > 1 for n in c.names)
