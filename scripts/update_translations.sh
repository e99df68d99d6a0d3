#!/bin/sh
# Collects every translatable string of the plugin into i18n/milieu_atlas_de.ts, keeping the
# translations already there (then translate the new entries, e.g. with Qt Linguist).
set -eu
cd "$(dirname "$0")/.."
# core/ too: its error messages are marked with QT_TRANSLATE_NOOP("MilieuAtlas", ...) (errors.py)
files=$(find milieu_atlas_plugin -name '*.py' | sort)
pylupdate5 -noobsolete $files -ts i18n/milieu_atlas_de.ts 2>/dev/null
# German plural rules need the language attribute (pylupdate5 leaves it out).
sed -i 's/<TS version="2.1">/<TS version="2.1" language="de_DE">/' i18n/milieu_atlas_de.ts
grep -c 'type="unfinished"' i18n/milieu_atlas_de.ts | sed 's/^/untranslated entries: /' || true
