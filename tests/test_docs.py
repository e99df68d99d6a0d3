"""The documentation in the repository: the API reference is generated from the algorithms (and
current), the README and the guides stand alone in a clone, the command line works from anywhere."""
import os
import re
import subprocess
import sys

from .conftest import ROOT

LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def test_api_reference_is_generated_from_the_algorithms_and_current(processing_registry):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_api_docs
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    text = make_api_docs.render(processing_registry)
    assert (ROOT / "docs" / "api.md").read_text(encoding="utf-8") == text, \
        "docs/api.md is out of date: run scripts/make_api_docs.py"
    provider = processing_registry.providerById("milieuatlas")
    for alg in provider.algorithms():
        assert f"## `{alg.id()}`" in text
        for p in alg.parameterDefinitions():
            assert f"| `{p.name()}` |" in text, (alg.id(), p.name())
        for o in alg.outputDefinitions():
            assert f"| `{o.name()}` |" in text, (alg.id(), o.name())


def test_readme_and_guides_link_only_inside_the_repository():
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    assert (ROOT / "docs" / "erste_schritte.md") in pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "../shared" not in text, page
        for target in LINK.findall(text):
            path = target.split("#")[0]
            if not path:
                continue  # an anchor on the same page
            assert "://" not in target, (page.name, target)
            resolved = (page.parent / path).resolve()
            assert resolved.is_relative_to(ROOT) and resolved.exists(), (page.name, target)


def test_quick_guide_shows_the_dock_in_five_steps():
    text = (ROOT / "docs" / "erste_schritte.md").read_text(encoding="utf-8")
    assert text.startswith("# Das erste Kartenblatt in fünf Schritten")
    assert len(re.findall(r"^## [1-5]\. ", text, re.M)) == 5
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    steps = re.split(r"^## [1-5]\. ", text, flags=re.M)[1:]
    assert all(re.search(r"!\[[^\]]*\]\(img/dock_", step) for step in steps)  # one for each step
    for image in images:
        assert (ROOT / "docs" / image).read_bytes()[:4] == b"\x89PNG"
    # every screenshot the script makes is shown (but dock_gesamt.png, the whole dock after a run)
    made = {f"img/{p.name}" for p in (ROOT / "docs" / "img").glob("dock_*.png")}
    assert made - set(images) == {"img/dock_gesamt.png"}


def test_command_line_works_from_any_folder(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env.pop("PYTHONPATH", None)
    r = subprocess.run([str(ROOT / "scripts" / "milieu-atlas"), "list"], cwd=tmp_path, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "milieuatlas:mapsheet" in r.stdout.split()
