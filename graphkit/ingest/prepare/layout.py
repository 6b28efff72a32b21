"""Hard-wrapped wire copy joined back into running lines before spaCy reads it.

Wire archives (Reuters-21578 among them) wrap their text at a fixed width and mark a paragraph by
a line break plus indentation or by a blank line. spaCy keeps every line break as a token of its
own, and a ``"\\n"`` inside a sentence ("called the U.S. attacks on two of\\nits Gulf oil
platforms") breaks the tagger's and the parser's reading of the words around it: a verb becomes a
noun, a name is cut in two. :func:`unwrap` gives such a text its running lines back:

- only a text whose layout is hard-wrapped: at least three lines, nearly all of them no longer
  than a wire's width (:data:`WIDTH`), and most of them ending inside a sentence (no full stop,
  question or exclamation mark, colon or closing quote at the end); prose with one paragraph or
  one sentence a line (a web page's text, the BBC's) is left exactly as it is, since there a line
  break ends a paragraph;
- only a single line break between two printed characters: a blank line or a break followed by
  indentation is a paragraph's end and stays.

Each joining line break becomes one space, so the text keeps its length and every offset.

Examples
--------
>>> wire = ("Iran's spokesman Ali Akbar\\nHashemi Rafsanjani called the U.S. attacks on two of\\n"
...         "its Gulf oil platforms an escalation.\\n    He promised retaliation.")
>>> print(unwrap(wire))
Iran's spokesman Ali Akbar Hashemi Rafsanjani called the U.S. attacks on two of its Gulf oil platforms an escalation.
    He promised retaliation.
>>> len(unwrap(wire)) == len(wire)
True
>>> prose = "Ministers met on Monday.\\nThe talks went on.\\nNo deal was made."
>>> unwrap(prose) == prose
True
"""
from __future__ import annotations

import re

__all__ = ["WIDTH", "is_hard_wrapped", "unwrap", "dateline_ends", "datelines", "opening_dateline"]

#: The widest line of a hard-wrapped wire text (Reuters wraps at about 65 characters, AP at 70-80).
WIDTH = 80
#: The share of lines that must fit the width for a text to count as hard-wrapped.
_SHARE = 0.9
#: The share of lines (all but the last) that must end inside a sentence.
_CUT = 0.5
#: Characters that end a sentence or a paragraph at the end of a line.
_ENDS = frozenset(".?!:;\"'\u201d\u2019)")
#: A single line break between two printed characters: neither a blank line nor indentation follows.
_WRAP = re.compile(r"(?<=\S)\n(?=\S)")
#: A dateline opening a paragraph: a place in capitals ("MANILA", "NEW DELHI"), maybe its country or
#: state ("FREETOWN, Sierra Leone", "ZEEBRUGGE, Belgium"), the day ("TOKYO, March 3") and the agency
#: ("(Reuter)"), then a dash.
_DAY_OF = r",? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
_DAY = f"(?:{_DAY_OF})?"
_DATELINE = re.compile(r"(?:^|(?<=\n))[ \t]*(?=[A-Z.' -]*[A-Z]{3})[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}"
                       r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}?)?" + _DAY + r"(?: \([A-Za-z]+\))?"
                       r"[ \t]+(?:-|--|_|\u2014|\u2013)[ \t]+(?=\S)")
#: A story's own dateline, where its body opens: the place in capitals or not ("Nairobi, Kenya (AP) _"), since
#: at the very start of a story a place and a dash are no running text.
_OPENING = re.compile(r"[ \t]*([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3}"
                      r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}?)?)" + _DAY +
                      r"(?: \([A-Za-z]+\))?[ \t]+(?:-|--|_|\u2014|\u2013)[ \t]+(?=\S)")


def is_hard_wrapped(text: str) -> bool:
    """Whether ``text`` is laid out in lines of a fixed width: at least three lines, nearly all short,
    and most of them cut inside a sentence.

    >>> is_hard_wrapped("talks on\\nthe border were\\nheld"), is_hard_wrapped("They met.\\nThey spoke.\\nNo deal.")
    (True, False)
    >>> is_hard_wrapped("one long paragraph " * 10 + "\\nb\\nc")
    False
    """
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < 3 or sum(len(line) <= WIDTH for line in lines) < _SHARE * len(lines):
        return False
    return sum(line[-1] not in _ENDS for line in lines[:-1]) >= _CUT * (len(lines) - 1)


def unwrap(text: str) -> str:
    """``text`` with the line breaks of its hard wrapping turned into spaces (same length), else as it is."""
    if "\n" not in text or not is_hard_wrapped(text):
        return text
    return _WRAP.sub(" ", text)


def dateline_ends(text: str) -> list[int]:
    """The offsets in ``text`` where a paragraph's dateline ends and its first sentence starts.

    A wire story opens with a dateline ("MANILA - Communist rebels said ..."), and a news roundup opens
    every item with one, inside one text. The place is where the item was written, no part of the
    sentence: left glued to it, the tagger reads "MANILA - Communist rebels" as one name, and the place
    as the subject of the sentence. Only a place in capitals followed by a dash opens a dateline (how
    the wires write it); a name in running text ("Kuwait - the biggest buyer") is no dateline.

    >>> text = "Highlights\\nMANILA - Rebels said they attacked.\\n    NEW DELHI, India - Hindus rallied."
    >>> [text[k:k + 6] for k in dateline_ends(text)]
    ['Rebels', 'Hindus']
    >>> dateline_ends("Kuwait - the biggest buyer - said so.\\n    The U.S. - and Japan - agreed.")
    []
    """
    return [end for _, end, _ in datelines(text)]


def datelines(text: str) -> list[tuple[int, int, str]]:
    """The paragraph datelines of ``text`` (see :func:`dateline_ends`): where each starts and ends and the
    place it names, its country or state kept ("FREETOWN, Sierra Leone").

    >>> datelines("Highlights\\n    NEW DELHI, India - Hindus rallied.")
    [(15, 34, 'NEW DELHI, India')]
    >>> datelines("TOKYO, March 3 (Reuters) - Japan protested."), datelines("LONDON, Sept. 14 - Talks ended.")
    ([(0, 27, 'TOKYO')], [(0, 19, 'LONDON')])
    """
    out = []
    for m in _DATELINE.finditer(text):
        place = re.split(r"[ \t]+(?:-|--|_|\u2014|\u2013)[ \t]+$", m.group(0).strip(" \t") + " ")[0]
        place = re.sub(_DAY_OF + "$", "", re.sub(r" \([A-Za-z]+\)$", "", place.strip()))
        out.append((m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t")), m.end(), place))
    return out


def opening_dateline(text: str, start: int = 0) -> str | None:
    """The place of the dateline that opens a story's body at offset ``start`` of ``text``, else None: a
    paragraph's dateline (:func:`datelines`) there, or a place written in any case followed by a dash.

    >>> opening_dateline("MOSCOW - The ministry said."), opening_dateline("Nairobi, Kenya (AP) _ Police said.")
    ('MOSCOW', 'Nairobi, Kenya')
    >>> opening_dateline("Headline\\nNEW DELHI, India - Hindus rallied.", 9)
    'NEW DELHI, India'
    >>> opening_dateline("Talks - a sham - went on."), opening_dateline("The talks went on.")
    ('Talks', None)
    """
    for s, _, place in datelines(text[start:start + 120]):
        if s == len(text[start:]) - len(text[start:].lstrip(" \t")):
            return place
    m = _OPENING.match(text, start)
    return m.group(1) if m else None
