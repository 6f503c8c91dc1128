"""The answer's settings in other formats (design.md, "export"): an Apple configuration profile,
a Mozilla autoconfig document, RFC 6186 SRV records for the admin, and the settings card as text.
Each is a pure function of a report's `choices` (the one answer): they say what the card says.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from diagnostics.model import Report


class Format(StrEnum):
    MOBILECONFIG = "mobileconfig"
    AUTOCONFIG = "autoconfig"
    SRV = "srv"
    CARD = "card"


def export(report: Report, fmt: Format, *, address: str | None = None) -> bytes | None:
    """The file of `fmt` for the report's answer; None when the answer has nothing to give (no
    working setting, or none of the kind the format holds)."""
    from diagnostics.export import profiles, records

    if fmt is Format.MOBILECONFIG:
        return profiles.render_mobileconfig(report, address=address)
    if fmt is Format.AUTOCONFIG:
        return profiles.render_autoconfig(report, address=address)
    if fmt is Format.SRV:
        return records.render_srv(report, domain=profiles.domain_of(report, address))
    from diagnostics.report.text import render_settings

    card = render_settings(report)
    return (card + "\n").encode() if report.choices else None


__all__ = ["Format", "export"]
