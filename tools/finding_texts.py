"""The English source of every finding's texts (not shipped, not run by CI).

`python -m tools.catalog_to_pot` writes diagnostics/locale/mailmedic.pot from these tables; the
catalogs (and diagnostics/findings/fill.py, which fills their templates at run time) are what the
product reads. tests/test_pot_source.py fails when the .pot and these tables differ, so a text
changed here and not regenerated (or edited in the .pot alone) is caught.

Written for a person with a phone and for the helpdesk agent beside them: the words mail apps use
("Incoming server", "Port", "SSL/TLS", "STARTTLS", "None", iPhone's "Use SSL", Outlook's
"Encryption method"), the field to change and the value to set, and what to tell the server's
administrator when the server is at fault.

Each field of an entry is a sequence of parts, joined with spaces; a part is one template or a
choice of templates (`one_of`), tried in order: the first whose placeholders all have values is
used, and a part with no usable template is left out. So a finding with rich facts reads "The
certificate of mail.example.com expired on 2026-10-01, 3 days ago." and the same finding without
facts "The server's certificate has expired."; every field has a part that needs no facts. A part
that starts with a line break starts a new paragraph; an explanation quotes server text in a last
paragraph of its own. Placeholders are the endpoint's, the facts' and the derived words of
diagnostics/findings/fill.py (tools/catalog_to_pot.py's PLACEHOLDERS explains each to translators).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from diagnostics.findings.codes import Code, Layer

__all__ = ["CATALOG", "CatalogEntry", "one_of"]

Part = str | tuple[str, ...]  # one template, or alternatives tried in order
Text = tuple[Part, ...]  # parts joined with spaces


def one_of(*templates: str) -> tuple[str, ...]:
    """Alternatives for one part: the first whose placeholders all have values is used."""
    return templates


@dataclass(frozen=True, slots=True, kw_only=True)
class CatalogEntry:
    title: Text
    explanation: Text
    fix: Text
    admin: Text | None = None  # only where the server (or its DNS) is at fault


# --- Words -----------------------------------------------------------------------------------

# "Port 993 is for ..." (mail-facts.md; RFC 8314, RFC 6409, RFC 5321).
PORT_MEANING: Mapping[int, str] = {
    25: "mail servers passing mail to each other, not for mail apps",
    110: "POP3 with STARTTLS (or without encryption)",
    143: "IMAP with STARTTLS (or without encryption)",
    465: "sending mail from a mail app with SSL/TLS",
    587: "sending mail from a mail app with STARTTLS",
    993: "IMAP with SSL/TLS",
    995: "POP3 with SSL/TLS",
}
_FOUND_PHRASE = {
    "IMAP": "an IMAP (incoming mail) server",
    "POP3": "a POP3 (incoming mail) server",
    "SMTP": "an SMTP (outgoing mail) server",
    "HTTP": "a web server",
    "SSH": "an SSH (remote login) server",
}
_DNS_REASON = {  # "When we asked for mail.example.com, DNS ..."
    "servfail": "answered with an error",
    "refused": "refused to answer",
    "timeout": "did not answer in time",
}
_DNS_RCODE = {"servfail": "SERVFAIL", "refused": "REFUSED", "timeout": "a timeout"}
_SOURCE_NAME = {  # "The published ... leads to a broken server", "... cannot be read"
    "srv": "SRV record",
    "autoconfig": "autoconfig file",
    "ispdb": "Thunderbird database entry",
    "autodiscover": "Autodiscover response",
    "mx": "MX record",
    "provider": "provider entry",
}
# DISCOVERY_BROKEN's `problem` fact (findings/discovery_rules.py): each selects its own sentences.
_BROKEN_PROBLEMS = frozenset({"server", "certificate", "document", "entries"})
_SOURCE_SHORT = {
    "srv": "SRV",
    "autoconfig": "autoconfig",
    "ispdb": "Thunderbird's database",
    "autodiscover": "Autodiscover",
    "mx": "MX",
    "provider": "our provider list",
    "guess": "guessed names",
    "user": "your settings",
}
_SOURCE_APPS = {
    "srv": "Apps that read SRV records (such as FairEmail)",
    "autoconfig": "Thunderbird and other apps that read autoconfig",
    "ispdb": "Thunderbird",
    "autodiscover": "Outlook (and Thunderbird, when nothing else is published)",
    "mx": "Apps that guess from the MX records",
}
_STAGE_TEXT = {
    "resolve": "server name lookup",
    "connect": "connection",
    "tls": "encryption (SSL/TLS)",
    "greeting": "greeting",
    "capabilities": "capability check",
    "starttls": "switch to encryption (STARTTLS)",
    "capabilities_tls": "capability check after STARTTLS",
    "auth": "login",
    "done": "last",
}


# --- Shared sentences --------------------------------------------------------------------------

_SET_RIGHT = one_of(
    "Set {direction} server security to {right_security} and port to {right_port}.",
    "Set security to {right_security} and port to {right_port}.",
)
_IPHONE_RIGHT = "\nOn iPhone: turn Use SSL {right_use_ssl} and set Server Port to {right_port}."
_APP_NAMES = (
    "\nApps name the security setting differently: Security type, Connection security, "
    "Encryption method (Outlook) or, on iPhone, the Use SSL switch."
)
_PAIRS = (
    "SSL/TLS goes with ports 993 (IMAP), 995 (POP3) and 465 (sending); STARTTLS goes with "
    "143 (IMAP), 110 (POP3) and 587 (sending)."
)
_TLS_VS_STARTTLS = (
    "SSL/TLS encrypts the connection from the first moment; STARTTLS connects unencrypted and "
    "then switches encryption on. Each port expects one or the other."
)
_PORT_MEANS = "Port {port} is for {port_meaning}."
_NEVER_ACCEPT = (
    'If your app shows a certificate warning (on iPhone: "Cannot Verify Server Identity"), '
    "do not accept it: that warning is what protects your password from someone posing as "
    "your server."
)
_CERT_WHY = (
    "A certificate is how your mail app checks that it is really talking to your mail server."
)
# Only our own test has a vantage point: a finding from our probe has its endpoint (so a
# {protocol}), a pasted error has none and is the app's view, from the app's network.
_VANTAGE = one_of(
    "We test {protocol} from our own network: your network (an office, hotel or mobile network, "
    "or an antivirus) may block or change things we do not see, and the other way round.",
    "The block may also be on the network the app is on (an office, hotel or mobile network, a "
    "VPN or an antivirus), not at the server.",
)
_SAID = '\nThe server said: "{reply}"'
_DIRECTION_WORDS = {
    "incoming": "receiving mail (IMAP or POP3)",
    "outgoing": "sending mail (SMTP)",
}
_OUR_DNS = {  # OUR_DNS_FAILURE's `problem`: what our resolver did
    "nxdomain": "says that even the root of the DNS does not exist",
    "timeout": "does not answer at all",
    "refused": "refuses to answer our questions",
    "nxdomain_tld": "says that a top-level domain that exists does not",
}
# PROBE_INCOMPLETE's `reason` when the login was deliberately not sent: (title, why, hint, fix).
_NOT_TESTED = {
    "login_limit": (
        "login limit reached",
        "we try at most two logins per server in one test, and they were used on another "
        "port of the same server",
        "This protects your account from being locked; the other port's login result holds "
        "for this one too.",
        "Nothing to do: see the login result of the other port.",
    ),
    "unencrypted": (
        "the connection is not encrypted",
        "we never send a password over a connection without encryption",
        "Anyone on the way could read it.",
        "Use the encrypted settings this report recommends, then test the login again.",
    ),
    "certificate": (
        "the certificate was not verified",
        "we never send a password to a server whose certificate we could not verify",
        "Whoever answered may not be your server.",
        "Fix the certificate problem first, then test the login again.",
    ),
    "tested_elsewhere": (
        "already tested",
        "the same server had already answered the login on another port",
        "One answer per server is enough, and a second try could lock the account.",
        "Nothing to do: see the login result of the other port.",
    ),
    "deadline": (
        "time ran out",
        "time ran out before the login",
        "This may be a slow server or a problem on our side, so it does not prove that your "
        "settings are wrong.",
        "Run the test again in a minute.",
    ),
    "connection": (
        "the second connection failed",
        "the server did not let us connect a second time for the login",
        "The first connection worked, so your settings are right; the server may limit "
        "connections.",
        "Run the test again in a minute.",
    ),
}
_NO_APP_FIX = "There is nothing to change in your mail app."
_PASSWORD_SENT = (
    "During this test your password crossed the network unencrypted, as you allowed "
    "(--allow-plaintext-auth). If anyone could have been listening, change it."
)


def _e(
    title: Part,
    explanation: Sequence[Part],
    fix: Sequence[Part],
    admin: Sequence[Part] | None = None,
) -> CatalogEntry:
    return CatalogEntry(
        title=(title,),
        explanation=tuple(explanation),
        fix=tuple(fix),
        admin=None if admin is None else tuple(admin),
    )


# --- The catalog -------------------------------------------------------------------------------

_ENTRIES: dict[Code, CatalogEntry] = {
    # Discovery ---------------------------------------------------------------------------------
    Code.DOMAIN_NOT_FOUND: _e(
        one_of("The domain {domain} does not exist", "The email domain does not exist"),
        [
            one_of(
                "There is no domain called {domain} on the internet.",
                "The part of the address after the @ is not a domain that exists on the internet.",
            ),
            "Usually the address is mistyped, or the domain's registration has run out.",
        ],
        [
            one_of(
                "Check the spelling of your email address, especially the part after the @ "
                "({domain}).",
                "Check the spelling of your email address, especially the part after the @.",
            ),
            "If it is right, ask whoever runs the domain whether it has expired.",
        ],
        [
            one_of(
                "{domain} does not resolve (NXDOMAIN): check that it is registered, paid for "
                "and delegated to working name servers.",
                "The domain does not resolve (NXDOMAIN): check that it is registered, paid for "
                "and delegated to working name servers.",
            )
        ],
    ),
    Code.NO_MAIL_SERVERS: _e(
        one_of(
            "No server for {direction_words} found",
            "No mail servers found for {domain}",
            "No mail servers found for this domain",
        ),
        [
            one_of(
                "We found no working server for {direction_words}: the domain publishes none, "
                "and none of the usual server names answered.",
                "The domain {domain} exists, but it publishes no mail settings, and none of "
                "the usual server names (such as imap.{domain} or mail.{domain}) answered.",
                "The domain exists, but it publishes no mail settings, and none of the usual "
                "server names (such as imap. or mail. in front of the domain) answered.",
            ),
            "Mail apps use the same clues to set up an account by themselves, so they fail too.",
        ],
        [
            "Ask your email provider or IT department for the server names, ports and security "
            "settings, and enter them by hand (Manual setup, or Advanced in some apps).",
        ],
        [
            one_of(
                "Publish where mail for {domain} is served: SRV records (_imaps._tcp, "
                "_submission._tcp; RFC 6186) or an autoconfig file at "
                "https://autoconfig.{domain}/mail/config-v1.1.xml, and check that the servers "
                "answer.",
                "Publish where the domain's mail is served (SRV records per RFC 6186, or an "
                "autoconfig file), and check that the servers answer.",
            )
        ],
    ),
    Code.HOST_NOT_FOUND: _e(
        one_of("The server name {host} does not exist", "The server name does not exist"),
        [
            one_of(
                "There is no server called {host}: the name does not exist on the internet.",
                "The server name in the settings does not exist on the internet.",
            ),
            "This is usually a typing mistake, or a name the provider no longer uses.",
        ],
        [
            one_of(
                "Check the spelling of the {direction} server name ({host}). Your provider's help "
                "pages "
                "give the right name, often something like imap.example.com or "
                "smtp.example.com.",
                "Check the spelling of the server name in your mail app. Your provider's help "
                "pages give the right name, often something like imap.example.com or "
                "smtp.example.com.",
            ),
        ],
        [
            one_of(
                "If {host} should be a mail server name, add its address (A/AAAA record) to DNS.",
                "If this should be a mail server name, add its address (A/AAAA record) to DNS.",
            )
        ],
    ),
    Code.DNS_FAILURE: _e(
        one_of("Looking up {host} failed", "Looking up the server name failed"),
        [
            "Every server name is looked up in DNS, the internet's address book.",
            one_of(
                "When we asked for {host}, DNS {dns_reason}.",
                "When we asked for {host}, DNS did not give a usable answer.",
                "This lookup did not give a usable answer.",
            ),
            one_of(
                "This is a fault in the domain's DNS, or less often in the DNS server we asked "
                "for {host}; it may be temporary.",
                "This is a fault in the domain's DNS, or in the DNS server the device asked; it "
                "may be temporary.",
            ),
        ],
        [
            _NO_APP_FIX,
            "Try again in a few minutes; if it keeps failing, tell your email provider.",
        ],
        [
            one_of(
                "Looking up {host} via {dns_server} gives {dns_rcode}. Check the zone and its "
                "delegation, e.g. with dig +trace {host}; DNSSEC errors also show as SERVFAIL.",
                "Looking up {host} gives {dns_rcode}. Check the zone and its delegation, e.g. "
                "with dig +trace {host}; DNSSEC errors also show as SERVFAIL.",
                "DNS lookups for the mail server fail. Check the zone and its delegation "
                "(dig +trace); DNSSEC errors also show as SERVFAIL.",
            )
        ],
    ),
    # The `broken_*` keys hold the source's name and exist only for their problem (see
    # `_BROKEN_PROBLEMS`): a published endpoint that fails, or a document that cannot be used.
    Code.DISCOVERY_BROKEN: _e(
        one_of(
            "The published {broken_server} leads to a broken server",
            "The {broken_certificate} for {domain} has a certificate apps refuse",
            "The published {broken_certificate} has a certificate apps refuse",
            "The {broken_document} for {domain} cannot be read",
            "The published {broken_document} cannot be read",
            "The {broken_entries} for {domain} contains mistakes",
            "The published {broken_entries} contains mistakes",
            "The published mail settings lead to a broken server: {host}",
            "The published mail settings do not work",
        ),
        [
            one_of(
                "The domain's {broken_server}, which mail apps read to set themselves up, leads "
                "to a server that does not work. {source_apps} will fail to set up the account "
                "on their own.",
                "The domain's {broken_server}, which mail apps read to set themselves up, leads "
                "to a server that does not work.",
                "The domain's {broken_certificate}, which mail apps read to set themselves up, "
                "is served with a certificate they do not accept (expired, not yet valid, or "
                "from an issuer they do not trust). Apps will ignore it, and then guess or ask "
                "you for the settings.",
                "The domain's {broken_document}, which mail apps read to set themselves up, is "
                "published but cannot be read: it is not valid XML, or not in the format apps "
                "expect. Apps will ignore it, and then guess or ask you for the settings.",
                "The domain's {broken_entries}, which mail apps read to set themselves up, can "
                "be read, but some of its entries are written wrongly (such as a misspelt "
                "placeholder or an unknown setting). Apps may set up the account with wrong "
                "values, or skip those entries.",
                "The domain publishes settings for mail apps to set themselves up, but they "
                "lead to a server that does not work ({host}). Apps that follow them will fail "
                "to set up the account on their own.",
                "The domain publishes settings for mail apps to set themselves up, but they "
                "cannot be used as published.",
            ),
            "\nDetails: {detail}",
        ],
        [
            "Set up the account by hand (Manual setup) with the working settings this report "
            "recommends.",
        ],
        [
            one_of(
                "Fix or remove the domain's {broken_server} ({detail}).",
                "Fix or remove the domain's {broken_server}.",
                "Renew or replace the certificate of the web server that serves the "
                "{broken_certificate} ({detail}).",
                "Renew or replace the certificate of the web server that serves the "
                "{broken_certificate}.",
                "Make the {broken_document} valid XML in the expected format ({detail}).",
                "Make the {broken_document} valid XML in the expected format.",
                "Correct the entries of the {broken_entries} ({detail}).",
                "Correct the entries of the {broken_entries}.",
                "Fix or remove the published mail settings that point to {host}.",
                "Fix or remove the published mail settings (SRV, autoconfig or autodiscover) "
                "that do not work.",
            )
        ],
    ),
    Code.DISCOVERY_DISAGREES: _e(
        "Different sources name different mail servers",
        [
            one_of(
                "The domain publishes more than one set of mail settings ({sources_text}), and "
                "they "
                "name different servers.",
                "The domain publishes more than one set of mail settings, and they name "
                "different servers.",
            ),
            "Depending on which one an app reads, it may set itself up with an outdated or "
            "wrong server.",
        ],
        [
            "Use the working settings this report recommends. If your provider's help pages say "
            "otherwise, follow them.",
        ],
        [
            one_of(
                "Make the published mail settings agree ({sources_text}): update or remove the "
                "outdated ones.",
                "Make the published mail settings (SRV, autoconfig, autodiscover) agree: update "
                "or remove the outdated ones.",
            )
        ],
    ),
    Code.DISCOVERY_INSECURE: _e(
        one_of(
            "The {source_name} for {domain} is served without encryption",
            "The published {source_name} is served without encryption",
            "The published mail settings are served without encryption",
        ),
        [
            one_of(
                "{domain} publishes its {source_name} only over plain HTTP, not HTTPS.",
                "The domain publishes its {source_name} only over plain HTTP, not HTTPS.",
                "The domain publishes its mail settings only over plain HTTP, not HTTPS.",
            ),
            "Thunderbird, and some other apps, still use it when nothing is found over HTTPS. "
            "Anyone on the same Wi-Fi or along the way could change it, and send the app, and "
            "your password, to a server of their choosing.",
            "\nDetails: {detail}",
        ],
        [
            "Check that the server names in your mail app are the ones your provider's help "
            "pages give, especially if the app set itself up on a public Wi-Fi.",
            "If they match, there is nothing to change.",
        ],
        [
            one_of(
                "Serve the {source_name} over HTTPS, with a valid certificate for "
                "autoconfig.{domain} (https://autoconfig.{domain}/mail/config-v1.1.xml): apps "
                "try HTTPS first.",
                "Serve the {source_name} over HTTPS, with a valid certificate: apps try HTTPS "
                "first.",
                "Serve the published mail settings over HTTPS, with a valid certificate: apps "
                "try HTTPS first.",
            )
        ],
    ),
    # Connection --------------------------------------------------------------------------------
    Code.PORT_CLOSED: _e(
        one_of(
            "The server refuses connections on port {port}",
            "The server refuses connections on this port",
        ),
        [
            one_of(
                "{host} ({address}) answered, but refused connections on port {port}.",
                "{host} answered, but refused connections on port {port}.",
                "The server answered, but refused connections on this port.",
            ),
            _PORT_MEANS,
            "Usually the port is wrong, or the server does not offer this service. Mail apps "
            'show this as "Connection refused" or "Couldn\'t connect to host".',
        ],
        [
            one_of(
                "Check Port in your {direction} server settings: usual ports are 993 (IMAP), "
                "995 (POP3), and 465 or 587 for sending (SMTP).",
                "Check the port in your mail app: usual ports are 993 (IMAP), 995 (POP3), and "
                "465 or 587 for sending (SMTP).",
            ),
        ],
        [
            one_of(
                "If {host} should offer {protocol} on port {port}, start the service or open "
                "the port in the firewall (connections are refused).",
                "If the server should offer this service, start it or open the port in the "
                "firewall (connections are refused).",
            )
        ],
    ),
    Code.PORT_FILTERED: _e(
        one_of("No answer from {host} on port {port}", "No answer from the server on this port"),
        [
            one_of(
                "We tried {host} ({address}) on port {port} for {timeout_s} seconds and got no "
                "answer at all.",
                "We tried {host} on port {port} and got no answer at all.",
                "The connection got no answer at all on this port.",
            ),
            "A firewall is silently dropping the connection, at the server or on the way.",
            _VANTAGE,
        ],
        [
            one_of(
                "Check the {direction} server name and port. If they are right, try another port "
                "your provider offers (for sending: 465 or 587), or another network such as "
                "mobile data.",
                "Check the server name and port. If they are right, try another port your "
                "provider offers (for sending: 465 or 587), or another network such as mobile "
                "data.",
            ),
        ],
        [
            one_of(
                "Connections to {host} ({address}) port {port} time out with no answer: check "
                "the firewall and that {protocol} listens there.",
                "Connections to {host} port {port} time out with no answer: check the firewall "
                "and that {protocol} listens there.",
                "Connections to the mail port time out with no answer: check the firewall and "
                "that the service listens.",
            )
        ],
    ),
    Code.HOST_UNREACHABLE: _e(
        one_of("The server {host} cannot be reached", "The server cannot be reached"),
        [
            one_of(
                "The network reports that {host} ({address}) cannot be reached at all.",
                "The network reports that {host} cannot be reached at all.",
                "The network reports that the server cannot be reached at all.",
            ),
            "The server may be down, or the address published for it may be out of date.",
            _VANTAGE,
        ],
        [
            one_of(
                "Check the {direction} server name ({host}). If it is right, try again later; if "
                "it keeps "
                "failing, tell your email provider.",
                "Check the server name. If it is right, try again later; if it keeps failing, "
                "tell your email provider.",
            ),
        ],
        [
            one_of(
                "{host} ({address}) is unreachable (no route to host): check that the server is "
                "up and that DNS points at its current address.",
                "The mail server is unreachable (no route to host): check that it is up and "
                "that DNS points at its current address.",
            )
        ],
    ),
    Code.NO_GREETING: _e(
        "The server accepts the connection but says nothing",
        [
            one_of(
                "The connection to {host} port {port} opened, but the server sent nothing for "
                "{timeout_s} seconds.",
                "The connection to {host} port {port} opened, but the server sent nothing.",
                "The connection opened, but the server sent nothing.",
            ),
            "A mail server greets at once. Silence usually means the port expects SSL/TLS "
            "while the settings say STARTTLS or None, or that the server is stuck or "
            "overloaded.",
        ],
        [
            one_of(
                "Check that {direction} server security matches port {port}: {pairs}",
                "Check that the security setting matches the port: {pairs}",
            ),
            _APP_NAMES,
        ],
        [
            one_of(
                "{protocol} on {host} port {port} accepts connections but sends no greeting: "
                "check that the service runs and is not overloaded, and that no proxy or load "
                "balancer holds the connection.",
                "The mail port accepts connections but sends no greeting: check that the "
                "service runs and is not overloaded, and that no proxy holds the connection.",
            )
        ],
    ),
    Code.WRONG_PROTOCOL: _e(
        one_of(
            "Port {port} answers as {found_phrase}, not {protocol}",
            "The port answers as {found_phrase}",
            "Another kind of server answers on this port",
        ),
        [
            one_of(
                "Your settings are for {protocol}, but port {port} on {host} answered as "
                "{found_phrase}.",
                "The port answered as {found_phrase}, not as the kind of server in your settings.",
                "The port answered as another kind of server than the one in your settings.",
            ),
            "Usually the port belongs to another service (110 and 995 are POP3, 143 and 993 "
            "are IMAP, 25, 465 and 587 are for sending), or the account type is wrong.",
            '\nIt said: "{banner}"',
        ],
        [
            one_of(
                *_SET_RIGHT,
                "Set {direction} server port to {implicit_port} (with SSL/TLS) or "
                "{starttls_port} (with STARTTLS).",
                "Check Port: IMAP uses 993 (or 143), POP3 uses 995 (or 110), sending uses 465 "
                "or 587.",
            ),
            "\nIf the account type is wrong (POP3 instead of IMAP), remove the account and add "
            "it again: most apps cannot change the type afterwards.",
        ],
    ),
    Code.CONNECTION_CLOSED: _e(
        "The server closed the connection",
        [
            one_of(
                "{host} closed the connection on port {port} before the test was done.",
                "The server closed the connection before the test was done.",
            ),
            "Servers do this when they are overloaded, when they block an address after too "
            "many attempts, or when the security setting does not match the port.",
            "\nDetails: {detail}",
        ],
        [
            one_of(
                "Check that {direction} server security matches port {port} ({pairs_short}), "
                "then try again in a few minutes.",
                "Check that the security setting matches the port (SSL/TLS with 993, 995, 465; "
                "STARTTLS with 143, 110, 587), then try again in a few minutes.",
            ),
        ],
        [
            one_of(
                "{protocol} on {host} port {port} closes connections early ({detail}): check "
                "the server log, connection limits and any fail2ban-style blocks.",
                "{protocol} on {host} port {port} closes connections early: check the server "
                "log, connection limits and any fail2ban-style blocks.",
                "The mail service closes connections early: check the server log, connection "
                "limits and any fail2ban-style blocks.",
            )
        ],
    ),
    Code.SLOW_SERVER: _e(
        one_of("The server took {greeting_s} seconds to answer", "The server is slow to answer"),
        [
            one_of(
                "{host} took {greeting_s} seconds to greet us on port {port}.",
                "The server took {greeting_s} seconds to greet us.",
                "The server took a long time to answer.",
            ),
            "Many mail apps give up after 10 to 30 seconds, so the app may time out now and "
            "then. Slow greetings often come from a busy server or one that looks up every "
            "visitor's name first.",
        ],
        [
            "If your app has a timeout setting, make it longer (Outlook: More Settings > "
            "Advanced > Server Timeouts).",
            "If the app times out often, tell your email provider; meanwhile, just try again.",
        ],
        [
            one_of(
                "{protocol} on {host} port {port} took {greeting_s} s to send its greeting: "
                "check load, reverse-DNS lookups of clients and anti-spam greet delays; keep "
                "it well under 10 s.",
                "The mail service is slow to send its greeting: check load, reverse-DNS "
                "lookups of clients and anti-spam greet delays; keep it well under 10 s.",
            )
        ],
    ),
    # Encryption --------------------------------------------------------------------------------
    Code.TLS_ON_PLAIN_PORT: _e(
        one_of("Port {port} does not speak SSL/TLS", "This port does not speak SSL/TLS"),
        [
            one_of(
                "Your settings use SSL/TLS on port {port}, but {host} answers there without "
                "encryption, expecting STARTTLS or nothing.",
                "Your settings use SSL/TLS, but the server answers on this port without "
                "encryption, expecting STARTTLS or nothing.",
            ),
            _TLS_VS_STARTTLS,
            'Apps often show this as "WRONG_VERSION_NUMBER" or "handshake failed".',
        ],
        [
            one_of(
                *_SET_RIGHT,
                "Set {direction} server security to STARTTLS (keeping port {port}), or keep "
                "SSL/TLS and change the port to {implicit_port}.",
                "Set security to STARTTLS (keeping the port), or keep SSL/TLS and change the "
                "port: 993 for IMAP, 995 for POP3, 465 for sending.",
            ),
            one_of(_IPHONE_RIGHT, _APP_NAMES),
        ],
    ),
    Code.PLAIN_ON_TLS_PORT: _e(
        one_of("Port {port} needs SSL/TLS", "This port needs SSL/TLS"),
        [
            one_of(
                "Port {port} on {host} expects SSL/TLS from the first moment, but your settings "
                "use {security}.",
                "This port expects SSL/TLS from the first moment, but your settings connect "
                "without it.",
            ),
            "The server waits for encryption while the app waits for a greeting, so the "
            "connection hangs and then fails.",
        ],
        [
            one_of(
                *_SET_RIGHT,
                "Set {direction} server security to SSL/TLS and keep port {port}.",
                "Set security to SSL/TLS and keep the port.",
            ),
            one_of(_IPHONE_RIGHT, _APP_NAMES),
        ],
    ),
    Code.STARTTLS_NOT_OFFERED: _e(
        "The server does not offer STARTTLS",
        [
            one_of(
                "Your settings use STARTTLS on port {port}, but {host} does not offer it there.",
                "Your settings use STARTTLS, but the server does not offer it on this port.",
            ),
            "Without it the connection would stay unencrypted, so a careful app stops; a "
            "careless one sends your password in plain text.",
        ],
        [
            one_of(
                *_SET_RIGHT,
                "If your provider offers SSL/TLS, set {direction} server security to SSL/TLS "
                "and port to {implicit_port}.",
                "If your provider offers SSL/TLS, set security to SSL/TLS with its port (993 "
                "for IMAP, 995 for POP3, 465 for sending).",
            ),
            "Do not switch security to None: your password would travel unencrypted.",
        ],
        [
            one_of(
                "Enable STARTTLS for {protocol} on {host} port {port} (certificate and key in "
                "the service's TLS settings), or offer SSL/TLS on port {implicit_port} "
                "(RFC 8314).",
                "Enable STARTTLS for the mail service (certificate and key in its TLS "
                "settings), or offer SSL/TLS on the implicit-TLS port (RFC 8314).",
            )
        ],
    ),
    Code.STARTTLS_FAILED: _e(
        "Switching on encryption (STARTTLS) failed",
        [
            "The server offers STARTTLS, but the switch to encryption failed.",
            "This is a fault on the server, not in your settings.",
            _SAID,
        ],
        [
            one_of(
                *_SET_RIGHT,
                "If your provider offers SSL/TLS, try {direction} server security SSL/TLS "
                "with port {implicit_port}; otherwise tell your email provider.",
                "If your provider offers SSL/TLS, try security SSL/TLS with port 993 (IMAP), "
                "995 (POP3) or 465 (sending); otherwise tell your email provider.",
            ),
        ],
        [
            one_of(
                'STARTTLS on {host} port {port} fails: "{reply}". Check the certificate, key '
                "and TLS settings of the {protocol} service.",
                "STARTTLS on {host} port {port} fails. Check the certificate, key and TLS "
                "settings of the {protocol} service.",
                "STARTTLS fails. Check the certificate, key and TLS settings of the mail service.",
            )
        ],
    ),
    Code.TLS_HANDSHAKE_FAILED: _e(
        "The encrypted connection could not be set up",
        [
            "Your app and the server could not agree on how to encrypt the connection.",
            "This happens when the security setting does not match the port, or when the "
            "server's encryption settings are broken.",
            "\nThe error was: {reason}",
        ],
        [
            one_of(
                "Check that {direction} server security matches port {port}: {pairs}",
                "Check that the security setting matches the port: {pairs}",
            ),
            "If they match, the fault is on the server: tell your email provider.",
        ],
        [
            one_of(
                "The TLS handshake with {host} port {port} fails ({reason}): check the "
                "certificate and key, and allow TLS 1.2 and 1.3 with current ciphers.",
                "The TLS handshake with {host} port {port} fails: check the certificate and "
                "key, and allow TLS 1.2 and 1.3 with current ciphers.",
                "The TLS handshake fails: check the certificate and key, and allow TLS 1.2 "
                "and 1.3 with current ciphers.",
            )
        ],
    ),
    Code.TLS_OUTDATED: _e(
        one_of(
            "The server only offers outdated encryption ({tls_version})",
            "The server only offers outdated encryption",
        ),
        [
            one_of(
                "The newest encryption {host} offers is {tls_version}.",
                "The newest encryption the server offers is {tls_version}.",
                "The server only offers encryption older than TLS 1.2.",
            ),
            "Versions older than TLS 1.2 are no longer safe, and current mail apps (iPhone, "
            "Android, Outlook, Thunderbird) refuse them, so the app cannot connect.",
        ],
        [
            "No safe setting in your mail app fixes this. Ask your email provider to update "
            "the server.",
        ],
        [
            one_of(
                "{host} port {port} offers nothing newer than {tls_version}: enable TLS 1.2 "
                "and TLS 1.3 (RFC 8996, RFC 8997).",
                "The mail server offers nothing newer than TLS 1.1: enable TLS 1.2 and TLS 1.3 "
                "(RFC 8996, RFC 8997).",
            )
        ],
    ),
    Code.CERT_EXPIRED: _e(
        "The server's certificate has expired",
        [
            one_of(
                "The certificate of {host} expired on {not_after}, {days_text} ago.",
                "The certificate of {host} expired on {not_after}.",
                "The certificate of {host} has expired.",
                "The server's certificate has expired.",
            ),
            _CERT_WHY,
            "Once expired it proves nothing, so apps refuse to connect or show a warning.",
        ],
        [
            _NO_APP_FIX,
            "Tell your email provider that the certificate has expired; mail works again once "
            "they renew it.",
            "\n" + _NEVER_ACCEPT,
        ],
        [
            one_of(
                "Renew the certificate for {host}; it expired on {not_after}.",
                "Renew the certificate for {host}; it has expired.",
                "Renew the mail server's certificate; it has expired.",
            ),
            "It was issued by {issuer}.",
            "If it was renewed already, reload the mail services: they keep the old "
            "certificate until restarted.",
        ],
    ),
    Code.CERT_NOT_YET_VALID: _e(
        "The server's certificate is not valid yet",
        [
            one_of(
                "The certificate of {host} only becomes valid on {not_before}.",
                "The server's certificate is not valid yet.",
            ),
            _CERT_WHY,
            "Apps refuse a certificate before its start date: it was installed too early, or "
            "the server's clock is wrong.",
        ],
        [
            _NO_APP_FIX,
            "Check that your device's date and time are right, then tell your email provider.",
            "\n" + _NEVER_ACCEPT,
        ],
        [
            one_of(
                "The certificate on {host} is valid only from {not_before}: install one that "
                "is valid now, and check the server's clock.",
                "The certificate on {host} is not valid yet: install one that is valid now, and "
                "check the server's clock.",
                "The mail server's certificate is not valid yet: install one that is valid "
                "now, and check the server's clock.",
            )
        ],
    ),
    Code.CERT_EXPIRING_SOON: _e(
        one_of(
            "The certificate expires in {days_left_text}",
            "The certificate expires on {not_after}",
            "The server's certificate expires soon",
        ),
        [
            one_of(
                "The certificate of {host} expires on {not_after}.",
                "The server's certificate expires on {not_after}.",
                "The server's certificate expires soon.",
            ),
            "Everything works today, but once it expires mail apps will refuse to connect "
            "until it is renewed.",
        ],
        [
            one_of(
                "Nothing to change now. If mail stops working after {not_after}, tell your "
                "email provider, and do not accept any certificate warning.",
                "Nothing to change now. If mail stops working later, tell your email provider, "
                "and do not accept any certificate warning.",
            ),
        ],
        [
            one_of(
                "Renew the certificate for {host} before {not_after} ({days_left_text} left), "
                "and check that automatic renewal works and reloads the mail services.",
                "Renew the certificate for {host} before {not_after}, and check that automatic "
                "renewal works and reloads the mail services.",
                "Renew the certificate for {host} soon, and check that automatic renewal works "
                "and reloads the mail services.",
                "Renew the mail server's certificate soon, and check that automatic renewal "
                "works and reloads the mail services.",
            )
        ],
    ),
    Code.CERT_HOSTNAME_MISMATCH: _e(
        one_of("The certificate is not for {host}", "The certificate is for another name"),
        [
            one_of(
                "The server's certificate is for {names}, not for {host}.",
                "The server's certificate does not carry the server name you typed.",
            ),
            "Your app checks that the certificate carries the exact server name in the "
            "settings; when it does not, the app cannot tell the real server from an impostor.",
            "Often the server is fine and only the name differs, e.g. a provider's shared "
            "server name.",
        ],
        [
            one_of(
                "Set {direction} server to the name your provider gives for mail apps; the "
                "certificate covers {names}.",
                "Set {direction} server to the name your provider gives for mail apps, the one "
                "on its certificate.",
                "Set the server name to the one your provider gives for mail apps, the one on "
                "its certificate.",
            ),
            "\n" + _NEVER_ACCEPT,
        ],
        [
            one_of(
                "Add {host} to the certificate (it covers {names}), or tell users a name it "
                "covers.",
                "Add {host} to the certificate, or tell users a name it covers.",
                "Add the server name people use to the certificate, or tell them a name it covers.",
            )
        ],
    ),
    Code.CERT_SELF_SIGNED: _e(
        "The server's certificate is self-signed",
        [
            one_of(
                "The certificate of {host} ({subject}) was made by the server itself, not "
                "issued by a trusted authority.",
                "The server's certificate was made by the server itself, not issued by a "
                "trusted authority.",
            ),
            "Your app cannot check it, so anyone able to intercept the connection could pose "
            "as the server.",
        ],
        [
            "Tell your email provider: the server needs a proper certificate.",
            "\n" + _NEVER_ACCEPT,
        ],
        [
            one_of(
                "Replace the self-signed certificate on {host} with one from a public "
                "certificate authority (Let's Encrypt is free).",
                "Replace the self-signed certificate with one from a public certificate "
                "authority (Let's Encrypt is free).",
            )
        ],
    ),
    Code.CERT_UNTRUSTED: _e(
        "The server's certificate is not trusted",
        [
            one_of(
                "The certificate of {host} comes from {issuer}, which apps cannot trace to an "
                "authority they trust.",
                "Apps cannot trace the server's certificate to an authority they trust.",
            ),
            "Most often the server leaves out an intermediate certificate: some apps cope, "
            'phones often do not (Android: "Trust anchor for certification path not found").',
            "If only one computer complains, an antivirus that scans encrypted mail may be "
            "the cause.",
            "\nThe check said: {verify_message}",
        ],
        [
            "Tell your email provider. If only this device complains, switch off mail or SSL "
            "scanning in your antivirus and try again.",
            "\n" + _NEVER_ACCEPT,
        ],
        [
            one_of(
                "Install the full chain on {host} port {port}: the certificate followed by its "
                "intermediate certificates (issuer: {issuer}).",
                "Install the full chain on {host} port {port}: the certificate followed by its "
                "intermediate certificates.",
                "Install the full certificate chain: the certificate followed by its "
                "intermediate certificates.",
            )
        ],
    ),
    Code.INSECURE_PLAINTEXT: _e(
        "The server offers no encryption at all",
        [
            one_of(
                "{host} offers neither STARTTLS nor SSL/TLS on any port we tried: the only "
                "settings that work are without encryption.{chosen_text}",
                "{host} port {port} offers neither STARTTLS nor SSL/TLS.",
                "This server offers neither STARTTLS nor SSL/TLS.",
            ),
            "Your password and your mail cross the network in plain text, readable by anyone "
            "on the same Wi-Fi or along the way.",
            "\n{password_warning}",
        ],
        [
            one_of(
                *_SET_RIGHT,
                "Avoid this server on public Wi-Fi, and ask your email provider for an "
                "encrypted way to connect.",
            ),
        ],
        [
            one_of(
                "Enable TLS for {protocols_text} on {host}: SSL/TLS on ports 993, 995 and "
                "465 (RFC 8314), or at least STARTTLS.",
                "Enable TLS for {protocol} on {host}: SSL/TLS on port {implicit_port} "
                "(RFC 8314), or at least STARTTLS on port {port}.",
                "Enable TLS for the mail service: SSL/TLS on ports 993, 995 and 465 "
                "(RFC 8314), or at least STARTTLS.",
            )
        ],
    ),
    Code.ENCRYPTION_NOT_USED: _e(
        one_of(
            "The published {source_name} does not use encryption",
            "Your settings do not use encryption",
        ),
        [
            one_of(
                "The {source_name} for {domain} says Security None for {host} port {port}, but "
                "the server offers {right_security}.",
                "The published {source_name} says Security None for {host} port {port}, but the "
                "server offers {right_security}.",
                "The published {source_name} says Security None, but the server offers encryption.",
                "Security is set to None, but {host} offers {right_security}.",
                "Security is set to None, but the server offers encryption.",
            ),
            "Without it your password and your mail cross the network in plain text, readable "
            "by anyone on the same Wi-Fi or along the way.",
            "\n{password_warning}",
        ],
        [
            "If your mail app set itself up from the {source_name}, correct it by hand.",
            one_of(
                *_SET_RIGHT,
                "Set {direction} server security to STARTTLS (same port) or to SSL/TLS with "
                "port {implicit_port}.",
                "Set security to STARTTLS (same port) or to SSL/TLS with its port: 993 for "
                "IMAP, 995 for POP3, 465 for sending.",
            ),
            one_of(_IPHONE_RIGHT, _APP_NAMES),
        ],
        [
            one_of(
                "In the {source_name} for {domain}, change the entry for {host} port {port} to "
                "{right_security} with port {right_port}.",
                "In the published {source_name}, change the entry for {host} port {port} to "
                "{right_security} with port {right_port}.",
                "In the published {source_name}, change the entry without encryption to "
                "STARTTLS or SSL/TLS.",
            )
        ],
    ),
    # Settings ----------------------------------------------------------------------------------
    Code.WRONG_SECURITY_FOR_PORT: _e(
        one_of(
            "Security {typed_security} does not work on port {typed_port}",
            "The security setting does not match the port",
        ),
        [
            one_of(
                "Your settings use {typed_security} on port {typed_port}, but port "
                "{typed_port} is for {typed_port_meaning}.",
                "Your settings use {typed_security} on port {typed_port}, which do not go "
                "together.",
                "The security setting and the port do not go together.",
            ),
            _TLS_VS_STARTTLS,
        ],
        [
            one_of(
                *_SET_RIGHT,
                "Set {direction} server security to SSL/TLS with port {implicit_port}, or "
                "STARTTLS with port {starttls_port}.",
                "Make security and port match: " + _PAIRS,
            ),
            one_of(_IPHONE_RIGHT, _APP_NAMES),
        ],
    ),
    Code.WRONG_PORT: _e(
        one_of(
            "Port {typed_port} is wrong for {protocol}",
            "Port {typed_port} is wrong",
            "The port is wrong",
        ),
        [
            one_of(
                "{protocol} does not work on port {typed_port}; it does on port {right_port} "
                "with {right_security}.",
                "The server does not work on port {typed_port}; it does on port {right_port} "
                "with {right_security}.",
                "The server does not work on the port in your settings.",
            ),
            one_of(
                "Port {typed_port} is for {typed_port_meaning}.",
                "Each kind of server listens on its own ports, and the port must match the "
                "security setting.",
            ),
        ],
        [
            one_of(
                "Set {direction} server port to {right_port} and security to {right_security}.",
                "Set port to {right_port} and security to {right_security}.",
                "Set {direction} server port to {implicit_port} with SSL/TLS, or "
                "{starttls_port} with STARTTLS.",
                "Set the port your provider gives: " + _PAIRS,
            ),
            _IPHONE_RIGHT,
        ],
    ),
    Code.WRONG_HOST: _e(
        one_of("The server name should be {right_host}", "The server name is wrong"),
        [
            one_of(
                "{typed_host} does not work as the {direction_lc} mail server, but "
                "{right_host} does.",
                "The server name in your settings does not work, but {right_host} does.",
                "The server name in your settings does not work, but the one this report "
                "recommends does.",
            ),
            "The provider may have changed its server names, or the name was mistyped.",
        ],
        [
            one_of(
                "Set {direction} server to {right_host}.",
                "Set the server name to {right_host}.",
                "Set the server name to the one this report recommends.",
            ),
        ],
    ),
    Code.SMTP_PORT_25_FOR_SUBMISSION: _e(
        "Port 25 is not for sending from a mail app",
        [
            "Port 25 is for mail servers passing mail to each other. Many home, mobile and "
            "public networks block it, and many providers refuse logins on it, so it may work "
            "on one network and fail on another.",
            "Mail apps send on port 465 (SSL/TLS) or 587 (STARTTLS).",
        ],
        [
            one_of(
                "Set Outgoing server port to {right_port} and security to {right_security}.",
                "Set Outgoing server port to 465 with security SSL/TLS (or 587 with STARTTLS).",
            ),
            _IPHONE_RIGHT,
        ],
    ),
    Code.USE_IMPLICIT_TLS: _e(
        one_of("SSL/TLS on port {right_port} would be better", "SSL/TLS would be a better choice"),
        [
            "Your settings use STARTTLS, which works.",
            "The current advice (RFC 8314) is SSL/TLS from the first moment: nothing crosses "
            "the network unencrypted, and nobody on the way can strip the encryption.",
        ],
        [
            one_of(
                "If you like, set {direction} server security to {right_security} and port to "
                "{right_port}.",
                "If you like, set {direction} server security to SSL/TLS and port to "
                "{implicit_port}.",
                "If you like, set security to SSL/TLS with its port: 993 for IMAP, 995 for "
                "POP3, 465 for sending.",
            ),
            "Nothing is broken.",
        ],
    ),
    # Authentication ----------------------------------------------------------------------------
    Code.AUTH_FAILED: _e(
        "The user name or password was not accepted",
        [
            one_of(
                "The server refused the login for {tried}.",
                "The server refused the login for {username}.",
                "The server refused the login.",
            ),
            "The password may be wrong or out of date, or the user name is not what the server "
            "expects. Some providers also refuse the normal password when they want an app "
            "password.",
            _SAID,
        ],
        [
            "Type the password again carefully (capitals count), and check that User Name is "
            "your full email address. If you changed the password recently, change it in the "
            "app too.",
            "\nIf your account uses two-step verification, create an app password and use it "
            "instead.",
        ],
    ),
    Code.AUTH_USERNAME_FORMAT: _e(
        "Try your full email address as the user name",
        [
            one_of(
                'The server did not accept "{typed_username}" as a user name, but the same '
                'password worked with "{right_username}".',
                'The server did not accept "{username}" as a user name.',
                "The server did not accept the user name.",
            ),
            "Most providers expect the full email address (name@example.com); a few want only "
            "the part before the @.",
            _SAID,
        ],
        [
            one_of(
                "Set User Name to {right_username} (your full email address), in both the "
                "Incoming and the Outgoing server settings.",
                "Set User Name to your full email address, in both the Incoming and the Outgoing "
                "server settings.",
            ),
        ],
    ),
    Code.PLAINTEXT_AUTH_DISABLED: _e(
        "The server only takes passwords over an encrypted connection",
        [
            "The server refuses a password on an unencrypted connection, which protects you. "
            "Your settings use security None, or the app tried to log in before switching "
            "encryption on.",
            "If the app already sent the password unencrypted, change it.",
            _SAID,
        ],
        [
            one_of(
                *_SET_RIGHT,
                "Set {direction} server security to SSL/TLS (port {implicit_port}) or STARTTLS "
                "(port {starttls_port}).",
                "Set security to SSL/TLS or STARTTLS, with the matching port: " + _PAIRS,
            ),
            one_of(_IPHONE_RIGHT, _APP_NAMES),
        ],
    ),
    Code.AUTH_NOT_OFFERED: _e(
        one_of(
            "{host} port {port} offers no way to log in",
            "The server wants a login it did not get",
        ),
        [
            one_of(
                "{host} port {port} does not offer any way to log in.",
                "The server did not get a login from the app: it offers none on this port, or "
                "the app did not use it, and so it refuses to send mail.",
            ),
            "For sending, this usually means the wrong port (port 25 is for servers) or that "
            "login is offered only after encryption is switched on.",
        ],
        [
            one_of(
                "Set {direction} server port to {right_port} and security to {right_security}.",
                "For Outgoing server, use port 465 with SSL/TLS or 587 with STARTTLS.",
            ),
            'For the Outgoing server, also turn on "My outgoing server requires authentication" '
            '(or "Use same settings as '
            'incoming server").',
        ],
        [
            one_of(
                "Enable authentication (SASL) for {protocol} on {host} port {port}, after TLS.",
                "Enable authentication (SASL) for the mail service, after TLS.",
            )
        ],
    ),
    Code.APP_PASSWORD_REQUIRED: _e(
        "Your account needs an app password",
        [
            "Your account uses two-step verification, so the provider does not accept your "
            "normal password in mail apps.",
            "An app password is a separate password you create in your account's security "
            "settings, just for the mail app.",
            _SAID,
        ],
        [
            "Create an app password (Google: Google Account > Security > App passwords; "
            "Apple: account.apple.com > Sign-In and Security > App-Specific Passwords) and "
            "type it into the app instead of your normal password.",
            "\nOr add the account by choosing your provider by name, if the app offers it: it "
            "then signs in on the provider's own page.",
        ],
    ),
    Code.OAUTH_REQUIRED: _e(
        "The provider no longer accepts a password here",
        [
            "The provider has switched off signing in with just a password in mail apps "
            '("basic authentication"). Apps must sign in through the provider\'s own sign-in '
            "page (OAuth) instead.",
            "\nThe server only offers these sign-in methods: {mechanisms}.",
        ],
        [
            "Remove the account and add it again, choosing your provider by name (for example "
            'Microsoft 365, Outlook.com or Google) rather than "Other" or IMAP, so the app '
            "opens the provider's sign-in page.",
            "If your app cannot do that, use one that can, or the provider's own app.",
            _SAID,
        ],
    ),
    Code.WEB_LOGIN_REQUIRED: _e(
        "Sign in on the provider's website first",
        [
            "The provider blocked this sign-in until you confirm it is you, for example "
            "because it came from a new device or place.",
        ],
        [
            "Sign in to your webmail in a browser, complete any security check it shows, then "
            "try the mail app again within a few minutes.",
            _SAID,
        ],
    ),
    Code.ACCOUNT_LOCKED: _e(
        "The account is locked or blocked",
        [
            "The provider has locked or blocked this account, often after too many failed "
            "logins or because of a security policy.",
        ],
        [
            "Sign in to your webmail in a browser to see why, or ask your email provider or "
            "IT department to unlock the account. Wait before trying again: more failed "
            "attempts can extend the lock.",
            _SAID,
        ],
        [
            one_of(
                "Unlock the account {username} and check why it was locked (failed logins, a "
                "security policy).",
                "Unlock the account and check why it was locked (failed logins, a security "
                "policy).",
            )
        ],
    ),
    Code.PROTOCOL_DISABLED: _e(
        one_of(
            "{protocol} access is switched off for this account",
            "This kind of access is switched off for the account",
        ),
        [
            one_of(
                "The password may well be right, but {protocol} access is switched off for "
                "this account or for the whole organisation.",
                "The password may well be right, but this kind of access (IMAP, POP or SMTP) is "
                "switched off for this account or for the whole organisation.",
            ),
        ],
        [
            one_of(
                "Ask your IT department or email provider to switch on {protocol} access for "
                "your account, or use the provider's own app.",
                "Ask your IT department or email provider to switch this access on for your "
                "account, or use the provider's own app.",
            ),
            _SAID,
        ],
        [
            one_of(
                "Enable {protocol} for the mailbox {username} or the organisation (Microsoft "
                "365: the mailbox's email apps settings, e.g. Authenticated SMTP; Google "
                "Workspace: IMAP access in the Admin console).",
                "Enable {protocol} for the mailbox or the organisation (Microsoft 365: the "
                "mailbox's email apps settings, e.g. Authenticated SMTP; Google Workspace: "
                "IMAP access in the Admin console).",
                "Enable the protocol for the mailbox or the organisation (Microsoft 365: the "
                "mailbox's email apps settings; Google Workspace: IMAP access in the Admin "
                "console).",
            )
        ],
    ),
    Code.AUTH_TEMPORARY_FAILURE: _e(
        "The server could not check the password just now",
        [
            "The server had a temporary problem checking the login; this is not a wrong password.",
        ],
        [
            _NO_APP_FIX,
            "Wait a few minutes and try again; if it keeps happening, tell your email provider.",
            _SAID,
        ],
        [
            one_of(
                'Logins on {host} fail temporarily ("{reply}"): check the authentication back '
                "end (user database, LDAP, SASL service).",
                "Logins on {host} fail temporarily: check the authentication back end (user "
                "database, LDAP, SASL service).",
                "Logins fail temporarily: check the authentication back end (user database, "
                "LDAP, SASL service).",
            )
        ],
    ),
    # Provider ----------------------------------------------------------------------------------
    Code.PROVIDER_NOTE: _e(
        one_of("A note about {provider}", "A note about your email provider"),
        [one_of("{note}", "Your email provider has its own rules for mail apps.")],
        [
            one_of(
                "Follow {provider}'s rule above when you set up the account.",
                "Follow your provider's instructions when you set up the account.",
            )
        ],
    ),
    # Our own vantage point ---------------------------------------------------------------------
    Code.PROBE_INCOMPLETE: _e(
        one_of("The login was not tested ({not_tested_short})", "The test could not finish"),
        [
            one_of(
                "The login on {host} port {port} was not tested: {not_tested_text}.",
                "The test of {host} port {port} stopped at the {stage_text} step: time ran out.",
                "The test stopped at the {stage_text} step: time ran out.",
                "The test stopped before the end: time ran out.",
            ),
            one_of(
                "{not_tested_hint}",
                "This may be a slow server or a problem on our side, so it does not prove that "
                "your settings are wrong.",
            ),
        ],
        [
            one_of(
                "{not_tested_fix}",
                "Run the test again in a minute. If your mail app works, there is nothing to "
                "change.",
            )
        ],
    ),
    Code.OUR_DNS_FAILURE: _e(
        "Our DNS server is not working",
        [
            one_of(
                "The DNS server we ask ({dns_server}) {our_dns_text}, so we cannot tell "
                "whether {domain} and its mail servers exist.",
                "The DNS server we ask {our_dns_text}, so we cannot tell whether the domain "
                "and its mail servers exist.",
            ),
            "This is a problem on our side, not your domain's or your mail app's.",
        ],
        ["There is nothing to change in your mail app. Run the test again later."],
        [
            one_of(
                "mailmedic's resolver {dns_server} {our_dns_text}: fix it or point --dns (or "
                "MAILMEDIC_DNS) at a working resolver.",
                "mailmedic's resolver {our_dns_text}: fix it or point --dns (or MAILMEDIC_DNS) "
                "at a working resolver.",
            )
        ],
    ),
    Code.AUTH_NO_ANSWER: _e(
        one_of("{host} did not answer the login", "The server did not answer the login"),
        [
            one_of(
                "We sent the login to {host} port {port} and the server never answered it, so "
                "we cannot tell whether your username and password are right.",
                "The server never answered the login, so we cannot tell whether your username "
                "and password are right.",
            ),
            "Mail apps then wait and finally show a timeout. The server may be overloaded, or "
            "its login service is stuck.",
            _SAID,
        ],
        [
            "Try again in a few minutes. If your mail app keeps timing out at the login, tell "
            "your email provider.",
        ],
        [
            one_of(
                "{host} port {port} accepts the connection but never answers the {mechanism} "
                "login: check the authentication service (its backend, such as LDAP or SQL).",
                "The server accepts the connection but never answers the login: check the "
                "authentication service (its backend, such as LDAP or SQL).",
            )
        ],
    ),
    Code.OVERLOADED: _e(
        "We were too busy to time the server fairly",
        [
            "Our own test process was so busy that a wait timed out on our side, not on the "
            "server's. Those tests are marked as unfinished instead of blaming the server.",
        ],
        ["Run the test again in a minute: nothing here says your settings are wrong."],
    ),
}
# --- Pasted text that is not a settings problem (explain: bounces, rejections, limits) -----------
_SETTINGS_FINE = "Your mail app's settings are not the problem: the message reached a server."
_ENTRIES.update(
    {
        Code.RECIPIENT_UNKNOWN: _e(
            "The address you wrote to does not exist",
            [
                "The receiving server says there is no mailbox with that address (RFC 3463: "
                "5.1.1, bad destination mailbox). Usually it is mistyped, or the person has "
                "left or changed provider.",
                _SETTINGS_FINE,
                _SAID,
            ],
            [
                "Check the recipient's address letter by letter, especially the part after the "
                "@, or ask the person for their current address. Nothing to change in your app.",
            ],
        ),
        Code.REJECTED_AS_SPAM: _e(
            "The receiving server rejected your mail as spam",
            [
                "The receiving server refused the message for policy reasons: it thinks the "
                "mail is spam, the sending server's address is on a blocklist, or the sender "
                "domain fails SPF, DKIM or DMARC checks.",
                _SETTINGS_FINE,
                _SAID,
            ],
            [
                "Send it again later without links or attachments, or reach the person another "
                "way. If it keeps happening, send your provider the bounce message: a blocklist "
                "or a missing SPF/DKIM record is theirs to fix.",
            ],
            [
                "Look up the sending IP in the blocklist the reply names, and check the domain's "
                "SPF, DKIM and DMARC records.",
            ],
        ),
        Code.RECIPIENT_MAILBOX_FULL: _e(
            "The recipient's mailbox is full",
            [
                "The receiving server accepted your settings but cannot store the message: the "
                "recipient's mailbox is over its quota (RFC 3463: X.2.2).",
                _SETTINGS_FINE,
                _SAID,
            ],
            [
                "Tell the recipient another way that their mailbox is full, and send the "
                "message again once they have made room. A 4.2.2 is retried by your server on "
                "its own.",
            ],
        ),
        Code.RATE_LIMITED: _e(
            "The server is limiting how much you send",
            [
                "The server refused the message for now because of too many messages, "
                "recipients or connections in a short time (RFC 3463: X.7.x policy; a 4xx code "
                "means try again later).",
                _SETTINGS_FINE,
                _SAID,
            ],
            [
                "Wait (an hour, or a day for daily limits) and send again; send to fewer "
                "recipients at once. If you did not send much, your account may be sending "
                "spam: change its password.",
            ],
        ),
    }
)
# --- After the login: what the account can do (findings/mailbox_rules.py), and logins we cannot
# test (probes/auth.py) ------------------------------------------------------------------------
_ENTRIES.update(
    {
        Code.AUTH_MECHANISM_UNTESTABLE: _e(
            one_of(
                "{host} only offers logins mailmedic cannot test",
                "The server only offers logins mailmedic cannot test",
            ),
            [
                one_of(
                    "The server only offers {mechanisms}, which mailmedic cannot test, so we "
                    "cannot tell whether your username and password are right.",
                    "The server only offers login methods mailmedic cannot test, so we cannot "
                    "tell whether your username and password are right.",
                ),
                "The server itself may be fine: mail apps that support these methods (for "
                "example Kerberos/GSSAPI or NTLM in a company network) can log in.",
            ],
            [
                "Use a mail app that supports the server's login method (your IT department "
                "says which), or ask them whether a password login (PLAIN over SSL/TLS) can be "
                "switched on for you.",
            ],
        ),
        Code.MAILBOX_FULL: _e(
            "Your mailbox is full",
            [
                one_of(
                    "Your mailbox uses {used_size} of its {limit_size} ({percent} %).",
                    "Your mailbox has reached its size limit (quota).",
                ),
                "New mail cannot be delivered: senders get their messages back, and your mail "
                'app may fail to move messages or save sent mail ("quota exceeded", '
                '"mailbox full", "over quota").',
            ],
            [
                "Delete large old messages, empty Trash and Junk (deleting alone may not free "
                "space until Trash is emptied), or ask your provider for more space.",
            ],
        ),
        Code.MAILBOX_NEARLY_FULL: _e(
            "Your mailbox is nearly full",
            [
                one_of(
                    "Your mailbox uses {used_size} of its {limit_size} ({percent} %).",
                    "Your mailbox is close to its size limit (quota).",
                ),
                "Once it is full, new mail is returned to its senders.",
            ],
            ["Delete large old messages and empty Trash and Junk before it fills up."],
        ),
        Code.SPECIAL_FOLDERS_MISSING: _e(
            "The server does not say which folders are Sent, Drafts and Trash",
            [
                one_of(
                    "The server marks no folder as {missing} (RFC 6154 special-use).",
                    "The server marks no folder as Sent, Drafts or Trash (RFC 6154 special-use).",
                ),
                "Mail apps then guess or make their own folders: sent mail may end up in a "
                '"Sent Items" the webmail never shows, or deleted mail in a second Trash.',
            ],
            [
                "In the mail app's account settings (Thunderbird: Copies & Folders; iPhone: "
                "Account → Advanced → Mailbox Behaviors), pick the server's Sent, Drafts and "
                "Trash folders by hand.",
            ],
            [
                "Mark the folders with special-use flags (Dovecot: special_use = \\Sent in the "
                "mailbox blocks of the namespace).",
            ],
        ),
        Code.NO_PUSH: _e(
            "The server does not push new mail",
            [
                "The server has no IMAP IDLE (RFC 2177), so mail apps cannot be told at once "
                "when mail arrives; they check every few minutes instead.",
            ],
            [
                "Nothing to fix. Set the app to fetch often (iPhone: Mail → Accounts → Fetch "
                "New Data) if new mail seems late.",
            ],
        ),
        Code.POP3_SERVER_DELETES: _e(
            one_of(
                "The server deletes your mail {expire_text}, whatever the app says",
                "The server deletes your mail after a while, whatever the app says",
            ),
            [
                one_of(
                    'The POP3 server says "EXPIRE {expire_days}" (RFC 2449): it removes '
                    "messages {expire_text}.",
                    "The POP3 server removes messages after a while (RFC 2449 EXPIRE).",
                ),
                'The app\'s "Leave a copy on the server" setting cannot keep them: other devices '
                "and the webmail will not see mail this app downloaded.",
            ],
            [
                "Use IMAP instead of POP3 if you read mail on more than one device: IMAP keeps "
                "mail on the server.",
            ],
        ),
        Code.POP3_LOGIN_DELAY: _e(
            one_of(
                "The server allows a new mail check only every {delay_minutes} minutes",
                "The server limits how often mail can be checked",
            ),
            [
                "The POP3 server announces LOGIN-DELAY (RFC 2449): checking more often than "
                'that is refused ("-ERR [LOGIN-DELAY]"), which some apps show as a login error.',
            ],
            [
                one_of(
                    "Set the app to check for new mail every {delay_minutes} minutes or less "
                    "often.",
                    "Set the app to check for new mail less often.",
                )
            ],
        ),
        Code.SENDER_REFUSED: _e(
            one_of(
                "The server does not let this login send as {sender}",
                "The server does not let this login send from this address",
            ),
            [
                one_of(
                    "After a successful login the outgoing server refused {sender} as the "
                    "sender: this account may not send mail from that address.",
                    "After a successful login the outgoing server refused the sender address.",
                ),
                'Mail apps show this as "sender address rejected" or "not owned by user", '
                "often only after you press Send.",
                _SAID,
            ],
            [
                "Set the account's email address (the From address) to the address this login "
                "owns, or use the username that belongs to that address for the outgoing "
                "server.",
            ],
            [
                "Allow this login to send as the address (Postfix: smtpd_sender_login_maps), or "
                "tell the person which address belongs to the login.",
            ],
        ),
        Code.RELAY_REFUSED: _e(
            "The server refuses to pass your mail on",
            [
                "After the login the outgoing server still refused to deliver to an address "
                '("relay access denied"): it does not treat this login as allowed to send.',
                _SAID,
            ],
            [
                "Make sure the outgoing server uses authentication with the same username and "
                "password as incoming mail (many apps have a separate switch for the outgoing "
                "server).",
            ],
            ["Permit authenticated clients to relay (Postfix: permit_sasl_authenticated)."],
        ),
        Code.SIZE_LIMIT: _e(
            one_of(
                "Attachments up to about {attachment_mb} MB can be sent",
                "The server limits the size of messages",
            ),
            [
                one_of(
                    "The outgoing server takes messages up to {size_mb} MB (RFC 1870 SIZE). "
                    "Attachments grow by about a third when sent, so the largest attachment is "
                    "about {attachment_mb} MB.",
                    "The outgoing server has a size limit for messages (RFC 1870 SIZE).",
                )
            ],
            [
                "For larger files, share a link (a cloud drive) instead of attaching them.",
            ],
        ),
    }
)
# --- Discovery like the newest clients (issue 12): address families, provider steps ---------
_ENTRIES.update(
    {
        Code.IPV6_BROKEN: _e(
            "IPv6 is broken on this server: phones on IPv6 networks fail",
            [
                one_of(
                    "{host} has IPv6 addresses (AAAA records) where no mail server answers on "
                    "port {port}: {dead} ({outcome}). It answers on {working}.",
                    "{host} has only IPv6 addresses, and none answers on port {port}: {dead} "
                    "({outcome}).",
                    "Some of the server's IPv6 addresses do not answer.",
                ),
                one_of(
                    "Phones on mobile networks and many home networks connect over IPv6 first "
                    "(RFC 8305): the account works on one network and fails on another "
                    "({working} answers).",
                    "With no IPv4 address either, no network reaches the server.",
                ),
            ],
            [
                one_of(
                    "Until the server is fixed, an app may work over a network without IPv6. "
                    "Tell the admin of {host} that its IPv6 address does not accept mail "
                    "connections.",
                    "Until the server is fixed, an app may work over a network without IPv6. "
                    "Tell the server's admin that its IPv6 address does not accept mail "
                    "connections.",
                )
            ],
            [
                "Make the mail server listen on the IPv6 address of the AAAA record (and let the "
                "firewall through), or remove the AAAA record until it does.",
            ],
        ),
        Code.PROVIDER_PREPARATION: _e(
            one_of("Before logging in: a step {provider} requires", "Before logging in: a step"),
            [
                one_of(
                    "{note}", "Your email provider requires a step before mail apps can log in."
                ),
                one_of(
                    "Until it is done the login fails, often as if the password were wrong "
                    "(source: {reference}, read {checked}).",
                    "Until it is done the login fails, often as if the password were wrong.",
                ),
            ],
            [
                one_of(
                    "Do this once at {reference}, then try the login again.",
                    "Do this once in your provider's web settings, then try the login again.",
                )
            ],
        ),
    }
)
# --- Issue 11, the rest: alternative entries chosen by a fact -----------------------------------
# A login with a bearer token (facts["credential"] == "token", findings/rules.py rule_auth) must
# not speak of a password; an IMAP server whose announced inactivity limit is shorter than the
# 29 minutes after which mail apps renew IDLE (facts["inactivity_minutes"] on NO_PUSH,
# findings/mailbox_rules.py) drops push. Only the parts that differ are new; the rest is the
# code's own entry.


def _variant(
    code: Code,
    *,
    title: Part | None = None,
    lead: Part | None = None,
    explanation: Sequence[Part] | None = None,
    fix: Sequence[Part] | None = None,
    admin: Sequence[Part] | None = None,
) -> CatalogEntry:
    """The entry of `code` with some parts replaced; `lead` replaces the explanation's first."""
    base = _ENTRIES[code]
    body = tuple(explanation) if explanation is not None else base.explanation
    if lead is not None:
        body = (lead, *body[1:])
    return CatalogEntry(
        title=base.title if title is None else (title,),
        explanation=body,
        fix=base.fix if fix is None else tuple(fix),
        admin=base.admin if admin is None else tuple(admin),
    )


