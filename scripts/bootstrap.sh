#!/bin/sh
# Installs what Milieu Atlas needs on Debian 12 (bookworm, QGIS 3.22) or Debian 13 (trixie, QGIS 3.40
# LTR): QGIS and the Python stack from Debian, and a venv that sees them (--system-site-packages) with
# the test tools from PyPI. A no-op when everything is already there, so `make demo` / `make test` stay
# quick when run again. The release decides the pins: constraints-<codename>.txt (numpy < 2 and the
# stack built on it on Debian 12 only; Debian 13's numpy 2 stack is used as it is).
set -eu
cd "$(dirname "$0")/.."
CODENAME=$(. /etc/os-release 2>/dev/null; echo "${VERSION_CODENAME:-}")
case "$CODENAME" in
  bookworm|trixie) ;;
  *)
    echo "bootstrap.sh: Debian 12 (bookworm) and 13 (trixie) are supported; this is '${CODENAME:-unknown}'," \
      "trying what Debian 13 needs." >&2
    CODENAME=trixie ;;
esac
CONSTRAINTS="constraints-$CODENAME.txt"
APT_PACKAGES="python3-venv python3-qgis qgis qgis-providers python3-geopandas python3-rasterio python3-rtree
postgresql postgresql-postgis python3-psycopg2 proj-data
python3-scipy python3-sklearn python3-matplotlib python3-openpyxl pyqt5-dev-tools qttools5-dev-tools poppler-utils chromium"
missing=""
for p in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing Debian packages ($CODENAME):$missing"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
# A venv made on another release (or by another Python) cannot import this release's QGIS: make it again.
# A working venv from before .venv/.codename existed is kept and labelled.
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import qgis.core" 2>/dev/null \
   || { [ -f .venv/.codename ] && [ "$(cat .venv/.codename)" != "$CODENAME" ]; }; then
  rm -rf .venv
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
[ -f .venv/.codename ] || echo "$CODENAME" >.venv/.codename
if [ ! -f .venv/.deps-ok ] || [ requirements-dev.txt -nt .venv/.deps-ok ] || [ "$CONSTRAINTS" -nt .venv/.deps-ok ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt -c "$CONSTRAINTS"
  touch .venv/.deps-ok
fi
