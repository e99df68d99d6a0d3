"""Outputs are complete or absent: written beside their target under a temporary name, then renamed."""
import os
import tempfile


def temp_beside(final_path, suffix):
    """A new empty file in the target's folder, hidden by a leading dot."""
    folder = os.path.dirname(os.path.abspath(final_path)) or "."
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(final_path) + ".",
                               suffix=".part" + suffix, dir=folder)
    os.close(fd)
    return tmp


def publish(tmp, final_path):
    """Renames a finished temporary file onto its target, with the permissions a normally created
    file gets (mkstemp makes it readable by its owner only)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, final_path)
