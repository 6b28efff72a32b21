"""Stage 2, prepare: an :class:`~graphkit.models.Article` to a parsed spaCy ``Doc``.

The guard rejects what cannot be read (:mod:`.guard`), the model is loaded by name
(:mod:`.model`), sentence starts come from the layout (:mod:`.sentences`), and later stages
read the parse through one token table (:mod:`.tokentable`).
"""
from graphkit.ingest.prepare.guard import MAX_CHARS, check_article, split_text
from graphkit.ingest.prepare.model import default_model_name, load_model
from graphkit.ingest.prepare.sentences import tokenize

__all__ = ["check_article", "split_text", "MAX_CHARS", "load_model", "default_model_name", "tokenize"]