_TOKEN_ENTRIES: Mapping[Code, CatalogEntry] = MappingProxyType(
    {
        Code.AUTH_FAILED: _variant(
            Code.AUTH_FAILED,
            title="The sign-in token was not accepted",
            explanation=[
                one_of(
                    "The server refused the token for {tried}.",
                    "The server refused the token for {username}.",
                    "The server refused the token.",
                ),
                "It may have expired (most last an hour) or lack the mail scope the server needs.",
                _SAID,
            ],
            fix=[
                "Get a new token (sign in again and allow access to mail), then test with it.",
            ],
        ),
        Code.AUTH_USERNAME_FORMAT: _variant(
            Code.AUTH_USERNAME_FORMAT,
            lead=one_of(
                'The server did not accept "{typed_username}" as a user name, but the same '
                'token worked with "{right_username}".',
                'The server did not accept "{username}" as a user name.',
                "The server did not accept the user name.",
            ),
        ),
        Code.AUTH_MECHANISM_UNTESTABLE: _variant(
            Code.AUTH_MECHANISM_UNTESTABLE,
            explanation=[
                one_of(
                    "The server only offers {mechanisms}, none of which takes a token, so we "
                    "cannot tell whether your token works.",
                    "The server offers no login that takes a token (XOAUTH2 or OAUTHBEARER), so "
                    "we cannot tell whether your token works.",
                ),
            ],
            fix=["Test with the account's password or app password instead."],
        ),
        Code.AUTH_NO_ANSWER: _variant(
            Code.AUTH_NO_ANSWER,
            lead=one_of(
                "We sent the login to {host} port {port} and the server never answered it, so "
                "we cannot tell whether your token is right.",
                "The server never answered the login, so we cannot tell whether your token is "
                "right.",
            ),
        ),
        Code.AUTH_TEMPORARY_FAILURE: _variant(
            Code.AUTH_TEMPORARY_FAILURE,
            title="The server could not check the token just now",
            lead="The server had a temporary problem checking the login; this is not a refused "
            "token.",
        ),
        Code.PROTOCOL_DISABLED: _variant(
            Code.PROTOCOL_DISABLED,
            lead=one_of(
                "The token may well be right, but {protocol} access is switched off for this "
                "account or for the whole organisation.",
                "The token may well be right, but this kind of access (IMAP, POP or SMTP) is "
                "switched off for this account or for the whole organisation.",
            ),
        ),
    }
)

