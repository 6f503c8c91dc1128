"""What every `mailmedic` command shares: the parser, common options, progress, rendering."""

from __future__ import annotations

import argparse
import os
import sys

# Neither `typing` nor `dataclasses` (with `inspect`, some 10 ms) is imported for `--help` and
# `--version` (issue 16); mypy reads any TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Coroutine
    from typing import Any, NoReturn

    from diagnostics.model import Credentials, Report
    from diagnostics.options import Options
    from diagnostics.sweep import ProbeFinished

EXIT_USAGE = 2


def one_line(text: str) -> str:
    """Text for a one-line error: every unprintable character shown as an escape.

    argparse copies argv into its messages as is ("unrecognized arguments: ..."): a newline, an
    escape sequence or a lone surrogate (argv that is not UTF-8) would reach the terminal, split
    the line, or make writing to stderr itself fail.
    """
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def fail(message: str) -> int:
    """Bad usage or input (design.md): one line on stderr, exit 2, no traceback."""
    sys.stderr.write(f"mailmedic: {one_line(message)}\n")
    sys.stderr.flush()
    return EXIT_USAGE


def terminal_columns() -> int:
    """The terminal's width as `shutil.get_terminal_size()` finds it (COLUMNS, else standard
    output's terminal, else 80), without importing shutil, which imports the bz2 and lzma
    modules: argparse asks for it at every option it declares (2 ms of every command)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):  # no stdout (None), not a terminal
            columns = 80
    return columns


class HelpFormatter(argparse.HelpFormatter):
    def __init__(self, prog: str, **kwargs: Any) -> None:
        kwargs.setdefault("width", terminal_columns() - 2)  # argparse's own margin
        super().__init__(prog, **kwargs)


class Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        # design.md: bad usage is one line on stderr and exit 2, no usage dump.
        raise SystemExit(fail(f"{message} (see mailmedic {self._sub_name()}--help)"))

    def _sub_name(self) -> str:
        parts = self.prog.split()
        return f"{parts[-1]} " if len(parts) > 1 else ""


class VersionAction(argparse.Action):
    """`--version`: the package's version (diagnostics.__version__, which pyproject.toml gives
    the installed metadata), without importlib.metadata's 20 ms of imports."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from diagnostics.cli import print_version

        raise SystemExit(print_version())


def user_from(args: argparse.Namespace) -> str | None:
    """--user as given, None when absent; an empty or blank one is bad input, not "absent"."""
    from diagnostics.policy import InvalidTarget

    user: str | None = getattr(args, "user", None)
    if user is None:
        return None
    if not user.strip():
        raise InvalidTarget(key="ui.error.user_empty")
    if any(not ch.isprintable() for ch in user):
        raise InvalidTarget(key="ui.error.user_control")
    return user


def add_lang_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """`--lang LL`, before or after the command (the command's wins when both are given)."""
    parser.add_argument(
        "--lang",
        metavar="LL",
        default=None if top else argparse.SUPPRESS,
        help="the report's language: en de fr es it nl pt_BR pl ja "
        "(default: LC_ALL, LC_MESSAGES or LANG)",
    )


def lang_from(args: argparse.Namespace) -> str:
    """The language asked for with --lang, else the locale's (diagnostics/i18n.py)."""
    from diagnostics.i18n import LANGUAGES, from_environment, normalize
    from diagnostics.policy import InvalidTarget

    asked = getattr(args, "lang", None)
    if not asked:
        return from_environment()
    lang = normalize(asked)
    if lang == "en" and not asked.lower().startswith("en"):
        raise InvalidTarget(key="ui.error.lang", value=repr(asked), languages=" ".join(LANGUAGES))
    return lang


def lang_or_english(args: argparse.Namespace) -> str:
    """The chosen language, or English when --lang itself is bad (that error is said in it)."""
    from diagnostics.policy import InvalidTarget

    try:
        return lang_from(args)
    except InvalidTarget:
        return "en"


def tr(args: argparse.Namespace, key: str) -> str:
    """A fixed text of the command line (ui.cli.*) in the chosen language."""
    from diagnostics.i18n import messages

    return messages(lang_or_english(args)).text(key)


