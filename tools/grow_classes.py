"""The argument classes and judging-adjective classes of the event lexicon, grown from WordNet 3.0
(``data/words/class_*.txt``): written by ``tools/grow_lexicon.py``, each class defined once here."""
from __future__ import annotations

from pathlib import Path

__all__ = ["ADJ_CLASSES", "BRANDED", "CLASSES", "MATERIAL", "MAX_CLASS_WRONG", "adjective_words", "class_words",
           "write_classes"]


#: Semantic classes of arguments, each defined once, for lexicon conditions ``obj=@NAME``:
#: a single-word noun belongs to a class when its first (most frequent) sense is under one
#: of the class's roots, or in one of its lexicographer files. A root ending in "!" gives itself
#: only, not its hyponyms; a root starting with "-" takes its subtree out of the class.
CLASSES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "weapon": (("weapon.n.01", "weaponry.n.01", "ammunition.n.01", "military_vehicle.n.01", "warship.n.01",
                "warplane.n.01"), ()),
    "money": (("money.n.01", "money.n.02", "fund.n.01", "aid.n.03", "loan.n.01", "grant.n.01",
               "financial_aid.n.01", "funding.n.01"), ()),
    "idea": (("communication.n.02", "content.n.05", "outgo.n.01"), ()),  # what is said, thought, planned or spent
    "plan": (("plan.n.01", "plan_of_action.n.01", "proposal.n.01"), ()),  # what one means to do
    "people": (("captive.n.01", "hostage.n.01", "detainee.n.01", "internee.n.01", "civilian.n.01", "refugee.n.01",
                "dissident.n.01", "activist.n.01", "protester.n.02", "journalist.n.01"), ()),  # who is held or freed
    # military_service.n.01: the armed services themselves ("army", "navy", "air force"), a force
    # as much as their units are (backoff17: "the army had been moved to the islands")
    "force": (("military_unit.n.01", "serviceman.n.01", "military_personnel.n.01", "peacekeeper.n.01",
               "police.n.01", "policeman.n.01", "military_service.n.01"), ()),
    # acts one is blamed for: errors, crimes, breaches, aggression, provocation, atrocities (the
    # predicate nouns of a judgement: "called the attacks an escalation", "said the policy was a
    # miscalculation"; :mod:`graphkit.ingest.events.appraisal`)
    "wrong": (("mistake.n.01", "error.n.05", "crime.n.01", "crime.n.02", "violation.n.02", "misconduct.n.01",
               "misbehavior.n.01", "injustice.n.01", "betrayal.n.01", "aggression.n.03", "aggravation.n.02",
               "atrocity.n.02", "escalation.n.01", "aggression.n.01", "terrorism.n.01", "intervention.n.02"), ()),
    # laws, taxes, budgets, prices and policies: what a government sets at home (domestic
    # stances, :mod:`graphkit.ingest.events.domestic`). Not duty.n.03: tariffs and customs duties
    # fall on other countries' goods. The policies themselves only: their hyponyms are doctrines
    # ("protectionism", "apartheid").
    "policy": (("legislation.n.01", "legislation.n.02", "legislative_act.n.01", "bill.n.01", "law.n.01",
                "law.n.02", "amendment.n.01", "amendment.n.02", "tax.n.01", "-duty.n.03", "taxation.n.03",
                "budget.n.01", "budget.n.02", "price.n.02", "rate.n.02", "policy.n.01!", "policy.n.02!",
                "reform.n.01!", "reform.n.02!", "monetary_value.n.01!"), ()),
    # goods: things made, grown or mined for sale, whose "demand" is the market's ("aluminium demand",
    # "oil demand": WordNet demand.n.02, no request); acts, groups, possessions ("pay demand") and artifacts
    # ("key demand": the adjectival "key") are none
    "goods": (("commodity.n.01",), ("noun.substance", "noun.food", "noun.plant")),
}


#: Classes whose members are often named by make, capitalised in WordNet ("Kalashnikov", "Uzi").
BRANDED = frozenset({"weapon"})
#: Classes of material things whose polysemous members are left out where a usage corpus writes
#: them mostly in other senses ("round" of talks, a company "division", oil "reserves"): the
#: most uses a member may expect in senses other than its first (see ``write_classes``).
MATERIAL = frozenset({"weapon", "force"})
MAX_CLASS_WRONG = 100


