"""The README states how many cases the robustness corpus has; keep it true."""
import re
import subprocess
import sys

from .harness import ROOT


def test_readme_counts_the_robustness_cases():
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "--collect-only", "-o", "addopts=", "-p", "no:qgis",
                          "tests/robustness"], cwd=ROOT, capture_output=True, text=True, timeout=300).stdout
    collected = int(re.search(r"(\d+) tests? collected", out).group(1))
    stated = int(re.search(r"`tests/robustness/`, has (\d+) cases", (ROOT / "README.md").read_text()).group(1))
    assert stated == collected, f"README says {stated} robustness cases, pytest collects {collected}"
