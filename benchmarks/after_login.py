"""A check with and without a login, side by side, against the lab. Prints figures; asserts nothing.

    .venv/bin/python -m benchmarks.after_login [--rounds N]

For IMAP 993, POP3 995 and SMTP 465 of healthy.lab.test (alice: quota, folders, send test):
the median wall time of `check` without a password, with one, the difference, and the probe's
AUTH stage (the login exchange plus the after-login chain: IMAP's five pipelined commands, POP3's
STAT/UIDL/CAPA, SMTP's MAIL/RCPT/RSET). Goal (issue 11): the login adds at most 1.3 x the login
round-trip chain.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from diagnostics import check
from diagnostics.model import Credentials, Endpoint, Protocol, Security, Stage
from diagnostics.options import Options
from tests.lab import Lab, start_lab

CASES = ((Protocol.IMAP, 993), (Protocol.POP3, 995), (Protocol.SMTP, 465))


async def measure(
    lab: Lab, endpoint: Endpoint, credentials: Credentials | None
) -> tuple[float, int, int]:
    options = Options(
        dns=lab.dns, cafile=lab.cafile, allow_private=True, timeout=20.0, credentials=credentials
    )
    started = time.perf_counter()
    report = await check(endpoint, options)
    wall = (time.perf_counter() - started) * 1000
    probe = report.probes[0]
    auth = sum(t.elapsed_ms for t in probe.timings if t.stage is Stage.AUTH)
    block = probe.facts.get("mailbox") or probe.facts.get("sending") or {}
    return wall, auth, int(block.get("elapsed_ms", 0))


async def main(rounds: int) -> None:
    lab, stop = start_lab()
    try:
        user = "alice@lab.test"
        credentials = Credentials(username=user, password=lab.users[user])
        print(
            f"{'endpoint':<28}{'no login':>10}{'login':>10}{'added':>10}"
            f"{'auth stage':>12}{'after-login':>13}"
        )
        for protocol, port in CASES:
            endpoint = Endpoint(
                protocol=protocol, host=lab.host("healthy"), port=port, security=Security.TLS
            )
            plain = [(await measure(lab, endpoint, None))[0] for _ in range(rounds)]
            logged = [await measure(lab, endpoint, credentials) for _ in range(rounds)]
            without = statistics.median(plain)
            with_login = statistics.median(w for w, _, _ in logged)
            auth = statistics.median(a for _, a, _ in logged)
            after = statistics.median(x for _, _, x in logged)
            print(
                f"{endpoint.label:<28}{without:>8.1f}ms{with_login:>8.1f}ms"
                f"{with_login - without:>8.1f}ms{auth:>10.1f}ms{after:>11.1f}ms"
            )
    finally:
        stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    asyncio.run(main(parser.parse_args().rounds))