_PUSH_DROPS = _variant(
    Code.NO_PUSH,
    title=one_of(
        "The server ends idle connections after {inactivity_minutes} minutes: push may drop",
        "The server ends idle connections early: push may drop",
    ),
    explanation=[
        one_of(
            "The server says it logs out a connection after {inactivity_minutes} minutes "
            "without activity, sooner than the 29 minutes after which mail apps renew push "
            "(IMAP IDLE, RFC 2177; RFC 9051 asks for at least 30).",
            "The server says it logs out idle connections sooner than the 29 minutes after "
            "which mail apps renew push (IMAP IDLE, RFC 2177; RFC 9051 asks for at least 30).",
        ),
        "New mail then shows up only at the next check, and some apps report a dropped connection.",
        _SAID,
    ],
    fix=[
        "Nothing to fix in the app. Set it to fetch often (iPhone: Mail → Accounts → Fetch New "
        "Data) if new mail seems late.",
    ],
)


# --- Issue 10: a paste whose app connects to the computer it runs on (127.0.0.1, ::1, localhost) --
_LOOPBACK = _variant(
    Code.WRONG_HOST,
    title=one_of(
        "{loopback} is the app's own computer, not a mail server",
        "The server name points at the app's own computer",
    ),
    explanation=[
        one_of(
            "The app connects to {loopback}, the computer or container it runs on, and no "
            "mail server answers there.",
            "The app connects to the computer or container it runs on, and no mail server "
            "answers there.",
        ),
        "Apps fall back to this address when their server setting is empty or was not loaded.",
    ],
    fix=[
        "Enter your provider's server name in the app's mail settings, then restart the app so "
        "that it reads them.",
    ],
)


