"""The PySide6 viewer: one widget per module; reads the core model and holds no analysis logic."""
