"""`python -m tests.lab`: start the lab, print it as one JSON line, run until SIGTERM/SIGINT."""

from __future__ import annotations

import json
import signal
import sys
import threading
from types import FrameType

from . import LabStartError, start_lab


def main() -> int:
    stopping = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stopping.set()

    # Installed before the start, so a signal during start-up still ends in a clean stop.
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, on_signal)
    try:
        lab, stop = start_lab()
    except LabStartError as exc:
        print(exc, file=sys.stderr)
        return 1
    try:
        print(json.dumps(lab.as_json()), flush=True)
        while not stopping.wait(1.0):
            pass
    finally:
        stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
