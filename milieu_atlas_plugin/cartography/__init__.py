"""Cartography: renderers and classification (styling), print layouts and export (layouts).

Nothing heavy is imported here, so loading the plugin stays cheap."""
