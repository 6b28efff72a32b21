"""``python -m graphkit.cli``."""
from graphkit.cli.main import main

main()
