"""Checks (and with --fix rewrites) the Qt usage rules that keep a later move to QGIS 4 / Qt 6 small:

* no direct `PyQt5` / `PyQt6` import: only `qgis.PyQt...`;
* Qt enum values in their scoped form: `Qt.AlignmentFlag.AlignLeft`, not `Qt.AlignLeft`;
* field types through `compat.FieldType` (QVariant.Type is gone in Qt 6; QGIS >= 3.38 takes QMetaType).

Enum values are recognised by asking PyQt itself: for `X.Y` where X is a name imported from
`qgis.PyQt.*`, `X.Y` is an unscoped enum value when it is an instance of an enum type nested in X.

    python scripts/qt_style.py [--fix] [paths...]      (default: milieu_atlas_plugin tests)
"""
import ast
import importlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = ("milieu_atlas_plugin", "tests", "bench", "scripts", "__init__.py")
DIRECT_PYQT = re.compile(r"^\s*(from|import)\s+PyQt[56]\b", re.M)


def _enum_scope(cls, name):
    """The name of the enum type of `cls.name` when that is an unscoped enum value, else None."""
    try:
        value = getattr(cls, name)
    except AttributeError:
        return None
    kind = type(value)
    if isinstance(value, type) or kind in (int, bool, float, str) or not isinstance(value, int):
        return None
    scope = getattr(kind, "__name__", "")
    if scope and getattr(cls, scope, None) is kind and scope != name:
        return scope
    return None


def _pyqt_names(tree):
    """{local name: class object} for the classes imported from qgis.PyQt.* in a module."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("qgis.PyQt."):
            try:
                module = importlib.import_module(node.module)
            except ImportError:
                continue
            for alias in node.names:
                obj = getattr(module, alias.name, None)
                if isinstance(obj, type):
                    names[alias.asname or alias.name] = obj
    return names


def problems(path):
    """[(line, col_end, message, replacement or None)] for one file."""
    text = path.read_text(encoding="utf-8")
    found = []
    for m in DIRECT_PYQT.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        found.append((line, None, "direct PyQt import; use qgis.PyQt", None))
    if path.suffix != ".py":
        return found
    tree = ast.parse(text, str(path))
    names = _pyqt_names(tree)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                and node.value.id in names):
            continue
        cls_name = node.value.id
        if cls_name == "QVariant" and node.attr in ("String", "Double", "Int", "LongLong", "Bool", "Date",
                                                   "DateTime", "Invalid", "UInt", "ULongLong"):
            found.append((node.lineno, node.end_col_offset,
                          f"{cls_name}.{node.attr}: use compat.FieldType.{node.attr}", None))
            continue
        scope = _enum_scope(names[cls_name], node.attr)
        if scope:
            found.append((node.lineno, node.end_col_offset,
                          f"unscoped Qt enum {cls_name}.{node.attr}: use {cls_name}.{scope}.{node.attr}",
                          (node.col_offset, f"{cls_name}.{scope}.{node.attr}")))
    return sorted(found, key=lambda f: (f[0], f[1] or 0))


def files(paths):
    for p in paths:
        p = (ROOT / p) if not Path(p).is_absolute() else Path(p)
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*.py") if "__pycache__" not in q.parts)
        elif p.exists():
            yield p


def fix(path, found):
    lines = path.read_text(encoding="utf-8").split("\n")
    # right to left within a line, so earlier columns stay valid
    for line, end, _msg, repl in sorted((f for f in found if f[3]), key=lambda f: (f[0], -f[1])):
        start, new = repl
        src = lines[line - 1]
        lines[line - 1] = src[:start] + new + src[end:]
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv):
    do_fix = "--fix" in argv
    paths = [a for a in argv if a != "--fix"] or list(DEFAULT_PATHS)
    bad = 0
    for path in files(paths):
        found = problems(path)
        if do_fix and any(f[3] for f in found):
            fix(path, found)
            found = problems(path)
        for line, _end, msg, _repl in found:
            print(f"{path.relative_to(ROOT)}:{line}: {msg}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
