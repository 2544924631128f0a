"""The PySide6 viewer. Importing it guards the process against PySide6's reference-count bug (see qtfix)."""

from readout_viewer.app.qtfix import immortalize_singletons

immortalize_singletons()
