"""nftables rules for the "filtered" and "unreachable" scenarios.

Loopback traffic never passes an input or forward hook that matters here, so the rules sit in an
output hook. The table is global and outlives us: it is replaced at start (a leftover from a
killed run) and deleted at stop.
"""

from __future__ import annotations

import shutil
import subprocess


def table_name(slot: int) -> str:
    return "mailmedic_lab" if slot == 0 else f"mailmedic_lab_{slot}"


def _nft(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["nft", "-f", "-"], input=script, capture_output=True, text=True, timeout=10
    )


def install(table: str, filtered: tuple[str, int], unreachable: str) -> str | None:
    """Install the rules; return None on success, else why nftables cannot be used."""
    if shutil.which("nft") is None:
        return "nft is not installed"
    host, port = filtered
    # One transaction: create-if-missing, delete (drops a leftover with its rules), re-create.
    script = f"""
table inet {table}
delete table inet {table}
table inet {table} {{
  chain output {{
    type filter hook output priority 0; policy accept;
    ip daddr {host} tcp dport {port} drop
    ip daddr {unreachable} reject with icmp type host-unreachable
  }}
}}
"""
    try:
        result = _nft(script)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"nft failed: {exc!r}"
    if result.returncode != 0:
        return f"nft failed: {result.stderr.strip()}"
    return None


def remove(table: str) -> None:
    """Delete the table if it exists (a no-op without nft or without the table)."""
    if shutil.which("nft") is None:
        return
    _nft(f"table inet {table}\ndelete table inet {table}\n")
