"""Grow the event lexicon from WordNet 3.0: see ``main``."""
from __future__ import annotations

import shutil
import tempfile
import warnings
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
#: The lexicographer file names of WordNet 3.0 (its ``lexnames`` file, which Debian's
#: wordnet-base does not ship; nltk's reader needs it).
LEXNAMES = """adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body
noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive
noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation
noun.shape noun.state noun.substance noun.time verb.body verb.change verb.cognition verb.communication
verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception
verb.possession verb.social verb.stative verb.weather adj.ppl""".split()


def open_wordnet(path: Path = WORDNET):
    """nltk's WordNet reader on a WordNet 3.0 database directory (Debian: /usr/share/wordnet)."""
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    root = Path(tempfile.mkdtemp(prefix="wordnet-"))
    for f in path.iterdir():  # copied: nltk refuses files that resolve outside its root
        if f.is_file() and f.name.split(".")[0] in ("data", "index", "adj", "adv", "noun", "verb"):
            shutil.copyfile(f, root / f.name)
    pos_no = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}
    lexnames = "".join(f"{i:02d}\t{n}\t{pos_no[n.split('.')[0]]}\n" for i, n in enumerate(LEXNAMES))
    (root / "lexnames").write_text(lexnames)
    nltk.data.path.append(str(root))

    class Reader(WordNetCorpusReader):
        def map_wn(self, version="wordnet"):  # no mapping to nltk's own download: this is 3.0
            return None

    with warnings.catch_warnings():  # "multilingual functions are not available": not used here
        warnings.simplefilter("ignore", UserWarning)
        return Reader(str(root), None)


#: Seed senses for each PLOVER category, chosen from its definition (docs/taxonomy.md):
#: ``synset: depth`` (0: its synonyms; 1 or 2: also that many levels of hyponyms).
SEEDS: dict[str, dict[str, int]] = {
    "AGREE": {"agree.v.02": 1, "thrash_out.v.01": 0, "promise.v.01": 1, "promise.v.02": 1, "accept.v.03": 1,
              "propose.v.01": 0, "pledge.v.01": 0, "sign.v.02": 0, "reconcile.v.03": 1},
    "CONSULT": {"intercede.v.01": 1, "call.v.03": 0, "confer.v.01": 1, "negociate.v.06": 1, "meet.v.02": 1,
                "visit.v.03": 0, "hash_out.v.01": 0, "consult.v.01": 0, "host.v.01": 0},
    "SUPPORT": {"praise.v.01": 2, "back.v.01": 1, "second.v.01": 0, "defend.v.01": 1, "commend.v.01": 0,
                "commiserate.v.01": 0,
                "admire.v.01": 0, "congratulate.v.02": 0, "champion.v.01": 0, "welcome.v.01": 0,
                "condole.v.01": 0},
    "CONCEDE": {"apologize.v.01": 0, "concede.v.01": 1, "concede.v.02": 1, "admit.v.01": 1, "accept.v.07": 0,
                "yield.v.05": 0, "give_way.v.03": 0},
    "COOPERATE": {"collaborate.v.01": 1, "ally.v.01": 0},
    "AID": {"help.v.01": 1, "donate.v.01": 1, "rescue.v.01": 0},
    "RETREAT": {"disarm.v.01": 1, "leave_office.v.01": 1, "vacate.v.01": 1, "free.v.01": 1, "retreat.v.04": 1,
                "withdraw.v.01": 0, "concede.v.03": 0, "evacuate.v.03": 0, "disarm.v.03": 1,
                "surrender.v.01": 1},
    "REQUEST": {"appeal.v.02": 1, "request.v.01": 1, "request.v.02": 1, "recommend.v.01": 1, "demand.v.01": 1,
                "ask.v.02": 0, "urge.v.01": 0, "beg.v.01": 1, "petition.v.01": 0, "bid.v.03": 0},
    "ACCUSE": {"investigate.v.02": 1, "knock.v.06": 2, "condemn.v.01": 1, "accuse.v.01": 1, "charge.v.02": 1,
               "blame.v.01": 1, "attack.v.02": 1, "action.v.01": 0, "prosecute.v.02": 0,
               "stigmatize.v.01": 0, "impeach.v.02": 0, "defame.v.01": 1, "vilify.v.01": 0},
    "REJECT": {"veto.v.01": 1, "overrule.v.01": 0,
               "reject.v.01": 1, "refuse.v.02": 1, "reject.v.04": 1, "dismiss.v.01": 1,
               "oppose.v.01": 1, "defy.v.01": 0, "refute.v.01": 0,
               "abjure.v.01": 0},
    "THREATEN": {"threaten.v.02": 1, "intimidate.v.02": 0},
    "PROTEST": {"protest.v.02": 1, "demonstrate.v.04": 1, "riot.v.01": 0, "strike.v.07": 0, "rebel.v.01": 1},
    "SANCTION": {"embargo.v.02": 0, "convict.v.01": 0, "punish.v.01": 2, "sentence.v.01": 0, "boycott.v.01": 0},
    "MOBILIZE": {"deploy.v.01": 1, "call_up.v.04": 1, "mobilize.v.03": 1},
    "COERCE": {"blockade.v.04": 1, "restrict.v.02": 0, "censor.v.02": 0, "kidnap.v.01": 0, "collar.v.01": 1,
               "imprison.v.01": 1, "confine.v.05": 1, "seize.v.02": 1, "impound.v.01": 1, "expatriate.v.01": 1,
               "expel.v.01": 1, "ban.v.02": 1, "oust.v.01": 1,
               "forbid.v.01": 1, "extradite.v.01": 0, "evict.v.01": 0, "evict.v.02": 0, "raid.v.01": 0},
    "ASSAULT": {"blast.v.03": 0, "battle.v.01": 0, "skirmish.v.01": 0, "war.v.01": 0, "attack.v.01": 2,
                "assail.v.01": 1, "kill.v.01": 2, "bombard.v.02": 1, "shoot.v.01": 1, "shoot.v.02": 1,
                "torture.v.02": 1, "invade.v.01": 1, "strike.v.04": 0},
}

