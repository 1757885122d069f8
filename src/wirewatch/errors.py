"""Every error wirewatch raises on purpose, each with a code and a remedy.

Messages say what happened, to which input, and what to do about it, so the
CLI can print them on one line without a traceback (spaCy's ``errors.py``
codes, datasette's ``ClickException`` messages).
"""

from __future__ import annotations


class WirewatchError(Exception):
    """Base class: an expected failure with a user-facing message."""

    code = "W000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"[{self.code}] {where}{self.message}"


class InputError(WirewatchError):
    """The input cannot be read as an article."""

    code = "W100"


class EmptyInputError(InputError):
    """The input holds no text at all (empty or whitespace only)."""

    code = "W101"


class BinaryInputError(InputError):
    """The input is binary data (an image, an archive...), not text."""

    code = "W102"


class InputTooLargeError(InputError):
    """The input is over the size limit set in the settings."""

    code = "W103"


class UnsupportedInputError(InputError):
    """The input is a kind of document this version cannot read yet."""

    code = "W104"


class NoArticleError(InputError):
    """Cleaning removed everything: no body text is left."""

    code = "W105"


class FetchError(InputError):
    """A URL could not be fetched: refused by policy, unreachable, too large or an HTTP error."""

    code = "W106"


class StoreError(WirewatchError):
    """The corpus store cannot be opened or written."""

    code = "W400"


class StoreBusyError(StoreError):
    """Another process holds the store's write lock for longer than the wait allows."""

    code = "W401"


class StoreFullError(StoreError):
    """The disk holding the store is full; nothing half-written was kept."""

    code = "W402"


class AccountError(WirewatchError):
    """A user cannot be created or changed: bad name, unknown role, weak password."""

    code = "W500"


class NotAllowedError(WirewatchError):
    """Wrong name or password, or the user's role may not do this."""

    code = "W501"


class ReviewError(WirewatchError):
    """A review names no stored event or mixes verdict and correction badly."""

    code = "W502"


class InternalError(WirewatchError):
    """A bug in wirewatch met on this input: the input is skipped, the batch goes on."""

    code = "W900"


class ModelMissingError(WirewatchError):
    """The spaCy model named in the settings is not installed."""

    code = "W200"


class SettingsError(WirewatchError):
    """A settings file, environment variable or flag has a bad value."""

    code = "W300"


class QueryError(WirewatchError):
    """A filter of a question to the corpus is not valid (an unknown type, a date that is
    not one): refused, never read as no filter."""

    code = "W301"