# --- Issue 12, second part (branch disc12): PACC documents, IPv4 broken where IPv6 works -------
# New prose of this round, in the old style (the integrator ports it to the message catalogs).
_SOURCE_NAME["pacc"] = "PACC configuration"
_SOURCE_SHORT["pacc"] = "PACC"
_SOURCE_APPS["pacc"] = "Apps that read PACC configurations"
_ENTRIES.update(
    {
        Code.PACC_BROKEN: _e(
            one_of(
                "The PACC configuration for {domain} cannot be used",
                "The published PACC configuration cannot be used",
            ),
            [
                one_of(
                    "The domain serves a configuration for mail apps (PACC), but its digest is "
                    "not the one its {published_record} TXT record publishes.",
                    "The domain serves a configuration for mail apps (PACC), but no "
                    "{missing_record} TXT record vouches for it with its digest.",
                    "The domain serves a configuration for mail apps (PACC) that its TXT record "
                    "vouches for, but it is not a PACC document.",
                ),
                "Apps that read PACC configurations ignore it, and then guess or ask you for "
                "the settings.",
                "\nDetails: {detail}",
            ],
            [
                "Set up the account by hand (Manual setup) with the working settings this "
                "report recommends.",
            ],
            [
                one_of(
                    'Publish "{expected_record}" in {published_record}, or serve the document '
                    "the record was made for.",
                    'Publish "{expected_record}" in a TXT record at {missing_record}, or '
                    "remove the document.",
                    "Make the document valid PACC JSON, then publish its digest.",
                ),
            ],
        ),
        Code.IPV4_BROKEN: _e(
            "IPv4 is broken on this server: networks without IPv6 fail",
            [
                one_of(
                    "{host} has IPv4 addresses (A records) where no mail server answers on port "
                    "{port}: {dead} ({outcome}). It answers over IPv6 on {working}.",
                    "Some of the server's IPv4 addresses do not answer, while IPv6 works.",
                ),
                "Phones on mobile networks with IPv6 connect, but most Wi-Fi, office and hotel "
                "networks have only IPv4: there the account fails.",
            ],
            [
                one_of(
                    "Until the server is fixed, an app may work over a network with IPv6, such "
                    "as mobile data. Tell the admin of {host} that its IPv4 address does not "
                    "accept mail connections.",
                    "Until the server is fixed, an app may work over a network with IPv6, such "
                    "as mobile data. Tell the server's admin that its IPv4 address does not "
                    "accept mail connections.",
                )
            ],
            [
                "Make the mail server listen on the IPv4 address of the A record (and let the "
                "firewall through), or correct the A record.",
            ],
        ),
    }
)
# --- Issue 12, the rest (branch disc): the autoconfig draft's authentication fallback ---------
_ENTRIES[Code.AUTH_METHOD_FALLBACK] = _e(
    "The first authentication method fails on the server",
    [
        one_of(
            "{host} refused {mechanism}, the method its settings list first, for a reason of its "
            'own ("{reply}"), not because of the password. The next one, {worked_name}, works.',
            "The server refused the authentication method its settings list first, for a reason "
            "of its own, not because of the password. The next one works.",
        ),
    ],
    [
        one_of(
            "Set Authentication method to {worked_name}.",
            "Set Authentication method to the one on the settings card.",
        )
    ],
    [
        one_of(
            "Repair {mechanism} logins on {host} (the password database behind it), or list the "
            "working method first in the published settings.",
            "Repair the first listed login method (the password database behind it), or list "
            "the working method first in the published settings.",
        )
    ],
)

