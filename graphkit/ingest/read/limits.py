"""Size limits of one article: what cannot be read and parsed in bounded memory and time is skipped.

News articles are short (the longest of the development corpora is under 40,000 characters),
but an input can hold anything: a 50 MB line, a dump of a whole book. Rather than grind
through it for hours with memory rising, graphkit skips such an article with a reason that
names the limit:

=========================  ============  ====================================================
limit                      value         checked
=========================  ============  ====================================================
``MAX_ARTICLE_BYTES``      16 MiB        by the readers, before decoding: a text or HTML
                                         file, a JSON Lines line, the text read from stdin
``MAX_ARTICLE_CHARS``      1,000,000     by the guard, on the article's text (spaCy's own
                                         ``nlp.max_length``)
``MAX_ARTICLE_WORDS``      200,000       by the guard, on the article's text
=========================  ============  ====================================================

Within these limits an article is parsed in chunks of
:data:`graphkit.ingest.prepare.guard.MAX_CHARS` characters, so its memory stays that of a batch
of ordinary articles and its time grows linearly with its length (about a minute for the
largest article allowed on one core; ``benchmarks/hostile_probe.py`` measures it). There is no
wall-clock limit: a build's result never depends on the speed of the machine.

Examples
--------
>>> import io
>>> read_limited(io.BytesIO(b"abc"), 3), read_limited(io.BytesIO(b"abcd"), 3)
(b'abc', None)
>>> [x for x in iter_lines(io.BytesIO(b"a\\nbbbbbb\\nc"), 4)]
[b'a\\n', None, b'c']
>>> too_big(20_000_000, MAX_ARTICLE_BYTES, "bytes")
'too large: 20,000,000 bytes (the limit is 16,777,216); skipped'
"""
from __future__ import annotations

from collections.abc import Iterator

__all__ = ["MAX_ARTICLE_BYTES", "MAX_ARTICLE_CHARS", "MAX_ARTICLE_WORDS", "read_limited", "iter_lines", "too_big"]

#: Largest article, in bytes as stored, that a reader reads (a file, a JSONL line, stdin text).
MAX_ARTICLE_BYTES = 16 * 1024 * 1024
#: Largest article text, in characters, that is parsed.
MAX_ARTICLE_CHARS = 1_000_000
#: Largest article text, in words (runs of letters or digits), that is parsed.
MAX_ARTICLE_WORDS = 200_000

_BLOCK = 1 << 20
_NEWLINE = (b"\n", "\n")


def too_big(size: int, limit: int, unit: str) -> str:
    """The reason an article over a limit is skipped."""
    return f"too large: {size:,} {unit} (the limit is {limit:,}); skipped"


def read_limited(fh, limit: int):
    """The rest of ``fh`` when it has at most ``limit`` bytes (or characters), else None.

    Reads at most ``limit + 1`` items, so an endless or huge input costs bounded memory.
    """
    data = fh.read(limit + 1)
    return None if len(data) > limit else data


def iter_lines(fh, limit: int) -> Iterator:
    """The lines of ``fh`` (bytes or text), None in place of a line longer than ``limit``.

    A long line is skipped in blocks, never held whole; line numbers stay in step.
    """
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line[-1:] in _NEWLINE:
            yield line
            continue
        while line[-1:] not in _NEWLINE:
            line = fh.readline(_BLOCK)
            if not line:
                break
        yield None
