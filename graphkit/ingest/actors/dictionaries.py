"""The event-data field's actor and agent dictionaries (Phoenix / PETRARCH / TABARI format), read at run time.

graphkit ships none of them: a user names the files (``graphkit build ... --actors FILE``,
``build(..., actor_dictionaries=[...])``). Two kinds of file are read:

- **actors**: an entry line ``NAME_ [CODE]`` or ``NAME_`` followed by synonym lines ``+OTHER_NAME_``
  and code lines ``[CODE 970502-070627]`` (a code with its dates: ``YYMMDD-YYMMDD``, ``>YYMMDD``,
  ``<YYMMDD``; eight-digit dates too). Words are joined by ``_``; ``#`` starts a comment;
- **agents**: ``NOUN [~SEC]`` or ``NOUN {PLURALS} [~SEC]`` lines (a generic noun and its CAMEO sector),
  with ``!MACRO! = A, B`` lines whose macro expands in later entries (``POLICE!PERSON!``).

Applied to one article's records (:meth:`ActorDictionary.apply`), after extraction (so the record
cache and the parallel runners never see them): a person, organisation or group whose name or an
alias is an entry takes the entry's name and the code in force on the publication date (without a
date: the entry's undated code, else its latest); its former name stays an alias. A person with
no sector takes the sector of the agent noun ending one of its titles.

For a person, the text's own word outranks the dictionary, and the dictionary outranks the text's
guesses: a country written in the person's title phrase ("Soviet Foreign Minister Eduard Shevardnadze",
:mod:`graphkit.ingest.actors.nationalities`) keeps an entry of another country from applying (a namesake,
or dates that are not the article's); a person the entry codes loses the countries the extraction guessed
from the sentence or the setting ("Prime Minister Turgut Ozal" in a report on Greece). A role is dated, a
nationality is not: an entry with no code in force on the publication date gives its country only, and an
entry that calls the person out of office (``ELI``) yields to the office the text gives them on that date
("Prime Minister Turgut Ozal" in 1987 is TURGOV, whatever the entry's dates say).

Examples
--------
>>> text = '''TONY_BLAIR_  # a comment
... +PRIME_MINISTER_TONY_BLAIR_
...     [GBRGOV 970502-070627]
...     [GBRELI]
... THE_UNITED_NATIONS_ [IGOUNO]
... UN_ [IGOUNO]
... '''
>>> d = ActorDictionary()
>>> d.read_actors(text.splitlines())
>>> d.lookup("Tony Blair", "2004-05-01"), d.lookup("tony blair", None), d.lookup("the United Nations", None)
(('Tony Blair', 'GBRGOV'), ('Tony Blair', 'GBRELI'), ('The United Nations', 'IGOUNO'))
>>> d.read_agents(["!PERSON! = MAN, WOMAN", "POLICE [~COP]", "POLICE!PERSON!  [~COP]", "MINISTER [~GOV]"])
>>> d.agent_sector("policewoman"), d.agent_sector("Foreign Minister"), d.agent_sector("ministers")
('COP', 'GOV', 'GOV')
>>> d.agent_sector("baker") is None
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from graphkit.errors import InputNotFoundError
from graphkit.ingest.actors.nationalities import written_countries
from graphkit.models import Actor, ArticleRecords
from graphkit.names import name_key, unique_slug

__all__ = ["ActorDictionary", "load_dictionaries", "sector_of_code"]

_CODE = re.compile(r"\[([^\]\s]+)(?:\s+([^\]]*))?\]")
_MACRO = re.compile(r"!([A-Z]+)!")
#: Country-like prefixes of CAMEO codes that are not countries.
_NON_COUNTRY = frozenset({"IGO", "NGO", "MNC", "IMG", "UIS", "INT"})


@dataclass
class _Entry:
    name: str
    codes: list[tuple[str, str, str]] = field(default_factory=list)  # (code, from, until) as YYYYMMDD


def _date(text: str) -> str:
    digits = text.strip()
    if len(digits) == 6:
        return ("19" if int(digits[:2]) >= 30 else "20") + digits
    return digits


def _dates(spec: str | None) -> tuple[str, str]:
    spec = (spec or "").strip()
    if not spec:
        return "", ""
    if spec.startswith(">"):
        return _date(spec[1:]), ""
    if spec.startswith("<"):
        return "", _date(spec[1:])
    if "-" in spec:
        a, b = spec.split("-", 1)
        return _date(a), _date(b)
    return "", ""


def _words(token: str) -> str:
    return " ".join(w for w in token.replace("_", " ").split())


def _display(words: str) -> str:
    return " ".join(w if len(w) <= 3 and not w.isalpha() or len(w) <= 4 and len(words.split()) == 1
                    else w.capitalize() for w in words.split())


def sector_of_code(code: str | None) -> str | None:
    """The sector part of a CAMEO code ("GBRGOV" -> "GOV", "IGOUNO" -> "IGO", "GBR" -> None).

    >>> sector_of_code("GBRGOV"), sector_of_code("IGOUNO"), sector_of_code("GBR")
    ('GOV', 'IGO', None)
    """
    if not code or len(code) < 6 and code[:3] not in _NON_COUNTRY:
        return None
    return code[:3] if code[:3] in _NON_COUNTRY else code[3:6]


class ActorDictionary:
    """Names to CAMEO codes (with dates) and agent nouns to sectors, from dictionary files."""

    def __init__(self) -> None:
        self._names: dict[str, list[_Entry]] = {}
        self._agents: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._names) + len(self._agents)

    # ------------------------------------------------------------------ reading
    def read(self, path) -> None:
        """Read one dictionary file (an agents file when its name says so or its codes start with ``~``)."""
        p = Path(path)
        try:
            lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            raise InputNotFoundError(f"cannot read actor dictionary {p}: {exc.strerror or exc}") from exc
        if "agent" in p.name.lower() or any("[~" in line for line in lines[:400]):
            self.read_agents(lines)
        else:
            self.read_actors(lines)

    def read_actors(self, lines) -> None:
        """Read the lines of an actors file."""
        entry: _Entry | None = None
        for raw in lines:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            if line[0].isspace() or line.startswith("["):
                if entry is not None:
                    entry.codes += [(c, *_dates(d)) for c, d in _CODE.findall(line)]
                continue
            name = line.split("[", 1)[0].strip()
            if line.startswith("+"):
                if entry is not None and name[1:].strip():
                    self._add(name_key(_words(name[1:])), entry)
                continue
            words = _words(name)
            if not words:
                continue
            entry = _Entry(_display(words))
            entry.codes += [(c, *_dates(d)) for c, d in _CODE.findall(line)]
            self._add(name_key(words), entry)

    def _add(self, key: str, entry: _Entry) -> None:
        entries = self._names.setdefault(key, [])
        if entry not in entries:
            entries.append(entry)

    def read_agents(self, lines) -> None:
        """Read the lines of an agents file."""
        macros: dict[str, list[str]] = {}
        for raw in lines:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if "=" in line and line.startswith("!"):
                key, _, vals = line.partition("=")
                macros[key.strip().strip("!")] = [v.strip() for v in vals.split(",") if v.strip()]
                continue
            found = re.search(r"\[~([A-Z]{3})", line)
            if not found:
                continue
            noun = re.split(r"[\[{]", line, maxsplit=1)[0].strip()
            m = _MACRO.search(noun)
            forms = [noun[:m.start()] + v + noun[m.end():] for v in macros.get(m.group(1), [])] if m else [noun]
            for form in forms:
                self._agents.setdefault(name_key(_words(form)).replace(" ", ""), found.group(1))
                self._agents.setdefault(name_key(_words(form)), found.group(1))

    # ------------------------------------------------------------------ lookups
    def lookup(self, name: str, published: str | None) -> tuple[str, str] | None:
        """(canonical name, code) of ``name`` on the date ``published`` (ISO), else None. An entry whose every
        code is dated, none on that day, gives its country only: a role (the sector) holds for its dates, a
        nationality does not end with them."""
        entries = [e for e in self._names.get(name_key(name), ()) if e.codes]
        if not entries:
            return None  # an entry of several files: the first file's name, any file's dated code
        day = (published or "")[:10].replace("-", "")
        if day:
            for entry in entries:
                for code, start, until in entry.codes:
                    if (start or until) and (not start or start <= day) and (not until or day <= until):
                        return entries[0].name, code
        undated = [c for e in entries for c, s, u in e.codes if not s and not u]
        if undated:
            return entries[0].name, undated[0]
        codes = [c for e in entries for c in e.codes]
        latest = max(codes, key=lambda c: (c[2] or "99999999", c[1]))[0]
        if day and latest[:3] in _countries_by_code():
            return entries[0].name, latest[:3]  # no role in force on the day: the country, not a dated role
        if day:
            return None  # a body's role out of its dates ("president of the CoEU" in 1977) says nothing in 1987
        return entries[0].name, latest

    def agent_sector(self, noun: str) -> str | None:
        """The sector of an agent noun or of the agent ending a title ("Foreign Minister" -> GOV)."""
        words = name_key(noun).split()
        if words and words[-1] not in self._agents and words[-1].endswith("s"):  # plurals are not listed
            last = words[-1]
            words[-1] = last[:-3] + "y" if last.endswith("ies") else last[:-1]
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[-n:])
            sector = self._agents.get(phrase) or self._agents.get(phrase.replace(" ", ""))
            if sector:
                return sector
        return None

    # ------------------------------------------------------------------ applying
    def apply(self, records: ArticleRecords) -> ArticleRecords:
        """The records with every matching actor named and coded as the dictionaries say."""
        published = records.article.published
        countries = {a.code: a.id for a in records.actors if a.kind == "country" and a.code}
        text = records.article.text
        by_id = {a.id: a for a in records.actors}
        written = {a.id: written_countries(a, by_id, text) for a in records.actors if a.kind == "person"}
        applied = [self._apply_one(a, published, text, written.get(a.id, set())) for a in records.actors]
        actors = [a for a, _ in applied]
        coded = {a.id for a, hit in applied if hit}
        used = {a.id for a in actors}
        for n, a in enumerate(actors):  # "GBRGOV": tied to the United Kingdom, named or not
            prefix = (a.code or "")[:3]
            if a.kind == "country" or prefix not in _countries_by_code():
                continue
            if a.kind == "person" and a.id in coded:  # coded by an entry: the countries only guessed go
                keep = written[a.id] | {prefix}
                ties = [x for x in a.affiliations if x not in by_id or by_id[x].kind != "country"
                        or by_id[x].code in keep]
                a = actors[n] = a.model_copy(update={"affiliations": ties})
            home = countries.get(prefix)
            if home is None:  # the country stays without mentions, so that its people keep it
                home = countries[prefix] = unique_slug(_countries_by_code()[prefix], used)
                used.add(home)
                actors.append(Actor(id=home, name=_countries_by_code()[prefix], kind="country", code=prefix))
            if home != a.id and home not in a.affiliations:
                actors[n] = a.model_copy(update={"affiliations": [*a.affiliations, home]})
        return records.model_copy(update={"actors": actors})

    def _apply_one(self, actor: Actor, published: str | None, text: str = "",
                   written: set[str] | None = None) -> tuple[Actor, bool]:
        """``actor`` named and coded as the dictionaries say; ``written``: the countries the text writes with a
        person (:func:`~graphkit.ingest.actors.nationalities.written_countries`), which an entry of another
        country does not override (a namesake, or an entry whose dates are not the article's). The flag: whether
        an entry gave the code."""
        if actor.kind in ("country", "location"):
            return actor, False
        update: dict = {}
        names = [actor.name, *actor.aliases]
        if actor.kind == "person":
            names = [n for n in names if len(n.split()) > 1]  # a full name, never a surname alone
        names += _phrases(actor, text)
        hit = next((h for n in names if (h := self.lookup(n, published))), None)
        if hit is not None and written and hit[1][:3] not in written and hit[1][:3] in _countries_by_code():
            hit = None  # "Deputy U.S. Trade Representative Michael Smith" is not the Irish minister of the entry
        if hit is not None:
            name, code = hit
            if sector_of_code(code) in (None, "ELI") and actor.sector and _in_office(actor, text):
                code = code[:3] + actor.sector  # the text's office on its own date ("Prime Minister X")
            update["code"] = code
            update["sector"] = sector_of_code(code) or actor.sector
            same = name_key(name).split()[-1:] == name_key(actor.name).split()[-1:]
            if name_key(name) != name_key(actor.name) and (actor.kind != "person" or same):
                # a person keeps a name of its own when the entry is its organisation's ("Hamas")
                update["aliases"] = [actor.name, *[a for a in actor.aliases if a != name]]
                update["name"] = name
        elif not actor.sector:
            sector = next((s for t in actor.titles if (s := self.agent_sector(t))), None)
            if sector is None and actor.kind == "group" and actor.name.islower():
                sector = self.agent_sector(actor.name)
            if sector:
                update["sector"] = sector
        return (actor.model_copy(update=update) if update else actor), hit is not None


#: Words of a title held no more ("former Prime Minister").
_PAST = frozenset({"former", "ex", "ex-", "late", "then", "outgoing"})


def _in_office(actor: Actor, text: str = "") -> bool:
    """Whether the text gives ``actor`` a title held now: one without "former", "ex-", "late" ..., and no
    mention written after such a word and the title ("former West German Chancellor Helmut Schmidt").

    >>> _in_office(Actor(id="o", name="X", kind="person", titles=["Prime Minister"]))
    True
    >>> _in_office(Actor(id="o", name="X", kind="person", titles=["former Prime Minister"]))
    False
    """
    if not any(not _PAST.intersection(t.lower().replace("-", "- ").split()) for t in actor.titles):
        return False
    for m in actor.mentions:
        before = text[max(0, m.start - 64):m.start].replace("-", "- ").split()[-_BEFORE - 2:]
        past = [k for k, w in enumerate(before) if w.lower() in _PAST]
        if past and all(w[:1].isupper() for w in before[past[-1] + 1:]):
            return False  # "former West German Chancellor": the past word opens the name's title phrase
    return True


@lru_cache(maxsize=1)
def _countries_by_code() -> dict[str, str]:
    """ISO-3 code -> usual English name of every country (the actor stage's gazetteer)."""
    import pycountry

    from graphkit.ingest.actors.gazetteer import country_name

    return {c.alpha_3: country_name(c.alpha_3) for c in pycountry.countries}


#: Words of raw text read before a mention for a dictionary phrase ("Prime Minister Tony Blair").
_BEFORE = 4


def _phrases(actor: Actor, text: str) -> list[str]:
    """Phrases of the raw text ending with one of the actor's mentions, longest first: the words
    written before a name ("Prime Minister Tony Blair", "Israeli troops") may make a dictionary entry.

    >>> from graphkit.models import Mention
    >>> a = Actor(id="b", name="Tony Blair", kind="person",
    ...           mentions=[Mention(article="x", start=23, end=33, text="Tony Blair")])
    >>> _phrases(a, "He said Prime Minister Tony Blair.")[1:3]
    ['said Prime Minister Tony Blair', 'Prime Minister Tony Blair']
    """
    out: list[str] = []
    for m in actor.mentions[:8]:
        before = text[max(0, m.start - 64):m.start].split()[-_BEFORE:] if text else []
        while before and not before[-1][-1:].isalnum():
            before = []  # no phrase across punctuation
        for n in range(len(before), 0, -1):
            out.append(" ".join([*before[-n:], m.text]))
    return list(dict.fromkeys(out))


@lru_cache(maxsize=4)
def _load(paths: tuple[str, ...]) -> ActorDictionary:
    d = ActorDictionary()
    for p in paths:
        d.read(p)
    return d


def load_dictionaries(paths) -> ActorDictionary:
    """One :class:`ActorDictionary` from several files, read once per process for the same paths.

    Raises
    ------
    InputNotFoundError
        When a file cannot be read.
    """
    return _load(tuple(str(p) for p in paths))