# --- Issue 12, review (branch disc2): an address that answers but fails before the login --------
# IPV6_BROKEN / IPV4_BROKEN when the failing address answered (a certificate for another name, a
# TLS failure, a broken greeting): `fault` (its outcome) selects these, `reason` says what failed.
_ADDRESS_FAULTS: Mapping[Code, CatalogEntry] = MappingProxyType(
    {
        Code.IPV6_BROKEN: _variant(
            Code.IPV6_BROKEN,
            lead=one_of(
                "{host} has IPv6 addresses (AAAA records) where the mail server on port {port} "
                "fails before any login: {dead} ({outcome}: {reason}). It works on {working}.",
                "Some of the server's IPv6 addresses answer, but fail before any login.",
            ),
            fix=[
                one_of(
                    "Until the server is fixed, an app may work over a network without IPv6. "
                    "Tell the admin of {host} that on its IPv6 address the mail server fails "
                    "({outcome}) while IPv4 works.",
                    "Until the server is fixed, an app may work over a network without IPv6. "
                    "Tell the server's admin that on its IPv6 address the mail server fails "
                    "while IPv4 works.",
                )
            ],
            admin=[
                "Serve the same mail server, certificate and TLS settings on the IPv6 address of "
                "the AAAA record as on IPv4, or remove the AAAA record until it does.",
            ],
        ),
        Code.IPV4_BROKEN: _variant(
            Code.IPV4_BROKEN,
            lead=one_of(
                "{host} has IPv4 addresses (A records) where the mail server on port {port} "
                "fails before any login: {dead} ({outcome}: {reason}). It works over IPv6 on "
                "{working}.",
                "Some of the server's IPv4 addresses answer, but fail before any login, while "
                "IPv6 works.",
            ),
            fix=[
                one_of(
                    "Until the server is fixed, an app may work over a network with IPv6, such "
                    "as mobile data. Tell the admin of {host} that on its IPv4 address the mail "
                    "server fails ({outcome}) while IPv6 works.",
                    "Until the server is fixed, an app may work over a network with IPv6, such "
                    "as mobile data. Tell the server's admin that on its IPv4 address the mail "
                    "server fails while IPv6 works.",
                )
            ],
            admin=[
                "Serve the same mail server, certificate and TLS settings on the IPv4 address of "
                "the A record as on IPv6, or correct the A record.",
            ],
        ),
    }
)
# --- Issue 10: a paste's refused login at a big provider whose rule says why (provider_policy.py)
_PROVIDER_RULE: Mapping[Code, CatalogEntry] = MappingProxyType(
    {
        Code.OAUTH_REQUIRED: _variant(
            Code.OAUTH_REQUIRED,
            title=one_of(
                "{provider} takes no typed password from mail apps",
                "The provider no longer accepts a password here",
            ),
            lead=one_of(
                '{provider} has taken no typed password from mail apps since {since} ("basic '
                'authentication"): apps must sign in on its own sign-in page (OAuth).',
                '{provider} takes no typed password from mail apps ("basic authentication"): '
                "apps must sign in on its own sign-in page (OAuth).",
                "The provider has switched off signing in with just a password in mail apps "
                '("basic authentication"). Apps must sign in through the provider\'s own sign-in '
                "page (OAuth) instead.",
            ),
        ),
        Code.APP_PASSWORD_REQUIRED: _variant(
            Code.APP_PASSWORD_REQUIRED,
            title=one_of(
                "{provider} needs an app password in mail apps",
                "Your account needs an app password",
            ),
            lead=one_of(
                "{provider} accepts in mail apps only a password it made for the app (an app "
                "password), not the account's normal password.",
                "Your account uses two-step verification, so the provider does not accept your "
                "normal password in mail apps.",
            ),
        ),
    }
)


