"""The one exception hierarchy of graphkit.

Every error a user can cause is a :class:`GraphkitError`; the CLI prints its message
on one line without a traceback.

Examples
--------
>>> issubclass(ReaderError, GraphkitError)
True
>>> str(ModelNotFoundError("no model"))
'no model'
>>> issubclass(OptionError, GraphkitError)
True
>>> issubclass(DaskOptionError, DistributedError) and issubclass(DaskOptionError, OptionError)
True
"""

__all__ = [
    "GraphkitError", "OptionError", "ReaderError", "InputNotFoundError", "ModelNotFoundError",
    "OutputError", "CacheError", "DistributedError", "DaskOptionError", "GraphFormatError", "QueryError",
    "ActorNotFoundError", "AmbiguousActorError",
]


class GraphkitError(Exception):
    """Base class of every error graphkit raises on purpose."""


class OptionError(GraphkitError):
    """An option or argument has a value graphkit cannot use (a usage error: exit 2 in the CLI)."""


class ReaderError(GraphkitError):
    """An input could not be read as an article."""


class InputNotFoundError(ReaderError):
    """An input path does not exist."""


class ModelNotFoundError(GraphkitError):
    """The spaCy model named is not installed."""


class OutputError(GraphkitError):
    """An output could not be written."""


class CacheError(GraphkitError):
    """The incremental cache could not be opened, read or written."""


class DistributedError(GraphkitError):
    """A Dask cluster could not be started or reached, or Dask is not installed."""


class DaskOptionError(DistributedError, OptionError):
    """A ``--dask`` spec or ``--scheduler`` address graphkit cannot use (a usage error: exit 2)."""


class GraphFormatError(GraphkitError):
    """A graph file is not in a format graphkit reads."""


class QueryError(GraphkitError):
    """A query was given values it cannot use."""


class ActorNotFoundError(QueryError):
    """No actor has the name asked for; ``candidates`` are the close names (perhaps none)."""

    def __init__(self, message: str = "", candidates: list | None = None) -> None:
        super().__init__(message)
        self.candidates: list = list(candidates or [])


class AmbiguousActorError(QueryError):
    """Several actors match the name asked for; ``candidates`` are they."""

    def __init__(self, message: str = "", candidates: list | None = None) -> None:
        super().__init__(message)
        self.candidates: list = list(candidates or [])
