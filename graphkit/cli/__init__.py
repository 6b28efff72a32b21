"""The ``graphkit`` command: ``build``, ``query``, ``timeline`` and ``export``."""
from graphkit.cli.main import cli, main

__all__ = ["cli", "main"]