# --- Issue 10: a paste whose big provider's server name (which exists) does not resolve ---------
_RESOLVER = _variant(
    Code.DNS_FAILURE,
    title=one_of(
        "This device could not look up {existing_host}",
        "This device could not look up the server name",
    ),
    explanation=[
        one_of(
            "{existing_host} is {provider}'s server and exists, so the lookup failed on this "
            "device or its network, not in the server's DNS.",
            "The server name exists, so the lookup failed on this device or its network, not in "
            "the server's DNS.",
        ),
        "Its DNS server (the router's, a VPN's or a company network's; in a container, the "
        "host's) did not answer, or the device was offline.",
    ],
    fix=[
        "Check that the device is online, then restart the router or switch networks (Wi-Fi or "
        "mobile data), and turn a VPN off and on again.",
        "On a server or in a container, check its DNS settings (/etc/resolv.conf) or set a "
        "public DNS server.",
    ],
    admin=[
        one_of(
            "Nothing needs to change on {existing_host}: its name resolves on the internet.",
            "Nothing needs to change on the mail server: its name resolves on the internet.",
        )
    ],
)


# --- Issue 10: a paste whose app tried an IPv6 address its own network has no route to ---------
_NO_ROUTE_V6 = _variant(
    Code.IPV6_BROKEN,
    title=one_of(
        "This device has no route to the IPv6 address {ipv6_address}",
        "This device or its network cannot reach IPv6 addresses",
    ),
    explanation=[
        one_of(
            "The server's name has an IPv6 address, {ipv6_address}, and the app tried it, but "
            "this device or its network has no route to IPv6 addresses.",
            "The server's name has an IPv6 address and the app tried it, but this device or its "
            "network has no route to IPv6 addresses.",
        ),
        "The app gave up instead of trying the server's IPv4 address, so it never reached the "
        "server: the server itself may be fine.",
    ],
    fix=[
        "Turn IPv6 off on this computer or container, or make the app prefer IPv4, until IPv6 "
        "works on this network; or fix IPv6 on the router or VPN.",
    ],
    admin=[
        "Nothing needs to change on the mail server: the network of the device that connects "
        "cannot reach IPv6 addresses.",
    ],
)