#: Seed senses whose lemmas are events only with a kind of argument: ``synset: (category,
#: condition)``. The argument decides the sense, so a lemma enters whatever the sense's rank:
#: "rang Lucy" (telephone a person), "wrote to the minister", "joined the party" (became a
#: member of an organisation), "left UKIP" (went away from an organisation), "removed the
#: peers" (from a position or office).
ARG_SEEDS: dict[str, tuple[str, str]] = {
    "call.v.03": ("CONSULT", "obj=*actor"),
    "write.v.04": ("CONSULT", "prep=to"),
    "write.v.05": ("CONSULT", "prep=to"),
    "join.v.01": ("COOPERATE", "obj=*org"),
    "leave.v.01": ("RETREAT", "obj=*org"),
    "exit.v.01": ("RETREAT", "obj=*org"),
    "remove.v.02": ("COERCE", "obj=*actor"),
}

#: The label of a WordNet-derived entry: the category's plain label (docs/taxonomy.md).
LABELS = {"AGREE": "agreed with", "CONSULT": "met", "SUPPORT": "supported", "CONCEDE": "conceded",
          "COOPERATE": "cooperated with", "AID": "aided", "RETREAT": "withdrew from", "REQUEST": "asked",
          "ACCUSE": "criticized", "REJECT": "rejected", "THREATEN": "threatened", "PROTEST": "protested against",
          "SANCTION": "sanctioned", "MOBILIZE": "deployed against", "COERCE": "coerced", "ASSAULT": "attacked"}

#: Particles of phrasal verbs ("step_down" -> step + prt=down).
PARTICLES = frozenset({"up", "down", "out", "off", "back", "in", "away", "over", "on", "aside", "together"})
#: Prepositions of prepositional verbs ("side_with" -> side + prep=with, "confer_with", "call_on").
PREPOSITIONS = frozenset({"with", "to", "against", "for", "into", "at", "upon"})
#: Noun lexicographer files of event nouns (acts, speech acts, events).
EVENT_NOUN_FILES = frozenset({"noun.act", "noun.communication", "noun.event"})
#: How far down a lemma's sense list the seeded sense may be: senses are ordered by
#: frequency, so a lemma whose seeded sense is rare is more often something else.
MAX_RANK = 2

