"""The one name normaliser: every stage compares names through graphkit.names."""
import pytest

from graphkit.names import LEGAL_FORMS, fold_accents, name_key, org_key, slugify, unique_slug


@pytest.mark.parametrize("a,b", [
    ("the U.S.", "US"),
    ("Kerry's", "kerry"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
    ("Sharm el-Sheikh", "Sharm  El Sheikh"),
    ("Turkey\u2019s", "Turkey"),
    ("  The Hague ", "hague"),
])
def test_equal_names_have_one_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a,b", [("Erdogan", "Erdman"), ("US", "UK"), ("Ban", "Bank")])
def test_different_names_keep_different_keys(a, b):
    assert name_key(a) != name_key(b)


def test_accents_fold_but_other_letters_stay():
    assert fold_accents("Müller São Paulo") == "Muller Sao Paulo"
    assert fold_accents("Ørsted") == "Ørsted"          # a letter of its own, not an accented o
    assert name_key(None) == ""


def test_org_key_drops_trailing_legal_forms_only():
    assert org_key("Standard Oil Co.") == org_key("Standard Oil") == "standard oil"
    assert org_key("Holdings") == "holdings"             # never empties a name
    assert org_key("Co-operative Bank plc") == "co operative bank"
    assert {"plc", "gmbh", "inc"} <= LEGAL_FORMS


def test_slugs_agree_with_keys_on_accents():
    assert slugify("Erdoğan") == slugify("Erdogan") == "erdogan"
    assert unique_slug("Erdoğan", {"erdogan"}) == "erdogan-2"


def test_honorifics_give_gender_and_strip_from_names():
    from graphkit.names import honorific_gender, strip_honorific

    assert [honorific_gender(n) for n in ("Mrs Howard", "Ms. Blears", "Lady Thatcher", "Mr Howard",
                                          "Sir Alan Budd", "Lord Falconer", "Dr Williams", "Howard")] == \
        ["f", "f", "f", "m", "m", "m", None, None]
    assert strip_honorific("Sir Alan Budd") == "Alan Budd" and strip_honorific("Mr") == "Mr"
