"""Stable ids from names.

Examples
--------
>>> slugify("U.S. Secretary of State John Kerry")
'us-secretary-of-state-john-kerry'
>>> slugify("Sharm El-Sheikh")
'sharm-el-sheikh'
>>> slugify("Ban Ki-moon")
'ban-ki-moon'
>>> slugify("!!!")
'x'
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["slugify"]


def slugify(name: str) -> str:
    """Lower-case ASCII words joined by hyphens; never empty."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = text.replace(".", "").replace("'", "").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or "x"