#: Curation: proposals refused after reading them, with the reason (a lemma whose common
#: sense is no event, or is another category's).
_MARKET = "commercial or market sense first in news"
_OTHER = "a common sense that is no event between parties, or rare"
EXCLUDE: dict[str, str] = {
    # commercial or market sense first in news
    "advertise": _MARKET, "advertisement": _MARKET, "advertising": _MARKET, "advertize": _MARKET,
    "advertizement": _MARKET,
    "application": _MARKET, "apply": _MARKET, "avail": _MARKET, "bargain": _MARKET, "bill": _MARKET,
    "book": _MARKET, "booking": _MARKET, "campaign": _MARKET, "care": _MARKET, "charge": _MARKET, "claim": _MARKET,
    "contract": _MARKET, "crusade": _MARKET, "depreciate": _MARKET, "depreciation": _MARKET, "distrain": _MARKET,
    "expedite": _MARKET, "facilitate": _MARKET, "facilitation": _MARKET, "garnish": _MARKET, "garnishee": _MARKET,
    "hasten": _MARKET, "liquidate": _MARKET, "liquidation": _MARKET, "minimization": _MARKET, "minimize": _MARKET,
    "order": _MARKET, "penalty": _MARKET, "promote": _MARKET, "promotion": _MARKET, "rallying": _MARKET,
    "reserve": _MARKET, "subserve": _MARKET, "write": _MARKET,
    # a common sense that is no event between parties, or rare
    "abuse": _OTHER, "acceptation": _OTHER, "adulate": _OTHER, "advise": _OTHER, "agitate": _OTHER,
    "alleviate": _OTHER, "arrogate": _OTHER, "attorn": _OTHER, "avenge": _OTHER, "bait": _OTHER, "barrage": _OTHER,
    "bawl": _OTHER, "beggary": _OTHER, "benefact": _OTHER, "bespeak": _OTHER, "bind": _OTHER, "blandish": _OTHER,
    "blandishment": _OTHER, "blister": _OTHER, "bootlick": _OTHER, "bootstrap": _OTHER, "brain": _OTHER,
    "bulldog": _OTHER, "bust": _OTHER, "butter": _OTHER, "cage": _OTHER, "canonise": _OTHER, "canonize": _OTHER,
    "carry": _OTHER, "celebrate": _OTHER, "celebration": _OTHER, "challenge": _OTHER, "cheer": _OTHER,
    "cheering": _OTHER, "chew": _OTHER, "chine": _OTHER, "circumvent": _OTHER, "contend": _OTHER,
    "contention": _OTHER, "contest": _OTHER, "contestation": _OTHER, "conviction": _OTHER, "cop": _OTHER,
    "correct": _OTHER, "countenance": _OTHER, "crawfish": _OTHER, "crime": _OTHER, "defeat": _OTHER,
    "desire": _OTHER, "dicker": _OTHER, "disbelieve": _OTHER, "discount": _OTHER, "disgrace": _OTHER,
    "disoblige": _OTHER, "doom": _OTHER, "draw": _OTHER, "dress": _OTHER, "easing": _OTHER, "ebb": _OTHER,
    "eliminate": _OTHER, "encore": _OTHER, "enquire": _OTHER, "ensky": _OTHER, "eradicate": _OTHER,
    "erase": _OTHER, "erasure": _OTHER, "exalt": _OTHER, "expect": _OTHER, "fault": _OTHER, "fawn": _OTHER,
    "fete": _OTHER, "fink": _OTHER, "flatter": _OTHER, "flattery": _OTHER, "flight": _OTHER, "fry": _OTHER,
    "gas": _OTHER, "get": _OTHER, "glorification": _OTHER, "glorify": _OTHER, "grass": _OTHER, "gush": _OTHER,
    "harsh": _OTHER, "hem": _OTHER, "herald": _OTHER, "hymn": _OTHER, "ignore": _OTHER, "infest": _OTHER,
    "injunction": _OTHER, "inquire": _OTHER, "inquiring": _OTHER, "invocation": _OTHER, "invoke": _OTHER,
    "jug": _OTHER, "jump": _OTHER, "justification": _OTHER, "justify": _OTHER, "keep": _OTHER, "kill": _OTHER,
    "kotow": _OTHER, "kowtow": _OTHER, "lag": _OTHER, "lecture": _OTHER, "let": _OTHER, "lodge": _OTHER,
    "lodgement": _OTHER, "loose": _OTHER, "martyr": _OTHER, "martyrise": _OTHER, "martyrize": _OTHER,
    "meet": _OTHER, "move": _OTHER, "nail": _OTHER, "negative": _OTHER, "neutralise": _OTHER, "off": _OTHER,
    "outrage": _OTHER, "overlay": _OTHER, "overlie": _OTHER, "pan": _OTHER, "pepper": _OTHER, "permission": _OTHER,
    "permit": _OTHER, "pick": _OTHER, "pin": _OTHER, "pip": _OTHER, "piracy": _OTHER, "plight": _OTHER,
    "polish": _OTHER, "profession": _OTHER, "propaganda": _OTHER, "propagandise": _OTHER, "propagandize": _OTHER,
    "put": _OTHER, "quarter": _OTHER, "rationalise": _OTHER, "rationalize": _OTHER, "rave": _OTHER,
    "raven": _OTHER, "recede": _OTHER, "receding": _OTHER, "relegate": _OTHER, "relegation": _OTHER,
    "renegade": _OTHER, "repugn": _OTHER, "require": _OTHER, "retire": _OTHER, "retirement": _OTHER,
    "reunion": _OTHER, "reunite": _OTHER, "revenge": _OTHER, "rubbish": _OTHER, "rush": _OTHER,
    "sacrifice": _OTHER, "savagery": _OTHER, "scald": _OTHER, "scourge": _OTHER, "seal": _OTHER, "second": _OTHER,
    "secondment": _OTHER, "sequester": _OTHER, "shoot": _OTHER, "sic": _OTHER, "smother": _OTHER, "snatch": _OTHER,
    "snipe": _OTHER, "sonnet": _OTHER, "sort": _OTHER, "squeal": _OTHER, "stick": _OTHER, "straiten": _OTHER,
    "stroke": _OTHER, "succumb": _OTHER, "suck": _OTHER, "suggest": _OTHER, "suggestion": _OTHER, "sully": _OTHER,
    "surprise": _OTHER, "surround": _OTHER, "telephone": _OTHER, "tell": _OTHER, "toady": _OTHER, "top": _OTHER,
    "torment": _OTHER, "trap": _OTHER, "trash": _OTHER, "trounce": _OTHER, "truckle": _OTHER, "truckling": _OTHER,
    "unspell": _OTHER, "wage": _OTHER, "wait": _OTHER, "warrant": _OTHER, "whang": _OTHER, "wipeout": _OTHER,
    "wrest": _OTHER, "zap": _OTHER,
    # event nouns and verbs proposed for the lexicon's second round (derivations of the
    # hand-written verbs, new seeds), read and refused
    "finance": _MARKET, "financing": _MARKET, "supply": _MARKET, "supplying": _MARKET, "severance": _MARKET,
    "undertaking": _MARKET, "withholding": _MARKET, "soften": _MARKET, "occupation": _MARKET,
    "approbation": _OTHER, "approval": _OTHER, "armament": _OTHER, "blockage": _OTHER, "blocking": _OTHER,
    "committal": _OTHER, "destruction": _OTHER, "disputation": _OTHER, "dispute": _OTHER,
    "encouragement": _OTHER, "feeding": _OTHER, "fight": _OTHER, "injury": _OTHER, "lift": _OTHER,
    "monitoring": _OTHER, "prosecution": _OTHER, "salutation": _OTHER, "seeking": _OTHER,
    "signature": _OTHER, "stab": _OTHER, "stigma": _OTHER, "striking": _OTHER, "suit": _OTHER,
    "wound": _OTHER, "marching": _OTHER, "action": _OTHER, "crave": _OTHER, "pray": _OTHER, "shun": _OTHER,
    "withstand": _OTHER, "bid": _MARKET, "bidding": _MARKET, "revolution": _OTHER, "conjure": _OTHER,
    "brand": "what one is branded decides (the appraisals of the event stage)",
    # phrasal and prepositional verbs ("LEMMA CONDITIONS") whose common sense is no such act
    "ask prt=in": _OTHER, "ask prt=out": _OTHER, "ask prt=over": _OTHER, "attend prep=to": _OTHER,
    "brush prt=down": _OTHER, "call prt=down": _OTHER, "call prt=in": _OTHER, "call prt=up": _OTHER,
    "crack prt=up": _OTHER, "fend prep=for": _OTHER, "freeze prt=off": _OTHER, "go prep=for": _OTHER,
    "help prt=out": _OTHER, "live prep=with": _OTHER, "swear prt=off": _OTHER, "throw prt=out": _OTHER,
    "bail .": _OTHER, "reverse": "reversing oneself is a concession; reversing trends is no act",
    "call obj=*actor": "calling a person is mostly naming them ('called him a liar')",
    "go prt=away;obj=*org": _OTHER, "go prt=forth;obj=*org": _OTHER, "go prt=out;obj=*org": _OTHER,
}

