"""spaCy builds a new Token object on every access, so ``tok.head is tok`` is never true: the
package compares token positions (``tok.head.i == tok.i``) instead."""
import re
from pathlib import Path

import graphkit

_IDENTITY = re.compile(r"\.head is (not )?[a-z_]")


def test_no_token_is_compared_by_identity_with_its_head():
    root = Path(graphkit.__file__).parent
    found = [f"{p.relative_to(root)}:{n}" for p in sorted(root.rglob("*.py"))
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if _IDENTITY.search(line) and "None" not in line]
    assert found == []
