"""How strongly good or bad a word is, from an independent human-rated resource.

The valence of a word is its mean rating in the lexicon of VADER (Hutto & Gilbert 2014,
package ``vaderSentiment``, MIT licence): about 7,500 English words, each rated by ten people
on a scale from -4 (extremely negative) to +4 (extremely positive). It is read from the
installed package, never copied into graphkit, and it was not grown from any gold data.

Only *strong* valence counts (``|mean| >= 2``, with raters agreeing: standard deviation at
most 1.5): "disappointing" (-2.2), "stupid" (-2.4), "evil" (-3.4), "great" (+3.1) are strong;
"appalling" (-1.5, raters split) and "good" (+1.9) are not. This is a precision choice: a
mild word ("good deal", "difficult talks") says little about the speaker's stance.

Valence says how a word feels, not what it judges ("dead" and "war" are strongly negative
too), so callers use it only where the grammar already makes the word a judgement of an
actor: the predicate of a naming verb ("called X ...") or the speaker's own quoted words.

Examples
--------
>>> polarity("evil"), polarity("great"), polarity("table")
(-1, 1, 0)
>>> polarity("good")  # mild: +1.9
0
"""
from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["STRONG", "MAX_SPREAD", "valence", "polarity"]

#: The smallest absolute mean rating that counts as strong valence.
STRONG = 2.0
#: The largest standard deviation of the ratings: above it the raters disagree.
MAX_SPREAD = 1.5


@cache
def _lexicon() -> dict[str, float]:
    """Single lower-case words of the VADER lexicon with strong, agreed valence (empty without the package)."""
    try:
        text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - a declared dependency
        return {}
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or not parts[0].isalpha() or not parts[0].islower():
            continue  # emoticons, abbreviations in capitals
        mean, spread = float(parts[1]), float(parts[2])
        if abs(mean) >= STRONG and spread <= MAX_SPREAD:
            out[parts[0]] = mean
    return out


def valence(word: str) -> float | None:
    """The mean VADER rating of ``word`` (lower case) when it is strong and agreed, else None.

    Examples
    --------
    >>> valence("disgusting")
    -2.4
    >>> valence("appalling") is None  # a mean of -1.5: not strong
    True
    """
    return _lexicon().get(word)


def polarity(word: str) -> int:
    """-1 for a strongly negative word, +1 for a strongly positive one, 0 otherwise."""
    v = valence(word.lower())
    return 0 if v is None else (1 if v > 0 else -1)
