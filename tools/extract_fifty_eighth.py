"""Developer tool: the fifty-eighth blind held-out set (Friendica's and Pixelfed's mail errors).

Friendica (friendica/friendica, October 2024): its core src/Util/Emailer.php send() hands the
mail to PHP's mail(), which gives no reason (composer.lock pins no mail library); SMTP comes
from the phpmailer addon (friendica/friendica-addons phpmailer/phpmailer.php, October 2024),
whose phpmailer/composer.lock pins phpmailer/phpmailer v6.9.1, vendored in
phpmailer/vendor/phpmailer/phpmailer and read there. The addon makes PHPMailer(true)
(exceptions on), never calls setLanguage() (so English only) and logs 'PHPMailer error' with
$mailer->ErrorInfo: the texts are that ErrorInfo as PHPMailer 6.9.1 builds it (the exception's
message, re-set by postSend() and send() through setError(), which appends the SMTP object's
last error; QUIT after a failed TLS or AUTH step clears it). Its own mail and account texts
from view/lang/C/messages.po (the msgid and its code location) and view/lang/<ll>/messages.po
for de, fr, es, it, nl, pl, ja, pt-br, code null (its own sign-in, passwords, registration,
the vague "mail() failed" notice and its IMAP connector's "settings provided" notice, which
names no cause).
Pixelfed (pixelfed/pixelfed, March 2024, Laravel 10): its mails (AccountController.php's
e-mail confirmation, password reset, admin messages) through Laravel's smtp mailer, Symfony
Mailer; composer.lock pins symfony/mailer v6.4.4 (791c5d31a820), read at that commit in
symfony/mailer: the TransportException's message as Laravel logs it or its debug page shows
it, en only. Pixelfed has no admin mail test. Its own texts from resources/lang/<ll>/auth.php,
passwords.php and exception.php (de, fr, es, it, nl, pl, ja where the file exists; its pt is
not pt-BR and is left out), code null.
Labelled blind from the code.

    python -m tools.extract_fifty_eighth MIRRORS_DIR benchmarks/data/fifty_eighth_texts.json

MIRRORS_DIR holds `friendica+friendica/repo`, `friendica+friendica-addons/repo`,
`pixelfed+pixelfed/repo` and `symfony+mailer/repo` as `fetch` leaves them in /work/.mirror.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tools.extract_fifty_fourth import _colon_fill, _php_short_array, _smtp_entries, _smtp_picks
from tools.extract_fresh_texts import (
    Pick,
    _entry,
    _library,
    _po_catalog,
    _translated,
    _where,
    git,
    write_set,
)

FRIENDICA = ("friendica/friendica", "a0a8aeb30488ee66717dc5ed3f98b71906037725")
ADDONS = ("friendica/friendica-addons", "feb7722f723b21e76fdf20a7ce4b42fa5ffcdcb9")
PIXELFED = ("pixelfed/pixelfed", "8aae92d75b4881e5cd6a4e2c83ca52046e5b3d66")
SF_MAILER = ("symfony/mailer", "791c5d31a8204cf3db0c66faab70282307f4376b")  # v6.4.4
FRIENDICA_PO = {
    "de": "de",
    "fr": "fr",
    "es": "es",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "ja": "ja",
    "pt-BR": "pt-br",
}
PIXELFED_LANG = {lang: lang for lang in ("de", "fr", "es", "it", "nl", "pl", "ja")}
_PMV = "phpmailer/vendor/phpmailer/phpmailer/src/"

# PHPMailer 6.9.1's English (PHPMailer.php lang()) and SMTP.php setError() parts.
_CONNECT_HOST = "SMTP Error: Could not connect to SMTP host."
_SE = "SMTP server error: "
_FAILED = f"{_CONNECT_HOST} Failed to connect to server{_SE}Failed to connect to server"
_GAI = "php_network_getaddresses: getaddrinfo for smtp.example.com failed: "
_FROM = "The following From address failed: alice@example.com : MAIL FROM command failed,"
_RCPT = "SMTP Error: The following recipients failed: bob@example.net: "
_DATA = "SMTP Error: data not accepted."
_WHY = (
    "phpmailer/phpmailer.php phpmailer_emailer_send_prepare(): PHPMailer(true)->send() threw, "
    "the addon logs 'PHPMailer error' with ErrorInfo; "
)


def _from(detail: str, code: str, ex: str) -> str:
    smtp = f"{_SE}MAIL FROM command failed Detail: {detail} SMTP code: {code} "
    smtp += f"Additional SMTP info: {ex}"
    # smtpSend() sets ErrorInfo (+ the SMTP error) and throws it; postSend() and send() set
    # the exception's message again, appending the same SMTP error once more.
    return f"{_FROM}{detail},{code},{ex}{smtp}{smtp}"


def _data(detail: str, code: str, ex: str) -> str:
    return (
        f"{_DATA}{_SE}DATA END command failed Detail: {detail} SMTP code: {code} "
        f"Additional SMTP info: {ex}"
    )


# (ErrorInfo, code, why, a literal of the PHPMailer source that raises it)
PHPMAILER: list[tuple[str, str | None, str, str]] = [
    (
        f"{_FAILED} SMTP code: 111 Additional SMTP info: Connection refused",
        "PORT_CLOSED",
        "SMTP.php connect(): stream_socket_client() errno 111 ECONNREFUSED, setError('Failed "
        "to connect to server', '', errno, errstr); PHPMailer.php smtpConnect() throws "
        "getSmtpErrorMessage('connect_host'), setError() appends the SMTP error",
        "'Failed to connect to server',",
    ),
    (
        f"{_FAILED} SMTP code: 110 Additional SMTP info: Connection timed out",
        "PORT_FILTERED",
        "SMTP.php connect(): stream_socket_client() errno 110 ETIMEDOUT after Timeout: no "
        "answer to the SYN, a firewall drops it",
        "'Failed to connect to server',",
    ),
    (
        f"{_FAILED} SMTP code: 101 Additional SMTP info: Network is unreachable",
        "HOST_UNREACHABLE",
        "SMTP.php connect(): stream_socket_client() errno 101 ENETUNREACH, no route",
        "'Failed to connect to server',",
    ),
    (
        f"{_FAILED} Additional SMTP info: {_GAI}Name or service not known",
        "HOST_NOT_FOUND",
        "SMTP.php connect(): the name does not resolve (getaddrinfo EAI_NONAME), errno 0 so "
        "setError() leaves out 'SMTP code'",
        "'Failed to connect to server',",
    ),
    (
        f"{_FAILED} Additional SMTP info: {_GAI}Temporary failure in name resolution",
        "DNS_FAILURE",
        "SMTP.php connect(): getaddrinfo EAI_AGAIN, the resolver did not answer",
        "'Failed to connect to server',",
    ),
    (
        f"{_CONNECT_HOST} STARTTLS command failed TLS not available due to local problem",
        "STARTTLS_FAILED",
        "PHPMailer.php smtpConnect(): the EHLO offered STARTTLS (SMTPAutoTLS), SMTP.php "
        "startTLS() got 454 4.7.0; getSmtpErrorMessage('connect_host'), then QUIT (221) "
        "cleared the SMTP error",
        "$message = $this->getSmtpErrorMessage('connect_host');",
    ),
    (
        "SMTP Error: Could not authenticate.",
        "AUTH_FAILED",
        "PHPMailer.php smtpConnect(): smtp_username and smtp_password set (SMTPAuth), SMTP.php "
        "authenticate() false: the server refused the login (535); QUIT cleared the SMTP error",
        "throw new Exception($this->lang('authenticate'));",
    ),
    (
        _from(
            "<alice@example.com>: Sender address rejected: not owned by user friendica@example.com",
            "553",
            "5.7.1",
        ),
        "SENDER_REFUSED",
        "PHPMailer.php smtpSend(): MAIL FROM (smtp_from or the site address) answered 553 "
        "5.7.1, the login may not send as it",
        "$this->setError($this->lang('from_failed')",
    ),
    (
        _from("SMTP; Client does not have permissions to send as this sender", "550", "5.7.60"),
        "SENDER_REFUSED",
        "PHPMailer.php smtpSend(): MAIL FROM refused with 550 5.7.60 (Microsoft 365: the "
        "account may not send as that From)",
        "$this->setError($this->lang('from_failed')",
    ),
    (
        _RCPT + "<bob@example.net>: Recipient address rejected: User unknown in virtual "
        "mailbox table",
        "RECIPIENT_UNKNOWN",
        "PHPMailer.php smtpSend(): RCPT TO answered 550 5.1.1, no DATA, QUIT cleared the SMTP "
        "error: the exception's message alone",
        "throw new Exception($this->lang('recipients_failed') . $errstr",
    ),
    (
        _RCPT + "<bob@example.net>: Relay access denied",
        "RELAY_REFUSED",
        "PHPMailer.php smtpSend(): RCPT TO answered 554 5.7.1, the server does not relay for an "
        "unauthenticated client",
        "throw new Exception($this->lang('recipients_failed') . $errstr",
    ),
    (
        _RCPT + "<bob@example.net>: Recipient address rejected: Mailbox is full",
        "RECIPIENT_MAILBOX_FULL",
        "PHPMailer.php smtpSend(): RCPT TO answered 452 4.2.2, the recipient's mailbox",
        "throw new Exception($this->lang('recipients_failed') . $errstr",
    ),
    (
        _data("Message size exceeds fixed limit", "552", "5.3.4"),
        "SIZE_LIMIT",
        "PHPMailer.php smtpSend(): SMTP.php data() false, the end of DATA answered 552 5.3.4",
        "throw new Exception($this->lang('data_not_accepted')",
    ),
    (
        _data("Spam message rejected", "554", "5.7.1"),
        "REJECTED_AS_SPAM",
        "PHPMailer.php smtpSend(): the end of DATA answered 554 5.7.1 from a content filter",
        "throw new Exception($this->lang('data_not_accepted')",
    ),
    (
        _data("Error: too much mail from 203.0.113.10", "450", "4.7.1"),
        "RATE_LIMITED",
        "PHPMailer.php smtpSend(): the end of DATA answered 450 4.7.1, the server's "
        "per-client sending limit",
        "throw new Exception($this->lang('data_not_accepted')",
    ),
    (
        "You must provide at least one recipient email address.",
        None,
        "PHPMailer.php preSend(): the mail has no recipient, no server asked",
        "throw new Exception($this->lang('provide_address')",
    ),
    (
        "Invalid address:  (From): friendica",
        None,
        "PHPMailer.php setFrom(): the configured From is not an address (a form value)",
        "$this->lang('invalid_address'),",
    ),
]
# The lang() table's English in the vendored PHPMailer, checked against the texts above.
_PM_LANG = (
    "'authenticate' => 'SMTP Error: Could not authenticate.',",
    "'connect_host' => 'SMTP Error: Could not connect to SMTP host.',",
    "'data_not_accepted' => 'SMTP Error: data not accepted.',",
    "'from_failed' => 'The following From address failed: ',",
    "'recipients_failed' => 'SMTP Error: The following recipients failed: ',",
    "'smtp_error' => 'SMTP server error: ',",
    "'smtp_detail' => 'Detail: ',",
    "'smtp_code' => 'SMTP code: ',",
    "'smtp_code_ex' => 'Additional SMTP info: ',",
    "'invalid_address' => 'Invalid address: ',",
)

# Friendica's own texts: msgids of view/lang/C/messages.po, %s filled as shown.
FRIENDICA_OWN: list[Pick] = [
    Pick("Login failed.", None, why="Friendica's own sign-in refused, not a mail server"),
    Pick("Login failed. Please check your credentials.", None, why="Friendica's own sign-in"),
    Pick("Login failed", None, why="Friendica's own sign-in (OpenID / two-factor page)"),
    Pick("Wrong Password.", None, why="Friendica's account settings: the current password"),
    Pick("Password update failed. Please try again.", None),
    Pick("Passwords do not match. Password unchanged.", None),
    Pick("Empty passwords are not allowed.", None),
    Pick("The new password has been exposed in a public data dump, please choose another.", None),
    Pick(
        "Request could not be verified. (You may have previously submitted it.) Password reset "
        "failed.",
        None,
        why="the password reset link is stale: Friendica's own account",
    ),
    Pick("Your email domain is not among those allowed on this site.", None),
    Pick("Not a valid email address.", None, why="the registration form's validation"),
    Pick("Cannot use that email.", None),
    Pick("Invalid email.", None),
    Pick("Cannot change to that email.", None),
    Pick("Nickname is already registered. Please choose another.", None),
    Pick("Please enter the required information.", None),
    Pick(
        "Failed to send email message. Here your accout details:<br> login: %s<br> password: "
        "%s<br><br>You can change your password after login.",
        None,
        ("alice", "********"),  # a password the mail shows, masked as a paste would be
        why="the registration's mail failed (Emailer send() false: PHP's mail() or the "
        "phpmailer addon): no reason shown, nothing narrows the cause",
    ),
    Pick(
        "Failed to connect with email account using the settings provided.",
        None,
        why="the IMAP connector (settings): imap_open() failed with no reason shown; host, "
        "port, security or password could each be wrong: nothing narrows it",
    ),
    Pick("Message could not be sent.", None, why="Friendica's own private message, not e-mail"),
    Pick("Permission denied.", None),
    Pick(
        "The form security token was not correct. This probably happened because the form has "
        "been opened for too long (>3 hours) before submitting it.",
        None,
    ),
]

# Pixelfed's own texts: (file, key inside it).
PIXELFED_OWN: list[Pick] = [
    Pick("failed", None, why="Pixelfed's own sign-in: wrong e-mail or password", table="auth"),
    Pick(
        "throttle",
        None,
        (":seconds=60",),
        why="too many sign-in attempts on Pixelfed itself",
        table="auth",
    ),
    Pick("password", None, why="the password reset form's validation", table="passwords"),
    Pick("token", None, why="an expired or used reset link", table="passwords"),
    Pick("user", None, why="the reset's neutral answer for an unknown address", table="passwords"),
    Pick("album", None, why="the compose form's validation", table="exception"),
]
_PF_SEND = (
    "Pixelfed's mails (app/Http/Controllers/AccountController.php Mail::to()->send(new "
    "ConfirmEmail), the password reset, admin messages) through config/mail.php's smtp mailer, "
    "Laravel 10's Symfony EsmtpTransport; the TransportException reaches Laravel's handler "
    "(log, debug page); "
)


def friendica(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, FRIENDICA)
    addons, addons_commit = _library(mirrors, ADDONS)
    at = f"{FRIENDICA[0]}@{commit[:12]}"
    addons_at = f"{ADDONS[0]}@{addons_commit[:12]}"
    lock = json.loads(git(repo, "show", f"{commit}:composer.lock"))
    assert not [p for p in lock["packages"] if "mail" in p["name"]]  # core: PHP's mail()
    assert "return mail($to" in git(repo, "show", f"{commit}:src/Util/Emailer.php")
    addon_lock = json.loads(git(addons, "show", f"{addons_commit}:phpmailer/composer.lock"))
    locked = {p["name"]: p["version"] for p in addon_lock["packages"]}
    assert locked["phpmailer/phpmailer"] == "v6.9.1", locked
    version = git(addons, "show", f"{addons_commit}:phpmailer/vendor/phpmailer/phpmailer/VERSION")
    assert version.strip() == "6.9.1", version
    source = git(addons, "show", f"{addons_commit}:{_PMV}PHPMailer.php")
    assert all(line in source for line in _PM_LANG)
    addon = _where(addons, addons_commit, "'ErrorInfo' => $mailer->ErrorInfo", ("phpmailer",))
    entries = []
    for text, code, why, literal in PHPMAILER:
        where = _where(addons, addons_commit, literal, (_PMV,))
        pick = Pick(text, code, why=_WHY + why)
        sources = {"en": f"{addons_at}:{addon} (then {addons_at}:{where})"}
        entries.append(
            _entry("Friendica", f"friendica.{len(entries)}", pick, {"en": text}, sources)
        )
    english = _po_catalog(repo, commit, "view/lang/C/messages.po")
    catalogs = {
        lang: (
            f"view/lang/{po}/messages.po",
            _po_catalog(repo, commit, f"view/lang/{po}/messages.po"),
        )
        for lang, po in FRIENDICA_PO.items()
    }
    for pick in FRIENDICA_OWN:
        message = english.get(pick.key)
        assert message is not None and message.locations, pick.key
        path, line = message.locations[0]
        texts = {"en": pick.key % pick.values if pick.values else pick.key}
        sources = {"en": f"{at}:{path}:{line}"}
        for lang, (po_path, catalog) in catalogs.items():
            words = _translated(catalog, pick.key)
            if words and words.count("%s") == pick.key.count("%s"):
                texts[lang] = words % pick.values if pick.values else words
                sources[lang] = f"{at}:{po_path}#{pick.key}"
        if not pick.why:
            pick = Pick(pick.key, None, why=f"{path}: Friendica's own account or form text")
        entries.append(_entry("Friendica", f"friendica.{len(entries)}", pick, texts, sources))
    return entries


def pixelfed(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, PIXELFED)
    at = f"{PIXELFED[0]}@{commit[:12]}"
    lock = json.loads(git(repo, "show", f"{commit}:composer.lock"))
    locked = {p["name"]: p for p in lock["packages"]}
    assert locked["symfony/mailer"]["version"] == "v6.4.4"
    assert locked["symfony/mailer"]["source"]["reference"] == SF_MAILER[1]
    send = _where(repo, commit, "Mail::to(", ("app/Http/Controllers/AccountController.php",))
    picks = _smtp_picks(
        "smtp.example.com", "pixelfed@example.com", "noreply@example.net", "bob@example.org"
    )
    entries = _smtp_entries(
        "Pixelfed", "pixelfed", 0, f"{at}:{send}", _PF_SEND, SF_MAILER, "", picks, mirrors
    )
    for pick in PIXELFED_OWN:
        path = f"resources/lang/en/{pick.table}.php"
        english = _php_short_array(git(repo, "show", f"{commit}:{path}"))[pick.key]
        texts = {"en": _colon_fill(english, pick.values)}
        sources = {"en": f"{at}:{path}#{pick.key}"}
        for lang, folder in PIXELFED_LANG.items():
            path = f"resources/lang/{folder}/{pick.table}.php"
            raw = git(repo, "show", f"{commit}:{path}")
            if not raw:
                continue
            words = _php_short_array(raw).get(pick.key)
            if words and words != english:
                texts[lang] = _colon_fill(words, pick.values)
                sources[lang] = f"{at}:{path}#{pick.key}"
        pick = Pick(pick.key, None, why=f"resources/lang/<ll>/{pick.table}.php: " + pick.why)
        entries.append(_entry("Pixelfed", f"pixelfed.{len(entries)}", pick, texts, sources))
    return entries


ABOUT = (
    "The fifty-eighth held-out set (tools/extract_fifty_eighth.py): Friendica (friendica/"
    "friendica, October 2024): the core sends through PHP's mail() (no mail library locked, "
    "no reason shown); SMTP through the phpmailer addon (friendica/friendica-addons), whose "
    "composer.lock pins PHPMailer v6.9.1 (vendored, read there), exceptions on, English, its "
    "ErrorInfo as the addon logs it, en only; its own mail and account texts from "
    "view/lang/<ll>/messages.po. Pixelfed (pixelfed/pixelfed, March 2024, Laravel 10): its "
    "mails through Symfony Mailer, composer.lock pins symfony/mailer v6.4.4, read at that "
    "commit, en only (no admin mail test); its own sign-in and reset texts from "
    "resources/lang/<ll>/auth.php, passwords.php, exception.php. Extracted and labelled blind "
    "from the code; code null: no mail-settings problem or nothing narrowing it. A language "
    "without a translation or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, friendica, pixelfed)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
