"""graphkit: news articles in, an actor-event knowledge graph and a timeline out.

Examples
--------
>>> import graphkit
>>> graphkit.__version__
'0.1.0'
"""
__version__ = "0.1.0"

from graphkit.errors import GraphkitError  # noqa: E402

__all__ = ["build", "load", "KnowledgeGraph", "GraphkitError", "__version__"]


def __getattr__(name):
    # Lazy imports keep ``import graphkit`` cheap (spaCy and networkx load on first use).
    if name == "KnowledgeGraph":
        from graphkit.knowledge import KnowledgeGraph
        return KnowledgeGraph
    if name == "build":
        from graphkit.api import build
        return build
    if name == "load":
        from graphkit.knowledge import KnowledgeGraph
        return KnowledgeGraph.load
    raise AttributeError(name)
