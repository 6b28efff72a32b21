"""Stage 1, read: bytes to :class:`~graphkit.models.Article` records.

Text files, JSON/JSONL records and saved HTML pages, from files, folders, globs and stdin
(:mod:`.readers`), decoded whatever their encoding (:mod:`.decode`), with publication dates
from records, sidecars and page metadata (:mod:`.published`).
"""
from graphkit.ingest.read.published import parse_published
from graphkit.ingest.read.readers import SUFFIXES, iter_files, read_articles, read_path

__all__ = ["read_articles", "read_path", "iter_files", "parse_published", "SUFFIXES"]
