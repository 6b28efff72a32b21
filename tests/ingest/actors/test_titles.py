from graphkit.ingest.actors.titles import clean_title, is_honorific, is_title_head, is_title_word, title_gender


def test_title_words():
    for w in ("Minister", "minister", "Secretary", "chief", "spokeswoman", "President", "envoy"):
        assert is_title_head(w)
    for w in ("Prime", "Foreign", "junior", "State"):
        assert is_title_word(w) and not is_title_head(w)
    for w in ("Kerry", "Gaza", "said", "the"):
        assert not is_title_word(w)


def test_gender_from_titles_and_honorifics():
    assert title_gender("spokeswoman") == "f"
    assert title_gender("foreign ministry spokesman") == "m"
    assert title_gender("Mrs.") == "f"
    assert title_gender("Secretary of State") is None
    assert is_honorific("Mr.") and not is_honorific("Minister")


def test_clean_title():
    assert clean_title(["Secretary", "-", "General"]) == "Secretary-General"
    assert clean_title(["of", "Foreign", "Minister", ","]) == "Foreign Minister"
