# Shared by .ci/setup (run the bot) and .ci/setup-tests (run the tests); sourced, not run.
# Everything here is idempotent: a second run changes nothing.

retry() {  # a package mirror can fail once (lab-notes.md): try three times
  local n
  for n in 1 2 3; do "$@" && return 0; echo "retrying ($n): $*" >&2; sleep 3; done
  return 1
}

as_root() {  # as root, or through sudo (the README's "as root or with sudo")
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing_packages() {  # the arguments that dpkg does not list as installed
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

installed_packages() {
  dpkg-query -W -f='${Status} ${Package}\n' 2>/dev/null | awk '$3 == "installed" {print $4}' | sort
}

apt_update_once() {
  if [ -z "${APT_UPDATED:-}" ]; then
    retry as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    APT_UPDATED=1
  fi
}

apt_install() {  # plain install, for packages that bring no service (python3-venv)
  [ "$#" -gt 0 ] || return 0
  apt_update_once
  retry as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "$@"
}

# Debian's maintainer scripts start a service through invoke-rc.d / deb-systemd-invoke, which ask
# /usr/sbin/policy-rc.d first; exit status 101 means "action forbidden" (Debian policy-rc.d
# interface, /usr/share/doc/init-system-helpers/README.policy-rc.d). An existing policy-rc.d
# (a container image's, an admin's) is left exactly as it is.
POLICY_RC_D=/usr/sbin/policy-rc.d
POLICY_MARK="# mailmedic .ci/setup-tests: no service starts during the lab install"
OWN_POLICY=""

forbid_service_starts() {
  if [ -e "$POLICY_RC_D" ] && ! grep -qF "$POLICY_MARK" "$POLICY_RC_D"; then
    return 0  # someone else's: it decides, and it stays
  fi
  printf '#!/bin/sh\n%s\nexit 101\n' "$POLICY_MARK" | as_root tee "$POLICY_RC_D" >/dev/null
  as_root chmod 755 "$POLICY_RC_D"
  OWN_POLICY=1
}

allow_service_starts() {
  if [ -n "$OWN_POLICY" ]; then as_root rm -f "$POLICY_RC_D"; OWN_POLICY=""; fi
}

# The init units that packages ship: systemd services and sockets, and SysV scripts.
units_of() {
  dpkg-query -L "$@" 2>/dev/null \
    | grep -E '^(/usr)?/lib/systemd/system/[^/@]+\.(service|socket)$' | xargs -r -n1 basename || true
}
initscripts_of() {
  dpkg-query -L "$@" 2>/dev/null | grep -E '^/etc/init\.d/[^/]+$' | xargs -r -n1 basename || true
}

# Installs packages without starting or enabling any service they bring. Only the packages this
# call installs are touched: a service the machine already had stays as it was.
apt_install_no_services() {
  [ "$#" -gt 0 ] || return 0
  local before new units scripts u
  before=$(mktemp)
  installed_packages > "$before"
  apt_update_once
  forbid_service_starts
  trap allow_service_starts EXIT
  retry as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "$@"
  allow_service_starts
  trap - EXIT
  new=$(installed_packages | comm -13 "$before" -)
  rm -f "$before"
  [ -n "$new" ] || return 0
  # shellcheck disable=SC2086  # one package name a word
  units=$(units_of $new | sort -u)
  # shellcheck disable=SC2086
  scripts=$(initscripts_of $new | sort -u)
  if [ -d /run/systemd/system ]; then
    for u in $units; do
      as_root systemctl disable --now "$u" >/dev/null 2>&1 || true
      as_root systemctl mask "$u" >/dev/null 2>&1 || true
    done
    [ -z "$units" ] || echo "lab packages: masked their system units (systemctl unmask NAME" \
      "to use one as a service):" $units >&2
  elif command -v update-rc.d >/dev/null; then
    for u in $scripts; do as_root update-rc.d "$u" disable >/dev/null 2>&1 || true; done
  fi
}

# A virtual environment in .venv. A stock Debian splits venv and ensurepip out of python3 into
# python3-venv: install it when `python3 -m venv` cannot work (no service comes with it).
ensure_venv() {
  local py=${PYTHON:-python3}
  if ! command -v "$py" >/dev/null; then apt_install python3 python3-venv; fi
  if ! "$py" -c 'import ensurepip, venv' 2>/dev/null; then
    apt_install $(missing_packages python3-venv)
  fi
  # A venv that an earlier run left half-made (no pip) is made again.
  [ -x .venv/bin/pip ] || "$py" -m venv --clear .venv
}

# Bytecode for the project's own modules, written once here: with PYTHONDONTWRITEBYTECODE set
# (some images set it) an editable install would otherwise compile them at every start.
precompile() {
  .venv/bin/python -m compileall -q diagnostics bot >/dev/null
}

# Exim, the lab's third server implementation (tests/lab/exim.py), unpacked from its Debian
# package instead of installed: exim4-daemon-light conflicts with postfix (both provide
# mail-transport-agent), so `apt-get install` would remove Postfix. `apt-get download` and
# `dpkg-deb -x` put the binary in EXIM_ROOT; nothing is registered with dpkg, no maintainer script
# runs, no service is started. Its libraries are ordinary lab packages (.ci/lab-packages.txt).
EXIM_ROOT=${MAILMEDIC_LAB_EXIM_ROOT:-/opt/mailmedic-lab/exim4}

unpack_exim() {
  local tmp
  if [ -x "$EXIM_ROOT/usr/sbin/exim4" ]; then return 0; fi
  apt_update_once
  tmp=$(mktemp -d)
  # apt's download sandbox user must be able to write there (else a warning, and root downloads)
  if getent passwd _apt >/dev/null; then as_root chown _apt "$tmp"; fi
  (cd "$tmp" && retry apt-get download -q exim4-daemon-light)
  as_root rm -rf "$EXIM_ROOT.partial"
  as_root mkdir -p "$EXIM_ROOT.partial"
  as_root dpkg-deb -x "$tmp"/exim4-daemon-light_*.deb "$EXIM_ROOT.partial"
  as_root rm -rf "$EXIM_ROOT"
  as_root mv "$EXIM_ROOT.partial" "$EXIM_ROOT"
  as_root rm -rf "$tmp"
}

# Debian builds Exim with EXIM_USER=ref:Debian-exim, looked up at every start, before the
# configuration is read: the user must exist (exim4-base's postinst would make it; we do not
# install exim4-base). A system user with no home and no shell, as that postinst makes it.
ensure_exim_user() {
  getent passwd Debian-exim >/dev/null && return 0
  as_root useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin Debian-exim
}
