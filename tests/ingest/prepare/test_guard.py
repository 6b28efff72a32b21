import pytest

from graphkit.ingest.prepare.guard import check_article, detect_language, split_text
from graphkit.models import Article

ENGLISH = ("Kerry met Netanyahu on Wednesday in Tel Aviv to discuss the truce, and he said that "
           "the talks with the leaders of the region would go on for as long as they were needed.")
SAMPLES = {
    "de": "Die Regierung hat am Dienstag erklärt, dass sie die Verhandlungen mit der Opposition "
          "fortsetzen wird. Der Minister sagte, es gebe noch keine Einigung über den Haushalt.",
    "fr": "Le gouvernement a annoncé mardi qu'il poursuivra les négociations avec l'opposition. "
          "Selon le ministre, il n'y a pas encore d'accord sur le budget de l'année prochaine.",
    "es": "El gobierno anunció el martes que continuará las negociaciones con la oposición. "
          "Según el ministro, todavía no hay un acuerdo sobre el presupuesto del próximo año.",
    "it": "Il governo ha annunciato martedì che continuerà i negoziati con l'opposizione. "
          "Secondo il ministro, non c'è ancora un accordo sul bilancio dell'anno prossimo.",
    "pt": "O governo anunciou na terça-feira que vai continuar as negociações com a oposição. "
          "Segundo o ministro, ainda não há um acordo sobre o orçamento do próximo ano.",
    "nl": "De regering heeft dinsdag aangekondigd dat zij de onderhandelingen met de oppositie "
          "zal voortzetten. Volgens de minister is er nog geen akkoord over de begroting.",
}


def test_english_is_english():
    assert detect_language(ENGLISH) == "en"
    assert check_article(Article(id="a", text=ENGLISH)) == []


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_latin_script_languages(lang):
    assert detect_language(SAMPLES[lang]) == lang


@pytest.mark.parametrize("text, script", [
    ("Правительство объявило во вторник, что продолжит переговоры с оппозицией.", "Cyrillic script"),
    ("أعلنت الحكومة يوم الثلاثاء أنها ستواصل المفاوضات مع المعارضة", "Arabic script"),
    ("政府周二宣布将继续与反对派进行谈判，部长表示预算问题尚未达成协议。", "Han script"),
    ("Η κυβέρνηση ανακοίνωσε την Τρίτη ότι θα συνεχίσει τις διαπραγματεύσεις.", "Greek script"),
])
def test_non_latin_scripts(text, script):
    assert detect_language(text) == script


def test_english_with_foreign_names_and_quotes_stays_english():
    text = (ENGLISH + " Ursula von der Leyen and Luiz Inacio Lula da Silva met Le Pen in the "
            "Palais de la Musique, where the crowd chanted \"Москва\" and \"北京\".")
    assert detect_language(text) == "en"


def test_tables_and_figures_are_undecided_not_flagged():
    table = ("Shr 1.20 dlrs vs 1.10 dlrs\nNet 5.5 mln vs 4.9 mln\nRevs 120 mln vs 110 mln\n"
             "NOTE: DEL GRADES 871 1296 CCC STOCKS 2046 NON-DEL GRADES/UNGRADED 2167 1737\n")
    assert detect_language(table) is None
    assert check_article(Article(id="t", text=table)) == []


def test_too_little_text_is_undecided():
    assert detect_language("Die Welt.") is None
    assert detect_language("") is None


def test_non_english_is_fatal_problem_by_default_or_a_warning():
    art = Article(id="de1", text=SAMPLES["de"], source="in/de1.txt")
    [p] = check_article(art)
    assert p.fatal and p.source == "in/de1.txt (de1)"
    assert p.reason == "not English (looks like German); skipped"
    [w] = check_article(art, non_english_fatal=False)
    assert not w.fatal and "results may be poor" in w.reason


@pytest.mark.parametrize("text, reason", [
    ("", "empty article"),
    (" \n\t ", "empty article"),
    ("\ufffd\ufffd\x01\x02 ab \ufffd\ufffd\ufffd", "text is mostly undecodable or control characters"),
    ("12 345 -- 678 / 90.1", "no words in the text"),
])
def test_unusable_texts_are_fatal(text, reason):
    [p] = check_article(Article(id="x", text=text))
    assert p.fatal and p.reason == reason and p.source == "x"


def test_only_the_sample_is_read_for_the_language():
    # a German appendix after 10,000 characters of English does not flag the article
    text = (ENGLISH + " ") * 60 + SAMPLES["de"] * 20
    assert detect_language(text) == "en"