#: Hand-written lemmas whose conditional entries are their only event senses: WordNet's bare
#: sense is not their back-off (general verbs whose bare use is mostly no event).
NO_BACKOFF = frozenset({
    "accept", "allow", "ask", "blast", "call", "compensation", "conference", "decline", "dispatch", "ease",
    "grant", "help", "plead", "press", "push", "strike", "support", "suspend", "war",
})


def _rank(wn, lemma: str, synset, pos: str) -> int:
    senses = wn.synsets(lemma, pos)
    return senses.index(synset) if synset in senses else 99


def _entry(name: str) -> tuple[str, str] | None:
    """(lemma, conditions) of a WordNet verb lemma name: a word, or a phrasal verb."""
    parts = name.lower().split("_")
    if len(parts) == 1 and parts[0].isalpha():
        return parts[0], "."
    if len(parts) == 2 and parts[1] in PARTICLES and parts[0].isalpha():
        return parts[0], f"prt={parts[1]}"
    if len(parts) == 2 and parts[1] in PREPOSITIONS and parts[0].isalpha():
        return parts[0], f"prep={parts[1]}"
    return None


def _derived_nouns(wn, lem) -> list[tuple[str, str]]:
    """(noun, synset name) of the event nouns derived from verb lemma ``lem`` ("resign" ->
    "resignation"): acts, speech acts and events whose sense is among the noun's first senses."""
    out = []
    for d_lem in sorted(lem.derivationally_related_forms(), key=lambda x: x.synset().name()):
        nsyn = d_lem.synset()
        word = d_lem.name().lower()
        if (nsyn.pos() == "n" and nsyn.lexname() in EVENT_NOUN_FILES and word.isalpha()
                and _rank(wn, word, nsyn, "n") <= MAX_RANK):
            out.append((word, nsyn.name()))
    return out


