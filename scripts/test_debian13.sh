#!/bin/sh
# Runs the README's `make test` in a Debian 13 (trixie, QGIS 3.40 LTR) root on this machine (as root).
#
# The root is made once with debootstrap and kept in ~/.cache/milieu-atlas/trixie-root; the first
# `make test` in it installs QGIS and the rest with scripts/bootstrap.sh, and that stays in the cached
# root, so later runs take minutes. Every run gets a clean copy of the tracked files of this checkout
# (no host venvs, no build output) in /build/milieu-atlas, with ../shared beside it when present.
# Everything runs in a private mount namespace: /proc, /sys and /dev are mounted only there and vanish
# with it (and are unmounted by a trap before that), whatever happens. A run that takes longer than
# DEBIAN13_TIMEOUT seconds (default 2400) is killed.
#
#   MILIEU_CACHE=dir        where the root is kept (default ~/.cache/milieu-atlas)
#   DEBIAN_MIRROR=url       Debian mirror (default http://deb.debian.org/debian)
#   DEBIAN13_TARGET=target  make target run in the root (default test)
#   DEBIAN13_FRESH=1        make the root again from scratch
#   DEBIAN13_PYTEST_ARGS=a  replaces the pytest arguments of `make test` (its TESTS, default `tests`),
#                           for quick runs, e.g. DEBIAN13_PYTEST_ARGS="tests/postgis -x" (no single quotes)
set -eu
cd "$(dirname "$0")/.."
CHECKOUT=$(pwd)
CACHE="${MILIEU_CACHE:-${HOME:-/root}/.cache/milieu-atlas}"
ROOT="$CACHE/trixie-root"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
LIMIT="${DEBIAN13_TIMEOUT:-2400}"
TARGET="${DEBIAN13_TARGET:-test}"
PYTEST_ARGS_ONLY="${DEBIAN13_PYTEST_ARGS:-}"
case "$PYTEST_ARGS_ONLY" in *"'"*) echo "test-debian13: DEBIAN13_PYTEST_ARGS may not hold single quotes" >&2; exit 2;; esac

say() { echo "test-debian13: $*" >&2; }
die() { say "FAILED: $*"; exit 1; }
# Never delete inside the root while something is mounted there (a bind-mounted /dev would go with it).
unmounted() {
  if grep -q " $ROOT[/.]" /proc/self/mounts 2>/dev/null; then
    die "something is still mounted under $ROOT (see /proc/self/mounts); unmount it first"
  fi
}

if [ -z "${MILIEU_DEBIAN13_INNER:-}" ]; then
  [ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot and mounts); run it as root or with sudo"
  for tool in unshare chroot timeout flock git tar; do
    command -v "$tool" >/dev/null || die "'$tool' is missing on this machine"
  done
  if ! command -v debootstrap >/dev/null; then
    say "installing debootstrap"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap \
      || die "could not install debootstrap with apt-get"
  fi
  mkdir -p "$CACHE"
  # One run at a time per cache; a second one waits up to 10 minutes, then gives up.
  exec 9>"$CACHE/trixie-root.lock"
  flock -w 600 9 || die "another test-debian13 run holds $CACHE/trixie-root.lock"

  unmounted
  if [ -n "${DEBIAN13_FRESH:-}" ]; then
    rm -rf "$ROOT"
  fi
  if [ ! -f "$ROOT/.milieu-root-ok" ]; then
    say "making a Debian 13 root with debootstrap in $ROOT (once; a few minutes)"
    rm -rf "$ROOT.partial" "$ROOT"
    debootstrap --variant=minbase --include=python3,make,git,ca-certificates \
      trixie "$ROOT.partial" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
      || { tail -n 30 "$CACHE/debootstrap.log" >&2; die "debootstrap failed (log: $CACHE/debootstrap.log)"; }
    cat >"$ROOT.partial/etc/apt/sources.list" <<EOF
deb $MIRROR trixie main
deb $MIRROR trixie-updates main
deb http://deb.debian.org/debian-security trixie-security main
EOF
    # No daemons start inside the root.
    printf '#!/bin/sh\nexit 101\n' >"$ROOT.partial/usr/sbin/policy-rc.d"
    chmod 755 "$ROOT.partial/usr/sbin/policy-rc.d"
    touch "$ROOT.partial/.milieu-root-ok"
    mv "$ROOT.partial" "$ROOT"
  fi

  say "copying the tracked files of $CHECKOUT into the root"
  rm -rf "$ROOT/build"
  mkdir -p "$ROOT/build/milieu-atlas"
  # Tracked files as they are in the work tree (uncommitted edits included, deleted files skipped).
  git -C "$CHECKOUT" ls-files -z --cached \
    | (cd "$CHECKOUT" && tar --null --ignore-failed-read -T - -cf - 2>/dev/null) \
    | tar -xf - -C "$ROOT/build/milieu-atlas" || die "could not copy the checkout into the root"
  if [ -d "$CHECKOUT/../shared" ]; then
    cp -a "$CHECKOUT/../shared" "$ROOT/build/shared" || die "could not copy ../shared into the root"
  fi
  # The root resolves names and trusts TLS certificates (e.g. a proxy's CA, for pip) as this machine does.
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
  if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/ca-certificates.crt"
  fi

  # The rest runs in a private mount namespace: its mounts never reach the host's tree.
  MILIEU_DEBIAN13_INNER=1 ROOT="$ROOT" LIMIT="$LIMIT" TARGET="$TARGET" DEBIAN13_PYTEST_ARGS="$PYTEST_ARGS_ONLY" \
    unshare --mount --propagation private "$CHECKOUT/scripts/test_debian13.sh" && status=0 || status=$?
  if [ "$status" -eq 0 ]; then
    say "make $TARGET passed in the Debian 13 root"
  elif [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    say "FAILED: make $TARGET in the Debian 13 root did not finish within $LIMIT s and was killed"
  else
    say "FAILED: make $TARGET in the Debian 13 root exited with $status (output above; root: $ROOT)"
  fi
  exit "$status"
fi

# Inside the private mount namespace.
cleanup() {
  for m in dev/shm dev/pts dev sys proc; do
    if mountpoint -q "$ROOT/$m"; then umount -l "$ROOT/$m" 2>/dev/null || true; fi
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
mount -t proc proc "$ROOT/proc"
mount -t sysfs sys "$ROOT/sys"
mount --bind /dev "$ROOT/dev"
mount --bind /dev/pts "$ROOT/dev/pts"
mount -t tmpfs -o mode=1777 shm "$ROOT/dev/shm"
# Only the tests asked for (DEBIAN13_PYTEST_ARGS), or the whole suite.
TESTS_ARG=""
if [ -n "$PYTEST_ARGS_ONLY" ]; then TESTS_ARG="TESTS='$PYTEST_ARGS_ONLY'"; fi
# A clean environment: only what a fresh Debian 13 login as root would have.
timeout --kill-after=30 "$LIMIT" env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  chroot "$ROOT" /bin/sh -c "dpkg --configure -a && cd /build/milieu-atlas && make $TARGET $TESTS_ARG"
