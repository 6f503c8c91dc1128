"""`mailmedic diagnose` (being built in this session; replaced by its real module)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser("diagnose", help="(not available yet)")
    return parser


def run(args: argparse.Namespace) -> Any:
    from diagnostics.policy import InvalidTarget

    raise InvalidTarget("diagnose is not available yet")
