"""Errors that carry one line a user can act on: the input and the reason."""

from __future__ import annotations


class WartaError(Exception):
    """Base class: a failure of the run that the CLI reports on one line and exits 1."""


class BadInput(WartaError):
    """An input that cannot be read or is no article. ``source`` names it, ``reason`` says why."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class NotAnArticle(BadInput):
    """A listing, index or home page, or a page with no article body."""

    def __init__(self, source: str, reason: str = "not an article") -> None:
        super().__init__(source, reason)
