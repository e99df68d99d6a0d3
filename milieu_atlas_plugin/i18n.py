"""Translation helpers: English source strings, German from i18n/milieu_atlas_de.qm.

pylupdate5 files `tr("...")` calls under the class name when written as `self.tr` and under
`@default` for the bare helper, so both paths translate with the context pylupdate5 recorded.
"""
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from .paths import I18N_DIR

DEFAULT_CONTEXT = "@default"


def tr(text, context=DEFAULT_CONTEXT):
    return QCoreApplication.translate(context, text)


def user_locale():
    """Two-letter language of the QGIS user interface (QGIS setting, else the system locale)."""
    settings = QSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = QLocale.system().name()
    return (name or "en")[:2]


def install_translator(language=None):
    """Loads and installs the .qm for the language; returns the translator (or None for English)."""
    language = language or user_locale()
    qm = I18N_DIR / f"milieu_atlas_{language}.qm"
    if not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator):
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
