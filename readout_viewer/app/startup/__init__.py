"""Starting the viewer: checks before Qt, the launcher, crash reports, doctor's Qt part and screenshots."""
