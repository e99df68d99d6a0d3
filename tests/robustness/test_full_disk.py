"""Every algorithm onto a full filesystem (a 64 KiB tmpfs filled to the last byte): exit 1 with a
one-line message, nothing left behind, the inputs unchanged."""
import pytest

from .harness import fill_disk, run_case
from .test_outputs import ALGS, cases


@pytest.mark.parametrize("case", ALGS)
def test_full_disk_leaves_nothing(data, tmp_path, case):
    with fill_disk(tmp_path / "full") as full:
        d = dict(data, out=full)
        alg, params, _ = cases(d)[case]
        run = run_case(alg, params, inputs=data["inputs"], out_dir=full, exit=1)
    assert any(w in run.stderr.lower() for w in ("no space", "disk full", "could not", "failed", "empty file")), run.stderr