def propose(wn, hand_verbs: dict[str, str] | None = None) -> dict[tuple[str, str, str], tuple[str, str]]:
    """Every proposal: ``(pos, lemma, conditions) -> (category, provenance)``; a proposal made
    for two categories is dropped (ambiguous).

    ``hand_verbs`` (lemma -> category of its bare entry in ``lexicon.tsv``) adds the event
    nouns derived from the first WordNet sense of each hand-written verb ("criticise" ->
    "criticism"), with the verb's category.
    """
    out: dict[tuple[str, str, str], tuple[str, str]] = {}
    clash: set[tuple[str, str, str]] = set()

    def add(key, typ, source):
        if key in out and out[key][0] != typ:
            clash.add(key)
        out.setdefault(key, (typ, source))

    for typ, seeds in SEEDS.items():
        for seed, depth in seeds.items():
            root = wn.synset(seed)
            level = [(root, f"wn:{seed}")]
            for d in range(depth + 1):
                nxt = []
                for syn, source in level:
                    for lem in syn.lemmas():
                        got = _entry(lem.name())
                        if got is None or _rank(wn, lem.name(), syn, "v") > MAX_RANK:
                            continue
                        add(("V", got[0], got[1]), typ, source)
                        for word, nsyn in _derived_nouns(wn, lem):
                            add(("N", word, "."), typ, f"{source}>deriv:{nsyn}")
                    if d < depth:
                        hypos = sorted(syn.hyponyms(), key=lambda x: x.name())
                        nxt += [(h, f"{source}>hypo:{h.name()}") for h in hypos]
                level = nxt
    for seed, (typ, cond) in ARG_SEEDS.items():
        for lem in wn.synset(seed).lemmas():
            got = _entry(lem.name())
            if got is not None and ("prep=" not in got[1] or "prep=" not in cond):
                add(("V", got[0], cond if got[1] == "." else f"{got[1]};{cond}"), typ, f"wn:{seed}[{cond}]")
    for verb, typ in sorted((hand_verbs or {}).items()):
        senses = wn.synsets(verb, "v")
        for lem in (senses[0].lemmas() if senses else ()):
            if lem.name().lower() == verb:
                for word, nsyn in _derived_nouns(wn, lem):
                    add(("N", word, "."), typ, f"hand:{verb}>wn:{senses[0].name()}>deriv:{nsyn}")
    return {k: v for k, v in out.items() if k not in clash}


