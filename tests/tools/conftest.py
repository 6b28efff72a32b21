"""Loading the scripts of tools/ as modules, and WordNet 3.0 for the tests of what they grow."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))  # the tools import each other (grow_lexicon's WordNet reader)


def load_tool(name: str):
    """The script ``tools/<name>.py`` as a module."""
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def wn():
    """nltk's reader on Debian's WordNet 3.0; the test is skipped without either."""
    pytest.importorskip("nltk")
    grow_lexicon = load_tool("grow_lexicon")
    if not (grow_lexicon.WORDNET / "data.verb").exists():
        pytest.skip("WordNet 3.0 (Debian wordnet-base) not installed")
    return grow_lexicon.open_wordnet()
