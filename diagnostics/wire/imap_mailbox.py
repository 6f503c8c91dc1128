"""IMAP replies of the authenticated state: LIST, NAMESPACE, QUOTA, EXISTS (read-only facts).

Pure functions from one decoded line to frozen values; never raise on server text (a line that
is not what was asked for gives None or an empty tuple). Grammar used:

- RFC 9051 §7.3.1 LIST: `* LIST (\\HasNoChildren \\Sent) "/" "Sent"` — attributes, hierarchy
  delimiter (a quoted char or NIL), mailbox name (atom, quoted string; literals are skipped).
- RFC 6154 §2 special-use attributes: \\All \\Archive \\Drafts \\Flagged \\Junk \\Sent \\Trash.
- RFC 2342 / RFC 9051 §7.3.7 NAMESPACE: `* NAMESPACE (("INBOX." ".")) NIL NIL` — the first
  group is the personal namespace: its prefix is what apps call "IMAP path prefix".
- RFC 9208 §5.1 QUOTA: `* QUOTA "User quota" (STORAGE 10 512 MESSAGE 3 100)` — resource name,
  usage, limit; STORAGE counts units of 1024 octets.
- RFC 9051 §7.4.1 `* 23 EXISTS`.
"""

from __future__ import annotations

import re

from diagnostics.frozen import frozen

__all__ = [
    "SPECIAL_USES",
    "Folder",
    "QuotaResource",
    "parse_exists",
    "parse_list",
    "parse_namespace",
    "parse_quota",
]

# RFC 6154 §2, the attributes mail apps map to their own folders.
SPECIAL_USES = ("\\Sent", "\\Drafts", "\\Trash", "\\Junk", "\\Archive", "\\All", "\\Flagged")

_LIST = re.compile(r'^\* (?:LIST|LSUB) \(([^)]*)\) (NIL|"(?:[^"\\]|\\.)?") (.+)$', re.IGNORECASE)
_QUOTED = re.compile(r'^"((?:[^"\\]|\\.)*)"$')
_EXISTS = re.compile(r"^\* (\d{1,10}) EXISTS$", re.IGNORECASE)
_QUOTA = re.compile(r"^\* QUOTA (\"(?:[^\"\\]|\\.)*\"|\S+) \(([^)]*)\)$", re.IGNORECASE)
_NS_GROUP = re.compile(r'\(\("((?:[^"\\]|\\.)*)" (NIL|"(?:[^"\\]|\\.)?")')


def _unquote(text: str) -> str:
    match = _QUOTED.match(text)
    if match is None:
        return text
    return re.sub(r"\\(.)", r"\1", match.group(1))


@frozen
class Folder:
    name: str
    attributes: tuple[str, ...]  # as sent, e.g. ("\\HasNoChildren", "\\Sent")
    delimiter: str | None

    @property
    def special_use(self) -> tuple[str, ...]:
        wanted = {s.lower(): s for s in SPECIAL_USES}
        return tuple(wanted[a.lower()] for a in self.attributes if a.lower() in wanted)


def parse_list(line: str) -> Folder | None:
    """One LIST (or LSUB) line; None for anything else, and for a name sent as a literal."""
    match = _LIST.match(line)
    if match is None:
        return None
    attributes, delimiter, name = match.groups()
    if name.endswith("}"):  # a literal follows on the next line: the name is not on this one
        return None
    return Folder(
        name=_unquote(name),
        attributes=tuple(attributes.split()),
        delimiter=None if delimiter.upper() == "NIL" else _unquote(delimiter),
    )


def parse_namespace(line: str) -> tuple[str, str | None] | None:
    """The personal namespace's (prefix, delimiter) of a NAMESPACE line, or None."""
    if not line.upper().startswith("* NAMESPACE "):
        return None
    match = _NS_GROUP.search(line[len("* NAMESPACE ") :])
    if match is None:
        return None
    prefix, delimiter = match.groups()
    return _unquote(f'"{prefix}"'), None if delimiter.upper() == "NIL" else _unquote(delimiter)


@frozen
class QuotaResource:
    root: str
    resource: str  # STORAGE (KiB), MESSAGE (count), ... upper-cased
    usage: int
    limit: int

    @property
    def percent(self) -> float | None:
        return None if self.limit <= 0 else 100.0 * self.usage / self.limit


def parse_quota(line: str) -> tuple[QuotaResource, ...]:
    """The resources of one QUOTA line; () for anything else."""
    match = _QUOTA.match(line)
    if match is None:
        return ()
    root, body = match.groups()
    words = body.split()
    found: list[QuotaResource] = []
    for i in range(0, len(words) - 2, 3):
        name, usage, limit = words[i : i + 3]
        if (
            usage.isascii()
            and usage.isdigit()
            and limit.isascii()
            and limit.isdigit()
            and len(usage) < 20
            and len(limit) < 20
        ):
            found.append(
                QuotaResource(
                    root=_unquote(root), resource=name.upper(), usage=int(usage), limit=int(limit)
                )
            )
    return tuple(found)


def parse_exists(line: str) -> int | None:
    match = _EXISTS.match(line)
    return None if match is None else int(match.group(1))
