"""Plain names and one-sentence definitions of every index code of contracts.md, for the dock's
index table (name in the cell, definition in the tooltip). Translated with tr() at use."""
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

C = "IndexNames"

INDEX_NAMES = {
    "D": (QT_TRANSLATE_NOOP("IndexNames", "Dissimilarity"),
          QT_TRANSLATE_NOOP("IndexNames", "Share of the group that would have to move to another unit for it to be spread like everyone else (0 = even, 1 = completely apart).")),
    "GINI": (QT_TRANSLATE_NOOP("IndexNames", "Gini coefficient"),
             QT_TRANSLATE_NOOP("IndexNames", "Mean difference of the group's share between all pairs of units, weighted by population (0 = even, 1 = maximal unevenness).")),
    "H": (QT_TRANSLATE_NOOP("IndexNames", "Entropy (Theil's H)"),
          QT_TRANSLATE_NOOP("IndexNames", "How much less mixed the units are than the city as a whole (0 = every unit as mixed as the city, 1 = each unit holds one group only).")),
    "A": (QT_TRANSLATE_NOOP("IndexNames", "Atkinson index"),
          QT_TRANSLATE_NOOP("IndexNames", "Unevenness with a chosen weight on units where the group is under- or over-represented (shape parameter b).")),
    "XPX": (QT_TRANSLATE_NOOP("IndexNames", "Isolation"),
            QT_TRANSLATE_NOOP("IndexNames", "Share of the group among the neighbours of an average member of the group in the same unit.")),
    "XPY": (QT_TRANSLATE_NOOP("IndexNames", "Exposure to the others"),
            QT_TRANSLATE_NOOP("IndexNames", "Share of the rest of the population among the neighbours of an average member of the group in the same unit.")),
    "ETA2": (QT_TRANSLATE_NOOP("IndexNames", "Correlation ratio (eta²)"),
             QT_TRANSLATE_NOOP("IndexNames", "Isolation corrected for the group's size in the city (0 = no isolation beyond chance).")),
    "DELTA": (QT_TRANSLATE_NOOP("IndexNames", "Concentration (Delta)"),
              QT_TRANSLATE_NOOP("IndexNames", "Share of the group that would have to move to have the same density as everyone else (land area of the units).")),
    "ACO": (QT_TRANSLATE_NOOP("IndexNames", "Absolute concentration"),
            QT_TRANSLATE_NOOP("IndexNames", "How much of the city's smallest units the group occupies compared with the largest possible concentration (land area of the units).")),
    "RCO": (QT_TRANSLATE_NOOP("IndexNames", "Relative concentration"),
            QT_TRANSLATE_NOOP("IndexNames", "Space occupied by the group compared with the rest of the population (−1 to 1; above 0: more concentrated).")),
    "ACE": (QT_TRANSLATE_NOOP("IndexNames", "Absolute centralisation"),
            QT_TRANSLATE_NOOP("IndexNames", "How close to the city centre the group lives compared with the land area around the centre.")),
    "RCE": (QT_TRANSLATE_NOOP("IndexNames", "Relative centralisation"),
            QT_TRANSLATE_NOOP("IndexNames", "How close to the city centre the group lives compared with the rest of the population (−1 to 1).")),
    "ACL": (QT_TRANSLATE_NOOP("IndexNames", "Absolute clustering"),
            QT_TRANSLATE_NOOP("IndexNames", "How much units with the group lie next to other units with the group (distance decay).")),
    "RCL": (QT_TRANSLATE_NOOP("IndexNames", "Relative clustering"),
            QT_TRANSLATE_NOOP("IndexNames", "Clustering of the group compared with the clustering of the rest of the population (0 = the same).")),
    "SP": (QT_TRANSLATE_NOOP("IndexNames", "Spatial proximity"),
           QT_TRANSLATE_NOOP("IndexNames", "Mean proximity among members of the group and among the others, compared with the proximity of everyone (1 = no clustering).")),
    "DADJ": (QT_TRANSLATE_NOOP("IndexNames", "Dissimilarity adjusted for neighbours (Morrill)"),
             QT_TRANSLATE_NOOP("IndexNames", "Dissimilarity reduced by the differences between neighbouring units (units with a shared boundary).")),
    "DW": (QT_TRANSLATE_NOOP("IndexNames", "Dissimilarity adjusted for boundary length (Wong)"),
           QT_TRANSLATE_NOOP("IndexNames", "Dissimilarity reduced by differences across shared boundaries, weighted by their length.")),
    "DS": (QT_TRANSLATE_NOOP("IndexNames", "Dissimilarity adjusted for boundary and shape (Wong)"),
           QT_TRANSLATE_NOOP("IndexNames", "Like the boundary-length adjustment, with the shape (perimeter to area) of the units as well.")),
    "DDXPX": (QT_TRANSLATE_NOOP("IndexNames", "Distance-decay isolation"),
              QT_TRANSLATE_NOOP("IndexNames", "Isolation where neighbours in nearby units count too, less the further away they live.")),
    "DDXPY": (QT_TRANSLATE_NOOP("IndexNames", "Distance-decay exposure"),
              QT_TRANSLATE_NOOP("IndexNames", "Exposure to the others where people in nearby units count too, less the further away they live.")),
    "HSPATIAL": (QT_TRANSLATE_NOOP("IndexNames", "Spatial entropy"),
                 QT_TRANSLATE_NOOP("IndexNames", "Entropy index of the local surroundings within the kernel bandwidth instead of the units.")),
    "MD": (QT_TRANSLATE_NOOP("IndexNames", "Multigroup dissimilarity"),
           QT_TRANSLATE_NOOP("IndexNames", "Dissimilarity of all groups at once: share of the population that would have to move for every unit to mirror the city.")),
    "MGINI": (QT_TRANSLATE_NOOP("IndexNames", "Multigroup Gini"),
              QT_TRANSLATE_NOOP("IndexNames", "The Gini coefficient of all groups at once.")),
    "MH": (QT_TRANSLATE_NOOP("IndexNames", "Multigroup entropy (Theil's H)"),
           QT_TRANSLATE_NOOP("IndexNames", "How much less diverse the units are than the city, for all groups at once.")),
    "MM": (QT_TRANSLATE_NOOP("IndexNames", "Mutual information"),
           QT_TRANSLATE_NOOP("IndexNames", "Information the unit gives about a person's group (M index; splits into between and within parts of levels).")),
    "MNE": (QT_TRANSLATE_NOOP("IndexNames", "Normalised exposure"),
            QT_TRANSLATE_NOOP("IndexNames", "Mean exposure of each group to the others, normalised by what an even city gives.")),
    "MSCV": (QT_TRANSLATE_NOOP("IndexNames", "Squared coefficient of variation"),
             QT_TRANSLATE_NOOP("IndexNames", "Variation of the groups' shares across units relative to their city shares.")),
    "MRD": (QT_TRANSLATE_NOOP("IndexNames", "Relative diversity"),
            QT_TRANSLATE_NOOP("IndexNames", "How much less diverse (Simpson) the units are than the city.")),
    "MSC": (QT_TRANSLATE_NOOP("IndexNames", "Segregation of all groups (variance ratio)"),
            QT_TRANSLATE_NOOP("IndexNames", "Share of the variance of group membership that lies between units.")),
    "MSI": (QT_TRANSLATE_NOOP("IndexNames", "Multigroup isolation"),
            QT_TRANSLATE_NOOP("IndexNames", "Mean isolation of the groups, weighted by their size.")),
    "MDIV": (QT_TRANSLATE_NOOP("IndexNames", "Diversity of the city"),
             QT_TRANSLATE_NOOP("IndexNames", "Entropy of the city's group composition (how diverse the city is as a whole, not how segregated).")),
    "MM_BETWEEN": (QT_TRANSLATE_NOOP("IndexNames", "Mutual information between parent units"),
                   QT_TRANSLATE_NOOP("IndexNames", "Part of the mutual information that lies between the parent units (e.g. Bezirke).")),
    "MM_WITHIN": (QT_TRANSLATE_NOOP("IndexNames", "Mutual information within parent units"),
                  QT_TRANSLATE_NOOP("IndexNames", "Part of the mutual information that lies within the parent units (between their smaller units).")),
    "MH_BETWEEN": (QT_TRANSLATE_NOOP("IndexNames", "Entropy between parent units"),
                   QT_TRANSLATE_NOOP("IndexNames", "Part of the multigroup entropy index that lies between the parent units (e.g. Bezirke).")),
    "MH_WITHIN": (QT_TRANSLATE_NOOP("IndexNames", "Entropy within parent units"),
                  QT_TRANSLATE_NOOP("IndexNames", "Part of the multigroup entropy index that lies within the parent units.")),
}

# The families the dock offers (codes.py's groups); each is a list of codes for INDICES.
FAMILIES = {
    "evenness": (QT_TRANSLATE_NOOP("IndexNames", "Evenness and exposure"),
                 ("D", "GINI", "H", "A", "XPX", "XPY", "ETA2")),
    "spatial": (QT_TRANSLATE_NOOP("IndexNames", "Spatial indices"),
                ("DELTA", "ACO", "RCO", "ACE", "RCE", "ACL", "RCL", "SP", "DADJ", "DW", "DS", "DDXPX", "DDXPY",
                 "HSPATIAL")),
    "multigroup": (QT_TRANSLATE_NOOP("IndexNames", "All groups together"),
                   ("MD", "MGINI", "MH", "MM", "MNE", "MSCV", "MRD", "MSC", "MSI", "MDIV")),
}


def index_name(code):
    """(plain name, definition) of an index code, translated; the code itself when unknown."""
    from ..i18n import tr

    name, definition = INDEX_NAMES.get(code, (None, None))
    if name is None:
        return code, ""
    return tr(name, C), tr(definition, C)


def family_label(key):
    from ..i18n import tr

    return tr(FAMILIES[key][0], C)
