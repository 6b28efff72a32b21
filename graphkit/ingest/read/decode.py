"""Bytes into article text: binary sniffing, decoding with fallbacks, and XML-safe cleaning.

Everything an input file can do wrong at the byte level is decided here, once, for every
reader: a binary file is refused with a reason; text that is not UTF-8 is decoded with a
fallback and a warning; characters no XML 1.0 document can carry (C0 controls other than
tab, newline and carriage return, U+FFFE/U+FFFF, lone surrogates) are replaced one for one,
so offsets into the text stay valid and every exporter can write it.

Examples
--------
>>> sniff_binary(b"%PDF-1.4 ...")
'binary file (PDF document), not text'
>>> sniff_binary(b"Plain text.") is None
True
>>> decode_bytes("Caf\\u00e9".encode("utf-8"))
('Café', None)
>>> decode_bytes(b"Caf\\xe9 au lait")
('Café au lait', 'not valid UTF-8 (bad byte at offset 3); decoded as Windows-1252')
>>> clean_text("a\\x00b\\x0cc")
('a b c', 2)
"""
from __future__ import annotations

import re

__all__ = ["sniff_binary", "decode_bytes", "clean_text", "text_codec", "GZIP_MAGIC", "SNIFF_BYTES"]

#: The first bytes of a gzip stream (read transparently whatever the file's name).
GZIP_MAGIC = b"\x1f\x8b"
#: How much of a file the binary sniffing looks at.
SNIFF_BYTES = 8192

_MAGIC = (
    (b"%PDF-", "PDF document"), (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"\x7fELF", "executable"), (b"SQLite format 3\x00", "SQLite database"),
    (b"\xfd7zXZ\x00", "xz archive"), (b"7z\xbc\xaf", "7-Zip archive"), (b"\xd0\xcf\x11\xe0", "Office document"),
)
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
#: Characters no text keeps: those XML 1.0 forbids, and the invisible bidirectional controls
#: (embeddings, overrides, isolates, direction marks) that make a name display reversed.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff"
                          "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _bom(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def text_codec(head: bytes) -> str | None:
    """The codec of text that starts with a UTF-16 or UTF-32 byte-order mark, else None.

    Such text cannot be split into lines byte-wise (a line break is two or four bytes).

    >>> text_codec("\\ufeff{}".encode("utf-16")), text_codec(b"{}")
    ('utf-16', None)
    """
    codec = _bom(head)
    return codec[:6] if codec else None


def sniff_binary(head: bytes, lines: bool = False) -> str | None:
    """Why the bytes ``head`` (a file's start) are not text, or None when they look like text.

    A known file signature, a NUL byte (text in UTF-16/32 with a byte-order mark excepted)
    or more than 10% control bytes make a file binary. With ``lines`` (JSON Lines, where
    each line stands alone) a NUL byte counts as one more control byte: the line holding it
    is reported, wherever it is, and the other lines are read.

    >>> sniff_binary(b"abc\\x00def")
    'binary file, not text'
    >>> sniff_binary(b'{"id": 1}\\x00\\n{"id": 2}\\n', lines=True) is None
    True
    >>> sniff_binary("\\ufeffUTF-16 text".encode("utf-16")) is None
    True
    """
    head = head[:SNIFF_BYTES]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"binary file ({what}), not text"
    if _bom(head):
        return None
    controls = len(_CONTROL_BYTES.findall(head))
    nul = head.count(b"\x00")
    if (nul and not lines) or controls + nul > 0.1 * len(head):
        return "binary file, not text"
    return None


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Text of ``data`` and a warning when it was not clean UTF-8 (else None).

    UTF-8 (with or without a byte-order mark) and UTF-16/32 with a byte-order mark are
    decoded as they are. Otherwise, if the bytes hold UTF-8 sequences the few bad bytes are
    replaced (U+FFFD); if they hold none, the text is a legacy 8-bit encoding and is decoded
    as Windows-1252 (Latin-1 when a byte is undefined there).

    >>> decode_bytes("é".encode("utf-8") + b" \\xff")
    ('é \\ufffd', 'not valid UTF-8 (bad byte at offset 3); bad bytes replaced with U+FFFD')
    """
    codec = _bom(data)
    if codec:
        try:
            return data.decode(codec).lstrip("\ufeff"), None
        except UnicodeDecodeError:
            text = data.decode(codec, errors="replace").lstrip("\ufeff")
            return text, f"not valid {codec.upper()}; bad bytes replaced with U+FFFD"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        where = f"not valid UTF-8 (bad byte at offset {err.start})"
    if _UTF8_MULTIBYTE.search(data):
        return data.decode("utf-8-sig", errors="replace"), f"{where}; bad bytes replaced with U+FFFD"
    try:
        return data.decode("cp1252"), f"{where}; decoded as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"{where}; decoded as Latin-1"


def _replace(m: re.Match) -> str:
    ch = m.group()
    return " " if ch < " " or "\u061c" <= ch <= "\u2069" else "\ufffd"


def clean_text(text: str) -> tuple[str, int]:
    """``text`` with the characters XML 1.0 forbids and bidirectional controls replaced, and how many were.

    Control characters and bidirectional controls (U+202E ...) become spaces, U+FFFE/U+FFFF
    and lone surrogates U+FFFD; the length is unchanged, so offsets into the text stay valid.

    >>> clean_text("ok")
    ('ok', 0)
    >>> clean_text("x\\ud800y\\uffff")
    ('x\\ufffdy\\ufffd', 2)
    >>> clean_text("Netanyahu\\u202e")
    ('Netanyahu ', 1)
    """
    if not _XML_ILLEGAL.search(text):
        return text, 0
    out, n = _XML_ILLEGAL.subn(_replace, text)
    return out, n
