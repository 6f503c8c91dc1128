"""How well `explain` reads texts it was not built from, and how fast.

    .venv/bin/python -m benchmarks.explain

Held out by app: that app's strings are removed from the matcher, then its texts (alone and
under their dialog's title) are explained; the same per language. Prints the share whose
first finding is the string's cause, the non-settings texts (bounces, other topics) answered
with a settings cause (goal: 0), and the time per recognised text with the full corpus
(goal: under 5 ms). The lexicon was written by reading these translations, so the
per-language figures are optimistic; the per-app ones are the fairer test.

Then fresh texts (`benchmarks/data/fresh_texts.json`, tools/extract_fresh_texts.py): the
messages of two mail clients that nothing in the matcher was built or tuned on (GNOME
Evolution and the Roundcube webmail, in the nine languages), labelled by reading their code
before they were run: the honest measure of generalisation. `--fresh` prints each miss.
`--final` also runs the final held-out set (NeoMutt, Geary), extracted and committed before
anything was changed for the fresh set's misses; it was run once (45.3 %), its misses read,
and so it is tuned now too. `--unseen` runs the third set (Balsa, Claws Mail), extracted
before the lexicon was changed for the final set's misses; run once (73.2 %), its misses read
too. `--fourth` runs the fourth set (Mailspring, Nextcloud Mail), extracted and committed before
anything was changed for it; its texts labelled null are a mail app's texts about no settings
problem (an S/MIME signature, a folder), which must get no settings cause. `--fifth` runs the
fifth set (fetchmail, msmtp), extracted before anything was changed for the fourth's misses.
Each was run once as committed: 56.4 % (7 of 72 non-settings texts answered with a settings
cause) and 63.1 % (0 of 22); then the misses of both were read and the lexicon's vocabulary
classes changed, so they are tuned now too. `--sixth` runs the sixth set (SOGo, Horde IMP),
extracted after those changes and before it was run, their honest measure: 59.1 %, and 47 of
120 texts about no settings problem (S/MIME signing certificates, password changes) answered
with a settings cause; its misses read and the lexicon changed again, it is tuned now too.
`--seventh` runs the seventh set (`seventh_texts.json`: GNOME Online Accounts, the Zimbra web
client), extracted and labelled before it was run: its honest first run 71.9 %, 27 of 225 texts
about no settings problem (a keyring, contact quotas, a licence) answered with a settings cause;
its misses read and the lexicon's classes changed, it is tuned now too. `--eighth` runs the
eighth set (`eighth_texts.json`: Trojitá, KMail with kimap, ksmtp and kmailtransport), extracted
and labelled before it was run, and run once after every other change of the round: 56.1 %, 42 of
188 texts about no settings problem (OpenPGP keys, a password store, a first connection) answered
with a settings cause; its misses read and the lexicon changed, it is tuned now too. `--ninth`
runs the ninth set (`ninth_texts.json`: the Cypht and SquirrelMail webmails), extracted and
labelled blind before it was run: its honest first run 86.3 %, 20 of 236 texts about no settings
problem (a webmail's own password change, settings store and two-step code) answered with a
settings cause; its misses read and the lexicon changed, it is tuned now too. `--tenth` runs the
tenth set (`tenth_texts.json`: the AOSP Email app and Mailpile), extracted and labelled blind
from their code at pinned commits before it was run: its honest first run 79.7 %, 31 of 408 texts
about no settings problem answered with a settings cause (19 of them Mailpile's own unlock
password, "Invalid password, please try again", which no text alone tells from a mail login;
Tor on 127.0.0.1); its misses read and the lexicon changed, it is tuned now too. `--eleventh`
runs the eleventh set (`eleventh_texts.json`: EGroupware's mail app and Afterlogic WebMail Lite),
extracted and labelled blind from their code at pinned commits, and run once after the tenth
set's round: 77.6 %, 19 of 336 texts about no settings problem answered with a settings cause;
its misses read (Horde's IMAP library texts, a connection "not secure", S/MIME private keys), it
is tuned now too. `--twelfth` runs the twelfth set (`twelfth_texts.json`: Group-Office and Tine's
Felamimail), extracted and labelled blind from their code at pinned commits, and run once after
the next round's classes (own mailbox over quota, Outlook's 0x800CCC79 as relaying): 82.0 %,
39 of 277 texts about no settings problem answered with a settings cause (the web app's own
"check your internet connection", S/MIME encryption certificates, a security key); its misses
read and the lexicon's classes changed, it is tuned now too. Most of its texts are no settings
problem: both apps show the server's or library's own words for a failed connection or login.
`--thirteenth` (`thirteenth_texts.json`: the Firefox OS Email app and Kopano WebApp), extracted
and labelled blind the same way, first ran at 68.9 %, 33 of 221 texts about no settings problem
answered with a settings cause (a web app's session, attachments too large for the app); and
`--fourteenth` (`fourteenth_texts.json`: YAM and SimpleMail), run once after the thirteenth's
round: 72.9 %, 28 of 184 (the computer's own TCP/IP stack and SSL library, the app's own mail
files and CA bundle). Both were read after that run and are tuned now too. `--fifteenth`
(`fifteenth_texts.json`: Xfce Mailwatch and Mail Notification, two mail notifiers) first ran at
80.4 %, 29 of 126 texts about no settings problem answered with a settings cause (an app built
without SSL or SASL, its own OpenSSL library, settings not filled in); `--sixteenth`
(`sixteenth_texts.json`: PHPMailer's translated messages and Gnubiff), run once after the
fifteenth's round, 94.9 %, 7 of 202 (PHPMailer's English connect texts were known before: the
measure is its translations and Gnubiff, 85.7 %). `--seventeenth` (`seventeenth_texts.json`:
the Horde_Imap_Client and Horde_Smtp libraries' own translated messages) first ran at 82.0 %,
none of its 111 texts about no settings problem answered with a settings cause; `--eighteenth`
(`eighteenth_texts.json`: the NOCC webmail, whose IMAP errors end with PHP imap_open's (UW
c-client's) English reason, and the FreeScout help desk), run once after the seventeenth's
round, 84.2 %, 19 of 169 (FreeScout's own login and password). All four were read after their
run and are tuned now too. `--nineteenth` (`nineteenth_texts.json`: pretalx's SMTP test and
outbox, whose Python errors it quotes inside its translated words, and Redmine's test email and
its own sign-in) first ran at 84.5 %, 36 of 124 texts about no settings problem answered with a
settings cause (Redmine's own sign-in, locked account and LDAP directory); pretalx 100 %, Redmine
69.0 %. Read after that run, it is tuned now too. `--twentieth` (`twentieth_texts.json`:
Mattermost's SMTP test and Gitea's test email, both quoting Go's net/smtp, crypto/tls and x509
texts inside their translated words, and both apps' own sign-in) first ran at 78.5 %, 55 of 204
texts about no settings problem answered with a settings cause (the apps' own "username or
password is incorrect", locked and deactivated accounts); Gitea 79.2 %, Mattermost 77.9 %.
`--twenty-first` (`twenty_first_texts.json`: Zammad's email channel probe, which maps the
library's reason to sentences of its own, and Uptime Kuma's SMTP notification, which shows
nodemailer's English error) first ran at 71.8 %, 27 of 92 (the apps' own sign-in again); Uptime
Kuma 81.1 %, Zammad 67.7 % (short host texts without mail words, "not offered by the service").
Both were read after their run and are tuned now too. `--twenty-second`
(`twenty_second_texts.json`: the SnappyMail webmail's login, composer and domain test, which
print the mail library's English reason under their translated words, and Modoboa's webmail and
account messages) first ran at 88.5 %, 13 of 110 texts about no settings problem answered with a
settings cause (Modoboa's own password check, its amavis filter); SnappyMail 92.4 %, Modoboa
82.1 %. Read after that run, it is tuned now too. `--twenty-third` (`twenty_third_texts.json`:
the Sylpheed mail client's dialogs, with the server's reply or OpenSSL's reason they quote, and
the mailcow web UI's own messages) first ran at 83.3 %, 23 of 272 texts about no settings problem
answered with a settings cause (mailcow's own sign-in and quota settings); Sylpheed 85.2 %,
mailcow 80.2 %. Read after that run, it is tuned now too. `--twenty-fourth`
(`twenty_fourth_texts.json`: BookStack's test email, which prints Symfony Mailer's English reason
under its translated words, and Kimai's own account messages) first ran at 82.1 %, 16 of 155
texts about no settings problem answered with a settings cause (BookStack's own sign-in);
BookStack 80.7 %, Kimai 100 %. Read after that run, it is tuned now too. `--twenty-fifth`
(`twenty_fifth_texts.json`: HumHub and Kanboard, whose mail errors reach only their logs, as
Symfony Mailer's and Swift Mailer's English lines, and their own translated account messages)
first ran at 86.2 %, 23 of 169 texts about no settings problem answered with a settings cause
(their own sign-in and password reset); HumHub 85.0 %, Kanboard 87.8 %. Read after that run, it
is tuned now too. `--twenty-sixth` (`twenty_sixth_texts.json`: phpList's bounce processing and
sending, with c-client's and PHPMailer's English reasons after its translated words, and GLPI's
mail errors and debug log) first ran at 91.9 %, 29 of 277 texts about no settings problem
answered with a settings cause (their own sign-in, password forms and reset requests); GLPI
89.0 %, phpList 93.3 %. `--twenty-seventh` (`twenty_seventh_texts.json`: Frappe's Email Account
with Python's exceptions after its translated words, and authentik's email stage) first ran at
95.2 %, 8 of 133 (Frappe's own sign-in and lockout); Frappe 91.8 %, authentik 100 %. Both were
read after that run and are tuned now too. `--twenty-eighth` (`twenty_eighth_texts.json`:
EspoCRM's IMAP test with ImapEngine's English reasons and NodeBB's SMTP test with nodemailer's,
under their translated titles) first ran at 93.2 %, 1 of 160 texts about no settings problem
answered with a settings cause; EspoCRM 92.6 %, NodeBB 93.5 %. `--twenty-ninth`
(`twenty_ninth_texts.json`: Misskey's test email with nodemailer's and Node's reasons and its
own sign-in, Lemmy's server log with lettre's and rustls' reasons and its API errors) first ran
at 79.9 %, 37 of 149 (both apps' own sign-in, user-not-found and rate-limit messages); Misskey
77.8 %, Lemmy 85.1 %. Both were read after that run and are tuned now too. `--thirty-first`
(`thirty_first_texts.json`: Gancio's SMTP test with nodemailer's and Node's reasons, and
Mobilizon's own account and form errors, its mail failures reaching only its debug log) first
ran at 86.4 %, 22 of 158 texts about no settings problem answered with a settings cause (both
apps' own sign-in); Gancio 84.5 %, Mobilizon 87.4 %. (A thirtieth set, Passbolt's, was left
unfinished by its helper and is not included.) `--thirty-second` (`thirty_second_texts.json`:
Paperless-ngx's mail account test and fetching, with imap_tools', imaplib's and smtplib's
reasons in its log, and Listmonk's SMTP test connection with Go's net/smtp, crypto/tls and
smtppool's reasons; the reasons English only), run once as committed after the thirty-third's
round: 84.2 % (250/297), 39 of 247 texts about no settings problem answered with a settings
cause (both apps' own sign-in, an OAuth grant, "unable to connect to the mail server" that
Paperless shows whatever failed); Paperless-ngx 80.5 %, Listmonk 88.7 %. `--thirty-third`
(`thirty_third_texts.json`: Chatwoot's email inbox check with net-imap's, net-smtp's and Ruby
OpenSSL's reasons, and its own sign-in, account and plan messages; OpenProject, meant for the same
set, had no snapshot small enough to read) first ran at 73.1 %, 26 of 101 texts about no settings
problem answered with a settings cause (Chatwoot's own sign-in and generic "unable to update"
texts). Read after that run, it is tuned now too (133/167: the advice naming the setting to check,
an inbox to re-authorize, a connection failure naming no mail; its own "Invalid Email or password."
stays a failed login, which no text alone tells from a mail app's). `--thirty-fourth`
(`thirty_fourth_texts.json`: UVdesk's mailbox fetching with PHP imap's and c-client's reasons and
its Symfony Mailer sending errors, Invoice Ninja's "send test email" and delivery notices with
Symfony Mailer's reasons, and both apps' own sign-in, one-time password, permission and form
texts), run once as committed after the thirty-third's round and this round's first classes:
93.0 % (265/285), 13 of 211 texts about no settings problem answered with a settings cause (a
one-time password, an imap_open() mailbox name's "/ssl" flag, both apps' own sign-in); Invoice
Ninja 93.1 %, UVdesk 92.7 %. Read after that run, it is tuned now too (275/285).
`--thirty-fifth` (`thirty_fifth_texts.json`: Leantime's test mail with PHPMailer's debug log, and
Bagisto's password-reset mail with Symfony Mailer's reasons, the reasons English only, and both
apps' own sign-in, password and form texts in their languages; HESK, meant for the same set, had
no snapshot), run once as committed after the thirty-fourth's round: 83.5 % (233/279), 41 of 236
texts about no settings problem answered with a settings cause (both apps' own sign-in and "check
your credentials", an old password); Bagisto 80.1 %, Leantime 87.5 %. Read after that run, it is
tuned now too (242/279: no greeting on a port that speaks TLS at once is plain text there,
PHPMailer's read timeout, OpenSSL 3's "unsupported protocol"; the web sign-in stays a failed
login), 240/279 after the thirty-sixth's round (Symfony Mailer speaks TLS at once on 465 by
itself, so its timeout there is no plain text: Bagisto's case, which turns that off, is missed
again). `--thirty-sixth` (`thirty_sixth_texts.json`: Akaunting's invoice mail with Symfony
Mailer 6.4's reasons on screen and its own messages in its languages, Mautic's test mail with
Symfony Mailer 5.4's reasons and its monitored inbox's test with c-client's, English only;
Dolibarr, meant for the same set, had no snapshot small enough), run once as committed after
the thirty-fifth's round: 91.8 % (180/196), 10 of 156 texts about no settings problem answered
with a settings cause (too many login attempts, a recovery token, both apps' own sign-in);
Akaunting 93.0 %, Mautic 86.8 %. Read after that run, it is tuned now too (183/196: c-client's
TLS failed after STARTTLS, too many mails sent; "too many login attempts" is now a login held
back in every language, as it already was outside English).
`--thirty-seventh` (`thirty_seventh_texts.json`: Snipe-IT's "Send Test" with Symfony Mailer
7.0's reasons, English only, and its own sign-in, permission, backup and form texts in its
languages; LimeSurvey, meant for the same set, and both fall-backs had no snapshot small
enough), run once as committed after the thirty-sixth's round: 89.4 % (169/189), 19 of 165
texts about no settings problem answered with a settings cause (its own sign-in, a suspended
user, a backup file not found on the server).
`--thirty-eighth` (`thirty_eighth_texts.json`: Matomo's password-reset mail with PHPMailer
6.9.2's reasons in Matomo's languages and its own texts, and Indico's setup wizard's SMTP test
with smtplib's reasons, English only; pretix, meant for the same set, had no snapshot small
enough), run once as committed after the thirty-sixth's round: 84.8 % (330/389), 53 of 318
texts about no settings problem answered with a settings cause; Indico 90.8 %, Matomo 82.2 %.
`--thirty-ninth` (`thirty_ninth_texts.json`: Rallly's nodemailer errors and own texts in its
languages, and osTicket's mail accounts' Laminas Mail errors, English only; Cal.com, meant for
the same set, had no snapshot small enough), run once as committed after the thirty-sixth's
round: 89.1 % (155/174), 10 of 127 texts about no settings problem answered with a settings
cause; Rallly 90.7 %, osTicket 82.4 %. All three were read after that run (their round: sentences
glued without a space, a string that ends in its placeholder needs its value, a file not found
on a server, Nodemailer's missing credentials, Laminas' TLS after STARTTLS). Two of their
labels name OVERLOADED for a server's 421; that code is this program's own overload, so those
two stay misses.
`--fortieth` (`fortieth_texts.json`: Firefly III's test message with Symfony Mailer 7.0's
reasons and Cachet's mail test with Swift Mailer 6.3's, English only, and both apps' own texts
in their languages), run once as committed after that round: 87.7 % (207/236), 22 of 193 texts
about no settings problem answered with a settings cause; Cachet 85.3 %, Firefly III 90.0 %.
`--forty-first` (`forty_first_texts.json`: Mailtrain's send log with Nodemailer 6.7's reasons
and Keila's delivery log with gen_smtp's reason terms, English only, and both apps' own texts),
run once as committed after that round: 79.0 % (166/210), 25 of 163; Keila 84.3 %, Mailtrain
73.5 %.
`--forty-second` (`forty_second_texts.json`: Fider's error trace with Go's net/smtp and
crypto/tls reasons and Mailu's fetchmail log lines, English only, and both apps' own texts),
run once as committed after that round: 92.6 % (189/204), 9 of 169; Fider 95.0 %, Mailu 87.7 %.
All three were read after that run (their round: gen_smtp's reason terms and OTP ssl's alerts,
musl's resolver words, STARTTLS a server did not know, Swift Mailer's TLS after STARTTLS, an
expired sign-in code).
`--forty-third` (`forty_third_texts.json`: Wiki.js's test mail with Nodemailer 6.9's reasons
and Node's, and its own texts, English only; Budibase, meant for the same set, and both
fall-backs had no snapshot small enough), run once after the fortieth's round: 82.2 % (37/45),
4 of 18 texts about no settings problem answered with a settings cause.
`--forty-fourth` (`forty_fourth_texts.json`: Pterodactyl's mail test with Symfony Mailer 7.1's
reasons, English only, and Flarum's mailer reasons and its own texts in flarum-lang's
translations), run once after the fortieth's round: 88.7 % (141/159), 15 of 120; Flarum 87.8 %,
Pterodactyl 91.7 %.
`--forty-fifth` (`forty_fifth_texts.json`: two mail clients, English only: aerc's IMAP and SMTP
errors with go-imap 1.2, go-smtp and go-sasl, and himalaya's with the io-imap and io-smtp
crates), `--forty-sixth` (`forty_sixth_texts.json`: OfflineIMAP and getmail6, English only,
with imaplib2's and Python's own texts), `--forty-seventh` (`forty_seventh_texts.json`:
Passbolt's test email with CakePHP's SmtpTransport reasons and its own texts in its languages,
Authelia's SMTP notifier with go-mail 0.8 and its portal's texts) and `--forty-eighth`
(`forty_eighth_texts.json`: Crater's mail test with Swift Mailer 6.3, FOSSBilling's with Symfony
Mailer 7.1 inside its cut-off exception text, both in their languages), each run once as
committed, after the forty-fourth's round and this round's first commits (a 554 greeting, a
pasted error not told as our own test): 85.1 % (74/87), 2 of 30 texts about no settings
problem answered with a settings cause; 81.9 % (59/72), 4 of 23; 79.7 % (275/345), 58 of 287
(almost all the portals' own sign-in); 89.2 % (364/408), 23 of 205. All four were read after
that run (their round: IMAP BYE, a 421 that names no limit, Go's bare EOF, Python's bare
timeout and match_hostname words, glibc's EAI_FAIL, names that could not be resolved in nine
languages, pinned fingerprints, Symfony's timeout inside a trace, Swift's tcp:// on 465,
CakePHP's refusals, an OAuth token not obtained).
`--forty-ninth` (`forty_ninth_texts.json`: Vikunja's test mail with go-mail 0.8 and its own
texts in its languages, Mealie's test email with Python's smtplib and its own texts),
`--fiftieth` (`fiftieth_texts.json`: Outline's mailer log lines with Nodemailer 9.0 and its own
texts, Documenso's test email, translated, with Nodemailer's reasons) and `--fifty-first`
(`fifty_first_texts.json`: Mailnag's account errors with imaplib2 and Python's poplib, and
imapfilter's stderr lines with OpenSSL 3's reasons), each run once as committed after the
forty-eighth's round: 86.8 % (276/318), 37 of 260 (Vikunja 91.3 %, Mealie 82.8 %); 88.9 %
(409/460), 33 of 235 (Outline 73.9 %, Documenso 96.7 %); 89.2 % (124/139), 4 of 83 (Mailnag
92.7 %, imapfilter 81.4 %). Read after that run (their round: poplib's greeting error with
another server's greeting, poplib's EOF, a bare "timed out", stored certificates, an app's own
unencrypted connection, OAuth at the mail server, Gmail's IMAP bandwidth limit, an app's own
keyring and AttributeError).
`--fifty-second` (`fifty_second_texts.json`: Vaultwarden's test email with lettre 0.11 and
rustls 0.23, Healthchecks' alert mail with Django's SMTP backend and Python 3.12, both English
only), `--fifty-third` (`fifty_third_texts.json`: Linkwarden's sign-in mail with Nodemailer 9.0
and its own texts in its languages; Plausible, meant for the same set, had no snapshot small
enough) and `--fifty-fourth` (`fifty_fourth_texts.json`: Sendportal's mail services, Symfony
Mailer 7.0, Mailgun's and Postmark's API answers; Monica's mail with Symfony Mailer 7.1 and its
own texts), each run once as committed after the fifty-first's round: 85.4 % (76/89), 4 of 30
(Vaultwarden 80.0 %, Healthchecks 90.9 %); 90.6 % (145/160), 13 of 130; 86.9 % (186/214), 22
of 165 (Sendportal 87.9 %, Monica 86.5 %). Read after that run (their round: rustls's alerts, a
reply code in parentheses, a server shutting down, a reply cut off).
`--fifty-fifth` (`fifty_fifth_texts.json`: the own SMTP clients of phpBB 3.3.15 and MyBB 1.8,
English only, with PHP's socket warnings and the server's replies they append, and both forums'
own sign-in texts), `--fifty-sixth` (`fifty_sixth_texts.json`: Gogs's test email with go-mail
0.7 and Go's net and TLS texts in its languages, Joplin Server's with Nodemailer 6.9, English),
`--fifty-seventh` (`fifty_seventh_texts.json`: Tandoor Recipes' logged mail failures with Python
3.13 on musl, Taiga's with Python 3.11's smtplib, and both apps' own texts in their languages;
Seafile's seahub, meant for the same set, had no snapshot small enough) and `--fifty-eighth`
(`fifty_eighth_texts.json`: Friendica's phpmailer addon with PHPMailer 6.9.1, Pixelfed with
Symfony Mailer 6.4, and their own texts in their languages), each run once as committed after
this round's first commit (Gmail's "Send mail as" bounce, a reply inside a dialog): 82.8 %
(77/93), 9 of 56 texts about no settings problem answered with a settings cause (phpBB 87.2 %,
MyBB 78.3 %); 88.4 % (335/379), 25 of 255 (Gogs 88.8 %, Joplin Server 85.4 %); 88.5 %
(255/288), 26 of 239 (Tandoor 94.8 %, Taiga 81.5 %); 78.3 % (202/258), 55 of 230 (Friendica
76.9 %, Pixelfed 83.1 %), nearly all of those the apps' own sign-in. Read after that run (their
round: musl's words, STARTTLS and AUTH a server does not know, no 220 greeting, no mechanism in
common, a content filter's refusal, stack frames that are code, a password form's own checks).
`--fifty-ninth` (`fifty_ninth_texts.json`: calibre-web's e-mail tasks with smtplib's reasons and
its own texts in its languages, Apprise's e-mail plugin, English), `--sixtieth`
(`sixtieth_texts.json`: NetBox's send_mail with Python 3.12 and its own texts in its languages,
Saleor's email plugin and Celery log, English; Zulip, meant for the same set, had no snapshot
small enough), `--sixty-first` (`sixty_first_texts.json`: Grav's email plugin with Symfony Mailer
5.4, InvoicePlane with PHPMailer 6.10 and its language files) and `--sixty-second`
(`sixty_second_texts.json`: Prometheus Alertmanager's and PocketBase's Go mail errors, English),
each run once as committed after the fifty-eighth's round and the "reason not stated" variant:
91.6 % (339/370), 27 of 312 texts about no settings problem answered with a settings cause
(calibre-web 91.2 %, Apprise 94.3 %); 95.5 % (255/267), 9 of 198 (NetBox 94.8 %, Saleor 97.3 %);
91.9 % (171/186), 13 of 104 (Grav Email 88.9 %, InvoicePlane 92.7 %); 88.4 % (107/121), 7 of 62
(PocketBase 91.9 %, Alertmanager 84.7 %). Read after that run (their round: smtplib's greeting
read that timed out, a 4.7.0 throttle without its reply code, Go's x509 without IP SANs and EOF
in quotes, Symfony's timeout after a symbol, a person logged out, a form asking for its sender).
`--sixty-third` (`sixty_third_texts.json`: Diaspora's Sidekiq log with Ruby's net-smtp and its own
texts in its languages, Huginn's email and IMAP agents, English; Mastodon, meant for the same set,
had no snapshot small enough), `--sixty-fourth` (`sixty_fourth_texts.json`: Node-RED's email
nodes with Nodemailer, node-imap and node-pop3, and Wekan's SMTP test, with their own texts in
their languages), `--sixty-fifth` (`sixty_fifth_texts.json`: two mail clients, mpop in its
translations and isync's mbsync, English) and `--sixty-sixth` (`sixty_sixth_texts.json`:
django-helpdesk's and Tracim's mail fetchers with poplib, imaplib and imapclient, and their own
texts), each run once as committed after the sixty-second's round: 91.8 % (256/279), 18 of 227
texts about no settings problem answered with a settings cause (Diaspora 91.3 %, Huginn
93.9 %); 90.6 % (374/413), 23 of 220 (Node-RED 93.5 %, Wekan 89.5 %); 73.6 % (229/311), 38 of
147 (mpop 72.8 %, isync 78.3 %); 90.7 % (225/248), 18 of 176 (django-helpdesk 96.0 %, Tracim
85.5 %). Read after that run (their round: msmtp's and mpop's words in their translations, POP3
replies that are none, reads that timed out after connecting, a resolver's timeout, unknown
commands and config lines that name no server, Ruby's unsupported protocol, node-imap's
LOGINDISABLED, STARTTLS given up on, IDLE not offered, a web session that ended).
`--sixty-seventh` (`sixty_seventh_texts.json`: the meli mail client's errors, English, and
DavMail's gateway messages in its languages), `--sixty-eighth` (`sixty_eighth_texts.json`: the
Jenkins Mailer plugin's test e-mail with Angus Mail's exceptions and its own texts in its
languages, and the Email Extension plugin's build console lines), `--sixty-ninth`
(`sixty_ninth_texts.json`: Sonarr's and Duplicati's MailKit errors under their translated words,
and their own texts) and `--seventieth` (`seventieth_texts.json`: FluentSMTP's PHPMailer errors,
English, and Contao's newsletter log with Symfony Mailer's reasons and its own texts; Craft CMS,
meant for the same set, had no snapshot small enough), each run once as committed after the
sixty-sixth's round: 78.4 % (116/148), 10 of 81 texts about no settings problem answered with a
settings cause (meli 80.9 %, DavMail 77.2 %); 88.7 % (196/221), 1 of 111 (Mailer 88.2 %, Email
Extension 91.2 %); 88.5 % (946/1069), 31 of 596 (Sonarr 87.5 %, Duplicati 89.3 %); 72.9 %
(97/133), 17 of 104 (FluentSMTP 80.0 %, Contao 70.4 %: its "Invalid recipient address" around
every transport error). Read after that run (their round: a recipient wording around a
connection failure, capabilities not advertised, LOGINDISABLED named, Java's resolver with
glibc's temporary failure, .NET's resolver and timeouts, no MX record, a storage allocation
exceeded, MailKit's list of possible reasons, apps' insecure-login warnings).
`--seventy-first` (`seventy_first_texts.json`: two desktop mail clients, Nylas Mail with
smtp-connection 2.8 and Kanmail with imaplib and imapclient, English), `--seventy-second`
(`seventy_second_texts.json`: two Android apps over IMAP, SMS Backup+ with K-9 Mail's library and
ImapNotes3 with JavaMail for Android, in their languages), `--seventy-third`
(`seventy_third_texts.json`: Planka's SMTP test and notifications with Nodemailer 8.0, Misago's
account mails with Django and Python 3.12, and both apps' own texts in their languages) and
`--seventy-fourth` (`seventy_fourth_texts.json`: WriteFreely's go-simple-mail and Mailgun errors,
Gatus's email alerts with go-mail's gomail, English), each run once as committed after the
seventieth's round: 89.9 % (80/89), 5 of 37 texts about no settings problem answered with a
settings cause (Kanmail 94.1 %, Nylas Mail 84.2 %); 66.6 % (225/338), 55 of 223 (SMS Backup+
68.3 %, ImapNotes3 64.0 %); 88.8 % (332/374), 42 of 316 (Misago 92.7 %, Planka 86.9 %); 89.8 %
(106/118), 3 of 65 (Gatus 91.1 %, WriteFreely 88.7 %). Read after that run (their round: Android's
"Failure in SSL library" and BoringSSL's wrong version, K-9's and JavaMail's LOGINDISABLED words,
Java's read timeout, Go's unencrypted connection as a STARTTLS the server did not offer, a
relay's log naming the command answered, an upload over its limit; a LOGIN sentence no longer
masked as a password).
`--seventy-fifth` (`seventy_fifth_texts.json`: the Email OAuth 2.0 Proxy's log lines and the
replies it sends mail clients, and isbg's imaplib errors, English), `--seventy-sixth`
(`seventy_sixth_texts.json`: hydroxide's IMAP and SMTP replies and Mailpit's relay errors, Go,
English), `--seventy-seventh` (`seventy_seventh_texts.json`: OpenCart's own SMTP client and
Piwigo's PHPMailer 6.8, with their own texts in their languages) and `--seventy-eighth`
(`seventy_eighth_texts.json`: Openfire's email test and log with JavaMail 1.6.2 and its admin
console's own texts in its languages, Traccar's test notification with Jakarta Mail 2.0), each
run once as committed after the seventy-fourth's round: 76.1 % (105/138), 19 of 70 texts about
no settings problem answered with a settings cause (isbg 92.9 %, Email OAuth 2.0 Proxy 64.6 %:
its own configuration and certificate set-up texts); 81.6 % (102/125), 14 of 61 (Mailpit
86.9 %, hydroxide 70.7 %); 86.2 % (288/334), 42 of 306 (OpenCart 90.9 %, Piwigo 84.6 %); 74.0 %
(174/235), 56 of 194 (Traccar 92.1 %, Openfire 70.6 %). Read after that run (their round: a 454
whose words say the credentials were wrong, "unknown user name or bad password" as a login,
STARTTLS refused in a server's words, JavaMail's greeting -1 and 421, an app's insecure IMAP
warning, OpenCart's AUTH LOGIN refused).
`--seventy-ninth` (`seventy_ninth_texts.json`: the Alpine and Cone mail clients, with c-client's
and libmail's texts, English), `--eightieth` (`eightieth_texts.json`: Redash's invitations and
alerts with Flask-Mail, English, and Kiwi TCMS's notifications with Django and its own texts in
its languages), `--eighty-first` (`eighty_first_texts.json`: FreshRSS's validation mail with
PHPMailer 6.9.1 and Wallabag's with Symfony Mailer 5.4, and both apps' own texts in their
languages) and `--eighty-second` (`eighty_second_texts.json`: Overseerr's and Audiobookshelf's
Nodemailer errors and their own texts in their languages), each run once as committed after the
seventy-eighth's round: 88.6 % (93/105), 7 of 53 texts about no settings problem answered with a
settings cause (Alpine 91.4 %, Cone 85.1 %); 96.0 % (168/175), 3 of 124 (Kiwi TCMS 96.9 %,
Redash 93.6 %); 91.1 % (410/450), 38 of 420 (Wallabag 97.3 %, FreshRSS 86.7 %); 96.0 %
(412/429), 15 of 377 (Overseerr 96.4 %, Audiobookshelf 95.6 %). Read after that run (its round:
a JSON log's keys are no words).

`--forum` runs the texts people really pasted (`forum_pastes.json`: quoted in public issue
trackers, forums and provider help pages, labelled from how each thread ended, often a cause the
text alone cannot show). Its even entries are the "read" half, whose misses were looked at to
find classes to fix; the odd ones, the "held" half, were never printed: the held half's figure
is the honest one: 45 of 89 (50.6 %) when the set came, 54 of 89 (60.7 %) after the next
round's server replies and classes; with 42 more pastes (221 in all) 62 of 110 (56.4 %) when
they came, 66 of 110 (60.0 %) after the ninth set's round; with 61 more (282 in all, half of
them not English) 81 of 141 (57.4 %) when they came (the 31 new held ones alone: 15, 48 %);
92 of 141 (65.2 %) after the eleventh set's classes; with 60 more (342 in all, a fourth pass for
es, nl, pl, it, pt-BR) 110 of 171 (64.3 %) when they came (the 60 new ones alone: 31, 51.7 %,
the 30 new held ones 18, 60.0 %), 113 of 171 (66.1 %) after the twelfth set's round; with 49
more (391 in all, a fifth pass of libraries' and apps' issue threads) 124 of 195 (63.6 %), the
24 new held ones alone 11 (45.8 %) when they came; with 27 more (418 in all, a sixth pass of
issue threads, nearly all English) 134 of 209 (64.1 %), the 14 new held ones 10; with 28 more
(446 in all, a seventh pass of non-English provider and Google help pages) 141 of 223 (63.2 %),
the 14 new held ones 6 (their read half's 14: 7) when they came, 143 of 223 (64.1 %) after the
sixteenth set's round; with 15 more (461 in all, an eighth pass of localized Outlook
certificate dialogs) 147 of 230 (63.9 %), the 7 new held ones 4, when they came; 151 of 230
(65.7 %) after the eighteenth set's round and Outlook's error numbers and Japanese fields; with
48 more (509 in all, a ninth pass of library exceptions and app dialogs in issue threads, nearly
all English) 169 of 254 (66.5 %), the 24 new held ones 14 (58.3 %), when they came; with 40
more (549 in all, a tenth pass, mostly K-9 Mail and other apps' issue threads) 179 of 274
(65.3 %), the 20 new held ones 10, when they came; with 15 more (564 in all, an eleventh pass)
185 of 282 (65.6 %), the 7 new held ones 5, when they came; with 39 more (603 in all, a
twelfth pass of archived Microsoft articles on Outlook Express and MSN dialogs and issue threads)
191 of 301 (63.5 %), the 19 new held ones 6, when they came; with 43 more (646 in all, a
thirteenth pass of Chinese, Brazilian and other projects' issue threads, the pasted texts nearly
all English) 209 of 323 (64.7 %), the 22 new held ones 17, when they came; 210 of 323 after
the next round's classes (the address a failed connection went to); with 90 more (736 in all,
a fourteenth pass of devices and appliances that send mail and a fifteenth of web sites and
shops, all but one English) 240 of 368 (65.2 %), the 45 new held ones 30 (66.7 %; their read
half's 45: 22), when they came; with 86 more (822 in all, a sixteenth pass of mail sync tools
and terminal clients and a seventeenth of helpdesk, CRM and business apps that fetch mail, all
but two English) 264 of 411 (64.2 %), the 43 new held ones 24 (55.8 %; their read half's 43:
17), when they came, 266 of 411 (64.7 %) after that round's classes; with 33 more (855 in
all, an eighteenth pass of self-hosted mail servers' trackers and a nineteenth of mail
libraries' trackers, all English) 278 of 427 (65.1 %), the 16 new held ones 12 (their read
half's 17: 11), when they came, 281 of 427 (65.8 %) after this round's classes (no server name,
a redirected provider's certificate, a sender refused first); with 40 more (895 in all, a
twentieth pass of home-server, monitoring and automation tools, all but two English) 293 of 447
(65.5 %), the 20 new held ones 12 (their read half's 20: 14), when they came, 292 of 447 at
the start of the next round and after its classes; with 41 more (936 in all, a twenty-first
pass of CMS, shop and web-framework sites, all but one English) 303 of 468 (64.7 %), the 21 new
held ones 11 (their read half's 20: 12), when they came, 303 of 468 after the next round's
first classes; with 13 more (949 in all, a twenty-second pass of texts in other languages than
English, from blogs and localized Microsoft articles: ja, pl, de, it, pt, bg, el) 304 of 474
(64.1 %), the 6 new held ones 1 (their read half's 7: 1), when they came, 307 of 474 after
that round's classes; with 21 more (970 in all, a twenty-third pass of desktop and mobile mail
clients' own trackers, all but one English) 312 of 485 (64.3 %), the 11 new held ones 5 (their
read half's 10: 6), when they came; with 53 more (1023 in all, a twenty-fourth pass of
providers' localized help pages, none English, and a twenty-fifth of web apps' and mail
libraries' trackers) 326 of 511 (63.8 %), the 26 new held ones 14 (their read half's 27: 16),
when they came; with 43 more (1066 in all, a twenty-sixth pass of mail libraries' issue threads
and a twenty-seventh of phone mail apps, all English) 334 of 533 (62.7 %), the 22 new held ones
8 (their read half's 21: 9), when they came; with 12 more (1078 in all, a twenty-eighth pass
of mail servers' trackers, all English) 339 of 539 (62.9 %), the 6 new held ones 5 (their read
half's 6: 3), when they came; with 33 more (1111 in all, a twenty-ninth pass of mail relays' and
fetch tools' own log lines and a thirtieth of desktop mail programs on Windows and macOS) 346 of
555 (62.3 %), the 16 new held ones 5 (their read half's 17: 6), when they came; with 16 more
(1127 in all, a thirty-first pass of home users' provider help pages and consumer providers'
threads, all but one English) 350 of 563 (62.2 %), the 8 new held ones 4 (their read half's 8:
3), when they came; with 21 more (1148 in all, a thirty-second pass of mail clients rarely
cited before, mostly Proton Mail Bridge and the clients pointed at it, all English) 359 of 574
(62.5 %), the 11 new held ones 8 (their read half's 10: 6), when they came; with 25 more (1173
in all, a thirty-third pass of hosting control panels' trackers and hosts' help pages, mostly
English) 366 of 586 (62.5 %), the 12 new held ones 7 (their read half's 13: 9), when they came,
368 of 586 after that round's classes (cPanel's HELO refusal, hourly limits and suspensions);
with 16 more (1189 in all, a thirty-fourth pass of European hosts' and providers' help pages,
their servers' English refusals) 375 of 594 (63.1 %), the 8 new held ones 7 (their read half's
8: 5), when they came; with 53 more (1242 in all, a thirty-fifth pass of Japanese hosts' and
ISPs' help pages and a thirty-sixth of IMAP and POP3 libraries' issue threads) 391 of 621
(63.0 %), the 27 new held ones 16 (their read half's 26: 17), when they came; with 16 more
(1258 in all, a thirty-seventh pass of consumer providers' help pages and their users' threads)
397 of 629 (63.1 %), the 8 new held ones 6 (their read half's 8: 5), when they came; with 12
more (1270 in all, a thirty-eighth pass of mail apps on macOS and iOS and pastes met on the way)
398 of 635 (62.7 %), the 6 new held ones 1 (their read half's 6: 2), when they came, 399 of
635 after that round's classes; with 18 more (1288 in all, a thirty-ninth pass of Microsoft 365
and Outlook.com sign-in and sending failures as basic authentication was retired) 405 of 644
(62.9 %), the 9 new held ones 6 (their read half's 9: 6), when they came.
`--forum` prints the read half's misses only.

Then screenshots: the dialogs of tests/screens.py rendered with headless Chromium, read with
Tesseract and explained; prints the time per screenshot (goal: under 2 s) and how many lead
with the right cause. Skipped, saying so, when chromium or tesseract is missing.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diagnostics import explain
from diagnostics.paste.corpus import app_strings
from diagnostics.paste.evaluation import evaluate, is_settings, samples

GOAL = 0.95


def main() -> None:
    strings = app_strings()
    print("held out by app (its own strings removed from the matcher)")
    right = total = 0
    for app in sorted({s.app for s in strings}):
        score, _ = evaluate(lambda s, a=app: s.app == a, lambda x, a=app: x.app == a)
        right, total = right + score.right, total + score.total
        print(f"  {app:26} {score.right:4}/{score.total:<4} {score.accuracy:6.1%}")
    print(f"  {'all apps':26} {right:4}/{total:<4} {right / total:6.1%}  (goal {GOAL:.0%})")
    print("held out by language")
    for language in sorted({s.language for s in strings}):
        score, _ = evaluate(
            lambda s, lang=language: s.language == lang,
            lambda x, lang=language: x.language == lang and x.app not in ("bounce", "not mail"),
        )
        print(f"  {language:26} {score.right:4}/{score.total:<4} {score.accuracy:6.1%}")
    score, _ = evaluate(lambda s: False, lambda x: x.app in ("bounce", "not mail"))
    print(
        f"not a settings problem: {score.right}/{score.total} right, "
        f"{score.settings_misread} answered as a settings problem (goal 0)"
    )
    texts = [s.text for s in samples() if s.code is not None]
    explain(texts[0])  # load the data files once
    times, cpu = [], []
    for text in texts:
        started, started_cpu = time.perf_counter(), time.thread_time()
        explain(text)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.thread_time() - started_cpu) * 1000)
    times.sort()
    cpu.sort()
    print(
        f"time per recognised text ({len(times)} texts): median "
        f"{statistics.median(times):.2f} ms, p99 {times[int(len(times) * 0.99)]:.2f} ms, "
        f"max {times[-1]:.2f} ms (goal < 5 ms)"
    )
    # On a shared machine the wall clock also counts other processes' turns on the CPU.
    print(
        f"  CPU time of this thread: median {statistics.median(cpu):.2f} ms, "
        f"p99 {cpu[int(len(cpu) * 0.99)]:.2f} ms, max {cpu[-1]:.2f} ms"
    )
    # The times above are each text's first: they include compiling the patterns it is the
    # first to reach, which a command-line run pays once and the bot once in its life.
    warm = []
    for text in texts:
        started_cpu = time.thread_time()
        explain(text)
        warm.append((time.thread_time() - started_cpu) * 1000)
    warm.sort()
    print(
        f"  once its patterns are compiled (the bot's case): median "
        f"{statistics.median(warm):.2f} ms, p99 {warm[int(len(warm) * 0.99)]:.2f} ms, "
        f"max {warm[-1]:.2f} ms"
    )
    hostile()

    fresh("fresh_texts.json", verbose="--fresh" in sys.argv[1:])
    for flag, name in HELD_OUT_SETS:
        if flag in sys.argv[1:]:
            fresh(name, verbose=True)
    if "--forum" in sys.argv[1:]:
        forum()
    screenshots()


# The later held-out sets, each run (and its misses printed) when its flag is given.
HELD_OUT_SETS = (
    ("--final", "final_texts.json"),
    ("--unseen", "unseen_texts.json"),
    ("--fourth", "fourth_texts.json"),
    ("--fifth", "fifth_texts.json"),
    ("--sixth", "sixth_texts.json"),
    ("--seventh", "seventh_texts.json"),
    ("--eighth", "eighth_texts.json"),
    ("--ninth", "ninth_texts.json"),
    ("--tenth", "tenth_texts.json"),
    ("--eleventh", "eleventh_texts.json"),
    ("--twelfth", "twelfth_texts.json"),
    ("--thirteenth", "thirteenth_texts.json"),
    ("--fourteenth", "fourteenth_texts.json"),
    ("--fifteenth", "fifteenth_texts.json"),
    ("--sixteenth", "sixteenth_texts.json"),
    ("--seventeenth", "seventeenth_texts.json"),
    ("--eighteenth", "eighteenth_texts.json"),
    ("--nineteenth", "nineteenth_texts.json"),
    ("--twentieth", "twentieth_texts.json"),
    ("--twenty-first", "twenty_first_texts.json"),
    ("--twenty-second", "twenty_second_texts.json"),
    ("--twenty-third", "twenty_third_texts.json"),
    ("--twenty-fourth", "twenty_fourth_texts.json"),
    ("--twenty-fifth", "twenty_fifth_texts.json"),
    ("--twenty-sixth", "twenty_sixth_texts.json"),
    ("--twenty-seventh", "twenty_seventh_texts.json"),
    ("--twenty-eighth", "twenty_eighth_texts.json"),
    ("--twenty-ninth", "twenty_ninth_texts.json"),
    ("--thirty-first", "thirty_first_texts.json"),
    ("--thirty-second", "thirty_second_texts.json"),
    ("--thirty-third", "thirty_third_texts.json"),
    ("--thirty-fourth", "thirty_fourth_texts.json"),
    ("--thirty-fifth", "thirty_fifth_texts.json"),
    ("--thirty-sixth", "thirty_sixth_texts.json"),
    ("--thirty-seventh", "thirty_seventh_texts.json"),
    ("--thirty-eighth", "thirty_eighth_texts.json"),
    ("--thirty-ninth", "thirty_ninth_texts.json"),
    ("--fortieth", "fortieth_texts.json"),
    ("--forty-first", "forty_first_texts.json"),
    ("--forty-second", "forty_second_texts.json"),
    ("--forty-third", "forty_third_texts.json"),
    ("--forty-fourth", "forty_fourth_texts.json"),
    ("--forty-fifth", "forty_fifth_texts.json"),
    ("--forty-sixth", "forty_sixth_texts.json"),
    ("--forty-seventh", "forty_seventh_texts.json"),
    ("--forty-eighth", "forty_eighth_texts.json"),
    ("--forty-ninth", "forty_ninth_texts.json"),
    ("--fiftieth", "fiftieth_texts.json"),
    ("--fifty-first", "fifty_first_texts.json"),
    ("--fifty-second", "fifty_second_texts.json"),
    ("--fifty-third", "fifty_third_texts.json"),
    ("--fifty-fourth", "fifty_fourth_texts.json"),
    ("--fifty-fifth", "fifty_fifth_texts.json"),
    ("--fifty-sixth", "fifty_sixth_texts.json"),
    ("--fifty-seventh", "fifty_seventh_texts.json"),
    ("--fifty-eighth", "fifty_eighth_texts.json"),
    ("--fifty-ninth", "fifty_ninth_texts.json"),
    ("--sixtieth", "sixtieth_texts.json"),
    ("--sixty-first", "sixty_first_texts.json"),
    ("--sixty-second", "sixty_second_texts.json"),
    ("--sixty-third", "sixty_third_texts.json"),
    ("--sixty-fourth", "sixty_fourth_texts.json"),
    ("--sixty-fifth", "sixty_fifth_texts.json"),
    ("--sixty-sixth", "sixty_sixth_texts.json"),
    ("--sixty-seventh", "sixty_seventh_texts.json"),
    ("--sixty-eighth", "sixty_eighth_texts.json"),
    ("--sixty-ninth", "sixty_ninth_texts.json"),
    ("--seventieth", "seventieth_texts.json"),
    ("--seventy-first", "seventy_first_texts.json"),
    ("--seventy-second", "seventy_second_texts.json"),
    ("--seventy-third", "seventy_third_texts.json"),
    ("--seventy-fourth", "seventy_fourth_texts.json"),
    ("--seventy-fifth", "seventy_fifth_texts.json"),
    ("--seventy-sixth", "seventy_sixth_texts.json"),
    ("--seventy-seventh", "seventy_seventh_texts.json"),
    ("--seventy-eighth", "seventy_eighth_texts.json"),
    ("--seventy-ninth", "seventy_ninth_texts.json"),
    ("--eightieth", "eightieth_texts.json"),
    ("--eighty-first", "eighty_first_texts.json"),
    ("--eighty-second", "eighty_second_texts.json"),
)


@dataclass(frozen=True, slots=True)
class Sample:
    """One text to explain: its entry, the group it is counted in (an app, a half), its language
    and labelled cause (None: no settings problem), and whether a miss is printed."""

    id: str
    group: str
    language: str
    want: str | None
    text: str
    shown: bool = True


def measure(title: str, samples: Iterable[Sample]) -> list[str]:
    """Print the share whose first finding is the labelled cause, per group and per language,
    and the non-settings texts answered with a settings cause (goal 0); the misses to show.

    A text labelled null is right when its first finding (if any) is no settings cause."""
    tables: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
    misses = []
    not_settings = misread = alike = 0
    for sample in samples:
        codes = [f.code.value for f in explain(sample.text).findings]
        first = codes[0] if codes else None
        want = sample.want
        hit = (first is None or not is_settings(first)) if want is None else _same(first, want)
        alike += hit and want is not None and first != want
        if want is None or not is_settings(want):
            not_settings += 1
            misread += first is not None and is_settings(first)
        for table, key in zip(tables, (sample.group, sample.language), strict=True):
            table.setdefault(key, [0, 0])[0] += hit
            table[key][1] += 1
        if not hit and sample.shown:
            misses.append(f"    {sample.id} {sample.language}: want {want or 'no settings cause'}, "
                          f"got {first or 'nothing'}: {sample.text[:70]!r}")  # fmt: skip
    right = sum(r for r, _ in tables[0].values())
    total = sum(t for _, t in tables[0].values())
    print(f"{title}: {right}/{total} {right / total:.1%}")
    for table in tables:
        for key, (r, t) in sorted(table.items()):
            print(f"  {key:26} {r:4}/{t:<4} {r / t:6.1%}")
    if not_settings:
        print(f"  not a settings problem: {misread}/{not_settings} answered as one (goal 0)")
    if alike:
        print(f"  of the right ones, {alike} led with the relay refusal's other name")
    return misses


# A relay refusal in a pasted text ("554 Relay access denied") names one fault and one fix: the
# outgoing server does not see a login allowed to send, so outgoing authentication must be
# switched on. The code for it depends on what the paste cannot show, whether the app logged in
# at all (AUTH_NOT_OFFERED: "the server wants a login it did not get") or did (RELAY_REFUSED),
# and the sets' labellers chose differently (forum_pastes.json says RELAY_REFUSED, the ninth set
# AUTH_NOT_OFFERED). Either lead counts for either label; `measure` prints how many did.
_ALIKE = frozenset({"RELAY_REFUSED", "AUTH_NOT_OFFERED"})


def _same(first: str | None, want: str) -> bool:
    return first == want or (first in _ALIKE and want in _ALIKE)


def _entries(name: str) -> list[dict[str, Any]]:
    data = json.loads((Path(__file__).parent / "data" / name).read_text("utf-8"))
    entries: list[dict[str, Any]] = data["entries"]
    return entries


def fresh(name: str, *, verbose: bool) -> None:
    """Texts of apps nothing was built from, each entry in its languages, counted per app."""
    samples = (
        Sample(entry["id"], entry["app"], language, entry["code"], text)
        for entry in _entries(name)
        for language, text in entry["texts"].items()
    )
    misses = measure(f"{name} (apps nothing was built from)", samples)
    if verbose:
        print("\n".join(misses))


def forum() -> None:
    """Real pastes, one text each, counted per half (read, held); only the read half's misses
    are printed."""
    samples = (
        Sample(entry["id"], "read" if index % 2 == 0 else "held", entry["language"],
               entry["code"], entry["text"], shown=index % 2 == 0)
        for index, entry in enumerate(_entries("forum_pastes.json"))
    )  # fmt: skip
    print("\n".join(measure("forum_pastes.json (real pastes)", samples)))


# Pastes at the size cap (explanation.MAX_TEXT_CHARS) built to make a pattern try every start:
# one long run of host-like words, of "key=value" pairs, of quotes, of one repeated error.
HOSTILE = {
    "host-like run": "a.b" * 7000,
    "dotted name": "host: " + "x." * 10_000 + "com,",
    "assignments": "timeout=1 password=x " * 1000,
    "one error repeated": "Couldn't connect to host, port: smtp.example.com, 25; " * 400,
    "quotes and umlauts": "„ß’«" * 5000,
    # The own-computer rule reads the line or sentence of each loopback address it finds.
    "own computer again and again": "Connection refused mail.example.com:587 "
    + "localhost:25 " * 1500,
    "one long sentence about localhost": "Error: connect ECONNREFUSED\nport: 25\n"
    + "mail queued for delivery via localhost (local relay), " * 350,
    # The unroutable-IPv6 rule reads the tokens of the no-route line as addresses.
    "colon runs after a no-route error": "Error: connect EHOSTUNREACH "
    + ("[a:" + "a" * 33 + " ") * 539,
}


def hostile() -> None:
    """The slowest of the hostile pastes, warm (goal: far under the diagnosis deadline)."""
    worst = 0.0
    for text in HOSTILE.values():
        started = time.thread_time()
        explain(text)
        worst = max(worst, (time.thread_time() - started) * 1000)
    print(f"hostile pastes at the size cap ({len(HOSTILE)}): slowest {worst:.0f} ms of CPU")


def screenshots() -> None:
    from diagnostics.explanation import explain_image
    from diagnostics.ocr import OcrUnavailable, ocr_languages
    from tests.screens import SCREENS, chromium, render

    browser = chromium()
    try:
        ocr_languages()
    except OcrUnavailable as exc:
        print(f"screenshots: not measured ({exc})")
        return
    if browser is None:
        print("screenshots: not measured (no chromium to render them)")
        return
    with tempfile.TemporaryDirectory() as folder:
        shots = render(browser, SCREENS, Path(folder))
        times, cpu, right = [], [], 0
        for screen in SCREENS:
            data = shots[screen.name].read_bytes()
            started, started_cpu = time.perf_counter(), _cpu_with_children()
            report = explain_image(data)
            times.append(time.perf_counter() - started)
            cpu.append(_cpu_with_children() - started_cpu)
            codes = [f.code.value for f in report.findings]
            right += bool(codes) and codes[0] == screen.code
    languages = ", ".join(sorted({s.language for s in SCREENS}))
    print(
        f"screenshots ({len(times)}: iOS, Outlook, Thunderbird; light, dark; {languages}): "
        f"{right}/{len(times)} right; median {statistics.median(times):.2f} s, "
        f"max {max(times):.2f} s per screenshot (goal < 2 s)"
    )
    print(
        f"  CPU time (ours and Tesseract's): median {statistics.median(cpu):.2f} s, "
        f"max {max(cpu):.2f} s"
    )


def _cpu_with_children() -> float:
    """User and system CPU seconds of this process and its finished children (Tesseract)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    main()
