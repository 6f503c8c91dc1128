"""What each command imports (issue 16: start-up): only what it uses (figures: benchmarks)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _modules_after(code: str) -> dict[str, object]:
    """Run `code` in a fresh interpreter; it prints a JSON object as its last line."""
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_dnspython_through_diagnostics_skips_importlib_metadata() -> None:
    """dnspython imported after diagnostics.net: importlib.metadata stays a stand-in, dnspython's
    idna support is on and DoH/DoQ off (their libraries not imported), and reading
    importlib.metadata then gives the real module."""
    code = (
        "import sys, json\n"
        "from diagnostics.net import dnsfeatures\n"
        "dnsfeatures.prepare()\n"
        "import dns.asyncresolver, dns.name, dns._features as f\n"
        "before = type(sys.modules['importlib.metadata']).__name__\n"
        "features = {k: f.have(k) for k in ('idna', 'doh', 'doq')}\n"
        "heavy = [m for m in ('httpx', 'httpcore', 'aioquic', 'email.message')\n"
        "    if m in sys.modules]\n"
        "import importlib.metadata\n"
        "version = importlib.metadata.version('dnspython')\n"
        "after = type(sys.modules['importlib.metadata']).__name__\n"
        "print(json.dumps(dict(before=before, features=features, heavy=heavy, version=version,\n"
        "    after=after, same=importlib.metadata is sys.modules['importlib.metadata'],\n"
        "    idna=dns.name.IDNA_DEFAULT is dns.name.IDNA_2008)))\n"
    )
    found = _modules_after(code)
    assert found["before"] == "_StandIn" and found["after"] == "module" and found["same"]
    assert found["features"] == {"idna": True, "doh": False, "doq": False}
    assert found["heavy"] == [] and found["idna"]
    from importlib.metadata import version

    assert found["version"] == version("dnspython")


def test_the_library_and_the_bot_keep_the_real_importlib_metadata() -> None:
    """Only the one-shot command line prepares the stand-in: a process that imports the library
    (the bot, `mailmedic worker`) keeps the real module, which others may patch."""
    code = (
        "import sys, json, diagnostics.net.resolve, diagnostics.finder, dns.resolver\n"
        "import importlib.metadata\n"
        "print(json.dumps(dict(kind=type(sys.modules['importlib.metadata']).__name__)))\n"
    )
    assert _modules_after(code) == {"kind": "module"}


def test_a_one_shot_check_loads_no_importlib_metadata() -> None:
    """A one-shot command (diagnostics.process.ONE_SHOT, as cli.run sets it) that resolves and
    connects never imports the real importlib.metadata."""
    code = (
        "import sys, json, io, contextlib\n"
        "from diagnostics import process\n"
        "process.ONE_SHOT = True\n"
        "from diagnostics.cli import main\n"
        "out, err = io.StringIO(), io.StringIO()\n"
        "with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):\n"
        "    main(['check', '--protocol', 'imap', '--host', '127.0.0.1', '--port', '1',\n"
        "          '--security', 'tls', '--allow-private', '--dns', '127.0.0.1:1',\n"
        "          '--timeout', '2'])\n"
        "print(json.dumps(dict(kind=type(sys.modules['importlib.metadata']).__name__,\n"
        "    dns='dns.resolver' in sys.modules)))\n"
    )
    assert _modules_after(code) == {"kind": "_StandIn", "dns": True}


def test_dnssec_still_asks_for_cryptography_itself() -> None:
    """A feature not answered by diagnostics (DNSSEC's cryptography) is asked of the real
    importlib.metadata, through the stand-in."""
    code = (
        "import sys, json\n"
        "from diagnostics.net import dnsfeatures\n"
        "dnsfeatures.prepare()\n"
        "import dns.dnssec, dns._features as f\n"
        "print(json.dumps(dict(dnssec=f.have('dnssec'),\n"
        "    real=type(sys.modules['importlib.metadata']).__name__)))\n"
    )
    assert _modules_after(code) == {"dnssec": True, "real": "module"}


@pytest.mark.parametrize(
    ("argv", "absent"),
    [
        (["--version"], ["argparse", "typing", "dataclasses", "logging", "importlib.metadata"]),
        (["--help"], ["typing", "dataclasses", "logging", "asyncio", "diagnostics.model"]),
    ],
)
def test_version_and_help_import_little(argv: list[str], absent: list[str]) -> None:
    """`--version` prints the version before any parser exists; `--help` needs only argparse
    and the commands' declarations."""
    code = (
        "import sys, json, io, contextlib\n"
        f"sys.argv = ['mailmedic', *{argv!r}]\n"
        "from diagnostics.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"print(json.dumps(dict(loaded=[m for m in {absent!r} if m in sys.modules],\n"
        "    out=out.getvalue())))\n"
    )
    found = _modules_after(code)
    assert found["loaded"] == []
    out = str(found["out"])
    if argv == ["--version"]:
        from importlib.metadata import version

        assert out == f"mailmedic {version('mailmedic')}\n"
    else:
        assert "diagnose" in out and "explain" in out and "worker" in out


def test_a_command_gets_only_its_own_options_and_the_others_still_parse() -> None:
    """Built for `check`, the parser declares check's options only; built for nothing, every
    command's (the same parser as before)."""
    from diagnostics.cli import build_parser

    only_check = build_parser(["check", "--help"])
    full = build_parser()
    sub = next(a for a in full._actions if a.dest == "command")
    sub_check = next(a for a in only_check._actions if a.dest == "command")
    assert set(sub.choices) == set(sub_check.choices)  # type: ignore[arg-type]
    diagnose_full = sub.choices["diagnose"]  # type: ignore[index]
    diagnose_bare = sub_check.choices["diagnose"]  # type: ignore[index]
    assert any(a.dest == "json" for a in diagnose_full._actions)
    assert not any(a.dest == "json" for a in diagnose_bare._actions)
    args = full.parse_args(["diagnose", "example.com", "--json"])
    assert args.json and args.target == "example.com"
    args = build_parser(["--lang", "de", "diagnose", "x.example", "--json"]).parse_args(
        ["--lang", "de", "diagnose", "x.example", "--json"]
    )
    assert args.json and args.lang == "de"


def test_a_diagnosis_without_documents_or_login_loads_no_parser_or_login_rules() -> None:
    """`diagnose` and `check` import neither the XML stack nor the autoconfig parser (loaded
    when a document came back) nor the after-login rules (loaded when a login left its facts),
    and those still load and work when they are needed."""
    code = (
        "import sys, json, diagnostics.diagnosis, diagnostics.runner\n"
        "lazy = ('xml.etree.ElementTree', 'defusedxml', 'diagnostics.wire.autoconfig',\n"
        "    'diagnostics.findings.mailbox_rules', 'diagnostics.findings.auth')\n"
        "before = [m for m in lazy if m in sys.modules]\n"
        "from diagnostics.discovery.autoconfig import config_lookup\n"
        'doc = (b\'<clientConfig version="1.1"><emailProvider id="x.example">\'\n'
        "    b'<incomingServer type=\"imap\"><hostname>imap.x.example</hostname>'\n"
        "    b'<port>993</port><socketType>SSL</socketType><username>%EMAILADDRESS%</username>'\n"
        "    b'</incomingServer></emailProvider></clientConfig>')\n"
        "found = config_lookup('autoconfig', 'https://x.example/c.xml', doc,\n"
        "    address='a@x.example', username=None)\n"
        "from diagnostics.findings.rules import rule_after_login\n"
        "from diagnostics.model import Endpoint, Outcome, ProbeResult, Protocol, Security, Stage\n"
        "ep = Endpoint(protocol=Protocol.SMTP, host='x.example', port=587,\n"
        "    security=Security.STARTTLS)\n"
        "sent = ProbeResult(endpoint=ep, outcome=Outcome.OK, stage=Stage.DONE, elapsed_ms=1,\n"
        "    facts={'sending': {'sender': 'a@x.example', 'recipient_accepted': False,\n"
        "        'recipient_reply': '554 5.7.1 <a@x.example>: Relay access denied'}})\n"
        "codes = [f.code.value for f in rule_after_login(sent)]\n"
        "print(json.dumps(dict(before=before, status=found.status,\n"
        "    users=[e.username for e in found.endpoints], codes=codes,\n"
        "    after=[m for m in lazy if m in sys.modules])))\n"
    )
    found = _modules_after(code)
    assert found["before"] == []
    assert found["status"] == "found" and found["users"] == ["a@x.example"]
    assert found["codes"] == ["RELAY_REFUSED"]
    assert "diagnostics.findings.mailbox_rules" in found["after"]  # type: ignore[operator]
    assert "xml.etree.ElementTree" in found["after"]  # type: ignore[operator]


def test_the_dataclasses_a_diagnosis_loads_have_their_own_docstrings() -> None:
    """A dataclass without a docstring gets one made from `inspect.signature` while the class
    is created (about 0.1 ms each, start-up): every one `diagnose` and `check` load has its own."""
    code = (
        "import sys, json, dataclasses\n"
        "import diagnostics.diagnosis, diagnostics.runner, diagnostics.report.text\n"
        "import diagnostics.cli.diagnose, diagnostics.cli.check\n"
        "made = []\n"
        "for name, module in list(sys.modules.items()):\n"
        "    if not name.startswith('diagnostics'):\n"
        "        continue\n"
        "    for value in vars(module).values():\n"
        "        if (isinstance(value, type) and dataclasses.is_dataclass(value)\n"
        "                and value.__module__ == name\n"
        "                and (value.__doc__ or '').startswith(value.__name__ + '(')):\n"
        "            made.append(f'{name}.{value.__name__}')\n"
        "print(json.dumps(dict(made=sorted(set(made)))))\n"
    )
    assert _modules_after(code) == {"made": []}
