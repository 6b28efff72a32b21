"""tools/lexicon_channels.py: the second round of the grown lexicon (skipped without nltk or WordNet)."""
from __future__ import annotations

import pytest

from tests.tools.conftest import load_tool

grow = load_tool("grow_lexicon")
channels = load_tool("lexicon_channels")


@pytest.fixture(scope="module")
def seeds(wn):
    return channels.seed_index(wn, (grow.SEEDS, grow.NOUN_SEEDS))


def _more(wn, seeds, rows, lines):
    return channels.propose_more(wn, rows, lines, seeds, sense_ok=grow._sense_ok, entry=grow._entry,
                                 noun_entry=grow._noun_entry, last_synset=grow._last_synset)


def test_a_hand_lemma_is_read_in_its_sense_under_a_seed_of_its_category(wn, seeds):
    # "overthrow": its first sense is the seeded one (under oust.v.01, COERCE)
    assert channels.seeded_sense(wn, "overthrow", "COERCE", "v", seeds).name() == "overthrow.v.01"
    # "demonstrate" is first "establish the validity of": its protest sense (demonstrate.v.04) is chosen
    assert channels.seeded_sense(wn, "demonstrate", "PROTEST", "v", seeds).name() == "demonstrate.v.04"
    assert channels.seeded_sense(wn, "demonstrate", "ASSAULT", "v", seeds) is None  # no sense under an attack


def test_hand_lemmas_give_the_synonyms_of_their_seeded_sense(wn, seeds):
    props = _more(wn, seeds, [], [["V", "overthrow", ".", "COERCE", ".", "ousted"]])
    assert props[("V", "subvert", ".")] == ("COERCE", "hand:overthrow>wn:overthrow.v.01")
    assert props[("V", "bring", "prt=down")][0] == "COERCE"  # a phrasal synonym: bring_down
    assert ("V", "overthrow", ".") not in props  # the hand lemma itself is no proposal
    # an entry that is no event, or conditional, gives nothing
    assert not _more(wn, seeds, [], [["V", "overthrow", "obj=price", "-", ".", "-"]])


def test_grown_nouns_give_their_verbs_and_grown_verbs_their_nouns(wn, seeds):
    rows = ["N\tconscription\t.\tMOBILIZE\t.\tdeployed against\twn:mobilization.n.01>hypo:conscription.n.01",
            "V\tplunder\t.\tASSAULT\t.\tattacked\twn:plunder.v.03"]
    props = _more(wn, seeds, rows, [])
    assert props[("V", "conscript", ".")] == (
        "MOBILIZE", "wn:mobilization.n.01>hypo:conscription.n.01>deriv:conscript.v.01")
    assert props[("N", "plunder", ".")] == (  # what is plundered: loot.n.01, noun.possession
        "ASSAULT", "wn:plunder.v.03>deriv:loot.n.01")
    # a gerund's sense is its verb's: it gives no derivations of its own
    assert not _more(wn, seeds, ["N\tjailing\t.\tCOERCE\t.\tcoerced\twn:imprison.v.01>ing:jail"], [])


def test_derived_verbs_are_acts_between_parties_only(wn):
    lem = next(x for x in wn.synset("fight.n.02").lemmas() if x.name() == "fight")
    pos_words = channels._derived(wn, lem, grow._sense_ok)
    assert all(pos == "V" and syn.lexname() in channels.VERB_FILES for pos, _, syn in pos_words)


def test_a_proposal_for_two_categories_is_dropped(wn, seeds):
    rows = ["V\tplunder\t.\tASSAULT\t.\tattacked\twn:plunder.v.03",
            "V\tplunder\t.\tCOERCE\t.\tcoerced\twn:plunder.v.03"]
    props = _more(wn, seeds, rows, [])
    assert ("N", "plunder", ".") not in props and ("N", "plundering", ".") not in props
    assert ("N", "plunder", ".") in _more(wn, seeds, rows[:1], [])


def test_a_curation_record_reads_accepted_rows_as_proposals_and_refused_ones_as_a_set(tmp_path):
    p = tmp_path / "c.tsv"
    p.write_text("# header\n"
                 "V\tbayonet\t.\tbayonet.v.01\tASSAULT\taccept\tstab with a bayonet\troot:stab.v.01\n"
                 "N\tstorm\t.\tstorm.n.03\tASSAULT\treject\ta storm of weather first\tfreq:x\n")
    accepted, refused = channels.curated(channels.read_curation(p))
    assert accepted == {("V", "bayonet", "."): ("ASSAULT", "cur:bayonet.v.01<-root:stab.v.01")}
    assert refused == {("N", "storm", ".")}
    assert channels.read_curation(tmp_path / "absent.tsv") == []


@pytest.mark.parametrize("line", ["V\tx\t.\tx.v.01\tASSAULT\tmaybe\twhy\tpath",  # no verdict
                                  "V\tx\t.\tx.v.01\tASSAULT\treject\t \tpath",  # no reason
                                  "V\tx\t.\tASSAULT\taccept\twhy"])  # a column short
def test_a_malformed_curation_row_is_an_error(tmp_path, line):
    p = tmp_path / "c.tsv"
    p.write_text(line + "\n")
    with pytest.raises(ValueError):
        channels.read_curation(p)
