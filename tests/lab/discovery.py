"""The lab's discovery domains: DNS records (SRV, MX, CNAME, A) for dnsmasq, and the documents
nginx serves over TLS (autoconfig, Autodiscover, a lab ISPDB), broken ones included.

Each domain is a sub-domain of lab.test named after what it shows; `EXPECT` in the tests says
what `diagnose` must find there. Provider domains have an MX that matches a provider's pattern
(the provider's own servers are outside the lab zone, so dnsmasq refuses them: only the match and
its notes can be tested here).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from diagnostics.wire.pacc import WELL_KNOWN as PACC_PATH
from diagnostics.wire.pacc import digest_record

from .layout import DOMAIN


def d(name: str) -> str:
    return f"{name}.{DOMAIN}"


MICROSOFT_AUTODISCOVER = "autodiscover.outlook.com"
WEB = d("web")  # the nginx host: lab ISPDB, Autodiscover for _autodiscover._tcp targets
ISPDB_PATH = "/v1.1/"
# A second central database (the autoconfig draft's, https://v1.ispdb.net/ in the wild) that
# knows a domain the first does not: centraldb.lab.test.
CENTRAL_PATH = "/v1/"

HEALTHY = d("healthy")


def clientconfig(
    servers: list[tuple[str, str, int, str, str]],
    *,
    extra: str = "",
    methods: tuple[str, ...] = ("password-cleartext",),
) -> str:
    """A clientConfig v1.1 document: servers as (type, host, port, socketType, username), each
    listing the `methods` of <authentication> in that order."""
    auth = "".join(f"      <authentication>{m}</authentication>\n" for m in methods)
    parts = []
    for kind, host, port, socket_type, username in servers:
        tag = "outgoingServer" if kind == "smtp" else "incomingServer"
        parts.append(
            f'    <{tag} type="{kind}">\n'
            f"      <hostname>{host}</hostname>\n"
            f"      <port>{port}</port>\n"
            f"      <socketType>{socket_type}</socketType>\n"
            + auth
            + f"      <username>{username}</username>\n"
            f"    </{tag}>\n"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<clientConfig version="1.1">\n'
        '  <emailProvider id="lab.test">\n'
        "    <domain>lab.test</domain>\n"
        "    <displayName>Lab Mail</displayName>\n"
        + "".join(parts)
        + extra
        + "  </emailProvider>\n</clientConfig>\n"
    )


def pox(servers: list[tuple[str, str, int, str]]) -> str:
    """An Autodiscover POX response: servers as (Type, Server, Port, SSL on|off)."""
    protocols = "".join(
        "<Protocol>"
        f"<Type>{kind}</Type><Server>{host}</Server><Port>{port}</Port>"
        f"<SSL>{ssl}</SSL><LoginName>lab</LoginName>"
        "</Protocol>"
        for kind, host, port, ssl in servers
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">'
        '<Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">'
        "<Account><AccountType>email</AccountType><Action>settings</Action>"
        f"{protocols}</Account></Response></Autodiscover>"
    )


def pox_redirect(action: str, target: str) -> str:
    """An Autodiscover answer that sends the client elsewhere (redirectUrl or redirectAddr)."""
    element = "RedirectUrl" if action == "redirectUrl" else "RedirectAddr"
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006">'
        '<Response xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">'
        f"<Account><Action>{action}</Action><{element}>{target}</{element}></Account>"
        "</Response></Autodiscover>"
    )


@dataclass(frozen=True)
class Resource:
    """One thing nginx serves: a file (GET) or a fixed answer (`return`, any method)."""

    body: str = ""
    status: int = 200
    content_type: str = "application/xml"
    location: str | None = None  # for redirects
    login: bool = False  # 401 with WWW-Authenticate
    any_method: bool = False  # Autodiscover is a POST


@dataclass(frozen=True)
class VHost:
    name: str
    resources: dict[str, Resource] = field(default_factory=dict)
    expired: bool = False  # served with the expired web certificate
    plain_http: bool = False  # port 80 only (https for this name gets the default host)


AC_DOC = clientconfig(
    [
        ("imap", HEALTHY, 993, "SSL", "%EMAILADDRESS%"),
        ("pop3", HEALTHY, 995, "SSL", "%EMAILADDRESS%"),
        ("smtp", HEALTHY, 465, "SSL", "%EMAILADDRESS%"),
    ],
    extra=(
        '    <enable visiturl="https://web.lab.test/settings">\n'
        "      <instruction>Switch IMAP on in the lab web settings first.</instruction>\n"
        "    </enable>\n"
        '    <documentation url="https://web.lab.test/help">\n'
        '      <descr lang="en">Lab mail help</descr>\n'
        "    </documentation>\n"
    ),
)
WK_DOC = clientconfig(
    [
        ("imap", "mail.lab.test", 993, "SSL", "%EMAILLOCALPART%"),
        ("smtp", "mail.lab.test", 587, "STARTTLS", "%EMAILLOCALPART%"),
    ]
)
PLAIN_DOC = clientconfig(
    [
        ("imap", HEALTHY, 143, "plain", "%EMAILADDRESS%"),
        ("smtp", HEALTHY, 587, "plain", "%EMAILADDRESS%"),
    ]
)
BAD_XML_DOC = clientconfig([("imap", HEALTHY, 993, "SSL", "%EMAILADDRESS%")])[:200]
PLACEHOLDER_DOC = clientconfig(
    [
        ("imap", HEALTHY, 993, "SSL", "%EMAILADDRESS"),
        ("smtp", HEALTHY, 465, "SSL", "%EMAILADDRESS%"),
    ]
)
STALE_DOC = clientconfig(
    [
        ("imap", d("oldmail.stale"), 993, "SSL", "%EMAILADDRESS%"),
        ("smtp", HEALTHY, 465, "SSL", "%EMAILADDRESS%"),
    ]
)
LISTED_DOC = clientconfig(
    [
        ("imap", HEALTHY, 993, "SSL", "%EMAILADDRESS%"),
        ("smtp", HEALTHY, 465, "SSL", "%EMAILADDRESS%"),
    ]
)
MAILHOST_DOC = clientconfig(
    [
        ("imap", "mail.lab.test", 993, "SSL", "%EMAILADDRESS%"),
        ("smtp", "mail.lab.test", 465, "SSL", "%EMAILADDRESS%"),
    ]
)
# A hosting company of another organisation (not under lab.test): outsourced.lab.test's MX points
# there, and the lab ISPDB knows its servers, which the healthy servers answer for (certs.py).
HOSTER = "hoster.test"
HOSTER_NAMES = (f"imap.{HOSTER}", f"smtp.{HOSTER}", f"mx1.{HOSTER}")
# A host with six A records (the healthy server's first, then five loopback addresses where
# nothing listens): probes try at most four of each family (probes/base.py addresses_to_try).
MANY_ADDRESS_HOST = d("manyaddr")


def many_addresses(healthy: str) -> list[str]:
    """The six A records of MANY_ADDRESS_HOST in the slot of `healthy` (127.S.10.1)."""
    prefix = healthy.rsplit(".", 2)[0]
    return [healthy, *(f"{prefix}.99.{i}" for i in range(1, 6))]


# GMX's servers as our provider list names them (providers.json), answered here by the healthy
# scenario's real Dovecot and Postfix: gmx.lab.test's MX (mx00.gmx.net) names GMX, whose
# "enable IMAP first" step is tied to the login's refusal (Dovecot's [AUTHENTICATIONFAILED]
# for a login it does not know, the words GMX uses while IMAP is off).
GMX_NAMES = ("imap.gmx.net", "pop.gmx.net", "mail.gmx.net")
# domform.lab.test: a username template with the email domain, as IIJmio publishes
# "%EMAILLOCALPART%.%EMAILDOMAIN%": the lab's user of that form (tests/lab/__init__.py).
DOMFORM_USER = "carol.domform.lab.test"
DOMFORM_DOC = clientconfig(
    [
        ("imap", HEALTHY, 993, "SSL", "%EMAILLOCALPART%.%EMAILDOMAIN%"),
        ("smtp", HEALTHY, 465, "SSL", "%EMAILLOCALPART%.%EMAILDOMAIN%"),
    ]
)
HOSTER_DOC = clientconfig(
    [
        ("imap", f"imap.{HOSTER}", 993, "SSL", "%EMAILADDRESS%"),
        ("smtp", f"smtp.{HOSTER}", 465, "SSL", "%EMAILADDRESS%"),
    ]
)
# httptwin.lab.test: a plain-HTTP-only autoconfig naming the hoster's servers without encryption:
# the STARTTLS twins we probe beside them are learned over plain HTTP too (finder.py).
HTTPTWIN_DOC = clientconfig(
    [
        ("imap", f"imap.{HOSTER}", 143, "plain", "%EMAILADDRESS%"),
        ("smtp", f"smtp.{HOSTER}", 587, "plain", "%EMAILADDRESS%"),
    ]
)
# Server names that cannot be anyone's (wire/hostname.py), as numeric references so nginx's
# configuration stays ASCII: U+202E (turns text around on screen), a no-break space and spaces.
# badnames.lab.test's Autodiscover names them beside one good server; badredir.lab.test's
# redirects to a URL that is not one; srvbadname.lab.test's SRV record targets bad_name.
BAD_NAMES = {"imap": "imap.&#x202E;tset.lab.test", "pop3": "pop&#xA0; x .badnames.lab.test"}
BADNAMES_POX = pox(
    [
        ("IMAP", BAD_NAMES["imap"], 993, "on"),
        ("POP3", BAD_NAMES["pop3"], 995, "on"),
        ("SMTP", HEALTHY, 465, "on"),
    ]
)
BADREDIR_POX = pox_redirect("redirectUrl", f"https://[{d('badredir')}/autodiscover/x.xml")
ISPDBAD_POX = pox([("IMAP", "mail.lab.test", 993, "on"), ("SMTP", "mail.lab.test", 465, "on")])
AD_DOC = pox([("IMAP", HEALTHY, 993, "on"), ("SMTP", HEALTHY, 587, "on")])
ADSRV_DOC = pox([("IMAP", HEALTHY, 993, "on"), ("SMTP", HEALTHY, 465, "on")])

# PACC (draft-ietf-mailmaint-pacc): one document, vouched for by a matching TXT digest at
# paccok, by a digest of other bytes at paccbad, and by no record at all at paccnorecord.
PACC_DOC = json.dumps(
    {
        "protocols": {"imap": {"host": HEALTHY}, "submit": {"host": HEALTHY}},
        "authentication": {"password": True},
        "info": {"provider": {"name": "Lab PACC Mail"}},
    },
    indent=2,
)
PACC_DOMAINS = {
    d("paccok"): digest_record(PACC_DOC.encode()),
    d("paccbad"): digest_record(b"an older version of the document"),
    d("paccnorecord"): None,
}
# A verified document whose IMAP server refuses connections (the "closed" scenario): the record
# is wrong (DISCOVERY_BROKEN), not the document.
PACC_DEAD = d("paccdead")
PACC_DEAD_DOC = json.dumps(
    {
        "protocols": {"imap": {"host": d("closed")}, "submit": {"host": HEALTHY}},
        "info": {"provider": {"name": "Lab PACC Mail"}},
    }
)
# A web server that answers every path with its home page, and no TXT record: no PACC at all.
PACC_CATCHALL = d("pacccatchall")
CATCHALL_PAGE = "<!doctype html><html><body>Welcome</body></html>\n"
# The PACC host served with an expired (wildcard-like) certificate: with no TXT record the domain
# publishes no PACC at all (paccexpired); with one, the published document is broken.
PACC_EXPIRED = d("paccexpired")
PACC_EXPIRED_RECORD = d("paccexpiredrecord")
# Microsoft-like Autodiscover for a domain whose MX is not Microsoft's: its mailboxes moved to
# Microsoft 365 while the MX still points at the old gateway.
# Autodiscover v2 (JSON) only, as Exchange Online answers it, for adjson.lab.test (MX the lab's).
ADJSON_DOC = json.dumps(
    {
        "Protocol": "AutodiscoverV1",
        "Url": "https://outlook.office365.com/autodiscover/autodiscover.xml",
    }
)
ADJSON_PATH = "/autodiscover/autodiscover.json"
ADM365_DOC = pox(
    [("IMAP", "outlook.office365.com", 993, "on"), ("SMTP", "smtp.office365.com", 587, "on")]
)

# authorder.lab.test: servers that offer SCRAM-SHA-256 beside PLAIN (the "scram" Dovecot), in a
# document that lists OAuth2 first and then "password-cleartext" (the autoconfig draft's
# "Multiple authentication alternatives"): a login with a password uses PLAIN.
AUTHORDER_DOC = clientconfig(
    [
        ("imap", d("scram"), 993, "SSL", "%EMAILADDRESS%"),
        ("smtp", d("scram"), 465, "SSL", "%EMAILADDRESS%"),
    ],
    methods=("OAuth2", "password-cleartext"),
)

# authfallback.lab.test: a document that lists "password-encrypted" first, then
# "password-cleartext", for servers whose CRAM-MD5 fails on the server's side ([UNAVAILABLE]:
# its password database is down) while PLAIN works (the "authfallback" Dovecot, and the lab's
# Exim on its "eximfallback" address: 435): the draft's §"Authentication verification and
# fallback" makes the login use the second method; an app set to the first would fail.
AUTHFALLBACK_DOC = clientconfig(
    [
        ("imap", d("authfallback"), 993, "SSL", "%EMAILADDRESS%"),
        ("pop3", d("authfallback"), 995, "SSL", "%EMAILADDRESS%"),
        ("smtp", d("eximfallback"), 465, "SSL", "%EMAILADDRESS%"),
    ],
    methods=("password-encrypted", "password-cleartext"),
)

AUTOCONFIG = "/mail/config-v1.1.xml"
WELL_KNOWN = "/.well-known/autoconfig/mail/config-v1.1.xml"
AUTODISCOVER = "/autodiscover/autodiscover.xml"

VHOSTS: tuple[VHost, ...] = (
    VHost(
        WEB,
        {
            ISPDB_PATH + d("listed"): Resource(LISTED_DOC),
            ISPDB_PATH + d("mailhost"): Resource(MAILHOST_DOC),
            ISPDB_PATH + HOSTER: Resource(HOSTER_DOC),
            CENTRAL_PATH + d("centraldb"): Resource(LISTED_DOC),
            # ispdbad.lab.test: the ISPDB and Autodiscover name different servers, both working.
            ISPDB_PATH + d("ispdbad"): Resource(LISTED_DOC),
            AUTODISCOVER: Resource(ADSRV_DOC, content_type="text/xml", any_method=True),
        },
    ),
    VHost(d("autoconfig.ac"), {AUTOCONFIG: Resource(AC_DOC)}),
    VHost(d("wk"), {WELL_KNOWN: Resource(WK_DOC)}),
    VHost(d("autoconfig.plain"), {AUTOCONFIG: Resource(PLAIN_DOC)}),
    VHost(d("autoconfig.authorder"), {AUTOCONFIG: Resource(AUTHORDER_DOC)}),
    VHost(d("autoconfig.authfallback"), {AUTOCONFIG: Resource(AUTHFALLBACK_DOC)}),
    VHost(d("autoconfig.domform"), {AUTOCONFIG: Resource(DOMFORM_DOC)}),
    # redirother.lab.test's autoconfig redirects (https, 301) to the hoster's own document,
    # which names imap.hoster.test: servers another domain named, through a redirect, so a
    # login there asks first (discovery/consent.py), though every hop was HTTPS.
    VHost(f"autoconfig.{HOSTER}", {AUTOCONFIG: Resource(HOSTER_DOC)}),
    VHost(
        d("autoconfig.redirother"),
        {AUTOCONFIG: Resource(status=301, location=f"https://autoconfig.{HOSTER}{AUTOCONFIG}")},
    ),
    VHost(d("autoconfig.badxml"), {AUTOCONFIG: Resource(BAD_XML_DOC)}),
    VHost(d("autoconfig.placeholder"), {AUTOCONFIG: Resource(PLACEHOLDER_DOC)}),
    VHost(d("autoconfig.stale"), {AUTOCONFIG: Resource(STALE_DOC)}),
    VHost(d("autoconfig.expiredweb"), {AUTOCONFIG: Resource(LISTED_DOC)}, expired=True),
    VHost(
        d("autoconfig.redirect"),
        {AUTOCONFIG: Resource(status=301, location=f"http://{WEB}{AUTOCONFIG}")},
    ),
    VHost(
        d("autodiscover.ad"),
        {AUTODISCOVER: Resource(AD_DOC, content_type="text/xml", any_method=True)},
    ),
    VHost(d("autodiscover.adlogin"), {AUTODISCOVER: Resource(status=401, login=True)}),
    VHost(
        d("autodiscover.adredir"),
        {
            AUTODISCOVER: Resource(
                pox_redirect(
                    "redirectUrl", f"https://{d('autodiscover.adredir')}/autodiscover/step2.xml"
                ),
                content_type="text/xml",
                any_method=True,
            ),
            "/autodiscover/step2.xml": Resource(AD_DOC, content_type="text/xml", any_method=True),
        },
    ),
    VHost(
        d("autodiscover.adaway"),
        {
            AUTODISCOVER: Resource(
                pox_redirect("redirectAddr", "someone@elsewhere.example"),
                content_type="text/xml",
                any_method=True,
            )
        },
    ),
    VHost(
        d("addomain"), {AUTODISCOVER: Resource(AD_DOC, content_type="text/xml", any_method=True)}
    ),
    VHost(d("autoconfig.httponly"), {AUTOCONFIG: Resource(LISTED_DOC)}, plain_http=True),
    VHost(d("autoconfig.httptwin"), {AUTOCONFIG: Resource(HTTPTWIN_DOC)}, plain_http=True),
    *(
        VHost(
            f"ua-auto-config.{domain}",
            {"/" + PACC_PATH: Resource(PACC_DOC, content_type="application/json")},
        )
        for domain in PACC_DOMAINS
    ),
    VHost(
        f"ua-auto-config.{PACC_DEAD}",
        {"/" + PACC_PATH: Resource(PACC_DEAD_DOC, content_type="application/json")},
    ),
    VHost(
        f"ua-auto-config.{PACC_CATCHALL}",
        {"/" + PACC_PATH: Resource(CATCHALL_PAGE, content_type="text/html")},
    ),
    *(
        VHost(
            f"ua-auto-config.{domain}",
            {"/" + PACC_PATH: Resource(PACC_DOC, content_type="application/json")},
            expired=True,
        )
        for domain in (PACC_EXPIRED, PACC_EXPIRED_RECORD)
    ),
    VHost(
        d("autodiscover.adm365"),
        {AUTODISCOVER: Resource(ADM365_DOC, content_type="text/xml", any_method=True)},
    ),
    VHost(
        d("autodiscover.ispdbad"),
        {AUTODISCOVER: Resource(ISPDBAD_POX, content_type="text/xml", any_method=True)},
    ),
    VHost(
        d("autodiscover.badnames"),
        {AUTODISCOVER: Resource(BADNAMES_POX, content_type="text/xml", any_method=True)},
    ),
    VHost(
        d("autodiscover.badredir"),
        {AUTODISCOVER: Resource(BADREDIR_POX, content_type="text/xml", any_method=True)},
    ),
    VHost(
        d("autodiscover.adjson"),
        {ADJSON_PATH: Resource(ADJSON_DOC, content_type="application/json")},
    ),
)

WEB_NAMES = tuple(v.name for v in VHOSTS if not v.expired and not v.plain_http)
EXPIRED_WEB_NAMES = tuple(v.name for v in VHOSTS if v.expired)

# Provider rules that lab DNS can exercise: domain -> an MX host of the provider's pattern.
PROVIDER_MX: dict[str, tuple[str, str]] = {
    d("google"): ("aspmx.l.google.com", "google"),
    d("m365"): ("m365-lab-test.mail.protection.outlook.com", "microsoft365"),
    d("outlook"): ("outlook-com.olc.protection.outlook.com", "outlook.com"),
    d("yahoo"): ("mta5.am0.yahoodns.net", "yahoo"),
    d("icloud"): ("mx01.mail.icloud.com", "icloud"),
    d("fastmail"): ("in1-smtp.messagingengine.com", "fastmail"),
    d("zoho"): ("mx.zoho.eu", "zoho"),
    d("proton"): ("mail.protonmail.ch", "proton"),
    d("gmx"): ("mx00.gmx.net", "gmx"),
    d("webde"): ("mx-ha03.web.de", "webde"),
    d("ionos"): ("mx00.ionos.de", "ionos"),
    d("ovh"): ("mx1.mail.ovh.net", "ovh"),
    d("godaddy"): ("mx1.secureserver.net", "godaddy"),
    d("yandex"): ("mx.yandex.net", "yandex"),
    d("mailboxorg"): ("mxext1.mailbox.org", "mailbox.org"),
    d("posteo"): ("mx01.posteo.de", "posteo"),
}

# Provider list entries found by the MX host's domain, where no MX pattern knows the host
# (Thunderbird's MX-derived lookup): domain -> (MX host, provider id, the domain that matched).
PROVIDER_MX_DOMAIN: dict[str, tuple[str, str, str]] = {
    d("posteonet"): ("mx02.posteo.net", "posteo", "posteo.net"),
    d("yandexby"): ("mx.mail.yandex.by", "yandex", "yandex.by"),
}


SIGNED_ZONE = d("signed")


def dns_lines(address: dict[str, str]) -> list[str]:
    """dnsmasq lines for every discovery domain (`address`: scenario -> address of this slot)."""
    web = address["web"]
    lines: list[str] = []

    def srv(service: str, domain: str, target: str, port: int, prio: int = 0, w: int = 10) -> None:
        lines.append(f"srv-host={service}.{domain},{target},{port},{prio},{w}")

    def mx(domain: str, target: str = HEALTHY, pref: int = 10) -> None:
        lines.append(f"mx-host={domain},{target},{pref}")

    # The lab domain itself: an MX, nothing published; guesses find mail.lab.test.
    mx(DOMAIN, "mail.lab.test")

    # RFC 6186 SRV, with "." for services not offered (RFC 2782).
    srv_domain = d("srv")
    mx(srv_domain)
    srv("_imaps._tcp", srv_domain, HEALTHY, 993)
    srv("_imap._tcp", srv_domain, HEALTHY, 143)
    srv("_submissions._tcp", srv_domain, HEALTHY, 465)
    srv("_submission._tcp", srv_domain, HEALTHY, 587)
    lines.append(f"srv-host=_pop3s._tcp.{srv_domain},.,0")
    # The same SRV records in a zone the lab's validating resolver calls signed (SIGNED_ZONE,
    # nameservers.start_validating_dns): DNSSEC-learned settings.
    signed = d("signed")
    mx(signed)
    srv("_imaps._tcp", signed, HEALTHY, 993)
    srv("_submissions._tcp", signed, HEALTHY, 465)
    lines.append(f"srv-host=_pop3._tcp.{srv_domain},.,0")

    broken = d("srvbroken")
    mx(broken)
    srv("_imaps._tcp", broken, d("closed"), 993)
    srv("_submissions._tcp", broken, HEALTHY, 465)

    # A correct SRV record naming a server whose certificate expired: the certificate is the
    # root cause, not the record.
    srvexpired = d("srvexpired")
    mx(srvexpired)
    srv("_imaps._tcp", srvexpired, d("expired"), 993)
    srv("_submissions._tcp", srvexpired, d("expired"), 465)

    # Autoconfig: a CNAME to the web host, the .well-known path on the domain itself, broken ones.
    for name in (
        "ac",
        "plain",
        "badxml",
        "placeholder",
        "stale",
        "redirect",
        "httponly",
        "httptwin",
        "authorder",
        "authfallback",
        "domform",
        "redirother",
    ):
        mx(d(name))
        lines.append(f"cname=autoconfig.{d(name)},{WEB}")
    mx(d("wk"))
    lines.append(f"host-record={d('wk')},{web}")
    mx(d("expiredweb"))
    lines.append(f"host-record=autoconfig.{d('expiredweb')},{web}")
    srv("_imaps._tcp", d("expiredweb"), HEALTHY, 993)
    # A stale autoconfig beside an SRV record that is up to date: the sources disagree.
    srv("_imaps._tcp", d("stale"), HEALTHY, 993)

    # A source that hangs (autoconfig on a server that never answers) beside an SRV record that
    # answers at once: probes of the SRV servers must not wait for it.
    mx(d("slowweb"))
    lines.append(f"host-record=autoconfig.{d('slowweb')},{address['silentweb']}")
    srv("_imaps._tcp", d("slowweb"), HEALTHY, 993)
    srv("_submissions._tcp", d("slowweb"), HEALTHY, 465)

    # Autodiscover: POX on autodiscover.<d>, a 401, and one found through its SRV record.
    for name in ("ad", "adlogin", "adredir", "adaway"):
        mx(d(name))
        lines.append(f"cname=autodiscover.{d(name)},{WEB}")
    mx(d("addomain"))
    lines.append(f"host-record={d('addomain')},{web}")  # Autodiscover on the domain itself
    mx(d("adsrv"))
    srv("_autodiscover._tcp", d("adsrv"), WEB, 443)

    # The lab ISPDB knows listed.lab.test, and mailhost.lab.test (the MX of hosted.lab.test).
    mx(d("listed"))
    mx(d("hosted"), d("mx1.mailhost"))
    # An MX at another organisation: its ISPDB entry names servers outside lab.test, learned
    # through plain DNS, so a login there asks first (bot/flow.py, discovery/consent.py).
    mx(d("outsourced"), f"mx1.{HOSTER}")
    lines.extend(f"host-record={name},{address['healthy']}" for name in HOSTER_NAMES)
    lines.append(f"cname=autoconfig.{HOSTER},{WEB}")
    lines.extend(f"host-record={name},{address['healthy']}" for name in GMX_NAMES)
    lines.extend(
        f"host-record={MANY_ADDRESS_HOST},{ip}" for ip in many_addresses(address["healthy"])
    )

    # PACC: the document on the web host, its digest (or none) in TXT (PACC_DOMAINS).
    published = {
        **PACC_DOMAINS,
        PACC_CATCHALL: None,
        PACC_EXPIRED: None,
        PACC_EXPIRED_RECORD: digest_record(PACC_DOC.encode()),
        PACC_DEAD: digest_record(PACC_DEAD_DOC.encode()),
    }
    for domain, record in published.items():
        mx(domain)
        lines.append(f"cname=ua-auto-config.{domain},{WEB}")
        if record is not None:
            lines.append(f'txt-record=_ua-auto-config.{domain},"{record}"')
    # Autodiscover names Microsoft 365's servers; the MX is the lab's own.
    mx(d("centraldb"))
    for name in ("adm365", "adjson", "ispdbad"):
        mx(d(name))
        lines.append(f"cname=autodiscover.{d(name)},{WEB}")
    # Names that cannot be a server's (BAD_NAMES): in Autodiscover, a redirect, an SRV target.
    for name in ("badnames", "badredir"):
        mx(d(name))
        lines.append(f"cname=autodiscover.{d(name)},{WEB}")
    mx(d("srvbadname"))
    srv("_imaps._tcp", d("srvbadname"), d("bad_name"), 993)
    srv("_submissions._tcp", d("srvbadname"), HEALTHY, 465)
    # An Exchange Online tenant as Microsoft has it published: autodiscover.<domain> a CNAME to
    # autodiscover.outlook.com (here the lab's web host, whose certificate does not name it).
    mx(d("adcname"))
    lines.append(f"host-record={MICROSOFT_AUTODISCOVER},{web}")
    lines.append(f"cname=autodiscover.{d('adcname')},{MICROSOFT_AUTODISCOVER}")

    # Exists, publishes nothing, and no guessed name exists.
    lines.append(f'txt-record={d("empty")},"no mail here"')

    for domain, (target, _) in PROVIDER_MX.items():
        mx(domain, target)
    for domain, (target, _, _) in PROVIDER_MX_DOMAIN.items():
        mx(domain, target)
    return lines
