"""Definite descriptions of actors by office or by kind of body ("the prime minister", "the agency").

News writing names a person once, usually with the office ("Prime Minister Tony Blair"), and then
refers to them by the office alone with the definite article: "the prime minister", "the premier",
"the Conservative leader", "the prince". Likewise a named body is taken up by its head noun: "the
Child Support Agency ... the agency". This module maps such descriptions to the actor:

- a title description ("the" + title words ending in a title head, with no possessor and no "of"
  phrase) refers to the person of the article whose title ends with the same title, or a synonym of
  it (``title_synonyms``: premier = prime minister, from WordNet's most frequent sense); a
  capitalised modifier ("the Conservative leader", "the Tory leader") must name the person's party
  or body, or be the nationality of a person the text gave none ("the Japanese minister" after "Trade Minister
  X", who is then tied to Japan; not a prime minister already known as Japan's: another minister is meant).
  Among several holders the one mentioned last before wins. When the article names no holder
  the description stays unresolved: nothing is invented;
- except for a monarch's capitalised title ("the Queen", "the King"): news calls the reigning monarch
  of its own country by the title alone, so with no named holder it is a person actor named by the
  title ("The Queen"), tied to the article's country when it names one;
- "the <noun>" whose noun ends the name of a body named before ("the agency" after "the Child
  Support Agency", "the party" after a party, "the company" after a name ending in a legal form
  such as "Co" or "AB", list ``company_name_ends``) refers to the body named last; so do
  lower-case nouns that end such a name ("the assembly government" after "the Welsh Assembly
  Government").

Examples
--------
>>> title_matches(["premier"], "Prime Minister"), title_matches(["home", "secretary"], "Home Secretary")
(True, True)
>>> title_matches(["chancellor"], "Prime Minister"), title_matches(["leader"], "Conservative leader")
(False, True)
>>> title_matches(["archbishop"], "Archbishop of Canterbury"), title_matches(["secretary"], "Secretary of State")
(True, True)
>>> title_matches(["chancellor"], "Shadow chancellor"), title_matches(["shadow", "chancellor"], "Shadow chancellor")
(False, True)
"""
from __future__ import annotations

from functools import lru_cache

from graphkit.ingest.actors.gazetteer import party
from graphkit.ingest.actors.nationalities import described_country
from graphkit.ingest.actors.titles import is_title_head, is_title_word, title_gender
from graphkit.ingest.words import word_list

__all__ = ["find_descriptions", "name_heads", "title_matches", "title_synonyms"]

_MOD_DEPS = frozenset({"amod", "compound", "nmod"})
#: Modifiers that make a title another office (its shadow, deputy or past holder).
_OTHER_OFFICE = frozenset({"shadow", "deputy", "vice", "assistant", "former", "junior", "under", "acting", "ex"})
_COMPANY = frozenset({"company", "firm"})


@lru_cache(maxsize=1)
def title_synonyms() -> dict[str, frozenset[str]]:
    """Title -> its synonyms (``data/words/title_synonyms.txt``, lines "premier = prime minister").

    >>> sorted(title_synonyms()["premier"])
    ['prime minister']
    """
    out: dict[str, set[str]] = {}
    for line in word_list("title_synonyms"):
        a, _, b = line.partition("=")
        out.setdefault(a.strip(), set()).add(b.strip())
    return {k: frozenset(v) for k, v in out.items()}


def title_matches(words: list[str], title: str) -> bool:
    """Whether the title words of a description ("prime minister") name the holder of ``title``.

    The title ends with the description's words ("leader" names a "Conservative leader"), or
    with a synonym of them ("premier" names a "Prime Minister").
    """
    full = title.lower().replace("-", " ")
    if set(full.split()) & _OTHER_OFFICE and not {w.lower() for w in words} & _OTHER_OFFICE:
        return False  # "the chancellor" is not the shadow chancellor, "the president" no vice president
    heads = [full.split()]
    if " of " in full:  # "the archbishop" names the "Archbishop of Canterbury"
        heads.append(full.split(" of ")[0].split())
    phrase = " ".join(w.lower() for w in words)
    for p in (phrase, *title_synonyms().get(phrase, ())):
        want = p.split()
        if want and any(have[-len(want):] == want for have in heads):
            return True
    return False


