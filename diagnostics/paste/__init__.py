"""Reading what people paste: an app's dialog, a library's exception, a bounce, in any language.

Theory of operation. A paste is first split by `dialog.parse` into the dialog's fields (server,
port, protocol, SSL yes/no: facts, never causes), the server replies it quotes ("Server
Response: '...'", "The server responded: ..."), and the rest. `match.recognise` then looks for
causes from the most reliable evidence to the least:

1. the server replies quoted by the dialog (server_texts.json, bounce_texts.json);
2. server texts and bounces anywhere in the rest;
3. language-independent tokens: error numbers (0x800CCC0F), library and TLS error names
   (`WRONG_VERSION_NUMBER`, `PKIX path building failed`), OS errors (client_texts.json);
4. the apps' own message strings in nine languages (app_strings*.json), matched by their
   distinctive fragments with the placeholders as wildcards (`corpus.py`).

A field's label or value is never read as a cause: "Protocol: POP3 ... Server Response: '+OK'" is
a POP3 server answering as POP3 servers do, not a POP3 server on an IMAP port.
"""
