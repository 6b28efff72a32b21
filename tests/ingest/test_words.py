"""Which closed-class list holds which words (graphkit/ingest/data/words/)."""
import pytest

from graphkit.ingest.events.certainty import MODALS
from graphkit.ingest.words import list_names, word_list


def test_modals_are_the_modal_verbs_and_only_them():
    assert word_list("modals") == {"may", "might", "could", "can", "should", "must", "ought"}
    assert MODALS is word_list("modals")  # the stage uses the one list, not a copy


def test_every_list_is_lower_case_and_non_empty():
    for name in list_names():
        words = word_list(name)
        assert words, name
        assert all(w == w.lower().strip() for w in words), name


def test_unknown_list_is_an_error():
    with pytest.raises(KeyError):
        word_list("nonexistent")
