"""Developer tool: the seventy-second blind held-out set (SMS Backup+'s, ImapNotes3's IMAP errors).

SMS Backup+ (jberkel/sms-backup-plus at ef97bfa9c1e8, January 2025, versionName 1.6.0-BETA2):
an SMS backup to a Gmail/IMAP mailbox through the K-9 mail library it pins in app/build.gradle,
com.github.jberkel.k-9:k9mail-library:eaf689025e (a JitPack build of jberkel/k-9 at that
commit, March 2018), read there. State.java getErrorMessage(): a MessagingException "Unable to
get IMAP prefix" (ImapFolder.getPrefixedName() wrapping any IOException of
ImapConnection.open(): DNS, TLS handshake, timeouts) becomes status_gmail_temp_error, any other
exception's getLocalizedMessage() goes into status_unknown_error_details ("Error during
backup/restore:\\n%1$s", StatusPreference.java); an auth exception shows
status_auth_failure_details_plain or _xoauth instead. The in-app log (SmsBackupService.java
handleErrorState()) writes app_log_backup_failed_general_error / _authentication with
getDetailedErrorMessage(): the message + " (exception: " + exception.toString() [+
", underlying=" + cause.toString()] + ")". Android's own words inside (Conscrypt's handshake
messages, libcore's UnknownHostException) as Android 8-10 formats them. Its translations from
res/values-<ll>/strings.xml (de, fr, es, it, nl, pl; no pt-BR or ja ships). Its own UI texts
(forms, permissions, donations, Wi-Fi only, OAuth flow) code null.

ImapNotes3 (nbenm/ImapNotes3 is not stored: its maintained successor niendo1/ImapNotes3 at
1dcc4bae0237, March 2026): SyncUtils.java ConnectToRemote() through com.sun.mail:android-mail
1.6.8 (ImapNotes3/build.gradle); 1.6.8 is not stored, read at the 1.6.6 tag of
eclipse-ee4j/mail (c4b1e4687d04), whose IMAPStore.protocolConnect(), MailConnectException and
SocketFetcher wording 1.6.7/1.6.8 keep. Any exception's getLocalizedMessage() becomes the
result (LoginThread.java) shown by AccountConfigurationActivity.java as an AlertDialog titled
IMAP_operation_failed: the text here is the title, a new line, the message; the title in each
translation (res/values-<ll>: de, fr, es, it, ja, pl, and values-pt, which Android shows for
pt-BR). Its own texts (account form, notes, backup/restore) code null.

Labelled blind from the code that raises each string.

    python -m tools.extract_seventy_second MIRRORS_DIR benchmarks/data/seventy_second_texts.json

MIRRORS_DIR holds `jberkel+sms-backup-plus/repo`, `jberkel+k-9/repo`, `niendo1+ImapNotes3/repo`
and `eclipse-ee4j+mail/repo` (fetch leaves the last as `repo/.git`; either works).
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.extract_fresh_texts import (
    Pick,
    _entry,
    _library,
    _where,
    git,
    read_android_strings,
    write_set,
)

SMS = ("jberkel/sms-backup-plus", "ef97bfa9c1e8ad8fc09a792ed3a06d85614d8495")
K9 = ("jberkel/k-9", "eaf689025ec28d55e3b62f5ea3b1f185f410ee6b")
NOTES = ("niendo1/ImapNotes3", "1dcc4bae02374efdc481d26c993355550d72270a")
JAVAMAIL = ("eclipse-ee4j/mail", "c4b1e4687d042767dc2c0d3c9a291f45ce77b6fd")  # 1.6.6

SMS_LANGS = {
    "de": "values-de",
    "fr": "values-fr",
    "es": "values-es",
    "it": "values-it",
    "nl": "values-nl",
    "pl": "values-pl",
}
NOTES_LANGS = {
    "de": "values-de",
    "fr": "values-fr",
    "es": "values-es",
    "it": "values-it",
    "ja": "values-ja",
    "pl": "values-pl",
    "pt-BR": "values-pt",
}

HOST = "imap.example.com"
K9_DIR = "k9mail-library/src/main/java/com/fsck/k9/mail"
JM_DIR = "mail/src/main/java/com/sun/mail"

_HANDSHAKE = (
    "SSL handshake aborted: ssl=0x7b1c2e4a08: Failure in SSL library, usually a protocol error\n"
    "error:100000f7:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER "
    "(external/boringssl/src/ssl/tls_record.cc:242 0x7b0f3e5c6f:0x00000000)"
)
_ANCHOR = (
    "java.security.cert.CertPathValidatorException: Trust anchor for certification path not found."
)
_CHAIN = "com.fsck.k9.mail.CertificateChainException: "
_MISMATCH = f"hostname in certificate didn't match: <{HOST}> != <mail.hosting.example.net>"
_NO_AUTH = "[AUTHENTICATIONFAILED] Invalid credentials (Failure)"

# SMS Backup+: (the K-9 message the UI shows in status_unknown_error_details, code, why, the
# literal in the K-9 library that raises it).
SMS_REASONS: list[tuple[str, str | None, str, str]] = [
    (
        f"Cannot connect to host {HOST}:993",
        None,
        "ImapConnection.connectToAddress(): every resolved address failed within the connect "
        "timeout, the IOException (refused, timed out, unreachable) swallowed: nothing says which",
        '"Cannot connect to host "',
    ),
    (
        "STARTTLS connection security not available",
        "STARTTLS_NOT_OFFERED",
        "ImapConnection.upgradeToTls(): security STARTTLS chosen, the CAPABILITY list names no "
        "STARTTLS",
        '"STARTTLS connection security not available"',
    ),
    (
        "Server doesn't support unencrypted passwords using AUTH=PLAIN and LOGIN is disabled.",
        "PLAINTEXT_AUTH_DISABLED",
        "ImapConnection.authenticate() PLAIN: no AUTH=PLAIN and LOGINDISABLED advertised, the "
        "server refuses a password on this (unencrypted) connection",
        "Server doesn't support unencrypted passwords using AUTH=PLAIN",
    ),
    (
        "Server does not support XOAUTH2",
        "AUTH_NOT_OFFERED",
        "ImapConnection.handleXOAuth(): the Gmail (XOAuth2) sign-in chosen, CAPABILITY names no "
        "AUTH=XOAUTH2: a MessagingException, not the auth one, so the general error shows it",
        '"Server does not support "',
    ),
    (
        _CHAIN + _ANCHOR,
        "CERT_UNTRUSTED",
        "ImapConnection.open() handleSslException(): the SSLHandshakeException's cause is K-9's "
        "TrustManagerFactory CertificateChainException (the platform trust manager found no "
        "trusted CA and the local key store has no exception); 'Trust all certificates' off",
        "throw new CertificateValidationException(e.getMessage(), e)",
    ),
    (
        _CHAIN + _MISMATCH,
        "CERT_HOSTNAME_MISMATCH",
        "ImapConnection.open() handleSslException(): TrustManagerFactory's StrictHostnameVerifier "
        "refused the certificate's name for the configured server",
        "throw new CertificateValidationException(e.getMessage(), e)",
    ),
    (
        "Did not find message count during open",
        None,
        "ImapFolder.open(): SELECT answered without EXISTS: a server quirk, no setting named",
        '"Did not find message count during open"',
    ),
    (
        "Invalid CAPABILITY response received",
        None,
        "ImapConnection.requestCapabilities(): an unexpected answer to CAPABILITY",
        '"Invalid CAPABILITY response received"',
    ),
]

_TEMP_WHY = (
    "State.java getErrorMessage(): ImapFolder.getPrefixedName() wraps any IOException of "
    "ImapConnection.open() as 'Unable to get IMAP prefix', which the app shows as its own "
    "temporary error; the in-app log (SmsBackupService.java handleErrorState(), "
    "getDetailedErrorMessage()) adds the exception and its cause: "
)
# The in-app log line: (the underlying cause's toString(), code, why).
SMS_LOG: list[tuple[str, str | None, str]] = [
    (
        f'java.net.UnknownHostException: Unable to resolve host "{HOST}": '
        "No address associated with hostname",
        "HOST_NOT_FOUND",
        "ImapConnection.connect(): InetAddress.getAllByName() of the server name, EAI_NODATA "
        "(Android's libcore wording): the name does not resolve",
    ),
    (
        "javax.net.ssl.SSLHandshakeException: " + _HANDSHAKE,
        "TLS_ON_PLAIN_PORT",
        "security TLS (implicit, an SSLSocket) against port 143: readInitialResponse() starts the "
        "handshake and BoringSSL reads the plain '* OK' greeting as a record, "
        "WRONG_VERSION_NUMBER; "
        "no CertificateException cause, so handleSslException() rethrows it as an IOException",
    ),
    (
        "java.net.SocketTimeoutException: Read timed out",
        "PLAIN_ON_TLS_PORT",
        "security none or STARTTLS against port 993: the socket connects, readInitialResponse() "
        "waits for a greeting the TLS-only port never sends until the read timeout",
    ),
]

_AUTH_WHY = (
    "StatusPreference.java onAuthFailed() and the notification (SmsBackupService.java "
    "handleErrorState()): state.isAuthException(), "
)

# SMS Backup+'s own strings.xml names: (name, code, why, values for %1$s/%1$d).
SMS_OWN: list[tuple[str, str | None, str, tuple[str, ...]]] = [
    (
        "status_auth_failure_details_plain",
        "AUTH_FAILED",
        _AUTH_WHY + "username/password sign-in: K-9's AuthenticationFailedException from a NO "
        "to AUTHENTICATE PLAIN and then LOGIN: the server refused the user name or password",
        (),
    ),
    (
        "status_auth_failure_details_xoauth",
        "PROTOCOL_DISABLED",
        _AUTH_WHY + "Gmail XOAuth2: XOAuth2AuthenticationFailedException whose status is not the "
        "400 of an expired token (BackupTask.java handleAuthError() refreshes that one first), "
        "and the text names IMAP switched off in the Gmail account",
        (),
    ),
    ("status_gmail_temp_error", None, _TEMP_WHY + "alone, it names no cause", ()),
    ("status_auth_failure", None, "StatusPreference.java: the status title, no cause", ()),
    ("notification_auth_failure", None, "the notification's title, no cause", ()),
    ("notification_general_error", None, "the notification's title, no cause", ()),
    ("status_unknown_error", None, "StatusPreference.java: the status title, no cause", ()),
    (
        "error_no_connection",
        None,
        "the phone has no network (ConnectivityManager), not a mail setting",
        (),
    ),
    ("error_wifi_only_no_connection", None, "the app's Wi-Fi-only option, no Wi-Fi", ()),
    ("app_log_backup_failed_connectivity", None, "the log: skipped, the phone is offline", ()),
    ("err_sync_requires_login_info", None, "RequiresLoginException: the form is empty", ()),
    ("ui_dialog_invalid_imap_folder_msg", None, "the label form's validation", ()),
    ("error_sms_provider_not_writable", None, "Android's SMS provider, not mail", ()),
    ("error_no_sms_default_package", None, "Android's default SMS app, not mail", ()),
    (
        "ui_dialog_access_token_error_msg",
        None,
        "the app's own Google OAuth flow in the browser",
        (),
    ),
    ("ui_dialog_account_manager_token_error", None, "Android's AccountManager gave no token", ()),
    ("donation_error_iab_unavailable", None, "Google Play billing", ()),
    ("ui_donation_failure_message", None, "Google Play billing", ("canceled",)),
    ("legacy_settings_summary", None, "a settings note", ()),
    ("status_login_details", None, "progress: logging in", ()),
]

# ImapNotes3: (JavaMail's message, code, why, a literal in JavaMail 1.6.6 that makes it, path).
NOTES_REASONS: list[tuple[str, str | None, str, str, str]] = [
    (
        f"Couldn't connect to host, port: {HOST}, 143; timeout 1000",
        None,
        "IMAPStore.protocolConnect(): SocketFetcher's SocketConnectException (no proxy, so no "
        "message of its own) becomes MailConnectException: refused, filtered, unreachable and an "
        "unknown host all read alike (ImapNotes3 sets mail.imap.connectiontimeout 1000)",
        '"Couldn\'t connect to host, port: "',
        JM_DIR + "/util/MailConnectException.java",
    ),
    (
        f"Couldn't connect to host, port: {HOST}, 993; timeout -1",
        None,
        "the same for SSL/TLS (imaps): no mail.imaps.connectiontimeout set, nothing names why",
        '"Couldn\'t connect to host, port: "',
        JM_DIR + "/util/MailConnectException.java",
    ),
    (
        _NO_AUTH,
        "AUTH_FAILED",
        "IMAPStore.protocolConnect(): the LOGIN/AUTHENTICATE NO becomes "
        "AuthenticationFailedException(response.getRest()): Gmail's wrong password",
        "throw new AuthenticationFailedException(",
        JM_DIR + "/imap/IMAPStore.java",
    ),
    (
        "[AUTHENTICATIONFAILED] Authentication failed.",
        "AUTH_FAILED",
        "IMAPStore.protocolConnect(): Dovecot's NO to LOGIN, the user name or password wrong",
        "throw new AuthenticationFailedException(",
        JM_DIR + "/imap/IMAPStore.java",
    ),
    (
        "No login methods supported!",
        "PLAINTEXT_AUTH_DISABLED",
        "IMAPStore.login(): LOGINDISABLED advertised and no SASL mechanism usable: the server "
        "refuses a password on the unencrypted connection (security none)",
        '"No login methods supported!"',
        JM_DIR + "/imap/IMAPStore.java",
    ),
    (
        f"Can't verify identity of server: {HOST}",
        "CERT_HOSTNAME_MISMATCH",
        "SocketFetcher.checkServerIdentity(): mail.<proto>.ssl.checkserveridentity true "
        "(SyncUtils.java unless 'accept certificate'): the certificate names another host",
        '"Can\'t verify identity of server: "',
        JM_DIR + "/util/SocketFetcher.java",
    ),
    (
        _ANCHOR,
        "CERT_UNTRUSTED",
        "IMAPStore.protocolConnect(): the SSLHandshakeException (an IOException) becomes "
        "MessagingException(ioex.getMessage()): Android's trust manager found no trusted CA",
        "throw new MessagingException(ioex.getMessage(), ioex)",
        JM_DIR + "/imap/IMAPStore.java",
    ),
    (
        _HANDSHAKE,
        "TLS_ON_PLAIN_PORT",
        "IMAPStore.protocolConnect(): SSL/TLS (imaps) against port 143: BoringSSL reads the "
        "plain greeting as a TLS record, WRONG_VERSION_NUMBER",
        "throw new MessagingException(ioex.getMessage(), ioex)",
        JM_DIR + "/imap/IMAPStore.java",
    ),
    (
        "Read timed out",
        "PLAIN_ON_TLS_PORT",
        "IMAPStore.protocolConnect(): security none/STARTTLS against port 993: no greeting "
        "comes, the SocketTimeoutException becomes MessagingException(ioex.getMessage())",
        "throw new MessagingException(ioex.getMessage(), ioex)",
        JM_DIR + "/imap/IMAPStore.java",
    ),
    (
        "* BYE Too many simultaneous connections. (Failure)",
        "RATE_LIMITED",
        "Protocol: Gmail greets with BYE when the account's IMAP connection limit is reached "
        "(ConnectionException, an IOException of protocolConnect)",
        "throw new MessagingException(ioex.getMessage(), ioex)",
        JM_DIR + "/imap/IMAPStore.java",
    ),
]

NOTES_OWN: list[tuple[str, str]] = [
    ("IMAP_operation_failed", "AccountConfigurationActivity.java: the dialog's title alone"),
    ("imap_help_text", "the dialog's help: a general hint about app passwords, no failure"),
    ("account_already_exists_or_is_null", "the Android account form"),
    ("quotation_marks_not_allowed", "the account name form's validation"),
    ("imap_server_changed_new_password", "the form asks to re-enter the password"),
    ("account_removed", "the app's own account list"),
    ("Invalid_Message", "a note's content"),
    ("Invalid_Note", "a note's content"),
    ("save_note_failed", "a note saved locally"),
    ("share_file_error", "sharing a file"),
    ("insert_hashtag_syntax", "the editor's form"),
    ("restore_more_then_one_account_found", "the app's backup archive"),
    ("account_added", "success"),
]


def _tables(
    repo: Path, commit: str, base: str, langs: dict[str, str]
) -> dict[str, tuple[str, dict[str, str]]]:
    tables = {"en": (f"{base}/values/strings.xml", {})}
    tables["en"] = (
        tables["en"][0],
        read_android_strings(git(repo, "show", f"{commit}:{tables['en'][0]}")),
    )
    for lang, folder in langs.items():
        path = f"{base}/{folder}/strings.xml"
        tables[lang] = (path, read_android_strings(git(repo, "show", f"{commit}:{path}")))
    return tables


def _fill(text: str, values: tuple[str, ...]) -> str:
    for index, value in enumerate(values, 1):
        text = text.replace(f"%{index}$s", value).replace(f"%{index}$d", value)
    return text.replace("%s", values[0]) if values else text


def _translated(tables, name: str, english: str) -> dict[str, tuple[str, str]]:
    found = {}
    for lang, (path, table) in tables.items():
        words = table.get(name, "").strip()
        if lang != "en" and words and words != english:
            found[lang] = (path, words)
    return found


def sms_backup(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, SMS)
    k9, k9_commit = _library(mirrors, K9)
    at, k9_at = f"{SMS[0]}@{commit[:12]}", f"{K9[0]}@{k9_commit[:12]}"
    gradle = git(repo, "show", f"{commit}:app/build.gradle")
    assert "com.github.jberkel.k-9:k9mail-library:eaf689025e" in gradle
    base = "app/src/main/res"
    tables = _tables(repo, commit, base, SMS_LANGS)
    java = ("app/src/main/java",)
    app = "SMS Backup+"
    entries: list[dict[str, object]] = []

    def add(pick: Pick, texts: dict[str, str], sources: dict[str, str]) -> None:
        entries.append(_entry(app, f"sms-backup-plus.{len(entries)}", pick, texts, sources))

    details = "status_unknown_error_details"
    shown = _where(repo, commit, f"R.string.{details}", java)
    for message, code, why, literal in SMS_REASONS:
        lib = _where(k9, k9_commit, literal, (K9_DIR,))
        texts = {"en": _fill(tables["en"][1][details], (message,))}
        sources = {"en": f"{at}:{shown} (then {k9_at}:{lib})"}
        for lang, (path, words) in _translated(tables, details, tables["en"][1][details]).items():
            texts[lang] = _fill(words, (message,))
            sources[lang] = f"{at}:{path}#{details} (then {k9_at}:{lib})"
        head = (
            "StatusPreference.java: status_unknown_error_details with the K-9 exception's message; "
        )
        add(Pick(message, code, why=head + why), texts, sources)
    general = "app_log_backup_failed_general_error"
    logged = _where(repo, commit, f"R.string.{general}", java)
    prefix_lib = _where(k9, k9_commit, '"Unable to get IMAP prefix"', (K9_DIR,))
    temp = "status_gmail_temp_error"
    for cause, code, why in SMS_LOG:

        def line(head: str, temp_text: str, cause: str = cause) -> str:
            detail = (
                f"{temp_text} (exception: com.fsck.k9.mail.MessagingException: Unable to "
                f"get IMAP prefix, underlying={cause})"
            )
            return _fill(head, (detail,))

        texts = {"en": line(tables["en"][1][general], tables["en"][1][temp])}
        sources = {"en": f"{at}:{logged} (then {k9_at}:{prefix_lib})"}
        for lang, (path, words) in _translated(tables, general, tables["en"][1][general]).items():
            temp_text = tables[lang][1].get(temp) or tables["en"][1][temp]
            texts[lang] = line(words, temp_text)
            sources[lang] = f"{at}:{path}#{general} (then {k9_at}:{prefix_lib})"
        add(Pick(cause, code, why=_TEMP_WHY + why), texts, sources)
    auth_log = "app_log_backup_failed_authentication"
    logged = _where(repo, commit, f"R.string.{auth_log}", java)
    login_lib = _where(
        k9,
        k9_commit,
        "throw new AuthenticationFailedException(e.getMessage())",
        (K9_DIR + "/store/imap/ImapConnection.java",),
    )
    message = f"Command: *sensitive*; response: #3# [NO, {_NO_AUTH.replace('] ', '], ', 1)}]"
    detail = f"{message} (exception: com.fsck.k9.mail.AuthenticationFailedException: {message})"
    texts = {"en": _fill(tables["en"][1][auth_log], (detail,))}
    sources = {"en": f"{at}:{logged} (then {k9_at}:{login_lib})"}
    for lang, (path, words) in _translated(tables, auth_log, tables["en"][1][auth_log]).items():
        texts[lang] = _fill(words, (detail,))
        sources[lang] = f"{at}:{path}#{auth_log} (then {k9_at}:{login_lib})"
    add(
        Pick(
            message,
            "AUTH_FAILED",
            why="the in-app log of an auth exception: ImapConnection.login() "
            "(after AUTHENTICATE PLAIN, tag 2, was refused) got NO [AUTHENTICATIONFAILED], the "
            "command hidden as *sensitive*: the password is wrong",
        ),
        texts,
        sources,
    )
    for name, code, why, values in SMS_OWN:
        english = tables["en"][1][name]
        pattern = rf"(R\.string\.|@string/){name}\b"
        found = git(repo, "grep", "-n", "-E", pattern, commit, "--", *java, f"{base}/xml")
        assert found, name
        _, path, num = found.splitlines()[0].split(":")[:3]
        texts = {"en": _fill(english, values)}
        sources = {"en": f"{at}:{path}:{num}"}
        for lang, (lpath, words) in _translated(tables, name, english).items():
            texts[lang] = _fill(words, values)
            sources[lang] = f"{at}:{lpath}#{name}"
        add(Pick(name, code, why=why), texts, sources)
    return entries


def imapnotes(mirrors: Path) -> list[dict[str, object]]:
    repo, commit = _library(mirrors, NOTES)
    jm_path = mirrors / "eclipse-ee4j+mail/repo"
    if not git(jm_path, "cat-file", "-t", JAVAMAIL[1]).strip():
        jm_path = jm_path / ".git"
    jm, jm_commit = jm_path, JAVAMAIL[1]
    assert git(jm, "cat-file", "-t", jm_commit).strip() == "commit"
    at, jm_at = f"{NOTES[0]}@{commit[:12]}", f"{JAVAMAIL[0]}@{jm_commit[:12]}"
    gradle = git(repo, "show", f"{commit}:ImapNotes3/build.gradle")
    assert "com.sun.mail:android-mail:1.6.8" in gradle
    base = "ImapNotes3/src/main/res"
    tables = _tables(repo, commit, base, NOTES_LANGS)
    java = ("ImapNotes3/src/main/java",)
    app = "ImapNotes3"
    entries: list[dict[str, object]] = []
    title = "IMAP_operation_failed"
    shown = _where(repo, commit, f"R.string.{title}", java)
    for message, code, why, literal, path in NOTES_REASONS:
        lib = _where(jm, jm_commit, literal, (path,))
        texts = {"en": f"{tables['en'][1][title]}\n{message}"}
        sources = {"en": f"{at}:{shown} (then {jm_at}:{lib})"}
        for lang, (lpath, words) in _translated(tables, title, tables["en"][1][title]).items():
            texts[lang] = f"{words}\n{message}"
            sources[lang] = f"{at}:{lpath}#{title} (then {jm_at}:{lib})"
        pick = Pick(
            message,
            code,
            why="SyncUtils.java ConnectToRemote() -> LoginThread.java -> "
            "AccountConfigurationActivity.java's dialog, the message JavaMail made; " + why,
        )
        entries.append(_entry(app, f"imapnotes3.{len(entries)}", pick, texts, sources))
    for name, why in NOTES_OWN:
        english = tables["en"][1][name]
        pattern = rf"(R\.string\.|@string/){name}\b"
        found = git(repo, "grep", "-n", "-E", pattern, commit, "--", *java, f"{base}/layout")
        assert found, name
        _, path, num = found.splitlines()[0].split(":")[:3]
        texts = {"en": english}
        sources = {"en": f"{at}:{path}:{num}"}
        for lang, (lpath, words) in _translated(tables, name, english).items():
            texts[lang] = words
            sources[lang] = f"{at}:{lpath}#{name}"
        pick = Pick(
            name,
            None,
            why=f"{path.rsplit('/', 1)[-1]}: ImapNotes3's own text ({why}), "
            "no mail setting narrowed",
        )
        entries.append(_entry(app, f"imapnotes3.{len(entries)}", pick, texts, sources))
    return entries


ABOUT = (
    "The seventy-second held-out set (tools/extract_seventy_second.py): SMS Backup+ (jberkel/"
    "sms-backup-plus@ef97bfa9c1e8, 1.6.0-BETA2) over its pinned K-9 mail library (jberkel/k-9@"
    "eaf689025ec2): the status text 'Error during backup/restore:' + K-9's message, its own "
    "temporary, login and XOAuth texts, and its in-app log lines with the exception and cause "
    "(Android's own words inside), in en, de, fr, es, it, nl, pl. ImapNotes3 (nbenm/ImapNotes3 "
    "not stored; niendo1/ImapNotes3@1dcc4bae0237) over com.sun.mail:android-mail 1.6.8, read at "
    "eclipse-ee4j/mail 1.6.6: the 'IMAP operation failed' dialog with JavaMail's message, the "
    "title in de, fr, es, it, ja, pl and pt (shown for pt-BR). Their own account, form, note "
    "and billing texts code null. Extracted and labelled blind from the code; a language "
    "without a translation or with the English one is left out."
)


def main(argv: list[str]) -> int:
    return write_set(argv, ABOUT, sms_backup, imapnotes)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
