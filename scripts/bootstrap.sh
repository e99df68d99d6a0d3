#!/bin/sh
# Installs what Milieu Atlas needs on Debian 12 (QGIS from Debian, a venv that sees it) and is a no-op
# when everything is already there, so `make demo` / `make test` stay quick when run again.
set -eu
cd "$(dirname "$0")/.."
APT_PACKAGES="python3-venv python3-qgis qgis qgis-providers python3-geopandas python3-rasterio python3-rtree
python3-scipy python3-sklearn pyqt5-dev-tools qttools5-dev-tools poppler-utils"
missing=""
for p in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing Debian packages:$missing"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import qgis.core" 2>/dev/null; then
  rm -rf .venv
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
if [ ! -f .venv/.deps-ok ] || [ requirements-dev.txt -nt .venv/.deps-ok ] || [ constraints.txt -nt .venv/.deps-ok ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
  touch .venv/.deps-ok
fi
