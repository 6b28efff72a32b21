"""Articles in, per-article records out: the stages in order (see :mod:`.pipeline`).

``read`` -> ``prepare`` -> ``actors`` -> ``time`` -> ``events``; ``run`` runs them over many
articles. Word lists and lexicons live in ``data/``.
"""
