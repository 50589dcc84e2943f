"""Errors that carry translatable messages, so a refusal reaches the user in their language."""
from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain.i18n import Msg, Translate, identity_translate


class BagalauError(Exception):
    """Base of every error the user is meant to read. Holds one or more `Msg`."""

    def __init__(self, *messages: Msg | Iterable[Msg]) -> None:
        flat: list[Msg] = []
        for m in messages:
            if isinstance(m, Msg):
                flat.append(m)
            else:
                flat.extend(m)
        self.messages: list[Msg] = flat
        super().__init__("; ".join(m.render() for m in flat))

    def render(self, translate: Translate = identity_translate, sep: str = "\n") -> str:
        return sep.join(m.render(translate) for m in self.messages)


class ValidationError(BagalauError):
    """Bad input: nothing was changed. `field` names the input at fault when there is one."""

    def __init__(self, *messages: Msg | Iterable[Msg], field: str | None = None) -> None:
        super().__init__(*messages)
        self.field = field


class NotFoundError(BagalauError):
    """A record the user asked for does not exist (deleted, or a wrong number)."""


class StorageError(BagalauError):
    """The database file cannot be used: locked by another program, damaged, read-only, disk full."""
