"""Developer tool: the fifty-fifth blind held-out set (phpBB's and MyBB's mail errors).

Both forums speak SMTP themselves over PHP sockets, so the reasons are their own strings plus
what PHP or the server says. phpBB (phpbb/phpbb, release-3.3.15, the last 3.3 release whose
phpBB/includes/functions_messenger.php still holds smtpmail() and smtp_class; master moved to
phpbb/messenger): smtpmail() opens stream_socket_client() under an error_collector and builds
NO_CONNECT_TO_SMTP_HOST ('%1$s : %2$s' = PHP's errno and errstr) + the collected PHP warnings
('Errno 2: <warning> at [ROOT]/includes/functions_messenger.php line N'); smtp_class
server_parse() builds EMAIL_SMTP_ERROR_RESPONSE (the __LINE__ of the call and the server's
reply line); log_into_server() SMTP_NO_AUTH_SUPPORT, NO_SUPPORTED_AUTH_METHODS. The message
reaches messenger::error(), the admin's Error log entry LOG_ERROR_EMAIL ('Email error » ' +
'EMAIL/SMTP', the calling page, the message), shown here rendered (tags dropped, <br /> as a
line break, HTML's collapsed whitespace). phpBB core ships English only: en. Its own sign-in,
registration and form texts (phpBB/language/en/common.php, ucp.php, acp/*.php), code null.
MyBB (mybb/mybb at 9a701b2, March 2024, 1.8 series): inc/mailhandlers/smtp.php's English
literals passed to fatal_error(), stored in the mailerrors table and shown in Tools » System
Email Log; the reason appended is 'Reason: <errno>: <errstr>' of @fsockopen() or the server's
reply (get_error()), en only (the error strings are not translated; the repository ships only
inc/languages/english); its own sign-in and member texts from inc/languages/english/*.lang.php,
code null. PHP's wording is PHP 8.1+'s (php_network_getaddresses: getaddrinfo for HOST failed:
...) with OpenSSL 3's error strings, both apps' current PHP floor range. Labelled blind from
the code.

    python -m tools.extract_fifty_fifth MIRRORS_DIR benchmarks/data/fifty_fifth_texts.json

MIRRORS_DIR holds `phpbb+phpbb/repo` and `mybb+mybb/repo` as `fetch` leaves them in
/work/.mirror.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tools.extract_fresh_texts import Pick, _entry, _library, _where, git, write_set

PHPBB = ("phpbb/phpbb", "b92ca5d1f808fe9f5b04b32a492abaee2e38544a")  # release-3.3.15
MYBB = ("mybb/mybb", "9a701b248308c499641d40ca09b5eb3bda76f9c6")  # 1.8 series, 2024-03-22

MESSENGER = "phpBB/includes/functions_messenger.php"
MYBB_SMTP = "inc/mailhandlers/smtp.php"
HOST = "smtp.example.com"
_GAI = f"php_network_getaddresses: getaddrinfo for {HOST} failed: "
_SSL = "SSL operation failed with code 1. OpenSSL Error messages:\n"

_PHPBB_PAIR = re.compile(r"^\s*'([A-Z0-9_]+)'\s*=>\s*'((?:[^'\\]|\\.)*)',?\s*$", re.M)
_MYBB_PAIR = re.compile(
    r"""^\$l\['([a-z0-9_]+)'\]\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)');""", re.M
)


def _phpbb_table(text: str) -> dict[str, str]:
    return {k: re.sub(r"\\([\\'])", r"\1", v) for k, v in _PHPBB_PAIR.findall(text)}


def _mybb_table(text: str) -> dict[str, str]:
    table = {}
    for key, double, single in _MYBB_PAIR.findall(text):
        if double:
            table[key] = re.sub(r'\\([\\"$])', r"\1", double)
        else:
            table[key] = re.sub(r"\\([\\'])", r"\1", single)
    return table