#: Semantic classes of arguments, each defined once, for lexicon conditions ``obj=@NAME``:
#: a single-word noun belongs to a class when its first (most frequent) sense is under one
#: of the class's roots, or in one of its lexicographer files.
CLASSES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "weapon": (("weapon.n.01", "weaponry.n.01", "ammunition.n.01", "military_vehicle.n.01", "warship.n.01",
                "warplane.n.01"), ()),
    "money": (("money.n.01", "money.n.02", "fund.n.01", "aid.n.03", "loan.n.01", "grant.n.01",
               "financial_aid.n.01", "funding.n.01"), ()),
    "idea": (("communication.n.02", "content.n.05", "outgo.n.01"), ()),  # what is said, thought, planned or spent
    "plan": (("plan.n.01", "plan_of_action.n.01", "proposal.n.01"), ()),  # what one means to do
    "force": (("military_unit.n.01", "serviceman.n.01", "military_personnel.n.01", "peacekeeper.n.01",
               "police.n.01", "policeman.n.01"), ()),
}


#: Classes of judging adjectives, for the appraisals of :mod:`graphkit.ingest.events.appraisal`: an
#: adjective belongs when its first sense is one of the heads or a satellite similar to one; a head
#: ending in "!" gives its own lemmas only (the satellites of proud.a.01 are arrogance, no gladness).
ADJ_CLASSES: dict[str, tuple[str, ...]] = {
    "condemn": ("bad.a.01", "unsatisfactory.a.01", "offensive.a.05", "immoral.a.01", "dishonorable.a.01",
                "irresponsible.a.01", "wicked.a.01", "evil.a.01", "wrong.a.02", "intolerable.a.01",
                "incompetent.a.01", "dishonest.a.01", "unfair.a.01", "unjust.a.01", "stupid.a.01", "foolish.a.01",
                "unwise.a.01", "inexcusable.a.01", "shameful.a.01"),
    "praise": ("good.a.01", "admirable.a.01", "honorable.a.01", "praiseworthy.a.01", "excellent.a.01",
               "brave.a.01", "wise.a.01", "competent.a.01", "humane.a.02"),
    "glad": ("pleased.a.01", "glad.a.01", "happy.a.01", "grateful.a.01", "proud.a.01!"),
    "aggrieved": ("angry.a.01", "ashamed.a.01", "displeased.a.01", "dissatisfied.a.01", "aghast.s.01!"),
}


def adjective_words(wn, heads: tuple[str, ...]) -> list[str]:
    """The single-word adjectives whose first sense is one of ``heads`` or similar to one."""
    full = {wn.synset(h) for h in heads if not h.endswith("!")}
    own = {wn.synset(h[:-1]) for h in heads if h.endswith("!")}
    out = set()
    for lemma in wn.all_lemma_names("a"):
        senses = wn.synsets(lemma, "a")
        if not lemma.isalpha() or not senses:
            continue
        first = senses[0]
        if first in full or first in own or full & set(first.similar_tos()):
            out.add(lemma.lower())
    return sorted(out)


def class_words(wn, roots: tuple[str, ...], lexnames: tuple[str, ...]) -> list[str]:
    """The single-word nouns whose first sense is under ``roots`` or in ``lexnames``."""
    root_set = {wn.synset(r) for r in roots}
    out = set()
    for lemma in wn.all_lemma_names("n"):
        if not lemma.isalpha():
            continue
        first = wn.synsets(lemma, "n")[0]
        if first.lexname() in lexnames or root_set & ({first} | set(first.closure(lambda s: s.hypernyms()))):
            out.add(lemma.lower())
    return sorted(out)


