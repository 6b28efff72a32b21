"""Quotations attributed at their end (graphkit.ingest.events.openers)."""
from spacy.tokens import Doc

from graphkit.ingest.events.openers import leading_speakers
from graphkit.models import Quote


def _doc(vocab, sentences):
    words, spaces, starts = [], [], []
    for sent in sentences:
        for n, (w, sp) in enumerate(sent):
            words.append(w)
            spaces.append(sp)
            starts.append(n == 0)
    return Doc(vocab, words=words, spaces=spaces, sent_starts=starts)


OPEN = [('"', False), ("We", True), ("condemn", True), ("it", False), (".", True)]
INSIDE = [("It", True), ("is", True), ("wrong", False), (".", True)]
CLOSED = [('"', False), ("Fine", False), (".", False), ('"', True)]
SAID = [("We", True), ("reject", True), ("it", False), (",", False), ('"', True), ("Ali", True), ("said", False),
        (".", False)]


def _quote(doc):
    start = next(t.idx for t in doc if t.text == "reject") - 3
    return Quote(article="a", start=start, end=start + 12, text="We reject it", speaker="ali")


def test_the_sentences_a_quotation_opens_with_are_the_speakers(vocab):
    doc = _doc(vocab, [OPEN, INSIDE, SAID])
    assert leading_speakers(doc, doc.text, [_quote(doc)]) == {0: "ali", 5: "ali"}


def test_a_quotation_closed_before_is_not_the_speakers(vocab):
    doc = _doc(vocab, [CLOSED, INSIDE, SAID])
    assert leading_speakers(doc, doc.text, [_quote(doc)]) == {4: "ali"}  # the unquoted sentence only


def test_a_quotation_opened_in_the_attributed_sentence_reaches_no_further(vocab):
    said_whole = [('"', False)] + SAID
    doc = _doc(vocab, [OPEN, said_whole])
    q = _quote(doc)
    assert leading_speakers(doc, doc.text, [q]) == {}
    assert leading_speakers(doc, doc.text, [q.model_copy(update={"speaker": None})]) == {}


def test_we_in_the_opening_sentence_is_the_speaker_named_at_the_end(nlp):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.ingest.prepare import tokenize
    from graphkit.models import Article

    text = ('Iraqi Foreign Minister Tariq Aziz arrived in Paris on Monday. "We condemn Iran for this aggression. '
            'We will never accept it," Aziz said.')
    art = Article(id="a", text=text)
    recs = extract_doc(nlp(tokenize(nlp, text, None)), art)
    names = {a.id: a.name for a in recs.actors}
    assert ("ACCUSE", ["Tariq Aziz"], ["Iran"]) in [
        (e.type, [names[x] for x in e.actors], [names[x] for x in e.recipients]) for e in recs.events]
