"""Jobs for tests/bot/test_pool.py, imported by name in the diagnosis processes."""

from __future__ import annotations

import os
from typing import Any


async def pid(*args: Any, on_progress: Any = None) -> int:
    return os.getpid()
