"""The command line: thin click commands over the library, and how they talk to the terminal."""

from resume_kit.cli.commands import cli, main

__all__ = ["cli", "main"]