def add_common_options(parser: argparse.ArgumentParser) -> None:
    add_lang_option(parser)
    parser.add_argument("--json", action="store_true", help="print the report as JSON (schema 1)")
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="add TLS facts and transcripts"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="deadline of the whole command (default 20, or MAILMEDIC_TIMEOUT)",
    )
    parser.add_argument(
        "--dns", metavar="HOST[:PORT]", help="send every DNS query to this server (MAILMEDIC_DNS)"
    )
    parser.add_argument(
        "--cafile", metavar="PEM", help="extra trusted CA certificates (MAILMEDIC_CAFILE)"
    )
    parser.add_argument(
        "--dns-trust-ad",
        action="store_true",
        help="believe the DNSSEC AD bit of a --dns server not on this machine "
        "(MAILMEDIC_DNS_TRUST_AD)",
    )
    parser.add_argument(
        "--dnssec-anchors",
        metavar="FILE",
        help="DS or DNSKEY trust anchors: validate those zones' DNSSEC (MAILMEDIC_DNSSEC_ANCHORS)",
    )
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="allow private, loopback and non-mail-port targets (labs, internal helpdesks)",
    )
    parser.add_argument(
        "--progress", action="store_true", help="show progress on stderr even when not a terminal"
    )


def add_login_options(parser: argparse.ArgumentParser) -> None:
    """--password-stdin and --allow-plaintext-auth (design.md: never a password argument)."""
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (or set MAILMEDIC_PASSWORD) to test the login",
    )
    parser.add_argument(
        "--oauth-token-stdin",
        action="store_true",
        help="read an OAuth bearer token from standard input (or set MAILMEDIC_OAUTH_TOKEN) to "
        "test an XOAUTH2/OAUTHBEARER login",
    )
    parser.add_argument(
        "--allow-plaintext-auth",
        action="store_true",
        help="allow the login test to send the password unencrypted (the report warns)",
    )


MAX_PASSWORD_CHARS = 1024


def read_password(args: argparse.Namespace) -> str | None:
    """The password from standard input (`--password-stdin`) or MAILMEDIC_PASSWORD, or None.

    Only the first line of standard input counts (`echo pw | mailmedic ...` adds a newline). Bad
    input raises InvalidTarget with a message that never contains the password.
    """
    from diagnostics.policy import InvalidTarget

    if getattr(args, "password_stdin", False):
        if sys.stdin.isatty():
            import getpass  # a person at a terminal: ask without echoing the password

            line = getpass.getpass(tr(args, "ui.cli.password_prompt"))
        else:
            line = sys.stdin.readline(MAX_PASSWORD_CHARS + 2)
        password = line.rstrip("\r\n")
        if not password:
            raise InvalidTarget(key="ui.error.no_password")
    else:
        password = os.environ.get("MAILMEDIC_PASSWORD", "")
        if not password:
            return None
    if len(password) > MAX_PASSWORD_CHARS:
        raise InvalidTarget(key="ui.error.long_password", limit=MAX_PASSWORD_CHARS)
    return password


MAX_TOKEN_CHARS = 8192  # Microsoft's access tokens run to 2-3 kB


def read_token(args: argparse.Namespace) -> str | None:
    """The bearer token from standard input (`--oauth-token-stdin`) or MAILMEDIC_OAUTH_TOKEN.

    Like the password: never an argument, never echoed, one line.
    """
    from diagnostics.policy import InvalidTarget

    if getattr(args, "oauth_token_stdin", False):
        if sys.stdin.isatty():
            import getpass

            line = getpass.getpass(tr(args, "ui.cli.token_prompt"))
        else:
            line = sys.stdin.readline(MAX_TOKEN_CHARS + 2)
        token = line.strip()
        if not token:
            raise InvalidTarget(key="ui.error.no_token")
    else:
        token = os.environ.get("MAILMEDIC_OAUTH_TOKEN", "").strip()
        if not token:
            return None
    if len(token) > MAX_TOKEN_CHARS:
        raise InvalidTarget(key="ui.error.long_token", limit=MAX_TOKEN_CHARS)
    return token


def credentials_from(args: argparse.Namespace) -> Credentials | None:
    """Credentials for the login test, when a password was given; needs --user.

    `address_domain` stays None here: `check()` derives it from the server name, and a command
    that knows the email address (diagnose) can set it with `dataclasses.replace`.
    """
    from diagnostics.model import Credentials
    from diagnostics.policy import InvalidTarget

    if not hasattr(args, "password_stdin"):
        return None  # a command without add_login_options() takes no password
    if getattr(args, "password_stdin", False) and getattr(args, "oauth_token_stdin", False):
        raise InvalidTarget(key="ui.error.password_and_token")
    token = read_token(args)
    password = None if getattr(args, "oauth_token_stdin", False) else read_password(args)
    if password is None and token is None:
        return None
    user = user_from(args)
    if not user:
        what = "a password" if token is None else "an OAuth token"
        raise InvalidTarget(key="ui.error.needs_user", option=what)
    try:
        return Credentials(username=user, password=password or "", oauth_token=token)
    except ValueError as exc:  # the message names the field, never the value
        raise InvalidTarget(str(exc)) from None


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def progress_printer(args: argparse.Namespace) -> Callable[[ProbeFinished], None] | None:
    """Progress on stderr only when it is a terminal, or with --progress (design.md)."""
    if not (args.progress or sys.stderr.isatty()):
        return None

    def show(event: ProbeFinished) -> None:
        ep = event.result.endpoint
        sys.stderr.write(
            f"[{event.done}/{event.total}] {ep.protocol.value.upper()} {ep.host} {ep.port} "
            f"{ep.security.value}: {event.result.outcome.value}\n"
        )
        sys.stderr.flush()

    return show