def write_classes(wn, folder: Path) -> None:
    """Write ``data/words/class_NAME.txt`` for each class."""
    for name, (roots, lexnames) in CLASSES.items():
        words = class_words(wn, roots, lexnames)
        head = (f"# Argument class '{name}' for event lexicon conditions (obj=@{name}), grown from WordNet 3.0\n"
                f"# by tools/grow_lexicon.py: nouns whose first sense is under {', '.join(roots)}"
                + (f" or in {', '.join(lexnames)}" if lexnames else "") + ". Do not edit by hand.\n")
        (folder / f"class_{name}.txt").write_text(head + "\n".join(words) + "\n", encoding="utf-8")
        print(f"class {name}: {len(words)} nouns")
    for name, heads in ADJ_CLASSES.items():
        words = adjective_words(wn, heads)
        head = (f"# Adjective class '{name}' for the appraisals of the event stage, grown from WordNet 3.0\n"
                f"# by tools/grow_lexicon.py: adjectives whose first sense is, or is similar to, {', '.join(heads)}"
                " ('!': the head's own lemmas only). Do not edit by hand.\n")
        (folder / f"class_{name}.txt").write_text(head + "\n".join(words) + "\n", encoding="utf-8")
        print(f"class {name}: {len(words)} adjectives")


def main(argv: list[str] | None = None) -> int:
    """Write ``graphkit/ingest/data/lexicon_wordnet.tsv`` from WordNet and the seeds above.

    Entries for lemmas the hand-written lexicon (``lexicon.tsv``) already has are left out:
    there the hand entry decides. Run: ``python tools/grow_lexicon.py [--wordnet DIR]``.
    """
    import argparse

    ap = argparse.ArgumentParser(description="Grow the event lexicon from WordNet 3.0.")
    ap.add_argument("--wordnet", type=Path, default=WORDNET)
    ap.add_argument("--out", type=Path,
                    default=Path(__file__).resolve().parents[1] / "graphkit/ingest/data/lexicon_wordnet.tsv")
    args = ap.parse_args(argv)
    wn = open_wordnet(args.wordnet)
    hand = Path(__file__).resolve().parents[1] / "graphkit/ingest/data/lexicon.tsv"
    lines = [c for c in (line.split("\t") for line in hand.read_text().splitlines())
             if len(c) >= 6 and not c[0].startswith("#")]
    # a hand-written lemma with a bare entry is decided by hand; one with conditional entries
    # only backs off to the grown bare sense when none of its conditions holds
    bare = {(c[0], c[1]) for c in lines if c[2] == "."}
    conditional = {(c[0], c[1], c[2]) for c in lines}
    hand_verbs = {c[1]: c[3] for c in lines if c[0] == "V" and c[2] == "." and c[3] != "-"}
    rows = []
    proposals = propose(wn, hand_verbs)
    for (pos, lemma, when), (typ, source) in sorted(proposals.items(), key=lambda kv: (kv[1][0], kv[0])):
        if (pos, lemma) in bare or (pos, lemma, when) in conditional:
            continue
        if lemma in EXCLUDE and not any(c in when for c in ("*actor", "*org", "prep=to")):
            continue
        if f"{lemma} {when}" in EXCLUDE or (when == "." and lemma in NO_BACKOFF):
            continue
        rows.append("\t".join((pos, lemma, when, typ, ".", LABELS[typ], source)))
    header = ("# graphkit event lexicon grown from WordNet 3.0 (Princeton University; WordNet licence) by\n"
              "# tools/grow_lexicon.py: synonyms, hyponyms, phrasal and prepositional verbs and derived event\n"
              "# nouns of the seed senses of each PLOVER category, and the event nouns derived from the first\n"
              "# sense of each verb of lexicon.tsv; curated (see EXCLUDE and NO_BACKOFF there). An entry counts\n"
              "# for a lemma lexicon.tsv gives no bare sense (there it is the back-off of the hand conditions).\n"
              "# Do not edit by hand: change the seeds and re-run.\n"
              "# Columns as in lexicon.tsv, then the provenance: seed synset (wn:) or hand verb (hand:) >\n"
              "# hyponym/derivation steps.\n")
    args.out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} entries -> {args.out}")
    write_classes(wn, args.out.parent / "words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
