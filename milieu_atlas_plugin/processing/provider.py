"""The `milieuatlas` Processing provider."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..paths import icon_path


# id -> (module, class): an algorithm's module is imported only when the provider loads it
ALGORITHMS = {
    "jointodistricts": ("alg_join", "JoinToDistricts"),
    "segregationindices": ("alg_segregation", "SegregationIndices"),
    "segregationlevels": ("alg_levels", "SegregationLevels"),
    "segregationchange": ("alg_change", "SegregationChange"),
    "localmeasures": ("alg_local", "LocalMeasures"),
    "milieulocalisation": ("alg_milieu_localisation", "MilieuLocalisation"),
    "participationpotential": ("alg_participation", "ParticipationPotential"),
    "districttypology": ("alg_typology", "DistrictTypology"),
    "mapsheet": ("alg_mapsheet", "MapSheet"),
    "atlas": ("alg_atlas", "DistrictAtlas"),
    "monitoring": ("alg_monitoring", "Monitoring"),
    "report": ("alg_report", "Report"),
}


def algorithm_classes(only=None):
    """The algorithm classes of the provider, or of the ids in `only` (unknown ids are left out:
    the registry then reports the algorithm as unknown). Imported here so loading QGIS stays cheap;
    a command-line run imports only the algorithm it runs."""
    import importlib

    ids = list(ALGORITHMS) if only is None else [i for i in ALGORITHMS if i in set(only)]
    return [getattr(importlib.import_module(f".{ALGORITHMS[i][0]}", __package__), ALGORITHMS[i][1]) for i in ids]


class MilieuAtlasProvider(QgsProcessingProvider):
    """All algorithms, or those of the ids in `only` (the command line: the one it runs)."""

    def __init__(self, only=None):
        super().__init__()
        self._only = None if only is None else tuple(only)

    def id(self):
        return "milieuatlas"

    def name(self):
        return "Milieu Atlas"

    def longName(self):  # noqa: N802
        return "Milieu Atlas"

    def icon(self):
        return QIcon(icon_path())

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes(self._only):
            self.addAlgorithm(cls())