def _phrase(t, i: int) -> tuple[int, list[str], list[str]] | None:
    """(start, title words, capitalised modifiers) of "the ... <title head>" headed by token ``i``."""
    kids = t.children(i)
    if not any(t.dep[c] == "det" and t.lower[c] == "the" for c in kids):
        return None
    if any(t.dep[c] in ("poss", "nummod") or (t.dep[c] == "prep" and t.lower[c] == "of") for c in kids):
        return None
    start, words, caps = i, [t.text[i]], list[str]()
    k = i - 1
    while k >= 0 and t.head[k] == i and t.dep[k] in _MOD_DEPS:
        if is_title_word(t.text[k]) and not (t.text[k][:1].isupper() and not is_title_head(t.text[i])):
            words.insert(0, t.text[k])
        elif t.text[k][:1].isupper():
            caps.insert(0, t.text[k])
        else:
            return None
        start = k
        k -= 1
    if k < 0 or t.lower[k] != "the":
        return None
    return start, words, caps


def _party_key(name: str) -> str:
    found = party(name)
    return found[0].lower() if found else name.lower()


def _caps_fit(b, c, caps: list[str]) -> bool:
    """Whether capitalised modifiers ("Conservative") name a body the person belongs to."""
    if not caps:
        return True
    if described_country(caps) is not None:  # "the Japanese minister": a holder of no country yet
        return not any(x.code for x in b.affil.get(id(c), []))
    ties = [x.name() for x in b.affil.get(id(c), [])]
    keys = {_party_key(n) for n in ties} | {w.lower() for n in ties for w in n.split()}
    return all(w.lower() in keys or _party_key(w) in keys for w in caps)


def _last_before(b, c, i: int) -> int:
    """Character offset of the last mention of cluster ``c`` before token ``i`` (-1 if none)."""
    here = b.table.idx[i]
    starts = [b.table.idx[m.start] for m in c.mentions] + [s for s, _, _ in c.extra]
    return max((s for s in starts if s < here), default=-1)


def _holder(b, i: int, words: list[str], caps: list[str]):
    """The person cluster holding the title of the description at ``i``, else None."""
    found = [c for c in b.clusters if c.kind == "person" and c.mentions
             and any(title_matches(words, x) for x in c.titles) and _caps_fit(b, c, caps)]
    before = [c for c in found if _last_before(b, c, i) >= 0]
    if before:
        return max(before, key=lambda c: _last_before(b, c, i))
    return found[0] if len(found) == 1 else None


def _monarch(b, i: int, words: list[str], caps: list[str], main):
    """A person actor named by a monarch's capitalised title ("The Queen") of the article's country."""
    t = b.table
    if caps or len(words) != 1 or not t.text[i][:1].isupper():
        return None
    if t.lower[i] not in word_list("monarch_titles"):
        return None
    g = b.group(f"The {t.text[i]}", None, "person")
    if t.text[i] not in g.titles:
        g.titles.append(t.text[i])
    g.gender = title_gender(t.text[i])
    if main is not None:
        b.tie(g, main)
    return g


def name_heads(name: str) -> set[str]:
    """The nouns a body's name is taken up by: its last word, and the head of an "N of M" name ("the
    union" after "the National Union of Mineworkers", "the bank" after "the Bank of England").

    >>> sorted(name_heads("National Union of Mineworkers")), sorted(name_heads("Child Support Agency"))
    (['mineworkers', 'union'], ['agency'])
    """
    words = name.lower().split()
    heads = set(words[-1:])
    if "of" in words[1:]:
        heads.add(words[words.index("of", 1) - 1])
    return heads


