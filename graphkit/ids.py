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
>>> unique_slug("Gaza", {"gaza"})
'gaza-2'
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["slugify", "unique_slug"]


def slugify(name: str) -> str:
    """Lower-case ASCII words joined by hyphens; never empty."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = text.replace(".", "").replace("'", "").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or "x"


def unique_slug(name: str, taken) -> str:
    """``slugify(name)``, with ``-2``, ``-3``... appended until it is not in ``taken``."""
    base = slugify(name)
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug
