"""Reading what people paste: an app's dialog, a library's exception, a bounce, in any language.

Theory of operation. A paste is first split by `dialog.parse` into the dialog's fields (server,
port, protocol, SSL yes/no: facts, never causes), the server replies it quotes ("Server
Response: '...'", "The server responded: ...", "The server response was: ...", a reply code
with its RFC 3463 enhanced code after a library's exception name, Python smtplib's "(550,
b'...')"), and the rest. `match.recognise` then looks for causes from the most reliable
evidence to the least:

1. a server's or provider's own words (server_texts.json for logins, bounce_texts.json for
   sending and delivery), in the quoted replies, then anywhere in the rest;
2. the generic meanings of codes (RFC 4954, 5530, 3206, 2449 and the RFC 3463 enhanced codes,
   entries whose provider is "RFC ..."), in the same order: an unknown reply's code never
   speaks before a known text, and never of a line a known text explained. So a dialog that
   wraps a reply ("Please check the message recipient") is led by the reply inside it;
3. language-independent tokens: error numbers (0x800CCC0F), library and TLS error names
   (`WRONG_VERSION_NUMBER`, `PKIX path building failed`), OS errors (client_texts.json);
4. the apps' own message strings in nine languages (app_strings*.json), matched by their
   distinctive fragments with the placeholders as wildcards (`corpus.py`).

A field's label or value is never read as a cause: "Protocol: POP3 ... Server Response: '+OK'" is
a POP3 server answering as POP3 servers do, not a POP3 server on an IMAP port.
"""
