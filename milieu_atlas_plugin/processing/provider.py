"""The `milieuatlas` Processing provider."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..paths import icon_path


def algorithm_classes():
    """Every algorithm of the provider (imported here so loading QGIS stays cheap)."""
    from .alg_atlas import DistrictAtlas
    from .alg_change import SegregationChange
    from .alg_join import JoinToDistricts
    from .alg_levels import SegregationLevels
    from .alg_local import LocalMeasures
    from .alg_mapsheet import MapSheet
    from .alg_milieu_localisation import MilieuLocalisation
    from .alg_participation import ParticipationPotential
    from .alg_monitoring import Monitoring
    from .alg_report import Report
    from .alg_segregation import SegregationIndices
    from .alg_typology import DistrictTypology

    return [JoinToDistricts, SegregationIndices, SegregationLevels, SegregationChange,
            LocalMeasures, MilieuLocalisation, ParticipationPotential, DistrictTypology, MapSheet,
            DistrictAtlas, Monitoring, Report]


class MilieuAtlasProvider(QgsProcessingProvider):
    def id(self):
        return "milieuatlas"

    def name(self):
        return "Milieu Atlas"

    def longName(self):  # noqa: N802
        return "Milieu Atlas"

    def icon(self):
        return QIcon(icon_path())

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
