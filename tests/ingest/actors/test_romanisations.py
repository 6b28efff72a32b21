"""Countries told by a name's romanisation (graphkit.ingest.actors.romanisations)."""
import pytest

from graphkit.ingest.actors.romanisations import hepburn_syllables, name_country


@pytest.mark.parametrize("word, n", [("Nakasone", 4), ("Miyazawa", 4), ("Kiichi", 3), ("Hattori", 4),
                                     ("Itchiku", 4), ("Kondo", 3), ("Shimbun", 4), ("Ippei", 4), ("Tsukuba", 3)])
def test_hepburn_words_are_counted_in_morae(word, n):
    assert hepburn_syllables(word) == n


@pytest.mark.parametrize("word", ["Ronald", "Giulio", "Craxi", "Si", "Tupac", "Ndolo", "Moore", "Hayatou", "Peter",
                                  "Piura", "House", "Sea"])
def test_words_hepburn_cannot_write_are_no_run_of_morae(word):
    assert hepburn_syllables(word) == 0


def test_a_long_hepburn_name_of_two_words_is_japanese():
    assert name_country(["Kiichi Miyazawa", "Miyazawa"]) == "JPN"
    assert name_country(["Mutsuki Kato"]) == "JPN"


def test_a_single_word_a_short_name_or_a_foreign_word_tells_nothing():
    assert name_country(["Nakasone"]) is None  # one word: a surname alone is too short to tell
    assert name_country(["Kan Ito"]) is None  # four morae
    assert name_country(["Yasuhiro Nakasone Jr"]) is None  # every word must be Hepburn
    assert name_country(["Bettino Craxi"]) is None and name_country([]) is None


def test_a_surname_alone_tells_japan_only_where_the_text_names_japan():
    assert name_country(["Miyazawa"], {"USA", "JPN"}) == "JPN"
    assert name_country(["Miyazawa"], {"USA"}) is None and name_country(["Miyazawa"]) is None
    assert name_country(["Kato"], {"JPN"}) is None  # two morae: too short to tell
    assert name_country(["Denman"], {"JPN"}) is None  # a Japanese surname ends in a vowel


def test_a_slavic_surname_is_of_the_state_of_the_suffix_the_text_names_else_soviet_before_1992():
    assert name_country(["Gerasimov"], {"USA"}, "1987-03-10") == "SUN"
    assert name_country(["Gennady Gerasimov"], {"RUS"}, "1987-03-10") == "SUN"  # Moscow's country is RUS today
    assert name_country(["Todor Zhivkov"], {"BGR", "USA"}, "1987-03-10") == "BGR"
    assert name_country(["Zhivkov"], {"BGR", "SUN"}, "1987-03-10") is None  # two states of the suffix: no telling
    assert name_country(["Sergei Lavrov"], {"RUS", "USA"}, "2014-07-24") == "RUS"
    assert name_country(["Sergei Lavrov"], {"USA"}, "2014-07-24") is None  # a dozen states by then
    assert name_country(["Prev"], (), "1987-03-10") is None  # too short to be a surname


@pytest.mark.parametrize("name", ["Zhao Ziyang", "Hu Yaobang", "Li Peng", "Wu Xueqian", "Tian Jiyun"])
def test_a_pinyin_surname_and_given_name_are_chinese(name):
    assert name_country([name]) == "CHN"


@pytest.mark.parametrize("name", ["Chiang Ching-kuo", "Lee Teng-hui", "Kim Young-sam", "Zhao", "Ben Ziyang Li",
                                  "Wang Hsien"])
def test_wade_giles_korean_and_other_shapes_are_not_pinyin_names(name):
    assert name_country([name]) is None
