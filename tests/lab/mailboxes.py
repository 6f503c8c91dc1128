"""The lab's mailboxes, written as Maildir files directly (never through a server).

- alice@lab.test: a few messages, and Sent, Drafts, Trash, Junk folders, which Dovecot marks
  with RFC 6154 special-use attributes (tests/lab/dovecot.py);
- bob: an empty INBOX and the same folders;
- nofolders@lab.test: an empty INBOX and no folders (so nothing is marked);
- noowner@lab.test: an empty INBOX; Postfix lets no login send as this address;
- full@lab.test: 10 KiB of mail under a 10 KiB quota (100 %);
- nearly@lab.test: 19 KiB of mail under a 20 KiB quota (95 %).

Messages are exactly 1024 octets with CRLF line ends, so Dovecot's virtual size (quota_vsizes)
equals the file size and the percentages are exact. Maildir (https://cr.yp.to/proto/maildir.html):
messages in cur/ carry ":2,FLAGS"; a folder is a ".Name" directory with cur/new/tmp.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

MESSAGE_SIZE = 1024
OTHER_USERS = ("nofolders@lab.test", "noowner@lab.test")
QUOTA_USERS = {"full@lab.test": (10, 10), "nearly@lab.test": (19, 20)}  # messages, limit KiB
FOLDERS = ("Sent", "Drafts", "Trash", "Junk")
# Send-as (the send test: MAIL FROM, RCPT TO, RSET): address -> the login that owns it, for
# Postfix's smtpd_sender_login_maps and Exim's MAIL ACL alike. noowner@lab.test is owned by
# nobody, so its own login may not send as it.
SEND_AS = {
    "alice@lab.test": "alice@lab.test",
    "bob@lab.test": "bob",
    "full@lab.test": "full@lab.test",
    "nearly@lab.test": "nearly@lab.test",
}


def users_lines(users: dict[str, str]) -> str:
    """passwd-file lines; the quota users carry their limit as a userdb extra field."""
    lines = []
    for user, password in users.items():
        if user in QUOTA_USERS:
            limit = QUOTA_USERS[user][1]
            lines.append(f"{user}:{password}::::::userdb_quota_rule=*:storage={limit}K\n")
        else:
            lines.append(f"{user}:{password}\n")
    return "".join(lines)


def message(n: int, user: str) -> bytes:
    head = (
        f"From: sender{n}@lab.test\r\nTo: {user}\r\nSubject: lab message {n}\r\n"
        f"Message-ID: <{n}.{user}@lab.test>\r\n\r\n"
    ).encode()
    body = b"x" * (MESSAGE_SIZE - len(head) - 2) + b"\r\n"
    data = head + body
    assert len(data) == MESSAGE_SIZE
    return data


def _maildir(path: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)


def _fill(path: Path, user: str, count: int) -> None:
    for n in range(count):
        name = f"{1700000000 + n}.M{n}P1.lab,S={MESSAGE_SIZE},W={MESSAGE_SIZE}:2,S"
        (path / "cur" / name).write_bytes(message(n, user))


def write_mailboxes(mail: Path) -> None:
    """Create the mailboxes of the module docstring under `mail` (Dovecot's %u directories)."""
    plan: dict[str, tuple[int, tuple[str, ...]]] = {
        "alice@lab.test": (3, FOLDERS),
        "bob": (0, FOLDERS),
        "nofolders@lab.test": (0, ()),
        "noowner@lab.test": (0, FOLDERS),
        **{user: (count, ()) for user, (count, _) in QUOTA_USERS.items()},
    }
    for user, (count, folders) in plan.items():
        home = mail / user
        shutil.rmtree(home, ignore_errors=True)
        _maildir(home)
        _fill(home, user, count)
        for folder in folders:
            _maildir(home / f".{folder}")
    # Dovecot's mail processes run as nobody and keep their indexes beside the mail.
    for root, dirs, files in os.walk(mail):
        for name in dirs:
            os.chmod(os.path.join(root, name), 0o777)
        for name in files:
            os.chmod(os.path.join(root, name), 0o666)
