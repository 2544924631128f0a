"""The panes: texts side by side, their claim highlights, overview strips, ribbons and synchronized scrolling."""