#: Classes of judging adjectives, for the appraisals of :mod:`graphkit.ingest.events.appraisal`: an
#: adjective belongs when its first sense is one of the heads or a satellite similar to one; a head
#: ending in "!" gives its own lemmas only (the satellites of proud.a.01 are arrogance, no gladness).
ADJ_CLASSES: dict[str, tuple[str, ...]] = {
    "condemn": ("bad.a.01", "unsatisfactory.a.01", "offensive.a.05", "immoral.a.01", "dishonorable.a.01",
                "irresponsible.a.01", "wicked.a.01", "evil.a.01", "wrong.a.02", "intolerable.a.01",
                "incompetent.a.01", "dishonest.a.01", "unfair.a.01", "unjust.a.01", "stupid.a.01", "foolish.a.01",
                "unwise.a.01", "inexcusable.a.01", "shameful.a.01", "guilty.a.01", "illegal.a.01!", "unlawful.a.01!",
                "undemocratic.a.01", "unconstitutional.a.01", "prejudiced.a.02", "harmful.a.01"),
    "praise": ("good.a.01", "admirable.a.01", "honorable.a.01", "praiseworthy.a.01", "excellent.a.01",
               "brave.a.01", "wise.a.01", "competent.a.01", "humane.a.02", "honest.a.01",
               "dedicated.a.01", "constructive.a.01!", "encouraging.a.01", "fair.a.01!", "just.a.01!"),
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


def class_words(wn, roots: tuple[str, ...], lexnames: tuple[str, ...], brands: bool = False) -> list[str]:
    """The single-word common nouns whose first sense is under ``roots`` or in ``lexnames`` (a
    proper name, whose first sense is an instance or only capitalised, is none; ``brands``: a
    capitalised kind is one, as weapons are named by make: "Kalashnikov", "Exocet"). A root
    "NAME!" is that sense only; a root "-NAME" leaves its subtree out."""
    under = {wn.synset(r) for r in roots if r[0] != "-" and r[-1] != "!"}
    own = {wn.synset(r[:-1]) for r in roots if r[-1] == "!"}
    left_out = {wn.synset(r[1:]) for r in roots if r[0] == "-"}
    out = set()
    for lemma in wn.all_lemma_names("n"):
        if not lemma.isalpha():
            continue
        first = wn.synsets(lemma, "n")[0]
        if first.instance_hypernyms() or not (brands or any(n.islower() for n in first.lemma_names())):
            continue  # a name ("Michael", "Erie", "Afrikaans"): no class of common nouns
        above = {first} | set(first.closure(lambda s: s.hypernyms()))
        if left_out & above:
            continue
        if first.lexname() in lexnames or first in own or under & above:
            out.add(lemma.lower())
    return sorted(out)


def _marked(roots: tuple[str, ...]) -> bool:
    """Whether a class has a root of its own sense only ("NAME!") or a subtree left out ("-NAME")."""
    return any(r[0] == "-" or r[-1] == "!" for r in roots)


def write_classes(wn, folder: Path, wrong=None) -> None:
    """Write ``data/words/class_NAME.txt`` for each class; ``wrong(noun)``: the uses of a noun a
    usage corpus is expected to have in other senses than its first (a class of :data:`MATERIAL`
    leaves out the nouns above :data:`MAX_CLASS_WRONG`)."""
    for name, (roots, lexnames) in CLASSES.items():
        words = class_words(wn, roots, lexnames, brands=name in BRANDED)
        if wrong is not None and name in MATERIAL:
            words = [w for w in words if wrong(w) <= MAX_CLASS_WRONG]
        head = (f"# Argument class '{name}' for event lexicon conditions (obj=@{name}), grown from WordNet 3.0\n"
                f"# by tools/grow_lexicon.py: nouns whose first sense is under {', '.join(roots)}"
                + (" ('!': that sense only; '-': not under it)" if _marked(roots) else "")
                + (f" or in {', '.join(lexnames)}" if lexnames else "")
                + (", save those written mostly in other senses in Reuters-21578" if name in MATERIAL else "")
                + ". Do not edit by hand.\n")
        (folder / f"class_{name}.txt").write_text(head + "\n".join(words) + "\n", encoding="utf-8")
        print(f"class {name}: {len(words)} nouns")
    for name, heads in ADJ_CLASSES.items():
        words = adjective_words(wn, heads)
        head = (f"# Adjective class '{name}' for the appraisals of the event stage, grown from WordNet 3.0\n"
                f"# by tools/grow_lexicon.py: adjectives whose first sense is, or is similar to, {', '.join(heads)}"
                " ('!': the head's own lemmas only). Do not edit by hand.\n")
        (folder / f"class_{name}.txt").write_text(head + "\n".join(words) + "\n", encoding="utf-8")
        print(f"class {name}: {len(words)} adjectives")
