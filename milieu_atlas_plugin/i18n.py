"""Translation helpers: English source strings, German from i18n/milieu_atlas_de.qm.

pylupdate5 files `tr("...")` calls under the class name when written as `self.tr` and under
`@default` for the bare helper, so both paths translate with the context pylupdate5 recorded.
"""
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from .paths import I18N_DIR

DEFAULT_CONTEXT = "@default"


def tr(text, context=DEFAULT_CONTEXT):
    return QCoreApplication.translate(context, text)


_LANGUAGE_OVERRIDE = None  # set by `--lang` on the command line and in the demo (set_language)


def set_language(language):
    """Makes LANGUAGE the interface language of this process (command line `--lang de`): the
    translator for it is installed and every "auto" language follows it. Returns the translator,
    which the caller keeps (a collected QTranslator uninstalls itself)."""
    global _LANGUAGE_OVERRIDE
    _LANGUAGE_OVERRIDE = resolve_language(language)
    # numbers in the dock and in messages follow the language (decimal comma in German)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany)
                       if _LANGUAGE_OVERRIDE == "de" else QLocale(QLocale.Language.English))
    return install_translator(_LANGUAGE_OVERRIDE)


def user_locale():
    """Two-letter language of the QGIS user interface, in this order: `--lang` of this process
    (set_language); QGIS started with `qgis --lang xx` (QgsApplication.translation()); the
    "override system locale" setting (locale/overrideFlag with locale/userLocale); the
    system locale (QLocale())."""
    if _LANGUAGE_OVERRIDE:
        return _LANGUAGE_OVERRIDE
    name = ""
    try:
        from qgis.core import QgsApplication

        app = QgsApplication.instance()
        if isinstance(app, QgsApplication):
            name = app.translation() or ""
    except (ImportError, AttributeError, TypeError):
        name = ""
    if not name:
        settings = QSettings()
        if settings.value("locale/overrideFlag", False, type=bool):
            name = settings.value("locale/userLocale", "", type=str)
    if not name:
        name = QLocale().name()
    if name in ("C", "POSIX"):
        name = "en"
    return (name or "en")[:2].lower()


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


LANGUAGES = ("auto", "de", "en")
_SHEET_MESSAGES = {}


def resolve_language(language=None):
    """'de' or 'en' from LANGUAGE (auto | de | en, or a locale such as 'de_DE' or a QLocale);
    auto (or None) follows QGIS's user interface language."""
    if isinstance(language, QLocale):
        return "de" if language.language() == QLocale.Language.German else "en"
    lang = str(language or "auto").strip().lower()
    if lang in ("", "auto"):
        lang = user_locale()
    return "de" if lang[:2] == "de" else "en"


def _messages(language):
    """{(context, source): translation} of one language, from the compiled .qm when present, else
    from the .ts (a checkout before `make translations`)."""
    if language in _SHEET_MESSAGES:
        return _SHEET_MESSAGES[language]
    qm = I18N_DIR / f"milieu_atlas_{language}.qm"
    translator = None
    if qm.exists():
        translator = QTranslator()
        if not translator.load(str(qm)):
            translator = None
    table = {}
    if translator is None:
        ts = I18N_DIR / f"milieu_atlas_{language}.ts"
        if ts.exists():
            import xml.etree.ElementTree as ET

            for context in ET.parse(ts).getroot().iter("context"):
                name = context.findtext("name")
                for message in context.iter("message"):
                    text = message.find("translation")
                    if text is not None and text.text and text.get("type") != "unfinished":
                        table[(name, message.findtext("source"))] = text.text
    _SHEET_MESSAGES[language] = (translator, table)
    return _SHEET_MESSAGES[language]


def sheet_translator(language=None, context=DEFAULT_CONTEXT):
    """A tr(text) for texts printed on sheets in LANGUAGE, whatever language QGIS runs in (the
    command line prints German sheets too). Call it as `tr = sheet_translator(lang)` then
    `tr("...")`, so pylupdate5 files the strings under `context`."""
    lang = resolve_language(language)

    def translate(text, ctx=None):
        if lang == "en":
            return text
        translator, table = _messages(lang)
        key = ctx or context
        if translator is not None:
            # PyQt passes str as ASCII to this const char * API: hand it UTF-8 bytes
            out = translator.translate(key.encode("utf-8"), text.encode("utf-8"))
            return out or text
        return table.get((key, text), text)

    translate.language = lang
    return translate
