"""files.publish_all: the files of one export (a sheet's PDF, PNG and SVG) appear together or not at
all, checked by the one completeness check of the write path (files.check_complete)."""
import os

import pytest

from milieu_atlas_plugin import files
from milieu_atlas_plugin.errors import InputError


def test_files_that_belong_together_appear_together_outside_a_run(tmp_path):
    """publish_all (a sheet's PDF, PNG, SVG) outside a run: the one completeness check
    (files.check_complete, also run at a run's commit) refuses a truncated file before any is
    renamed; complete files all appear."""
    pdf, png = tmp_path / "s.pdf", tmp_path / "s.png"
    t_pdf, t_png = files.temp_beside(str(pdf), ".pdf"), files.temp_beside(str(png), ".png")
    with open(t_pdf, "wb") as fh:
        fh.write(b"%PDF-1.4\n...\n%%EOF\n")
    # a PNG cut short (a full disk): no IEND chunk
    with open(t_png, "wb") as fh:
        fh.write(b"\x89PNG\r\n\x1a\n....")
    with pytest.raises(InputError, match="could not be written completely"):
        files.publish_all([(t_pdf, str(pdf)), (t_png, str(png))])
    assert not pdf.exists() and not png.exists()
    with open(t_png, "ab") as fh:
        fh.write(b"IEND\xaeB`\x82")
    files.publish_all([(t_pdf, str(pdf)), (t_png, str(png))])
    assert pdf.exists() and png.exists() and sorted(os.listdir(tmp_path)) == ["s.pdf", "s.png"]


def test_staging_folder_keeps_no_extension_of_the_file(tmp_path):
    """GDAL reads a '/vsizip/' path up to the first '.xlsx': a staging folder named
    '.t.xlsx.….part' made the XLSX writer fail ('Failure when saving')."""
    run = files.OutputRun()
    folder = run.stage_dir(str(tmp_path / "table.xlsx"))
    try:
        name = os.path.basename(folder)
        assert name.startswith(".table_xlsx.") and name.endswith(".part") and ".xlsx" not in name
    finally:
        run.discard()
    assert os.listdir(tmp_path) == []
