"""Rule-based coreference on hand-built parsed Docs (rows: word, head, dep, pos, tag)."""
from spacy.tokens import Doc

from graphkit.ingest.actors.coref import resolve_references
from graphkit.ingest.actors.expletives import is_pleonastic


def parsed(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows])


PERSONS = {"kerry": "person", "bibi": "person", "psaki": "person", "hammond": "person"}


def test_object_pronoun_never_takes_the_subject_of_its_clause(vocab):
    # Kerry spoke with Netanyahu after meeting him .
    doc = parsed(vocab, [("Kerry", 1, "nsubj", "PROPN", "NNP"), ("spoke", 1, "ROOT", "VERB", "VBD"),
                         ("with", 1, "prep", "ADP", "IN"), ("Netanyahu", 2, "pobj", "PROPN", "NNP"),
                         ("after", 1, "prep", "ADP", "IN"), ("meeting", 4, "pcomp", "VERB", "VBG"),
                         ("him", 5, "dobj", "PRON", "PRP"), (".", 1, "punct", "PUNCT", ".")])
    ta = {0: "kerry", 3: "bibi"}
    resolve_references(doc, ta, PERSONS)
    assert ta[6] == "bibi"


def test_subject_pronoun_prefers_the_subject_and_agrees_in_gender(vocab):
    # Psaki met Hammond . She said ... / he said
    rows = [("Psaki", 1, "nsubj", "PROPN", "NNP"), ("met", 1, "ROOT", "VERB", "VBD"),
            ("Hammond", 1, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", "."),
            ("he", 5, "nsubj", "PRON", "PRP"), ("said", 5, "ROOT", "VERB", "VBD"), (".", 5, "punct", "PUNCT", ".")]
    ta = {0: "psaki", 2: "hammond"}
    out = dict(ta)
    resolve_references(parsed(vocab, rows), out, PERSONS, genders={"psaki": "f"})
    assert out[4] == "hammond"  # "he" skips the female subject
    out = dict(ta)
    resolve_references(parsed(vocab, rows), out, PERSONS)
    assert out[4] == "psaki"  # unknown gender: the subject wins


def test_it_refers_to_organisations_and_countries_not_people_and_not_pleonastic(vocab):
    # Israel said it would continue . It was hard to go .
    rows = [("Israel", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD"),
            ("it", 4, "nsubj", "PRON", "PRP"), ("would", 4, "aux", "AUX", "MD"),
            ("continue", 1, "ccomp", "VERB", "VB"), (".", 1, "punct", "PUNCT", "."),
            ("It", 7, "nsubj", "PRON", "PRP"), ("was", 7, "ROOT", "AUX", "VBD"), ("hard", 7, "acomp", "ADJ", "JJ"),
            ("to", 10, "aux", "PART", "TO"), ("go", 8, "xcomp", "VERB", "VB"), (".", 7, "punct", "PUNCT", ".")]
    doc = parsed(vocab, rows)
    ta = {0: "israel"}
    resolve_references(doc, ta, {"israel": "country"})
    assert ta[2] == "israel"
    assert is_pleonastic(doc[6]) and 6 not in ta
    ta = {0: "kerry"}
    resolve_references(doc, ta, PERSONS)
    assert 2 not in ta


def test_it_refers_to_a_capital_named_as_its_government_not_to_other_places(vocab):
    # Iran attacked . Baghdad said its forces won .
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("attacked", 1, "ROOT", "VERB", "VBD"),
            (".", 1, "punct", "PUNCT", "."), ("Baghdad", 4, "nsubj", "PROPN", "NNP"),
            ("said", 4, "ROOT", "VERB", "VBD"), ("its", 6, "poss", "PRON", "PRP$"),
            ("forces", 7, "nsubj", "NOUN", "NNS"), ("won", 4, "ccomp", "VERB", "VBD"), (".", 4, "punct", "PUNCT", ".")]
    ta = {0: "iran", 3: "baghdad"}
    resolve_references(parsed(vocab, rows), ta, {"iran": "country", "baghdad": "location"})
    assert ta[5] == "baghdad"
    ta = {0: "iran", 3: "basra"}  # a city that is no capital speaks for no government
    resolve_references(parsed(vocab, rows), ta, {"iran": "country", "basra": "location"})
    assert ta[5] == "iran"


def test_it_takes_a_capital_for_its_government_only_where_it_was_named_as_a_doer(vocab):
    # Iran attacked in Baghdad . It said it won .
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("attacked", 1, "ROOT", "VERB", "VBD"),
            ("in", 1, "prep", "ADP", "IN"), ("Baghdad", 2, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", "."),
            ("It", 6, "nsubj", "PRON", "PRP"), ("said", 6, "ROOT", "VERB", "VBD"),
            ("it", 8, "nsubj", "PRON", "PRP"), ("won", 6, "ccomp", "VERB", "VBD"), (".", 6, "punct", "PUNCT", ".")]
    ta = {0: "iran", 3: "baghdad"}
    resolve_references(parsed(vocab, rows), ta, {"iran": "country", "baghdad": "location"})
    assert ta[5] == "iran"
    ta = {3: "baghdad"}  # "a car bomb exploded in Beirut. It killed five": not Beirut
    resolve_references(parsed(vocab, rows), ta, {"baghdad": "location"})
    assert 5 not in ta


def test_relative_pronoun_takes_its_antecedent_only_when_it_is_an_actor(vocab):
    # Egypt -- which drafted a plan which Hamas opposed
    rows = [("Egypt", 0, "ROOT", "PROPN", "NNP"), ("--", 0, "punct", "PUNCT", ":"),
            ("which", 3, "nsubj", "PRON", "WDT"), ("drafted", 0, "relcl", "VERB", "VBD"),
            ("a", 5, "det", "DET", "DT"), ("plan", 3, "dobj", "NOUN", "NN"),
            ("which", 8, "dobj", "PRON", "WDT"), ("Hamas", 8, "nsubj", "PROPN", "NNP"),
            ("opposed", 5, "relcl", "VERB", "VBD")]
    ta = {0: "egypt", 7: "hamas"}
    resolve_references(parsed(vocab, rows), ta, {"egypt": "country", "hamas": "organization"})
    assert ta[2] == "egypt" and 6 not in ta


def test_definite_descriptions_take_the_salient_actor_of_their_kind(vocab):
    # Hamas rejected a plan which the Islamist group opposed .
    rows = [("Hamas", 1, "nsubj", "PROPN", "NNP"), ("rejected", 1, "ROOT", "VERB", "VBD"),
            ("a", 3, "det", "DET", "DT"), ("plan", 1, "dobj", "NOUN", "NN"),
            ("which", 8, "dobj", "PRON", "WDT"), ("the", 7, "det", "DET", "DT"),
            ("Islamist", 7, "amod", "ADJ", "JJ"), ("group", 8, "nsubj", "NOUN", "NN"),
            ("opposed", 3, "relcl", "VERB", "VBD"), (".", 1, "punct", "PUNCT", ".")]
    ta = {0: "hamas"}
    resolve_references(parsed(vocab, rows), ta, {"hamas": "organization"})
    assert ta[7] == "hamas"
    ta = {0: "hamas"}
    resolve_references(parsed(vocab, rows), ta, {"hamas": "country"})
    assert 7 not in ta  # a group is no country


def test_plural_description_and_they(vocab):
    # Kerry called Qatar and Turkey so that the two countries use their influence .
    rows = [("Kerry", 1, "nsubj", "PROPN", "NNP"), ("called", 1, "ROOT", "VERB", "VBD"),
            ("Qatar", 1, "dobj", "PROPN", "NNP"), ("and", 2, "cc", "CCONJ", "CC"),
            ("Turkey", 2, "conj", "PROPN", "NNP"), ("so", 10, "mark", "SCONJ", "IN"),
            ("that", 10, "mark", "SCONJ", "IN"), ("the", 9, "det", "DET", "DT"),
            ("two", 9, "nummod", "NUM", "CD"), ("countries", 10, "nsubj", "NOUN", "NNS"),
            ("use", 1, "advcl", "VERB", "VB"), ("their", 12, "poss", "PRON", "PRP$"),
            ("influence", 10, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    ta = {0: "kerry", 2: "qatar", 4: "turkey"}
    plural = resolve_references(parsed(vocab, rows), ta, {"kerry": "person", "qatar": "country", "turkey": "country"})
    assert plural[9] == ["qatar", "turkey"] and ta[9] == "qatar"
    assert plural[11] == ["qatar", "turkey"]


def test_they_is_left_alone_when_a_plain_plural_noun_is_closer(vocab):
    # Palestinians left . We urge all parties to use their power .
    rows = [("Palestinians", 1, "nsubj", "PROPN", "NNPS"), ("left", 1, "ROOT", "VERB", "VBD"),
            (".", 1, "punct", "PUNCT", "."), ("We", 4, "nsubj", "PRON", "PRP"), ("urge", 4, "ROOT", "VERB", "VBP"),
            ("all", 6, "det", "DET", "DT"), ("parties", 4, "dobj", "NOUN", "NNS"), ("to", 8, "aux", "PART", "TO"),
            ("use", 4, "xcomp", "VERB", "VB"), ("their", 10, "poss", "PRON", "PRP$"),
            ("power", 8, "dobj", "NOUN", "NN"), (".", 4, "punct", "PUNCT", ".")]
    ta = {0: "pal"}
    resolve_references(parsed(vocab, rows), ta, {"pal": "group"})
    assert 9 not in ta and 3 not in ta


def test_main_clause_subject_beats_an_embedded_one(vocab):
    # Iran said Iraq left and it would review .
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD"),
            ("Iraq", 3, "nsubj", "PROPN", "NNP"), ("left", 1, "ccomp", "VERB", "VBD"), ("and", 3, "cc", "CCONJ", "CC"),
            ("it", 7, "nsubj", "PRON", "PRP"), ("would", 7, "aux", "AUX", "MD"), ("review", 3, "conj", "VERB", "VB"),
            (".", 1, "punct", "PUNCT", ".")]
    ta = {0: "iran", 2: "iraq"}
    resolve_references(parsed(vocab, rows), ta, {"iran": "country", "iraq": "country"})
    assert ta[5] == "iran"


def test_it_is_left_alone_when_a_plain_noun_is_the_closer_subject(vocab):
    # Iceland issued a bond . The bond traded below its price .
    rows = [("Iceland", 1, "nsubj", "PROPN", "NNP"), ("issued", 1, "ROOT", "VERB", "VBD"),
            ("a", 3, "det", "DET", "DT"), ("bond", 1, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", "."),
            ("The", 6, "det", "DET", "DT"), ("bond", 7, "nsubj", "NOUN", "NN"), ("traded", 7, "ROOT", "VERB", "VBD"),
            ("below", 7, "prep", "ADP", "IN"), ("its", 10, "poss", "PRON", "PRP$"), ("price", 8, "pobj", "NOUN", "NN"),
            (".", 7, "punct", "PUNCT", ".")]
    ta = {0: "iceland"}
    resolve_references(parsed(vocab, rows), ta, {"iceland": "country"})
    assert 9 not in ta


def test_possessive_takes_the_subject_of_its_own_clause(vocab):
    # Hamas insisted that Israel end its siege .
    rows = [("Hamas", 1, "nsubj", "PROPN", "NNP"), ("insisted", 1, "ROOT", "VERB", "VBD"),
            ("that", 4, "mark", "SCONJ", "IN"), ("Israel", 4, "nsubj", "PROPN", "NNP"), ("end", 1, "ccomp", "VERB",
                                                                                         "VB"),
            ("its", 6, "poss", "PRON", "PRP$"), ("siege", 4, "dobj", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]
    ta = {0: "hamas", 3: "israel"}
    resolve_references(parsed(vocab, rows), ta, {"hamas": "organization", "israel": "country"})
    assert ta[5] == "israel"


def test_the_government_is_the_articles_own_country_before_a_country_named_in_passing(vocab):
    # US firm EDS failed . The government suspended the plan .
    rows = [("US", 1, "compound", "PROPN", "NNP"), ("firm", 3, "nsubj", "NOUN", "NN"),
            ("EDS", 1, "appos", "PROPN", "NNP"), ("failed", 3, "ROOT", "VERB", "VBD"),
            (".", 3, "punct", "PUNCT", "."), ("The", 6, "det", "DET", "DT"),
            ("government", 7, "nsubj", "NOUN", "NN"), ("suspended", 7, "ROOT", "VERB", "VBD"),
            ("the", 9, "det", "DET", "DT"), ("plan", 7, "dobj", "NOUN", "NN"), (".", 7, "punct", "PUNCT", ".")]
    kinds = {"usa": "country", "uk": "country"}
    out = {0: "usa"}
    resolve_references(parsed(vocab, rows), out, kinds, home="uk")
    assert out[6] == "uk"  # the report's own government
    out = {0: "usa"}
    resolve_references(parsed(vocab, rows), out, kinds)
    assert 6 not in out  # no country of the article, and one named once in passing governs nothing here


def test_quoted_only_sentences_keep_the_speaker_within_pronoun_reach(nlp):
    from graphkit.ingest.actors.find import find_actors
    from graphkit.ingest.prepare import tokenize
    from graphkit.models import Article

    text = ('The storm was terrible, Michael Howard said. "We watched the scenes with disbelief. '
            'The scale of it is hard to grasp. The response has been great." He went on to praise the nurses.')
    doc = nlp(tokenize(nlp, text, None))
    layer = find_actors(doc, Article(id="a", text=text))
    he = next(t for t in doc if t.text == "He")
    assert layer.at(he.i) == layer.at(next(t for t in doc if t.text == "Howard").i)


def test_the_owner_inside_a_subject_phrase_is_not_the_subject_a_pronoun_prefers(vocab):
    # The States , Taiwan 's partner , said . It criticised .
    rows = [("The", 1, "det", "DET", "DT"), ("States", 7, "nsubj", "PROPN", "NNP"), (",", 1, "punct", "PUNCT", ","),
            ("Taiwan", 5, "poss", "PROPN", "NNP"), ("'s", 3, "case", "PART", "POS"),
            ("partner", 1, "appos", "NOUN", "NN"), (",", 1, "punct", "PUNCT", ","),
            ("said", 7, "ROOT", "VERB", "VBD"), (".", 7, "punct", "PUNCT", "."),
            ("It", 10, "nsubj", "PRON", "PRP"), ("criticised", 10, "ROOT", "VERB", "VBD"),
            (".", 10, "punct", "PUNCT", ".")]
    doc = parsed(vocab, rows)
    ta = {1: "usa", 3: "taiwan"}
    resolve_references(doc, ta, {"usa": "country", "taiwan": "country"})
    assert ta[9] == "usa"


def test_it_of_a_reporting_verb_is_its_unmapped_subject_not_an_earlier_actor(vocab):
    # GenCorp refused . Partners said it was prepared to bid .
    rows = [("GenCorp", 1, "nsubj", "PROPN", "NNP"), ("refused", 1, "ROOT", "VERB", "VBD"),
            (".", 1, "punct", "PUNCT", "."), ("Partners", 4, "nsubj", "PROPN", "NNPS"),
            ("said", 4, "ROOT", "VERB", "VBD"), ("it", 6, "nsubj", "PRON", "PRP"), ("was", 4, "ccomp", "AUX", "VBD"),
            ("prepared", 6, "acomp", "ADJ", "JJ"), ("to", 9, "aux", "PART", "TO"), ("bid", 7, "xcomp", "VERB", "VB"),
            (".", 4, "punct", "PUNCT", ".")]
    ta = {0: "gencorp"}
    resolve_references(parsed(vocab, rows), ta, {"gencorp": "organization"})
    assert 5 not in ta
    ta = {0: "gencorp", 3: "partners"}  # mapped: the speaker itself
    resolve_references(parsed(vocab, rows), ta, {"gencorp": "organization", "partners": "organization"})
    assert ta[5] == "partners"


def _country_rows(noun):
    # German Minister Bangemann rejected a call from the NOUN 's institutes .
    return [("German", 2, "amod", "ADJ", "JJ"), ("Minister", 2, "compound", "PROPN", "NNP"),
            ("Bangemann", 3, "nsubj", "PROPN", "NNP"), ("rejected", 3, "ROOT", "VERB", "VBD"),
            ("a", 5, "det", "DET", "DT"), ("call", 3, "dobj", "NOUN", "NN"), ("from", 5, "prep", "ADP", "IN"),
            ("the", 8, "det", "DET", "DT"), (noun, 10, "poss", "NOUN", "NN"), ("'s", 8, "case", "PART", "POS"),
            ("institutes", 6, "pobj", "NOUN", "NNS"), (".", 3, "punct", "PUNCT", ".")]


def test_the_country_named_only_through_its_official_is_the_officials_country(vocab):
    ta = {0: "bangemann", 1: "bangemann", 2: "bangemann"}
    kinds = {"bangemann": "person", "germany": "country"}
    resolve_references(parsed(vocab, _country_rows("country")), ta, kinds, homes={"bangemann": "germany"})
    assert ta[8] == "germany"
    ta = {0: "bangemann", 1: "bangemann", 2: "bangemann"}
    resolve_references(parsed(vocab, _country_rows("country")), ta, kinds)
    assert 8 not in ta  # no homeland known: nothing guessed
    ta = {0: "bangemann", 1: "bangemann", 2: "bangemann"}
    resolve_references(parsed(vocab, _country_rows("company")), ta, kinds, homes={"bangemann": "germany"})
    assert 8 not in ta  # "the company" is no country


def test_the_government_of_a_country_named_once_as_a_subject(vocab):
    # Jamaica will draw funds , the government announced .
    rows = [("Jamaica", 2, "nsubj", "PROPN", "NNP"), ("will", 2, "aux", "AUX", "MD"),
            ("draw", 7, "ccomp", "VERB", "VB"), ("funds", 2, "dobj", "NOUN", "NNS"), (",", 7, "punct", "PUNCT", ","),
            ("the", 6, "det", "DET", "DT"),
            ("government", 7, "nsubj", "NOUN", "NN"), ("announced", 7, "ROOT", "VERB", "VBD"),
            (".", 7, "punct", "PUNCT", ".")]
    ta = {0: "jamaica"}
    resolve_references(parsed(vocab, rows), ta, {"jamaica": "country"})
    assert ta[6] == "jamaica"


def test_they_may_take_an_actor_named_by_a_plural_noun_but_not_their(vocab):
    # EC ministers met . They said their plan ...
    rows = [("EC", 1, "compound", "PROPN", "NNP"), ("ministers", 2, "nsubj", "NOUN", "NNS"),
            ("met", 2, "ROOT", "VERB", "VBD"), (".", 2, "punct", "PUNCT", "."),
            ("They", 5, "nsubj", "PRON", "PRP"), ("said", 5, "ROOT", "VERB", "VBD"),
            ("their", 7, "poss", "PRON", "PRP$"), ("plan", 8, "nsubj", "NOUN", "NN"),
            ("failed", 5, "ccomp", "VERB", "VBD"), (".", 5, "punct", "PUNCT", ".")]
    ta = {0: "ec", 1: "ec"}
    resolve_references(parsed(vocab, rows), ta, {"ec": "organization"})
    assert ta[4] == "ec"
    assert 6 not in ta  # a possessive "their" on a plural noun makes nominal events of its own: left alone
    rows[1] = ("minister", 2, "nsubj", "NOUN", "NN")
    ta = {0: "ec", 1: "ec"}
    resolve_references(parsed(vocab, rows), ta, {"ec": "organization"})
    assert 4 not in ta  # an organisation named in the singular is no "they"


def test_an_argument_of_a_relative_clause_is_not_the_noun_it_modifies(vocab):
    # Japan courts banks they trust .
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP"), ("courts", 1, "ROOT", "VERB", "VBZ"),
            ("banks", 1, "dobj", "NOUN", "NNS"), ("they", 4, "nsubj", "PRON", "PRP"),
            ("trust", 2, "relcl", "VERB", "VBP"), (".", 1, "punct", "PUNCT", ".")]
    ta = {2: "germany"}
    resolve_references(parsed(vocab, rows), ta, {"germany": "country"})
    assert 3 not in ta
    rows[4] = ("trust", 1, "conj", "VERB", "VBP")  # "Japan courts banks, they trust": no relative clause
    ta = {2: "germany"}
    resolve_references(parsed(vocab, rows), ta, {"germany": "country"})
    assert ta[3] == "germany"


def _far_rows(noun):
    # Kerry spoke . NOUN rose . Prices fell . Rates rose . He left .
    rows = [("Kerry", 1, "nsubj", "PROPN", "NNP"), ("spoke", 1, "ROOT", "VERB", "VBD"), (".", 1, "punct", "PUNCT", ".")]
    for k, (w, v) in enumerate([(noun, "rose"), ("Prices", "fell"), ("Rates", "rose")]):
        s = 3 + 3 * k
        rows += [(w, s + 1, "nsubj", "NOUN", "NNS" if w.endswith("s") else "NN"), (v, s + 1, "ROOT", "VERB", "VBD"),
                 (".", s + 1, "punct", "PUNCT", ".")]
    rows += [("He", 13, "nsubj", "PRON", "PRP"), ("left", 13, "ROOT", "VERB", "VBD"), (".", 13, "punct", "PUNCT", ".")]
    return rows


def test_he_beyond_the_window_continues_the_last_person_when_no_one_else_came_since(vocab):
    def run(noun, genders=None):
        rows = _far_rows(noun)
        doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
                  pos=[r[3] for r in rows], tags=[r[4] for r in rows],
                  sent_starts=[k % 3 == 0 for k in range(len(rows))])
        ta = {0: "kerry"}
        resolve_references(doc, ta, {"kerry": "person"}, genders=genders)
        return ta.get(12)

    assert run("Taxes") == "kerry"  # three sentences of figures in between
    assert run("official") is None  # a person noun did something since: "the official said ... he"
    assert run("Taxes", genders={"kerry": "f"}) is None  # she is no "he"
