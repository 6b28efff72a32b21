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


def unique_slug(name: str, taken, next_suffix: dict[str, int] | None = None) -> str:
    """``slugify(name)``, with ``-2``, ``-3``... appended until it is not in ``taken``.

    ``next_suffix`` (slug -> the suffix to try next), kept by a caller whose ``taken`` only
    grows, skips the suffixes already tried: many actors sharing a name cost no rescans.

    Examples
    --------
    >>> taken, memo = {"kerry", "kerry-2"}, {}
    >>> unique_slug("Kerry", taken, memo), memo
    ('kerry-3', {'kerry': 4})
    """
    base = slugify(name)
    if base not in taken:
        return base
    n = next_suffix.get(base, 2) if next_suffix is not None else 2
    while f"{base}-{n}" in taken:
        n += 1
    if next_suffix is not None:
        next_suffix[base] = n + 1
    return f"{base}-{n}"
