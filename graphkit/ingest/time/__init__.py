"""Stage 4, time: time expressions found and resolved against the publication date.

Candidates are detected (:mod:`.detect`) by rules (:mod:`.rules`) over a word lexicon
(:mod:`.lexicon`), and given TIMEX3 values (:mod:`.values`, :mod:`.calendar`);
:func:`find_timexes` is the entry point.
"""
from graphkit.ingest.time.find import find_timexes

__all__ = ["find_timexes"]
