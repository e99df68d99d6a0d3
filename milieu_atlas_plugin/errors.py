"""Errors that carry a message meant for the user (layer, field, feature or line named).

A message is an English template marked for the translation tool plus named values:

    raise InputError(QT_TRANSLATE_NOOP("MilieuAtlas", "Layer '{layer}': field '{field}' is missing."),
                     layer=name, field=field)

`str(error)` is the English text with the values filled in (logs, tests); `error.translated()` is the
same message in the language of the user interface (German from i18n/milieu_atlas_de.ts). pylupdate5
files every `QT_TRANSLATE_NOOP("MilieuAtlas", "...")` under the context "MilieuAtlas" (the template
must be a literal: never assembled from fragments). A value may itself be an InputError (a whole
sentence, e.g. the reason a file could not be read): it is translated with the message.

This module imports nothing from QGIS or Qt at module level: core/ raises InputError too and runs
without QGIS. Only `translated()` (called where a message is shown: processing/base.py, the command
line, the dock) asks Qt for the translation.
"""

import numbers
import string

CONTEXT = "MilieuAtlas"


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pylupdate5 looks for
    """Marks TEXT as translatable under CONTEXT (always "MilieuAtlas") and returns it unchanged;
    the translation happens when the message is shown."""
    return text


def _translate(text):
    try:
        from qgis.PyQt.QtCore import QCoreApplication
    except ImportError:  # core without QGIS: English
        return text
    return QCoreApplication.translate(CONTEXT, text) or text


def _value(v, translate):
    if isinstance(v, (InputError, Text)):
        return v.translated() if translate else str(v)
    if isinstance(v, list) and v and all(isinstance(x, (InputError, Text)) for x in v):
        return "; ".join(_value(x, translate) for x in v)
    return v


class _DecimalComma(string.Formatter):
    """Fills numbers in German style: 0,25 and 12.345 (a number's decimal point and thousands
    separators swapped after formatting with its own spec); texts, including numbers already
    turned into text, stay as they are."""

    def format_field(self, value, format_spec):
        text = super().format_field(value, format_spec)
        if isinstance(value, numbers.Number) and not isinstance(value, bool):
            return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return text


_DECIMAL_COMMA = _DecimalComma()


def _decimal_comma():
    """True when the language of the interface writes numbers with a decimal comma: the translation
    of the marker "decimal point" says so ("decimal comma" in German), as Qt's QT_LAYOUT_DIRECTION."""
    return _translate(QT_TRANSLATE_NOOP("MilieuAtlas", "decimal point")) == "decimal comma"


def _fill(template, params, translate):
    """TEMPLATE (translated when TRANSLATE) with PARAMS filled in; an InputError among the values is
    filled in as its own (translated) message, and so is a Text (a list of
    them: joined with '; '). A translation whose placeholders do not fit the
    values falls back to the English template."""
    values = {k: _value(v, translate) for k, v in params.items()}
    text = _translate(template) if translate else template
    if not params:
        return text
    fill = _DECIMAL_COMMA.format if translate and _decimal_comma() else str.format
    try:
        return fill(text, **values)
    except (KeyError, IndexError, ValueError):
        if text is template:
            raise
        return fill(template, **values)


def translated(template, **params):
    """The message TEMPLATE (marked with QT_TRANSLATE_NOOP("MilieuAtlas", ...)) in the language of
    the user interface, with PARAMS filled in: for QgsProcessingException and feedback texts."""
    return _fill(template, params, True)


class Text:
    """A translatable phrase used as a value of a message (e.g. "row {row}" or "feature {fid}", where
    the caller decides which): Text(QT_TRANSLATE_NOOP("MilieuAtlas", "..."), **values). str() is
    English; the message that holds it translates it with itself."""

    __slots__ = ("template", "params")

    def __init__(self, template, /, **params):
        self.template = str(template)
        self.params = params

    def __str__(self):
        return _fill(self.template, self.params, False)

    def __format__(self, spec):
        return format(str(self), spec)

    def __repr__(self):
        return repr(str(self))

    def __eq__(self, other):
        return str(self) == str(other)

    def __hash__(self):
        return hash(str(self))

    def translated(self):
        return _fill(self.template, self.params, True)


class InputError(ValueError):
    """Bad input: the message names what is wrong and where; nothing has been written.

    InputError(template, **values): TEMPLATE is an English text marked with
    QT_TRANSLATE_NOOP("MilieuAtlas", ...) with {name} placeholders for VALUES."""

    def __init__(self, template, /, **params):
        if isinstance(template, InputError):  # re-raised as another type (e.g. a subclass)
            template, params = template.template, dict(template.params)
        self.template = str(template)
        self.params = params
        super().__init__(_fill(self.template, params, False))

    def translated(self):
        """The message in the language of the user interface (str() stays English)."""
        return _fill(self.template, self.params, True)


def message_of(exc):
    """The text of EXC for the user: an InputError translated, anything else as str()."""
    if isinstance(exc, InputError):
        return exc.translated()
    return str(exc)


class Cancelled(Exception):
    """The run was cancelled (Processing's cancel, a core ``is_cancelled`` callback or Ctrl-C);
    nothing is returned and nothing has been written."""
