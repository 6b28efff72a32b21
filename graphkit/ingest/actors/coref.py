"""Rule-based coreference for the actor stage: pronouns, relative pronouns, definite descriptions.

One left-to-right pass over the tokens keeps a history of actor references (names, and the
references already resolved). Each reference is resolved against that history:

- personal pronouns (he/him/his, she/her, it/its, they/them/their) to the best earlier actor
  that agrees in gender, number and kind, preferring the same or the previous sentence and
  subjects; an object pronoun never takes the subject of its own clause ("Kerry spoke with
  Netanyahu after meeting him" -> Netanyahu); pleonastic "it" ("it was unrealistic to ...")
  is left alone (:mod:`graphkit.ingest.actors.expletives`); a noun no actor stands for may be the
  likelier antecedent (:mod:`graphkit.ingest.actors.rivals`); in reported speech
  (:mod:`graphkit.ingest.actors.reported`) a pronoun between quotation marks is not the speaker,
  and "X said Y was ... and said he ..." is Y;
- relative pronouns (who, which, that) to the actor they attach to ("Egypt -- which drafted");
- definite descriptions ("the Islamist group", "the Jewish state", "the two countries") to the
  most recent actor(s) of the matching kind;
- plural pronouns ("they", "them") to the actors last named together ("Charles and Camilla ... they");
  "both", "the two sides" and descriptions of two people ("the couple", "the two men") to two actors
  named together (:mod:`graphkit.ingest.actors.coordinations`). An object never refers to the subject
  of its own clause (:mod:`graphkit.ingest.actors.binding`).

Sentences that are only quoted words (a quotation continued over sentences after its attribution,
``"We will win," he said.`` followed by more of the speech) do not count in the distance back to a
pronoun's antecedent: they are the speaker's words, and news prose names the speaker again with a
pronoun after them ("He went on to ...").

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> words = ["Kerry", "met", "Netanyahu", "and", "praised", "him", "."]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 1, 4, 1],
...           deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "punct"],
...           pos=["PROPN", "VERB", "PROPN", "CCONJ", "VERB", "PRON", "PUNCT"],
...           sent_starts=[True, False, False, False, False, False, False])
>>> token_actor = {0: "kerry", 2: "netanyahu"}
>>> resolve_references(doc, token_actor, kinds={"kerry": "person", "netanyahu": "person"})
{}
>>> token_actor[5]
'netanyahu'
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from graphkit.ingest.actors.binding import OBJECT_DEPS, SUBJECT_DEPS, clause_subjects, relative_head
from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.actors.coordinations import Pairing
from graphkit.ingest.actors.demonstratives import distal
from graphkit.ingest.actors.expletives import is_pleonastic
from graphkit.ingest.actors.members import listed_members
from graphkit.ingest.actors.namesakes import bearer
from graphkit.ingest.actors.places import capital_country
from graphkit.ingest.actors.quotations import quoted_only_sentences
from graphkit.ingest.actors.reasons import reason_object
from graphkit.ingest.actors.reported import quoted_speakers, reported_names, speech_topic
from graphkit.ingest.actors.responses import answered_proposal
from graphkit.ingest.actors.rivals import is_speech_subject, phrase_of, rank, reports, rival
from graphkit.ingest.prepare.tokentable import token_table

__all__ = ["resolve_references", "PRONOUNS", "DESCRIPTIONS", "is_pleonastic"]

#: Pronoun -> (agreement class, is possessive)
PRONOUNS: dict[str, tuple[str, bool]] = {
    "he": ("m", False), "him": ("m", False), "his": ("m", True), "himself": ("m", False),
    "she": ("f", False), "her": ("f", True), "hers": ("f", True), "herself": ("f", False),
    "it": ("n", False), "its": ("n", True), "itself": ("n", False),
    "they": ("p", False), "them": ("p", False), "their": ("p", True), "theirs": ("p", True),
    "themselves": ("p", False),
}

#: Head nouns of definite descriptions -> the actor kind they refer to.
DESCRIPTIONS: dict[str, str] = {
    "group": "organization", "movement": "organization", "organization": "organization",
    "organisation": "organization", "faction": "organization", "militia": "organization",
    "party": "organization", "company": "organization", "firm": "organization",
    "agency": "organization", "alliance": "organization", "bank": "organization",
    "corporation": "organization", "union": "organization", "bloc": "organization",
    "state": "country", "country": "country", "countries": "country", "nation": "country",
    "nations": "country", "kingdom": "country", "republic": "country", "government": "country",
    "governments": "country", "states": "country", "emirate": "country",
    "territory": "location", "enclave": "location", "city": "location", "strip": "location",
    "capital": "location", "town": "location",
}

_SUBJ, _OBJ = SUBJECT_DEPS, OBJECT_DEPS
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
_AGREE = {"m": ("person",), "f": ("person",), "n": ("organization", "country"), "p": ("group",)}
_WINDOW = 2  # sentences back for pronouns
_DESC_WINDOW = 3  # sentences back for definite descriptions
_FAR = 5  # sentences back for "he"/"she" continuing the only person in reach


@dataclass
class _Ref:
    i: int
    sent: int
    actor: str
    subject: bool
    main: bool = False  # subject of the main clause
    plural: bool = False  # named by a plural common noun ("U.S. officials"): "they" may refer to it


def _is_main(t, i: int) -> bool:
    """Whether token ``i`` (a subject) belongs to the main clause of its sentence."""
    head, dep = t.head, t.dep
    for _ in range(4):
        if dep[i] in _SUBJ:
            return dep[head[i]] == "ROOT"
        if head[i] == i:
            return False
        i = head[i]
    return False


def _is_plural(t, i: int) -> bool:
    """Whether token ``i`` is a plural common noun ("officials"; not "the United States", "the Philippines")."""
    return t.pos[i] == "NOUN" and t.tag[i] == "NNS"


def _is_subject(t, i: int) -> bool:
    head, dep = t.head, t.dep
    for _ in range(3):  # a name inside a subject phrase ("U.S. Secretary of State John Kerry")
        if dep[i] in _SUBJ:
            return True
        # an owner is not: "The United States, Taiwan's main trading partner, said ... It criticised"
        if dep[i] not in ("compound", "appos", "amod", "nmod") or head[i] == i:
            return False
        i = head[i]
    return False


def _resolve_pronoun(tok, cls, sent, history, token_actor, kinds, genders, possessive, plural,
                     table, sents: list[int]) -> str | None:
    want = _AGREE[cls]
    if possessive or tok.text.lower().endswith("self") or tok.dep_ not in _OBJ:
        banned: set[str] = set()
    else:
        banned = set(clause_subjects(tok, token_actor))
    banned.update(quoted_speakers(tok, token_actor))  # in quoted words a speaker is "I", not "he"
    banned.update(reported_names(tok, token_actor))  # "Mr Blair must defend it, he said": not Blair
    banned.add(relative_head(tok, token_actor) or "")  # "German banks they cooperate with": not the banks
    if possessive:  # never the phrase it is in: "His farm minister Kiechle", "its talks with Japan"
        banned.update(token_actor[k] for k in phrase_of(tok) if k in token_actor)

    def agrees(aid, subject: bool = True) -> bool:  # a capital as its government only as a doer ("Baghdad said")
        g = genders.get(aid)
        kind = "country" if subject and kinds.get(aid) == "location" and capital_country(aid) else kinds.get(aid)
        return kind in want and not (cls in ("m", "f") and g is not None and g != cls)  # "Baghdad said its"

    if possessive and (aid := reason_object(tok, token_actor)) is not None and agrees(aid) and aid not in banned:
        return aid  # "Iran thanked Syria for its support": Syria
    if possessive and answered_proposal(tok):  # "rejected its request": another party's (responses)
        banned.update(clause_subjects(tok, token_actor, through_nouns=True))
    elif possessive:  # "Israel end its siege": the subject of its own clause, when it agrees
        for aid in clause_subjects(tok, token_actor, through_nouns=True):
            if agrees(aid) and aid not in banned:
                return aid
    elif (topic := speech_topic(tok, token_actor)) is not None and agrees(topic) and topic not in banned:
        return topic  # "X said Y was ... and said he should apologise": Y
    best, best_score = None, None
    speech = cls == "n" and is_speech_subject(tok)
    block = rival(table, tok.i, token_actor, cls, max(0, tok.i - 80), speech, tok.doc) if (
        cls in ("n", "p") or reports(tok)) else -1
    # a rival of "it", "he", "she" from an earlier sentence competes (rivals); one in the pronoun's own is a wall
    bar = rank(sent - sents[block], True, _is_main(table, block)) if (
        cls != "p" and 0 <= block and sents[block] < sent) else None
    if cls == "n" and (speaker := _unmapped_speaker(tok, token_actor)) is not None:
        block, bar = max(block, speaker), None  # "<General Partners> said it was prepared to": not an earlier firm
    for ref in reversed(history):
        dist = sent - ref.sent
        if dist > _WINDOW or (ref.i < block and bar is None):
            break
        if cls == "p" and ref.i in plural and best is None:
            return ref.actor
        if not (agrees(ref.actor, ref.subject) or cls == "p" and ref.plural and not possessive) or ref.actor in banned:
            continue
        score = rank(dist, ref.subject, ref.main)
        if best_score is None or score < best_score:
            best, best_score = ref.actor, score
    if best is None and best_score is None and cls in ("m", "f") and block < 0:
        return _last_person(tok, cls, sent, history, kinds, genders, banned, table, token_actor)
    return best if bar is None or (best_score is not None and best_score < bar) else None


def _last_person(tok, cls, sent, history, kinds, genders, banned, table, token_actor) -> str | None:
    """Beyond the pronoun window, "he" or "she" continues the last person named (up to ``_FAR`` sentences
    back) when no other person was named or said something since ("Finance Minister Ray MacSharry told
    parliament ... [three sentences of figures] ... he said"); else None."""
    for ref in reversed(history):
        if sent - ref.sent > _FAR:
            return None
        if kinds.get(ref.actor) != "person":
            continue
        if ref.actor in banned or genders.get(ref.actor, cls) != cls or any(
                table.dep[k] == "nsubj" and table.pos[k] == "NOUN" and is_person_noun(table.lower[k])
                for k in range(ref.i + 1, tok.i)):
            return None  # the last person is someone else, or a person noun did something since ("the official said")
        return ref.actor
    return None


def _unmapped_speaker(tok, token_actor) -> int | None:
    """The subject of the verb whose reported clause ``tok`` is the subject of ("X said it ..."), when the
    actor stage mapped no actor to it and it is no person: "it" refers to that subject, so no earlier
    actor may be taken instead; else None."""
    if tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp":
        return None
    subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
    if (subj is None or subj.i > tok.i or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ == "PERSON"
            or (subj.pos_ == "NOUN" and is_person_noun(subj.lemma_ or subj.text))
            or any(k in token_actor for k in range(subj.left_edge.i, subj.i + 1))):
        return None
    return subj.i


def _relative_antecedent(tok, token_actor) -> str | None:
    if tok.head.dep_ == "relcl":
        aid = token_actor.get(tok.head.head.i)
        if aid:
            return aid
    doc = tok.doc
    j = tok.i - 1
    while j >= max(0, tok.i - 4):
        t = doc[j]
        if not any(ch.isalnum() for ch in t.text):
            j -= 1
            continue
        return token_actor.get(t.i)
    return None


def _description(tok) -> tuple[str, int] | None:
    """(kind, number) when ``tok`` heads a definite description with no name of its own."""
    kind = DESCRIPTIONS.get(tok.text.lower())
    if kind is None or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ or not tok.text.islower():
        return None
    children = list(tok.children)
    if not any(c.dep_ == "det" and c.text.lower() in ("the", "this", "that", "these", "those") for c in children):
        return None
    if any(c.dep_ in ("poss", "compound") or (c.dep_ == "prep" and c.text.lower() == "of") for c in children):
        return None
    n = 1
    for c in children:
        if c.dep_ == "nummod":
            n = {"two": 2, "three": 3, "four": 4, "both": 2}.get(c.text.lower(), 1)
    if tok.text.lower() in ("countries", "nations", "states", "governments") and n == 1:
        return None
    return kind, n


def _resolve_description(i: int, desc: tuple[str, int], sent: int, history, kinds, seen, plural) -> str | None:
    """The actor (or, for "the two countries", actors in ``plural``) of a description of a kind."""
    kind, n = desc
    picked: list[str] = []
    best, best_score = None, None
    for ref in reversed(history):
        dist = sent - ref.sent
        if dist > _DESC_WINDOW:
            break
        if kinds.get(ref.actor) == kind and ref.actor not in picked:
            picked.append(ref.actor)
            score = seen[ref.actor] - 2 * dist  # salience: frequent and recent
            if best_score is None or score > best_score:
                best, best_score = ref.actor, score
    if n == 1:
        return best
    if len(picked) >= n:
        plural[i] = list(reversed(picked[:n]))
        return plural[i][0]
    return None


def _government(found: str | None, home: str | None, seen: Counter, subject: bool = False) -> str | None:
    """Whose "the government" is: the country the article is about (a report says "the government" of
    its own country), else the salient country ``found`` if it was named more than once or as a subject
    (a country named once in passing, "American IT giant EDS", governs nothing here; "Jamaica will draw
    ..., the government announced" is Jamaica's)."""
    if home is not None:
        return home
    return found if found is not None and (seen[found] >= 2 or subject) else None


def _homeland(sent: int, history, kinds, homes: dict[str, str]) -> str | None:
    """The country of the latest person in reach who belongs to one (:mod:`~graphkit.ingest.actors.homelands`):
    "the country" where the report named it only through its official ("West German Economics Minister
    Martin Bangemann rejected a call from the country's institutes")."""
    for ref in reversed(history):
        if sent - ref.sent > _DESC_WINDOW:
            break
        if kinds.get(ref.actor) == "person" and ref.actor in homes:
            return homes[ref.actor]
    return None


def _sentence_numbers(sent_start: list[bool], quoted: set[int]) -> list[int]:
    """Each token's sentence, a sentence of quoted words only counted with the one before it."""
    out, sent = [], -1
    for i, start in enumerate(sent_start):
        sent += 1 if sent < 0 or (start and i not in quoted) else 0
        out.append(sent)
    return out


def _described(tok, lower, d, sent, history, names, kinds, seen, plural, home, homes) -> str | None:
    """The actor a definite description ``tok`` of kind and number ``d`` refers to (see the module)."""
    i = tok.i
    found = bearer(i, lower, names, kinds, d) or distal(tok, names, kinds, d[0]) or (
        _resolve_description(i, d, sent, history, kinds, seen, plural))  # "that country": named last
    if lower[i] == "government":
        subject = any(r.actor == found and tok.doc[r.i].dep_ in _SUBJ and sent - r.sent <= _DESC_WINDOW
                      for r in history)  # the subject itself, not a word in it ("US firm EDS")
        found = _government(found, home, seen, subject)
    if found is None and d == ("country", 1):  # no country named: the one its official acts for
        found = _homeland(sent, history, kinds, homes)
    return found


def resolve_references(doc, token_actor: dict[int, str], kinds: dict[str, str],
                       genders: dict[str, str] | None = None,
                       plural: dict[int, list[str]] | None = None, table=None,
                       home: str | None = None, homes: dict[str, str] | None = None) -> dict[int, list[str]]:
    """Map pronouns, relative pronouns and definite descriptions of ``doc`` to actors.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    token_actor : dict
        Token index -> actor id for the names found so far; updated in place with the
        references resolved.
    kinds : dict
        Actor id -> kind.
    genders : dict, optional
        Actor id -> ``'m'`` or ``'f'`` when known.
    plural : dict, optional
        Token index -> several actor ids, updated in place (plural descriptions).
    table : TokenTable, optional
        The :func:`~graphkit.ingest.prepare.tokentable.token_table` of ``doc`` if the caller has it.
    home : str, optional
        The id of the country the article is about ("the government": :func:`_government`).
    homes : dict, optional
        Actor id -> the id of its country (:func:`~graphkit.ingest.actors.homelands.homelands`).

    Returns
    -------
    dict
        The ``plural`` mapping.
    """
    genders, plural = genders or {}, ({} if plural is None else plural)
    names = dict(token_actor)
    history: list[_Ref] = []
    seen: Counter = Counter()  # references to each actor so far
    t = table if table is not None else token_table(doc)
    lower, pos, dep, sent_start = t.lower, t.pos, t.dep, t.sent_start
    pairing, quoted = Pairing(t, names, kinds), quoted_only_sentences(doc, t)
    sents = _sentence_numbers(sent_start, quoted)
    for i in range(len(lower)):
        sent = sents[i]
        aid = names.get(i)
        if aid is not None:
            if not history or history[-1].actor != aid or history[-1].i != i - 1:
                history.append(_Ref(i, sent, aid, _is_subject(t, i), _is_main(t, i), _is_plural(t, i)))
                seen[aid] += 1
            else:
                history[-1].i = i
                history[-1].subject = history[-1].subject or _is_subject(t, i)
                history[-1].main = history[-1].main or _is_main(t, i)
                history[-1].plural = _is_plural(t, i)  # the head of "EC foreign ministers" is its last word
            continue
        if i in token_actor:  # mapped by the actor stage (anonymous sources): a reference
            history.append(_Ref(i, sent, token_actor[i], _is_subject(t, i), _is_main(t, i), _is_plural(t, i)))
            continue
        low = lower[i]
        found = None
        if (several := pairing.refer(doc[i], sent, history, plural, token_actor)) is not None:
            if several:  # "both of them", "the two sides", "the couple": the two named together (coordinations)
                plural[i], found = several, several[0]
        elif low in PRONOUNS and pos[i] in ("PRON", "DET", ""):
            tok = doc[i]
            cls, poss = PRONOUNS[low]
            if not is_pleonastic(tok):
                groups = {**pairing.coords, **plural} if cls == "p" else plural
                found = _resolve_pronoun(tok, cls, sent, history, token_actor, kinds, genders, poss, groups, t, sents)
                src = next((r.i for r in reversed(history) if r.actor == found and r.i in groups), None)
                if cls == "p" and src is not None:
                    plural[i] = list(groups[src])
                    found = plural[i][0]  # token_actor holds the first of several
        elif low in _RELATIVE and dep[i] in ("nsubj", "nsubjpass", "dobj", "poss", "pobj") and i > 0:
            found = _relative_antecedent(doc[i], token_actor)
        elif pos[i] == "NOUN" and (members := listed_members(doc[i], names)) is not None:
            plural[i], found = members, members[0]  # "countries opposing it include X and Y" (members)
        elif low in DESCRIPTIONS and (d := _description(doc[i])) is not None:
            found = _described(doc[i], lower, d, sent, history, names, kinds, seen, plural, home, homes or {})
        if found is None and i not in plural and (pair := pairing.named(i, token_actor, plural)) is not None:
            plural[i], found = pair, pair[0]  # "the two men" after "X met Y": resolved here, so "they" can take it
        if found is not None:
            token_actor[i] = found
            history.append(_Ref(i, sent, found, _is_subject(t, i), _is_main(t, i)))
    return plural
