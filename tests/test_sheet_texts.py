"""Readable sheet texts from field and layer names (cartography/texts.py), in both languages."""
import pytest


@pytest.mark.parametrize("field,kind,lang,title", [
    ("ew_mh_lq", "lq", "en", "Location quotient: residents with a migration background"),
    ("ew_mh_lq", "lq", "de", "Standortquotient: Einwohnerinnen und Einwohner mit Migrationshintergrund"),
    ("inhabitants_foreigners_share", "share", "en", "Share: foreign residents"),
    ("grp_x_share", "share", "en", "Share: grp x"),
    ("auslaender_share", "share", "de", "Anteil: Ausländerinnen und Ausländer"),
    ("mil_dominant", "categorical", "de", "Dominantes Milieu"),
    ("mh_lisa", "categorical", "en", "Local clusters (LISA): residents with a migration background"),
    ("part_untapped_rate", "value", "de", "Ungenutztes Beteiligungspotenzial"),
])
def test_titles_from_field_names(qgis_app, field, kind, lang, title):
    from milieu_atlas_plugin.cartography.texts import describe_field

    text = describe_field(field, kind, lang)
    assert text.title == title
    assert "_" not in text.title
    # an unknown group is said in words from its name, and the algorithm warns to give TITLE
    assert text.derived_from_name == (field == "grp_x_share")


def test_milieu_codes_read_as_names(qgis_app):
    from milieu_atlas_plugin.cartography.texts import describe_field
    from milieu_atlas_plugin.core.milieu_model import load_model

    model = load_model()
    code = model.codes[0]
    assert describe_field(f"mil_{code}_share", "share", "de", model).title == \
        f"Anteil: {model.names_de[0]}"


@pytest.mark.parametrize("name,lang,readable", [
    ("berlin-lor-districts", "de", "Bezirke"),
    ("lor_planungsraeume_2021", "en", "Planungsräume"),
    ("Planungsräume 2021", "de", "Planungsräume 2021"),
    ("lisa_in", "de", "Gebiete"),
    ("out-3.gpkg", "en", "districts"),
])
def test_layer_names_never_leak(qgis_app, name, lang, readable):
    from milieu_atlas_plugin.cartography.texts import readable_layer_name

    assert readable_layer_name(name, lang) == readable