def run_async(coroutine: Coroutine[Any, Any, Report]) -> Report:
    import asyncio  # here, not at the top: `mailmedic --help` must start fast

    return asyncio.run(coroutine)


def options_from(args: argparse.Namespace) -> Options:
    """Options from the flags, then the environment (design.md, "Configuration keys")."""
    from diagnostics.net.resolve import parse_dns_server
    from diagnostics.options import DEFAULT_DEADLINE, Options
    from diagnostics.policy import InvalidTarget

    timeout = args.timeout
    if timeout is None:
        raw = os.environ.get("MAILMEDIC_TIMEOUT")
        try:
            timeout = float(raw) if raw else DEFAULT_DEADLINE
        except ValueError:
            raise InvalidTarget(key="ui.error.timeout_env", value=repr(raw)) from None
    if not 1 <= timeout <= 600:
        raise InvalidTarget(key="ui.error.timeout_range", value=f"{timeout:g}")
    dns = args.dns or os.environ.get("MAILMEDIC_DNS") or None
    if dns:
        parse_dns_server(dns)  # a bad --dns is bad input, said before anything runs
    cafile = args.cafile or os.environ.get("MAILMEDIC_CAFILE") or None
    if cafile:
        _check_cafile(cafile)
    anchors = getattr(args, "dnssec_anchors", None) or os.environ.get("MAILMEDIC_DNSSEC_ANCHORS")
    if anchors:
        from diagnostics.net.dnssec import load_anchors

        load_anchors(anchors)  # a bad file is bad input, said before anything runs
    options = Options(
        dns=dns,
        cafile=cafile,
        dnssec_anchors=anchors or None,
        dns_trust_ad=getattr(args, "dns_trust_ad", False) or env_flag("MAILMEDIC_DNS_TRUST_AD"),
        allow_private=args.allow_private or env_flag("MAILMEDIC_ALLOW_PRIVATE"),
        timeout=timeout,
        credentials=credentials_from(args),
        allow_plaintext_auth=getattr(args, "allow_plaintext_auth", False),
        lang=lang_from(args),
    )
    from dataclasses import replace

    # Connections at once per server address and provider (net/destination.py).
    if os.environ.get("MAILMEDIC_MAX_PER_HOST", "").strip():
        options = replace(options, max_per_host=_cap_from_env("MAILMEDIC_MAX_PER_HOST"))
    if os.environ.get("MAILMEDIC_MAX_PER_DOMAIN", "").strip():
        options = replace(options, max_per_domain=_cap_from_env("MAILMEDIC_MAX_PER_DOMAIN"))
    return options


def _cap_from_env(key: str) -> int:
    """A connection cap from the environment (net/destination.py; `mailmedic worker` runs many
    diagnoses in one process, as the bot does): a whole number 1-1000, else bad input."""
    from diagnostics.policy import InvalidTarget

    raw = os.environ.get(key, "").strip()
    if not raw.isdigit() or not 1 <= int(raw) <= 1000:
        raise InvalidTarget(f"{key}={raw!r}: give 1 to 1000 connections")
    return int(raw)


def _check_cafile(cafile: str) -> None:
    """A CA file that is missing or not PEM is bad input: one line, before anything runs."""
    import ssl

    from diagnostics.policy import InvalidTarget

    if not os.path.isfile(cafile):
        raise InvalidTarget(key="ui.error.cafile_missing", value=repr(cafile))
    try:
        # Only this file: the system store is loaded once, by the diagnosis (net/tls.py).
        ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_verify_locations(cafile=cafile)
    except (ssl.SSLError, ValueError, OSError):
        raise InvalidTarget(key="ui.error.cafile_pem", value=repr(cafile)) from None


def render(report: Report, args: argparse.Namespace) -> str:
    if getattr(args, "json", False):
        from diagnostics.report.jsonout import render_json

        return render_json(report)
    from diagnostics.report.text import render_text

    color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    return render_text(report, verbose=getattr(args, "verbose", False), color=color)