def _body(b, i: int):
    """The body named last before ``i`` whose name ends with the noun at ``i`` ("the agency")."""
    t = b.table
    noun = t.lower[i]
    best, best_at = None, -1
    for c in b.clusters:
        if c.kind not in ("organization", "group") or c.code:
            continue
        heads = {h for n in c.names for h in name_heads(n)}
        if noun in heads or (noun == "party" and any(party(n) for n in c.names)) or (
                noun in _COMPANY and heads & word_list("company_name_ends")):
            at = _last_before(b, c, i)
            if at > best_at:
                best, best_at = c, at
    return best


def _body_phrase(t, i: int) -> tuple[int, list[str]] | None:
    """(start, words) of "the" + lower-case nouns before the body noun at ``i`` ("the assembly
    government"): at least two words, else None."""
    k, words = i - 1, [t.lower[i]]
    while k >= 0 and t.head[k] == i and t.dep[k] in ("compound", "nmod") and t.text[k].islower():
        words.insert(0, t.lower[k])
        k -= 1
    if k < 0 or t.lower[k] != "the" or len(words) < 2 or not t.text[i].islower():
        return None
    return k + 1, words


def _named_body(b, i: int, words: list[str]):
    """The organisation named last before ``i`` whose name ends with ``words`` ("the assembly
    government" after "the Welsh Assembly Government"), else None."""
    best, best_at = None, -1
    for c in b.clusters:
        if c.kind not in ("organization", "group") or c.code:
            continue
        if any(n.lower().split()[-len(words):] == words for n in c.names):
            at = _last_before(b, c, i)
            if at > best_at:
                best, best_at = c, at
    return best


def find_descriptions(b, titles: bool = True) -> None:
    """Map the title descriptions (``titles``), else the body descriptions, of builder ``b``'s
    article to actors (see the module). Titles go first, before unnamed sources take "the
    Conservative leader" for the party; bodies last, when the unnamed bodies exist.

    Parameters
    ----------
    b : graphkit.ingest.actors.find._Builder
        The actor stage's builder of one article (clusters, token table, token -> actor map).
    titles : bool
        Title descriptions ("the premier") when True, body descriptions ("the agency") when False.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.actors.find import find_actors
    >>> from graphkit.models import Article
    >>> words = ["Prime", "Minister", "Tony", "Blair", "spoke", ".", "The", "premier", "left", "."]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 3, 3, 4, 4, 4, 7, 8, 8, 8],
    ...           deps=["compound", "compound", "compound", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT",
    ...                 "punct"], pos=["PROPN"] * 4 + ["VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
    ...           ents=["O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 6)
    >>> layer = find_actors(doc, Article(id="a", text=doc.text))
    >>> layer.actors[layer.at(7)].name
    'Tony Blair'
    """
    t = b.table
    token_actor = b.layer.token_actor
    main = b.main_country()
    bodies = word_list("body_nouns")
    for i in range(b.body, len(t.text)):
        if i in token_actor or t.pos[i] not in ("NOUN", "PROPN"):
            continue
        title = is_title_head(t.text[i])
        if title != titles or (not title and t.lower[i] not in bodies):
            continue
        found = _phrase(t, i)
        start, words, caps = found if found is not None else (i, [], [])
        if found is None and title:
            continue
        if title:
            c = _holder(b, i, words, caps) or _monarch(b, i, words, caps, main)
            if c is not None and (code := described_country(caps)) and not any(x.code for x in b.affil[id(c)]):
                b.kept.add(id(home := b.country(code)))  # the nationality told later: "the Japanese minister"
                b.tie(c, home)
        else:
            c = _body(b, i) if not caps and len(words) == 1 else None
        if c is None and not title:
            phrase = _body_phrase(t, i)
            if phrase is None:
                continue
            start, words = phrase
            c = _named_body(b, i, words)
        if c is None:
            continue
        token_actor[i] = b.ensure_id(c)
        c.extra.append((t.idx[start], t.idx[i] + len(t.text[i]), t.span_text(start, i + 1)))
