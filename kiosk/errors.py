"""Typed errors that carry one Vietnamese sentence for the person in front of the screen.

Services raise these; the UI shows `message`, the CLI prints it and exits with `exit_code`.
"""

from __future__ import annotations


class KioskError(Exception):
    """Base error: `message` is a complete Vietnamese sentence fit to show to a citizen or officer."""

    exit_code = 1

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class InputError(KioskError):
    """Bad input from a person or a command line: unknown code, text too long, malformed value."""

    exit_code = 2


class NotFoundError(InputError):
    """Something named by code or number does not exist."""


class StateError(KioskError):
    """The action does not fit the current state (calling on a paused counter, rating twice...)."""

    exit_code = 3


class DatabaseUnavailable(KioskError):
    """The database cannot be reached or opened."""

    exit_code = 4


class CatalogueError(InputError):
    """A catalogue file is malformed: the message names the file, the line and the field."""


class AuthError(KioskError):
    """Wrong PIN, locked account, missing permission."""

    exit_code = 5