def _render(html_text: str) -> str:
    """The text as the browser shows it: runs of whitespace one space, <br /> a line break,
    tags dropped, entities read."""
    text = re.sub(r"\s+", " ", html_text)
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"</?(?:strong|em|b|a|p|h1)\b[^>]*>", "", text)
    text = re.sub(r" *\n *", "\n", text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return text.replace("&quot;", '"').strip()


def _fill(text: str, *values: str) -> str:
    for index, value in enumerate(values, 1):
        text = text.replace(f"%{index}$s", value, 1)
    for value in values:
        text = text.replace("%s", value, 1)
    return text


# phpBB: (lang key of common.php, values, the PHP warnings collected, code, why, the server
# reply's line in MESSENGER and what that line must show).
_CONNECT_WHY = (
    "includes/functions_messenger.php smtpmail(): @stream_socket_client(smtp_host:smtp_port, "
    "20 s) fails: NO_CONNECT_TO_SMTP_HOST with PHP's errno and errstr, then the warnings the "
    "error_collector caught: "
)
_PARSE_WHY = (
    "includes/functions_messenger.php smtp_class::server_parse(): the reply's code is not the "
    "expected one: EMAIL_SMTP_ERROR_RESPONSE with the line of the call and the reply line: "
)


def _warn(*warnings: str) -> tuple[str, ...]:
    return tuple(f"stream_socket_client(): {w}" for w in warnings)


PHPBB_CONNECT: list[tuple[tuple[str, str], tuple[str, ...], str, str]] = [
    (
        ("111", "Connection refused"),
        _warn(f"Unable to connect to {HOST}:587 (Connection refused)"),
        "PORT_CLOSED",
        "ECONNREFUSED: nothing listens on the port",
    ),
    (
        ("110", "Connection timed out"),
        _warn(f"Unable to connect to {HOST}:587 (Connection timed out)"),
        "PORT_FILTERED",
        "no answer to the SYN within 20 s: a firewall drops it",
    ),
    (
        ("0", _GAI + "Name or service not known"),
        _warn(
            _GAI + "Name or service not known",
            f"Unable to connect to {HOST}:587 ({_GAI}Name or service not known)",
        ),
        "HOST_NOT_FOUND",
        "getaddrinfo EAI_NONAME: the host name does not resolve",
    ),
    (
        ("0", _GAI + "Temporary failure in name resolution"),
        _warn(
            _GAI + "Temporary failure in name resolution",
            f"Unable to connect to {HOST}:587 ({_GAI}Temporary failure in name resolution)",
        ),
        "DNS_FAILURE",
        "getaddrinfo EAI_AGAIN: the resolver did not answer",
    ),
    (
        ("101", "Network is unreachable"),
        _warn(f"Unable to connect to {HOST}:587 (Network is unreachable)"),
        "HOST_UNREACHABLE",
        "ENETUNREACH: no route to the server",
    ),
    (
        ("113", "No route to host"),
        _warn(f"Unable to connect to {HOST}:25 (No route to host)"),
        "HOST_UNREACHABLE",
        "EHOSTUNREACH: the host cannot be reached",
    ),
    (
        ("0", ""),
        _warn(
            _SSL + "error:0A000086:SSL routines::certificate verify failed",
            "Failed to enable crypto",
            f"Unable to connect to ssl://{HOST}:465 (Unknown error)",
        ),
        "CERT_UNTRUSTED",
        "smtp_host ssl://... (implicit TLS), smtp_verify_peer on by default: the chain does not "
        "lead to a trusted CA",
    ),
    (
        ("0", ""),
        _warn(
            _SSL + "error:0A00010B:SSL routines::wrong version number",
            "Failed to enable crypto",
            f"Unable to connect to ssl://{HOST}:587 (Unknown error)",
        ),
        "TLS_ON_PLAIN_PORT",
        "smtp_host ssl://... against port 587, which speaks plain SMTP first: OpenSSL reads the "
        "greeting as a TLS record",
    ),
    (
        ("0", ""),
        _warn(
            f"Peer certificate CN=`mail.hosting.example.net' did not match expected CN=`{HOST}'",
            "Failed to enable crypto",
            f"Unable to connect to ssl://{HOST}:465 (Unknown error)",
        ),
        "CERT_HOSTNAME_MISMATCH",
        "smtp_verify_peer_name on by default: the certificate names another host",
    ),
]

# (the call's expected code and the text its line must show, the reply, code, why)
PHPBB_REPLIES: list[tuple[str, str, str, str]] = [
    (
        "smtp->server_parse('220'",
        f"421 4.7.0 {HOST} Error: too many connections from 203.0.113.10",
        "RATE_LIMITED",
        "the greeting (220 expected) is a 421 naming the connection limit",
    ),
    (
        "smtp->server_parse('220'",
        "554 5.7.1 Service unavailable; Client host [203.0.113.10] blocked using zen.spamhaus.org",
        "REJECTED_AS_SPAM",
        "the greeting refused: the board's IP is on a block list",
    ),
    (
        "function plain(",
        "535 5.7.8 Error: authentication failed: authentication failure",
        "AUTH_FAILED",
        "smtp_auth_method PLAIN (the default): the credentials refused with 535 (235 expected)",
    ),
    (
        "function plain(",
        "538 5.7.11 Encryption required for requested authentication mechanism",
        "PLAINTEXT_AUTH_DISABLED",
        "AUTH PLAIN (334 expected) refused over an unencrypted session",
    ),
    (
        "function login(",
        "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6",
        "AUTH_FAILED",
        "smtp_auth_method LOGIN: the password step refused with 535 (235 expected)",
    ),
    (
        "MAIL FROM:",
        "530 5.7.0 Must issue a STARTTLS command first",
        "ENCRYPTION_NOT_USED",
        "MAIL FROM (250 expected): the server wants STARTTLS first (none offered or it failed)",
    ),
    (
        "MAIL FROM:",
        "553 5.7.1 <noreply@example.net>: Sender address rejected: not owned by user "
        "alice@example.com",
        "SENDER_REFUSED",
        "MAIL FROM: the board email address is not one the account may send as",
    ),
    (
        "MAIL FROM:",
        "450 4.7.1 Error: too much mail from 203.0.113.10",
        "RATE_LIMITED",
        "MAIL FROM: the server's per-client sending limit",
    ),
    (
        "RCPT TO:",
        "554 5.7.1 <bob@example.org>: Relay access denied",
        "RELAY_REFUSED",
        "RCPT TO (250 expected; any code but 550 stops the mail) to another domain without an "
        "authenticated session",
    ),
    (
        "RCPT TO:",
        "452 4.2.2 <bob@example.org>: Mailbox full",
        "RECIPIENT_MAILBOX_FULL",
        "RCPT TO: the recipient's mailbox is over its quota",
    ),
    (
        "server_send('.')",
        "552 5.3.4 Message size exceeds fixed limit",
        "SIZE_LIMIT",
        "the end of DATA (250 expected): the message is over the server's size limit",
    ),
    (
        "server_send('.')",
        "554 5.7.1 Message rejected as spam",
        "REJECTED_AS_SPAM",
        "the end of DATA: the server's content filter refused the message",
    ),
]
PHPBB_PLAIN: list[Pick] = [
    Pick(
        "NO_EMAIL_RESPONSE_CODE",
        "CONNECTION_CLOSED",
        why="includes/functions_messenger.php smtp_class::server_parse(): fgets() returned "
        "nothing before a final reply line: the server hung up",
    ),
    Pick(
        "SMTP_NO_AUTH_SUPPORT",
        "AUTH_NOT_OFFERED",
        why="includes/functions_messenger.php log_into_server(): smtp_username and "
        "smtp_password set, but the EHLO reply has no AUTH line",
    ),
    Pick(
        "NO_SUPPORTED_AUTH_METHODS",
        "AUTH_NOT_OFFERED",
        why="includes/functions_messenger.php log_into_server(): AUTH offered, but none of "
        "PLAIN, LOGIN, CRAM-MD5, DIGEST-MD5 nor the configured method",
    ),
    Pick(
        "INVALID_DIGEST_CHALLENGE",
        None,
        why="includes/functions_messenger.php digest_md5(): the server's DIGEST-MD5 challenge "
        "could not be parsed, nothing a setting names",
    ),
    Pick(
        "NO_EMAIL_SUBJECT",
        None,
        why="includes/functions_messenger.php smtpmail(): the mail has no subject, the board's "
        "own template, no server asked",
    ),
    Pick(
        "NO_EMAIL_MESSAGE",
        None,
        why="includes/functions_messenger.php smtpmail(): the body is empty, no server asked",
    ),
]
# phpBB's own texts: (file under phpBB/language/en, key, values)
PHPBB_OWN: list[tuple[str, str, tuple[str, ...]]] = [
    ("common.php", "LOGIN_ERROR_PASSWORD", ("", "")),
    ("common.php", "LOGIN_ERROR_USERNAME", ("", "")),
    ("common.php", "LOGIN_ERROR_ATTEMPTS", ()),
    ("common.php", "LOGIN_ERROR_PASSWORD_CONVERT", ("", "", "", "")),
    ("common.php", "LOGIN_ERROR_EXTERNAL_AUTH_APACHE", ()),
    ("common.php", "ACTIVE_ERROR", ()),
    ("common.php", "CONFIRM_CODE_WRONG", ()),
    ("common.php", "FORM_INVALID", ()),
    ("common.php", "NO_AUTH_ADMIN", ()),
    ("common.php", "NO_USER", ()),
    ("common.php", "TOO_SHORT_NEW_PASSWORD", ()),
    ("common.php", "WRONG_PASSWORD", ()),
    ("common.php", "EMAIL_INVALID_EMAIL", ()),
    ("ucp.php", "EMAIL_TAKEN_EMAIL", ()),
    ("ucp.php", "NEW_PASSWORD_ERROR", ()),
    ("ucp.php", "USERNAME_TAKEN_USERNAME", ()),
    ("acp/email.php", "NO_EMAIL_SUBJECT", ()),
    ("acp/email.php", "NO_EMAIL_MESSAGE", ()),
    ("acp/board.php", "TEST_EMAIL_SENT", ()),
]


def _phpbb_line(repo: Path, commit: str, hint: str, expected: str) -> str:
    """The __LINE__ of the server_parse(expected) call after the line showing `hint`."""
    lines = git(repo, "show", f"{commit}:{MESSENGER}").splitlines()
    start = next(i for i, line in enumerate(lines) if hint in line)
    for index in range(start, len(lines)):
        if f"server_parse('{expected}', __LINE__)" in lines[index]:
            return str(index + 1)
    raise AssertionError(hint)


def phpbb(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, PHPBB)
    at = f"{PHPBB[0]}@{commit[:12]}"
    tables = {
        name: _phpbb_table(git(repo, "show", f"{commit}:phpBB/language/en/{name}"))
        for name in ("common.php", "ucp.php", "acp/email.php", "acp/board.php", "acp/common.php")
    }
    common = tables["common.php"]
    log = tables["acp/common.php"]["LOG_ERROR_EMAIL"]
    assert log == "<strong>Email error</strong><br />» %s", log
    log_at = _where(repo, commit, "'LOG_ERROR_EMAIL'", ("phpBB/language/en/acp/common.php",))

    def logged(message: str) -> str:
        frame = "<strong>EMAIL/SMTP</strong><br /><em>/ucp.php?mode=register</em><br /><br />"
        return _render(_fill(log, frame + message + "<br />"))

    socket_at = _where(repo, commit, "@stream_socket_client(", (MESSENGER,))
    socket_line = socket_at.rsplit(":", 1)[1]
    entries: list[dict[str, object]] = []

    def add(pick: Pick, text: str, where: str) -> None:
        source = f"{at}:{where} (in {at}:{log_at})"
        entries.append(_entry("phpBB", f"phpbb.{len(entries)}", pick, {"en": text}, {"en": source}))

    for (errno, errstr), warnings, code, why in PHPBB_CONNECT:
        message = _fill(common["NO_CONNECT_TO_SMTP_HOST"], errno, errstr)
        collected = "<br />\n".join(
            f"Errno 2: {w} at [ROOT]/includes/functions_messenger.php line {socket_line}"
            for w in warnings
        )
        message += "<br /><br />" + collected
        add(Pick(message, code, why=_CONNECT_WHY + why), logged(message), f"{socket_at}")
    response = common["EMAIL_SMTP_ERROR_RESPONSE"]
    for hint, reply, code, why in PHPBB_REPLIES:
        expected = "250"
        if hint.startswith("smtp->server_parse('220'"):
            expected, hint = "220", "// Wait for reply"
        elif hint.startswith("function "):
            expected = "334" if code == "PLAINTEXT_AUTH_DISABLED" else "235"
        line = _phpbb_line(repo, commit, hint, expected)
        message = _fill(response, line, reply + "\r\n")
        add(
            Pick(message, code, why=_PARSE_WHY + why),
            logged(message),
            f"{MESSENGER}:{line}",
        )
    # RCPT TO refused with 550 for the only recipient: the loop goes on, then INVALID_EMAIL_LOG.
    line = _phpbb_line(repo, commit, "RCPT TO:", "250")
    unknown = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual"
    message = _fill(response, line, unknown + " mailbox table\r\n")
    message += "<br /><br />" + _fill(common["INVALID_EMAIL_LOG"], "&lt;bob@example.org&gt;")
    add(
        Pick(
            message,
            "RECIPIENT_UNKNOWN",
            why=_PARSE_WHY + "RCPT TO refused with 550 for every recipient: smtpmail() adds "
            "INVALID_EMAIL_LOG with the last address",
        ),
        logged(message),
        f"{MESSENGER}:{line}",
    )
    for pick in PHPBB_PLAIN:
        where = _where(repo, commit, f"lang['{pick.key}']", (MESSENGER,))
        add(pick, logged(common[pick.key]), where)
    for name, key, values in PHPBB_OWN:
        path = f"phpBB/language/en/{name}"
        where = _where(repo, commit, f"'{key}'", (path,))
        pick = Pick(
            key,
            None,
            why=f"{path}: phpBB's own message (its sign-in, registration, forms, the ACP), no "
            "mail setting involved",
        )
        text = _render(_fill(tables[name][key], *values))
        entries.append(
            _entry("phpBB", f"phpbb.{len(entries)}", pick, {"en": text}, {"en": f"{at}:{where}"})
        )
    return entries


# MyBB: (the literal fatal_error() is given, what is appended, code, why)
_MY = "inc/mailhandlers/smtp.php "
_MY_CONNECT = (
    _MY + "connect(): @fsockopen(host, port, 5 s) failed: 'Reason: <errno>: <errstr>' of PHP "
    "(ssl:// prefixed when secure_smtp is SSL/TLS): "
)
_MY_REPLY = _MY + "send_data(): the reply's code is not the expected one; get_error() is it: "
MYBB_MAIL: list[tuple[str, str, str | None, str]] = [
    (
        "Unable to connect to the mail server with the given details. Reason: ",
        "111: Connection refused",
        "PORT_CLOSED",
        _MY_CONNECT + "ECONNREFUSED, nothing listens on the port",
    ),
    (
        "Unable to connect to the mail server with the given details. Reason: ",
        "110: Connection timed out",
        "PORT_FILTERED",
        _MY_CONNECT + "no answer to the SYN within the timeout: a firewall drops it",
    ),
    (
        "Unable to connect to the mail server with the given details. Reason: ",
        "0: " + _GAI + "Name or service not known",
        "HOST_NOT_FOUND",
        _MY_CONNECT + "getaddrinfo EAI_NONAME, the host name does not resolve",
    ),
    (
        "Unable to connect to the mail server with the given details. Reason: ",
        "0: " + _GAI + "Temporary failure in name resolution",
        "DNS_FAILURE",
        _MY_CONNECT + "getaddrinfo EAI_AGAIN, the resolver did not answer",
    ),
    (
        "Unable to connect to the mail server with the given details. Reason: ",
        "101: Network is unreachable",
        "HOST_UNREACHABLE",
        _MY_CONNECT + "ENETUNREACH, no route to the server",
    ),
    (
        "Unable to connect to the mail server with the given details. Reason: ",
        "0: ",
        None,
        _MY_CONNECT + "the ssl:// handshake failed (a certificate, the port, the protocol): "
        "PHP leaves errno 0 and errstr empty and the warning is silenced, nothing narrows it",
    ),
    (
        "The mail server is not ready, it did not respond with a 220 status message.",
        "",
        "NO_GREETING",
        _MY + "connect(): connected, but get_data() read no '220' greeting (nothing within the "
        "5 s stream timeout, or another code); no reply appended",
    ),
    (
        "The server did not understand the STARTTLS command. Reason: ",
        "454 4.7.0 TLS not available due to local problem",
        "STARTTLS_FAILED",
        _MY_REPLY + "secure_smtp TLS, STARTTLS offered in EHLO, the command answered 454",
    ),
    (
        "Failed to start TLS encryption",
        "",
        "STARTTLS_FAILED",
        _MY + "connect(): STARTTLS offered and accepted, @stream_socket_enable_crypto() failed "
        "(its warning silenced)",
    ),
    (
        "The server did not understand the AUTH command",
        "",
        "AUTH_NOT_OFFERED",
        _MY + "connect(): smtp_user and smtp_pass set, but the EHLO reply has no AUTH line",
    ),
    (
        "The SMTP server does not support any of the AUTH methods that MyBB supports",
        "",
        "AUTH_NOT_OFFERED",
        _MY + "auth(): AUTH offered, but neither LOGIN, PLAIN nor CRAM-MD5",
    ),
    (
        "The SMTP server rejected the supplied SMTP password. Reason: ",
        "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6",
        "AUTH_FAILED",
        _MY_REPLY + "AUTH LOGIN's password step (235 expected) refused with 535",
    ),
    (
        "The SMTP server rejected the supplied login username and password. Reason: ",
        "535 5.7.8 Error: authentication failed: authentication failure",
        "AUTH_FAILED",
        _MY_REPLY + "AUTH PLAIN (235 expected) refused with 535",
    ),
    (
        "The SMTP server rejected the supplied login username and password. Reason: ",
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the "
        "Tenant.",
        "PROTOCOL_DISABLED",
        _MY_REPLY + "AUTH refused because SMTP AUTH is switched off for the mailbox's tenant",
    ),
    (
        "The mail server does not understand the MAIL FROM command. Reason: ",
        "530 5.7.0 Must issue a STARTTLS command first",
        "ENCRYPTION_NOT_USED",
        _MY_REPLY + "MAIL FROM (250 expected): the session is not encrypted (secure_smtp none)",
    ),
    (
        "The mail server does not understand the MAIL FROM command. Reason: ",
        "553 5.7.1 <noreply@example.net>: Sender address rejected: not owned by user "
        "alice@example.com",
        "SENDER_REFUSED",
        _MY_REPLY + "MAIL FROM: the board's return address is not one the account may send as",
    ),
    (
        "The mail server does not understand the MAIL FROM command. Reason: ",
        "421 4.7.0 Try again later, closing connection.",
        "RATE_LIMITED",
        _MY_REPLY + "MAIL FROM: a 421 throttle",
    ),
    (
        "The mail server does not understand the RCPT TO command. Reason: ",
        "554 5.7.1 <bob@example.org>: Relay access denied",
        "RELAY_REFUSED",
        _MY_REPLY + "RCPT TO (250 expected) to another domain without an authenticated session",
    ),
    (
        "The mail server does not understand the RCPT TO command. Reason: ",
        "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual "
        "mailbox table",
        "RECIPIENT_UNKNOWN",
        _MY_REPLY + "RCPT TO: the member's address does not exist",
    ),
    (
        "The mail server does not understand the RCPT TO command. Reason: ",
        "552 5.2.2 <bob@example.org>: Mailbox full",
        "RECIPIENT_MAILBOX_FULL",
        _MY_REPLY + "RCPT TO: the recipient's mailbox is over its quota",
    ),
    (
        "Mail may not be delivered. Reason: ",
        "552 5.3.4 Message size exceeds fixed limit",
        "SIZE_LIMIT",
        _MY_REPLY + "the end of DATA (250 expected): over the server's size limit",
    ),
    (
        "Mail may not be delivered. Reason: ",
        "554 5.7.1 Message rejected as spam",
        "REJECTED_AS_SPAM",
        _MY_REPLY + "the end of DATA: the content filter refused the message",
    ),
    (
        "Mail may not be delivered. Reason: ",
        "451 4.7.1 Sending rate exceeded, try again later",
        "RATE_LIMITED",
        _MY_REPLY + "the end of DATA: the server's sending rate limit",
    ),
    (
        "Unable to send the data to the SMTP server",
        "",
        "CONNECTION_CLOSED",
        _MY + "send_data(): fwrite() on the socket failed: the connection is gone",
    ),
    (
        "The mail server did not understand the DATA command",
        "",
        None,
        _MY + "send(): DATA not answered 354, no reply appended: nothing narrows it",
    ),
]
# MyBB's own texts: (file under inc/languages/english, key, values for {1}..)
MYBB_OWN: list[tuple[str, str, tuple[str, ...]]] = [
    ("messages.lang.php", "error_invalidpworusername", ()),
    ("messages.lang.php", "error_invalidpassword", ()),
    ("messages.lang.php", "failed_login_wait", ("0", "14", "32")),
    ("messages.lang.php", "failed_login_again", ("2",)),
    ("messages.lang.php", "error_invalidemail", ()),
    ("messages.lang.php", "error_nomember", ()),
    ("messages.lang.php", "error_emailmismatch", ()),
    ("messages.lang.php", "error_incompletefields", ()),
    ("messages.lang.php", "error_max_emails_day", ("5",)),
    ("member.lang.php", "error_awaitingcoppa", ()),
    ("member.lang.php", "error_activated_by_admin", ()),
    ("member.lang.php", "error_badlostpwcode", ()),
    ("member.lang.php", "error_badactivationcode", ()),
    ("member.lang.php", "error_alreadyactivated", ()),
    ("member.lang.php", "error_regimageinvalid", ()),
    ("member.lang.php", "error_no_email_subject", ()),
    ("member.lang.php", "error_hideemail", ()),
    ("member.lang.php", "error_question_wrong", ()),
    ("datahandler_user.lang.php", "userdata_invalid_password_length", ("6", "30")),
    ("datahandler_user.lang.php", "userdata_invalid_email_format", ()),
    ("global.lang.php", "error_banned", ()),
]


def mybb(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, MYBB)
    at = f"{MYBB[0]}@{commit[:12]}"
    shown = _where(repo, commit, "$log['error']", ("admin/modules/tools/mailerrors.php",))
    entries: list[dict[str, object]] = []
    for literal, reason, code, why in MYBB_MAIL:
        found = literal
        if "Unable to connect to the mail server" in literal:
            found = "Unable to connect to the mail server with the given details. Reason: {$"
        where = _where(repo, commit, found, (MYBB_SMTP,))
        pick = Pick(literal + reason, code, why=why)
        source = f"{at}:{where} (shown in {at}:{shown})"
        entries.append(
            _entry("MyBB", f"mybb.{len(entries)}", pick, {"en": pick.key}, {"en": source})
        )
    tables: dict[str, dict[str, str]] = {}
    for name, key, values in MYBB_OWN:
        path = f"inc/languages/english/{name}"
        if name not in tables:
            tables[name] = _mybb_table(git(repo, "show", f"{commit}:{path}"))
        text = tables[name][key]
        for index, value in enumerate(values, 1):
            assert f"{{{index}}}" in text, (key, index)
            text = text.replace(f"{{{index}}}", value)
        where = _where(repo, commit, f"$l['{key}']", (path,))
        pick = Pick(
            key,
            None,
            why=f"{path}: MyBB's own message (its sign-in, registration, member mail, forms), "
            "no mail setting involved",
        )
        entries.append(
            _entry(
                "MyBB",
                f"mybb.{len(entries)}",
                pick,
                {"en": _render(text)},
                {"en": f"{at}:{where}"},
            )
        )
    return entries


ABOUT = (
    "The fifty-fifth held-out set (tools/extract_fifty_fifth.py): phpBB (phpbb/phpbb at "
    "release-3.3.15, the last 3.3 release with its own SMTP client in includes/"
    "functions_messenger.php: smtpmail() and smtp_class) as the admin's Error log shows "
    "LOG_ERROR_EMAIL: NO_CONNECT_TO_SMTP_HOST with PHP's errno/errstr and the collected "
    "stream_socket_client() warnings, EMAIL_SMTP_ERROR_RESPONSE with the call's line and the "
    "server's reply, its auth texts; phpBB core ships English only. MyBB (mybb/mybb, March "
    "2024): inc/mailhandlers/smtp.php's English errors as the System Email Log shows them, "
    "'Reason: ' + fsockopen()'s errno: errstr or the server's reply; en only. PHP 8.1+ and "
    "OpenSSL 3 wording. Their own sign-in, registration and form texts (phpBB/language/en, "
    "inc/languages/english), code null. Extracted and labelled blind from the code; code null: "
    "no mail-settings problem or nothing narrowing it."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, phpbb, mybb)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
