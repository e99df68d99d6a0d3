"""Builds dist/milieu_atlas.zip for QGIS' "Install from ZIP": one top folder `milieu_atlas/`."""
import argparse
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "milieu_atlas"
TOP_FILES = ["__init__.py", "metadata.txt", "LICENSE", "README.md"]
TREES = ["milieu_atlas_plugin", "resources", "i18n", "docs"]  # docs: the dock's help button
SKIP_DIRS = {"__pycache__", ".pytest_cache"}
SKIP_SUFFIXES = {".pyc", ".pyo"}


def plugin_files():
    for name in TOP_FILES:
        yield ROOT / name
    for tree in TREES:
        for path in sorted((ROOT / tree).rglob("*")):
            if path.is_file() and not SKIP_DIRS & set(path.relative_to(ROOT).parts) \
                    and path.suffix not in SKIP_SUFFIXES:
                yield path


def build(output):
    output.mkdir(parents=True, exist_ok=True)
    if not (ROOT / "i18n" / "milieu_atlas_de.qm").exists():
        raise SystemExit("i18n/milieu_atlas_de.qm is missing: run `make translations` first")
    target = output / f"{PLUGIN}.zip"
    tmp = target.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in plugin_files():
            zf.write(path, f"{PLUGIN}/{path.relative_to(ROOT).as_posix()}")
    tmp.replace(target)
    return target


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--output", type=Path, default=ROOT / "dist")
    print(build(ap.parse_args().output))
