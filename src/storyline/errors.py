"""Errors that explain themselves: every one names the input and what is wrong with it."""

from __future__ import annotations


class StorylineError(Exception):
    """Base class for errors storyline reports to a person in one line."""


class InputError(StorylineError):
    """An input (file, line, URL) that could not be read as an article.

    ``str()`` gives the one-line form ``PATH[:LINE]: reason`` the CLI prints after
    ``storyline:``, so a person can go straight to the offending place.
    """

    def __init__(self, origin: str, reason: str, line: int | None = None) -> None:
        self.origin = origin
        self.reason = " ".join(reason.splitlines())  # one line, whatever it quotes
        self.line = line
        where = f"{origin}:{line}" if line is not None else origin
        super().__init__(f"{where}: {self.reason}")


class InputWarning(InputError):
    """Something in an input that was read anyway, said in one line: a date that cannot be
    read (the article is stored undated), files of unknown type skipped in a directory.

    A reader yields it beside the article it concerns; it does not make the input fail.
    """


class UsageError(StorylineError):
    """The command was called with arguments that cannot work (exit status 2)."""