# --- Issue 10: a paste whose app was given no server name, or an address or URL as one -------
# (paste/connection_target.py): no port or security can help until the name is right.
_NOT_A_HOST = _variant(
    Code.WRONG_HOST,
    title=one_of("{host_field} is not a server name", "The server name is missing"),
    explanation=[
        one_of(
            "The app was given {host_field} as the mail server: that is not a server's name "
            "(an email address or a web address is not one).",
            "The app tried to connect without a server name: the setting is empty, or the app "
            "did not load it.",
        ),
        "It cannot reach any server that way, whatever the port and security.",
    ],
    fix=[
        "Enter your provider's server name in the app's mail settings, e.g. smtp.example.com, "
        'without "@", "https://" or spaces; then restart the app or reload its settings.',
    ],
)


# --- Issue 10: a paste's certificate failure on the person's own device (paste/interception.py) --
_ENTRIES[Code.CERT_INTERCEPTED] = _e(
    one_of(
        "{interceptor} replaces the server's certificate",
        "{provider}'s certificate cannot be checked on this device",
        "The certificate cannot be checked on this device",
    ),
    [
        one_of(
            "{interceptor} scans encrypted mail: it shows the app a certificate of its own "
            "instead of the server's, and the app does not trust it.",
            "{host} is {provider}'s server, whose certificate every up-to-date device trusts, so "
            "the fault is on this device or its network, not on the server.",
            "The certificate the app saw is not the one the server presents: something on this "
            "device or its network stands in between.",
        ),
        "An antivirus or firewall that scans encrypted connections does this, and so does a "
        "company or public network that inspects them; a device whose list of trusted "
        "authorities is missing or out of date, or whose date and time are wrong, fails the "
        "same way.",
    ],
    [
        one_of(
            "Turn off the scanning of encrypted mail in {interceptor}, or exclude the mail app "
            "from it.",
            "Turn off the scanning of encrypted mail in the antivirus or firewall (Avast and "
            "AVG: Mail Shield; ESET: SSL/TLS protocol filtering; Kaspersky: scan encrypted "
            "connections), or exclude the mail app from it; on a work network, ask its IT "
            "department.",
        ),
        "Otherwise update the device's system and its trusted certificates (on a server or in "
        "a container, the ca-certificates package) and check its date and time.",
        "Do not accept the certificate for good in the app: it would then trust whoever "
        "replaced it.",
    ],
    [
        one_of(
            "Nothing needs to change on {host}: leave the mail ports (993, 995, 465 and 587) out "
            "of the network's or the antivirus's TLS inspection, or give the mail apps its root "
            "certificate.",
            "Nothing needs to change on the mail server: leave the mail ports (993, 995, 465 and "
            "587) out of the network's or the antivirus's TLS inspection, or give the mail apps "
            "its root certificate.",
        )
    ],
)
# A big provider's server name answered with a certificate for a name outside every big
# provider's (paste/interception.py): a web host or network redirected the connection.
_REDIRECTED = _variant(
    Code.CERT_INTERCEPTED,
    title=one_of(
        "Another server answered instead of {provider}'s {host}",
        "Another server answered instead of your provider's",
    ),
    explanation=[
        one_of(
            "The app connected to {host}, but the certificate that came back is for "
            "{certificate_name}, not for {provider}: the connection was taken over on the way.",
            "The app connected to your provider's server, but the certificate that came back is "
            "for another name: the connection was taken over on the way.",
        ),
        "Web hosts often send every outgoing mail connection to a mail server of their own "
        "(cPanel: SMTP Restrictions), and antivirus programs and company networks that scan "
        "encrypted mail do the same.",
    ],
    fix=[
        one_of(
            "On web hosting, ask the host to let connections to {provider}'s mail servers out, "
            "or send through the host's own mail server with the settings it gives; elsewhere, "
            "turn off the scanning of encrypted mail in the antivirus or firewall.",
            "On web hosting, ask the host to let connections to your provider's mail servers "
            "out, or send through the host's own mail server with the settings it gives; "
            "elsewhere, turn off the scanning of encrypted mail in the antivirus or firewall.",
        ),
        "Do not turn the certificate check off or accept the certificate: the password would go "
        "to that other server.",
    ],
)
# A server's limit of connections per account (or per account and address) at once (Gmail's
# 15 per account, Dovecot's mail_max_userip_connections): other apps and devices hold them.
_CONNECTION_LIMIT = _variant(
    Code.AUTH_TEMPORARY_FAILURE,
    title="Too many connections to this account at once",
    explanation=[
        "The server allows each account only so many connections at the same time, and this "
        "one would be over the limit: other apps or devices, or the app's own parallel "
        "connections, hold the rest.",
        "It is not a wrong password, and the settings may be right.",
        _SAID,
    ],
    fix=[
        "Close the account in apps and on devices you no longer use, or lower the number of "
        "connections the app opens (Thunderbird: Server Settings → Advanced → Maximum number of "
        "server connections to cache); then try again in a few minutes.",
    ],
    admin=[
        "To allow more, raise the server's limit of connections per user (Dovecot: "
        "mail_max_userip_connections).",
    ],
)
# The device's system would not start a connection for want of a local address to start it from
# (EADDRNOTAVAIL, "Cannot assign requested address"; Winsock's WSAEADDRNOTAVAIL): no route left
# the device, so the server was never asked.
_NO_LOCAL_ADDRESS = _variant(
    Code.HOST_UNREACHABLE,
    title="This device has no network address to reach the server from",
    explanation=[
        "The device's system would not even start the connection (Cannot assign requested "
        "address): it has no address of its own on a network that leads to the server.",
        "Most often the server's name gave an IPv6 address and the device, container or virtual "
        "machine has no IPv6; else its network is not up yet, or it has run out of local ports. "
        "The server itself may be fine.",
    ],
    fix=[
        "Check that the device is online. If the app runs in a container or a virtual machine, "
        "give it IPv6 or make the app use IPv4 (Docker: enable IPv6 on its network); then try "
        "again.",
    ],
    admin=[
        "Nothing needs to change on the mail server: the device that connects has no address "
        "to reach it from.",
    ],
)
# A pasted error that only says the connection failed ("Could not connect to the server"): it
# names no reason, so the answer must not claim one (no answer at all, a firewall) it never saw.
_UNSTATED = _variant(
    Code.PORT_FILTERED,
    title=one_of("The app could not connect to {host}", "The app could not connect to the server"),
    explanation=[
        "The message says only that the connection failed, not why.",
        "Most often the server name or the port is wrong, or a firewall blocks the port: at the "
        "server, or on the network the app is on (an office, hotel or mobile network, a VPN or "
        "an antivirus).",
    ],
    admin=[
        "Check that the mail service listens on the port and that the firewall lets connections "
        "to it through.",
    ],
)
CATALOG: Mapping[Code, CatalogEntry] = MappingProxyType(_ENTRIES)

