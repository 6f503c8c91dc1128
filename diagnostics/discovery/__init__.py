"""mailmedic's discovery sources. Importing diagnostics.net first answers dnspython's optional
features before a source imports it (net/dnsfeatures.py: start-up)."""

import diagnostics.net  # noqa: F401
