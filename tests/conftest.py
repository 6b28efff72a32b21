"""Shared fixtures: the real model (session-scoped), the seed build, and ../shared data."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
SEED_ID = "000_e9fe33d7bf5a61a6"


def shared_path(*parts) -> Path:
    """A path in ../shared, skipping the test when it is absent (a user's clone has none)."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"../shared data not available: {p}")
    return p


@pytest.fixture(scope="session")
def nlp():
    from graphkit.ingest.prepare.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def seed_kg():
    import graphkit

    return graphkit.build([SEEDS])


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory, seed_kg):
    out = tmp_path_factory.mktemp("seed-out")
    seed_kg.save(out)
    return out


@pytest.fixture(scope="session")
def vocab():
    from spacy.vocab import Vocab

    return Vocab()
