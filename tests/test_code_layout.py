"""Code rules that keep a later move to QGIS 4 / Qt 6 small (scripts/qt_style.py does the checking and
rewrites unscoped Qt enums with --fix): only qgis.PyQt imports, scoped Qt enums, field types from
compat; and every QGIS-release difference in milieu_atlas_plugin/compat.py."""
import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _qt_style():
    spec = importlib.util.spec_from_file_location("qt_style", ROOT / "scripts" / "qt_style.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_direct_pyqt_import_unscoped_enum_or_qvariant_field_type(qgis_app):
    qt_style = _qt_style()
    found = [f"{p.relative_to(ROOT)}:{line}: {msg}"
             for p in qt_style.files(qt_style.DEFAULT_PATHS) for line, _e, msg, _r in qt_style.problems(p)]
    assert found == []


def test_checker_finds_what_it_must(tmp_path, qgis_app):
    qt_style = _qt_style()
    bad = tmp_path / "bad.py"
    bad.write_text("from PyQt5.QtCore import Qt\nimport PyQt5\n"
                   "from qgis.PyQt.QtCore import Qt, QVariant\nfrom qgis.PyQt.QtGui import QImage\n"
                   "a = Qt.AlignLeft | Qt.AlignmentFlag.AlignTop\nb = QVariant.Double\n"
                   "c = QImage.Format_ARGB32\nd = Qt.AlignmentFlag\n")
    messages = [msg for _l, _e, msg, _r in qt_style.problems(bad)]
    assert messages == [
        "direct PyQt import; use qgis.PyQt", "direct PyQt import; use qgis.PyQt",
        "unscoped Qt enum Qt.AlignLeft: use Qt.AlignmentFlag.AlignLeft",
        "QVariant.Double: use compat.FieldType.Double",
        "unscoped Qt enum QImage.Format_ARGB32: use QImage.Format.Format_ARGB32",
    ]
    qt_style.fix(bad, qt_style.problems(bad))
    text = bad.read_text()
    assert "a = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop\n" in text
    assert "c = QImage.Format.Format_ARGB32\n" in text


def test_release_differences_only_in_compat():
    """No QGIS version test outside compat.py (one place holds what differs between 3.22 and 3.40)."""
    pattern = re.compile(r"QGIS_VERSION|versionInt\(\)|Qgis\.version\(")
    offenders = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "milieu_atlas_plugin").rglob("*.py"))
                 if p.name != "compat.py" and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
