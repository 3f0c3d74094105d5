"""The service's error hierarchy.

Library code raises these; only the edges (CLI, HTTP) turn them into messages
and status codes, so the core never needs to know who called it.
"""

from __future__ import annotations

from pathlib import Path


class QAError(Exception):
    """Base class: every expected failure the user can act on."""

    #: Short machine-readable code used by the HTTP edge.
    code = "error"


class DocumentError(QAError):
    """A corpus file could not be read or yielded no article text."""

    code = "bad_document"

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class ConfigError(QAError):
    """A setting has a value the service cannot use."""

    code = "bad_config"


class NotFoundError(QAError):
    """A named thing (document, section) does not exist."""

    code = "not_found"


class ModelError(QAError):
    """The embedding model is missing or cannot be loaded."""

    code = "model_unavailable"


class SearchIndexError(QAError):
    """The built index is missing, corrupt, or was built with other settings.

    The message always names the command that fixes it.
    """

    code = "index_unavailable"


class ValidationError(QAError):
    """A request or argument has a bad value; the message names it."""

    code = "invalid_request"


class UploadError(QAError):
    """An uploaded file is refused before it is stored; `code` says why (the HTTP edge picks the status)."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code  # "unsupported_media_type" | "payload_too_large" | "invalid_request" | "storage_full"
        super().__init__(message)