_GENERIC = _e(
    "A problem was found",
    ["We found a problem with these settings, but have no description of it yet."],
    ["Check the server name, port and security settings with your email provider."],
)

# --- The fix the answer decided (diagnostics/answer.py) ---------------------------------------

# When nothing works on that server, a fix suggests nothing that was tried and failed.
_NO_ALTERNATIVE: Mapping[Layer, Text] = {
    Layer.CONNECTION: (
        one_of(
            "None of the ports and security settings we tried on {host} works for {protocol}, "
            "so changing them will not help.",
            "None of the ports and security settings we tried works, so changing them will not "
            "help.",
        ),
        one_of(
            "{network_hint}",
            "Check the server name with your email provider: this server does not offer "
            "{protocol} on the usual ports.",
            "Check the server name with your email provider.",
        ),
    ),
    Layer.ENCRYPTION: (
        one_of(
            "None of the encrypted settings we tried on {host} works, so there is nothing to "
            "change in your mail app: the server must be fixed.",
            "None of the encrypted settings we tried works, so there is nothing to change in "
            "your mail app: the server must be fixed.",
        ),
        "Do not switch encryption off and do not accept a certificate warning: both would "
        "expose your password.",
    ),
    Layer.SETTINGS: (
        "None of the other settings we tried works either, so there is nothing better to "
        "change to: the server must be fixed.",
    ),
}
