"""Key normalisation for attribute joins: 1100101, "01100101", " 01100101 " and 1100101.0 all meet, and so
do "Schöneberg" written with a precomposed ö (NFC) and with o + combining diaeresis (NFD)."""
import unicodedata

import numpy as np


def _one(v):
    if v is None or (hasattr(v, "isNull") and v.isNull()):
        return None
    if isinstance(v, float):
        if v != v:  # NaN
            return None
        if v.is_integer():
            v = int(v)
    text = unicodedata.normalize("NFC", str(v)).strip()
    if text == "":
        return None
    if text.endswith(".0") and text[:-2].lstrip("-").isdigit():
        text = text[:-2]
    if text.isdigit():
        text = text.lstrip("0") or "0"
    return text


def normalise_keys(values):
    """Object array of canonical key strings (None where empty): Unicode NFC, whitespace trimmed, integer-valued
    numbers as integers, leading zeros of all-digit keys dropped so that the integer 1100101 and the
    string "01100101" match."""
    return np.array([_one(v) for v in values], dtype=object)
