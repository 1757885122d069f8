"""``python -m wirewatch``: the same command line as ``wirewatch``."""

from .cli import main

main()
