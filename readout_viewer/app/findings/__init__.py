"""The findings panel: the list of every finding (panel) and its table model and filter (table)."""
