"""The analyst's corrections in the viewer: undoable commands and the actions that issue them."""
