"""The one number parser (core/numbers.py): hand cases and round-trip properties."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from milieu_atlas_plugin.core.numbers import (
    ENGLISH,
    GERMAN,
    NUMERIC,
    PLAIN,
    NumberFormatError,
    parse_column,
    parse_number,
    table_style,
)


@pytest.mark.parametrize("column,expected,style", [
    (["1.234.567", "1.100"], [1234567, 1100], GERMAN),
    (["1.234,5", "12,5", "100.000"], [1234.5, 12.5, 100000], GERMAN),
    (["1,234,567", "1,100"], [1234567, 1100], ENGLISH),
    (["1,234.5", "100,000"], [1234.5, 100000], ENGLISH),
    (["1.100", "2.5"], [1.1, 2.5], ENGLISH),          # '2.5' shows '.' is the decimal mark
    (["1.100", "1,5"], [1100, 1.5], GERMAN),          # '1,5' shows ',' is the decimal mark
    (["1,100", "12.345.678"], [1.1, 12345678], GERMAN),
    (["0.100", "1.100"], [0.1, 1.1], ENGLISH),        # '0.100' cannot be a thousands group
    (["1234.567", "2.000"], [1234.567, 2.0], ENGLISH),
    (["1 234 567", "12"], [1234567, 12], PLAIN),
    (["1\u00a0234,5", "3"], [1234.5, 3], GERMAN),
    (["1'234.5", "3"], [1234.5, 3], ENGLISH),
    (["1\u202f000", "2 000,25"], [1000, 2000.25], GERMAN),
    (["-1.234,5", "\u22123,0"], [-1234.5, -3.0], GERMAN),
    (["12", " 7 ", "+3"], [12, 7, 3], PLAIN),
    (["1e-9", "2.5E3"], [1e-9, 2500], PLAIN),
    ([1100, 2.5, np.float64(3)], [1100, 2.5, 3], NUMERIC),
    ([1100, "1.100", "1,5"], [1100, 1100, 1.5], GERMAN),
])
def test_columns(column, expected, style):
    values, fmt = parse_column(column, "x")
    assert values.tolist() == [float(e) for e in expected]
    assert fmt.style == style


@pytest.mark.parametrize("column,fragment", [
    (["1.100"], "row 1 has '1.100', which is 1100 in German and 1.1 in English"),
    (["100.000", "250.000"], "row 1 has '100.000', which is 100000 in German and 100 in English"),
    (["100,000"], "which is 100 in German and 100000 in English"),
    (["12", "1,100", "7"], "row 2 has '1,100'"),
    (["1,5", "2.5"], "mixes number formats: row 1 has '1,5' (German) and row 2 has '2.5' (English)"),
    (["1.234,5", "1,234.5"], "mixes number formats"),
    (["1.2,3"], "is not numeric: row 1 has '1.2,3'"),
    (["12 5"], "is not numeric"),            # spaces must group by threes
    (["1.23.4"], "is not numeric"),
    (["abc"], "is not numeric: row 1 has 'abc'"),
    (["nan"], "is not numeric"),
    (["inf"], "is not numeric"),
    (["12 %"], "is not numeric"),
    ([True], "is not numeric"),
    ([None], "row 1 has no value (NULL)"),
    (["  "], "row 1 has no value (empty)"),
])
def test_refused(column, fragment):
    with pytest.raises(NumberFormatError, match=None) as exc:
        parse_column(column, "x")
    assert fragment in str(exc.value)
    assert str(exc.value).startswith("field 'x'")


def test_row_names_and_nulls():
    with pytest.raises(NumberFormatError) as exc:
        parse_column(["1", "1.100"], "n", row_name=lambda i: f"feature {i + 10}")
    assert "feature 11 has '1.100'" in str(exc.value) and exc.value.index == 1
    values, _ = parse_column([None, "", "1,5"], "n", allow_null=True)
    assert np.isnan(values[:2]).all() and values[2] == 1.5


def test_describe():
    _, fmt = parse_column(["1.234,5"], "x")
    assert fmt.describe() == "German number format (1.234,5), decided by '1.234,5'"
    _, fmt = parse_column(["1,100", "2.5"], "x")
    assert fmt.describe().startswith("English number format (1,234.5)")


def test_prior_chunk_decides_and_contradiction_is_refused():
    _, fmt = parse_column(["1,5"], "x")
    values, fmt2 = parse_column(["1.100"], "x", prior=fmt)
    assert values.tolist() == [1100.0] and fmt2.style == GERMAN
    with pytest.raises(NumberFormatError, match="earlier rows"):
        parse_column(["2.5"], "x", prior=fmt)


@pytest.mark.parametrize("text,value", [("1000", 1000), ("1e-9", 1e-9), ("2.5", 2.5), ("1,5", 1.5),
                                        ("1.234,5", 1234.5), ("1,234.5", 1234.5), (" -3 ", -3), (7, 7)])
def test_parse_number(text, value):
    assert parse_number(text, "P") == value


@pytest.mark.parametrize("text,fragment", [
    ("1.000", "P='1.000' is ambiguous: 1000 in German and 1 in English"),
    ("1,000", "ambiguous"), ("abc", "P is not a number: 'abc'"), ("", "not a number"),
    ("1e400", "not a finite number")])
def test_parse_number_refused(text, fragment):
    with pytest.raises(NumberFormatError) as exc:
        parse_number(text, "P")
    assert fragment in str(exc.value)


# ------------------------------------------------------------------ properties
def _format(x, decimals, style, grouped):
    """x formatted as a statistics office would export it."""
    text = f"{abs(x):,.{decimals}f}" if grouped else f"{abs(x):.{decimals}f}"
    if style == GERMAN:
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return ("-" if x < 0 else "") + text


numbers = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False)
styles = st.sampled_from([GERMAN, ENGLISH])


@settings(max_examples=300, deadline=None)
@given(st.lists(numbers, min_size=1, max_size=12), st.integers(0, 4), styles, st.booleans())
def test_round_trip_or_refused(xs, decimals, style, grouped):
    """A column in one format is read back exactly, or refused as ambiguous: never silently wrong."""
    texts = [_format(x, decimals, style, grouped) for x in xs]
    expected = [float(_format(x, decimals, ENGLISH, False)) for x in xs]
    try:
        values, fmt = parse_column(texts, "x")
    except NumberFormatError as exc:
        assert "no other value of the column decides" in str(exc)
        return
    assert values.tolist() == expected
    if fmt.style in (GERMAN, ENGLISH):
        assert fmt.style == style


@settings(max_examples=300, deadline=None)
@given(st.lists(numbers, min_size=1, max_size=12), st.integers(0, 4), styles, st.booleans(),
       st.sampled_from([1, 2, 4]))
def test_round_trip_with_a_deciding_value(xs, decimals, style, grouped, decider_decimals):
    """With one value whose decimal part is not three digits, every column is read back exactly."""
    texts = [_format(x, decimals, style, grouped) for x in xs]
    texts.append(_format(12.5, decider_decimals, style, grouped))
    expected = [float(_format(x, decimals, ENGLISH, False)) for x in xs] + [12.5]
    values, fmt = parse_column(texts, "x")
    assert values.tolist() == expected
    assert fmt.style == style


@settings(max_examples=200, deadline=None)
@given(st.integers(-10**12, 10**12), styles)
def test_grouped_integers_with_a_large_value(n, style):
    """Integers grouped in thousands next to a value with two group separators: always decided."""
    texts = [_format(float(n), 0, style, True), _format(1234567.0, 0, style, True)]
    values, fmt = parse_column(texts, "x")
    assert values.tolist() == [float(n), 1234567.0]
    assert fmt.style == style


@settings(max_examples=200, deadline=None)
@given(numbers, st.integers(0, 4))
def test_parse_number_of_plain_text(x, decimals):
    text = f"{x:.{decimals}f}"
    try:
        assert parse_number(text, "P") == float(text)
    except NumberFormatError as exc:       # only 'd.ddd'-like text is ambiguous
        assert "ambiguous" in str(exc) and decimals == 3 and 1 <= abs(float(text)) < 1000
        assert math.isfinite(float(text))


def test_a_column_that_does_not_decide_takes_the_format_of_its_table():
    columns = {"pop": ["1.000", "12.500", "987"], "share": ["12,5", "3"], "n": [4, 5]}
    table = table_style(columns)
    assert table.style == GERMAN and table.by_field == "share"
    values, fmt = parse_column(columns["pop"], "pop", table=table)
    assert values.tolist() == [1000.0, 12500.0, 987.0]
    assert fmt.describe() == "German number format (1.234,5), as field 'share' of the same table ('12,5')"
    # a column that decides by itself keeps its own decision
    values, fmt = parse_column(["1.100", "2.5"], "x", table=table)
    assert values.tolist() == [1.1, 2.5] and fmt.style == ENGLISH


def test_columns_that_disagree_decide_nothing_for_the_others():
    table = table_style({"a": ["1,5"], "b": ["2.5"], "c": ["1.000"]})
    assert table is None
    with pytest.raises(NumberFormatError, match="no other value of the column decides"):
        parse_column(["1.000"], "c", table=table)
