"""Where the plugin's own files live, wherever the plugin folder was installed."""
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PLUGIN_DIR = PACKAGE_DIR.parent
RESOURCES_DIR = PLUGIN_DIR / "resources"
ICONS_DIR = RESOURCES_DIR / "icons"
I18N_DIR = PLUGIN_DIR / "i18n"
SAMPLE_DIR = RESOURCES_DIR / "sample" / "berlin"


def icon_path(name="milieu_atlas.svg"):
    return str(ICONS_DIR / name)
MILIEUS_DIR = RESOURCES_DIR / "milieus"
DEFAULT_MODEL = MILIEUS_DIR / "vhw_migrant_milieus.csv"
DEFAULT_RATES = MILIEUS_DIR / "participation_rates_illustrative.csv"
MILIEU_SAMPLE_DIR = SAMPLE_DIR / "milieus"


def plugin_version():
    """`version=` of metadata.txt ('unknown' when it cannot be read)."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
        return parser.get("general", "version")
    except (configparser.Error, OSError):
        return "unknown"
