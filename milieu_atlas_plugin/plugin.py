"""The QGIS plugin object: toolbar button, Plugins menu entry, dock panel, Processing provider.

Everything added in initGui/initProcessing is removed again in unload, so loading and unloading
twice leaves nothing behind."""
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .i18n import install_translator, remove_translator, tr
from .paths import icon_path

MENU = "&Milieu Atlas"


class MilieuAtlasPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.action = None
        self.dock = None
        self.translator = install_translator()

    # Processing -------------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (QGIS API name)
        from .processing.provider import MilieuAtlasProvider

        if self.provider is None:
            provider = MilieuAtlasProvider()
            # On failure (a provider with this id exists already) the registry deletes it.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    # GUI ----------------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.action = QAction(QIcon(icon_path()), tr("Milieu Atlas panel"), self.iface.mainWindow())
        self.action.setObjectName("milieuAtlasPanelAction")
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Show or hide the Milieu Atlas panel"))
        self.action.toggled.connect(self.set_dock_visible)
        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToMenu(tr(MENU), self.action)

    def set_dock_visible(self, visible):
        if visible and self.dock is None:
            from .gui.dock import MilieuAtlasDock

            self.dock = MilieuAtlasDock(self.iface, self.iface.mainWindow())
            self.dock.visibilityChanged.connect(self._dock_visibility_changed)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        if self.dock is not None:
            self.dock.setVisible(visible)

    def _dock_visibility_changed(self, visible):
        if self.action is not None and self.action.isChecked() != visible:
            self.action.blockSignals(True)
            self.action.setChecked(visible)
            self.action.blockSignals(False)

    def unload(self):
        if self.dock is not None:
            self.iface.removeDockWidget(self.dock)
            self.dock.close_tasks()
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.iface.removePluginMenu(tr(MENU), self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