# --- split_text -------------------------------------------------------------------------------

def _check_chunks(text, chunks, max_chars):
    assert "".join(c for _, c in chunks) == text
    for start, chunk in chunks:
        assert text[start:start + len(chunk)] == chunk
        assert 0 < len(chunk) <= max_chars or (text == "" and chunk == "")
    starts = [s for s, _ in chunks]
    assert starts == sorted(starts) and starts[0] == 0


def test_split_short_text_is_one_chunk():
    assert split_text("Hello.", 10) == [(0, "Hello.")]
    assert split_text("", 10) == [(0, "")]


def test_split_prefers_paragraphs():
    paras = [f"Paragraph number {i} has a sentence. And another one." for i in range(10)]
    text = "\n\n".join(paras)
    chunks = split_text(text, 120)
    _check_chunks(text, chunks, 120)
    for _, chunk in chunks[:-1]:
        assert chunk.endswith("\n\n")  # every cut right after a paragraph break
    assert chunks[-1][1].endswith("one.")


def test_split_falls_back_to_sentences_then_words_then_hard_cut():
    long_para = " ".join(f"Sentence {i} is here." for i in range(50))
    chunks = split_text(long_para, 60)
    _check_chunks(long_para, chunks, 60)
    assert all(c.endswith(". ") for _, c in chunks[:-1])
    words = " ".join(["word"] * 100)
    chunks = split_text(words, 23)
    _check_chunks(words, chunks, 23)
    assert all(c.endswith(" ") for _, c in chunks[:-1])
    blob = "x" * 95
    chunks = split_text(blob, 10)
    _check_chunks(blob, chunks, 10)
    assert [len(c) for _, c in chunks] == [10] * 9 + [5]


def test_split_rejects_bad_size():
    with pytest.raises(ValueError, match="max_chars"):
        split_text("abc", 0)


def test_split_one_megabyte_is_linear_and_bounded():
    para = ("The ministers met again on Tuesday and said that the talks would resume. " * 12).strip()
    text = "\n\n".join([para] * 1200)
    assert len(text) > 1_000_000
    chunks = split_text(text, 100_000)
    _check_chunks(text, chunks, 100_000)
    assert 10 <= len(chunks) <= 12
    assert all(c.endswith("\n\n") for _, c in chunks[:-1])


def test_one_letter_tokens_are_not_evidence():
    # "Israel's", "w1", "x and y": English cut into one-letter pieces is not Polish, Czech or Spanish
    assert detect_language("Article 1 " + "w1 z2 s3 v4 y5 " * 30) is None
    text = "Israel's army said it's ready; Gaza's leaders didn't agree. " * 5
    assert detect_language(text) in ("en", None)


# -- issue 19 item 15: articles over the size limits are skipped with a reason, fast ------------------------
def test_articles_over_the_limits_are_skipped_with_the_limit_named(monkeypatch):
    import time

    from graphkit.ingest.prepare import guard
    from graphkit.models import Article

    huge = Article(id="huge", text="word " * 300_000)  # 1.5 M characters on one line
    start = time.perf_counter()
    [p] = guard.check_article(huge)
    assert p.fatal and p.reason == "too large: 1,500,000 characters (the limit is 1,000,000); skipped"
    monkeypatch.setattr(guard, "MAX_ARTICLE_WORDS", 1000)
    [p] = guard.check_article(Article(id="many", text="a " * 1001))
    assert p.fatal and p.reason == "too large: 1,001 words (the limit is 1,000); skipped"
    assert time.perf_counter() - start < 5


def test_an_article_at_the_limits_is_kept():
    from graphkit.ingest.prepare.guard import check_article
    from graphkit.ingest.read.limits import MAX_ARTICLE_CHARS
    from graphkit.models import Article

    text = ("John Kerry met the minister on Monday and said that the talks would go on. " * 20_000)[:MAX_ARTICLE_CHARS]
    assert check_article(Article(id="big", text=text)) == []


@pytest.mark.model
def test_a_huge_article_in_a_build_is_reported_and_the_others_are_built():
    import graphkit

    kg = graphkit.build([{"id": "huge", "text": "Kerry " * 400_000}, {"id": "ok", "text": "Kerry met Netanyahu."}])
    assert [a.id for a in kg.articles] == ["ok"]
    assert [p.reason for p in kg.problems] == ["too large: 2,400,000 characters (the limit is 1,000,000); skipped"]
