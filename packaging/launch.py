"""The standalone build's entry script: the same entry point as the `readout-viewer` command."""

import multiprocessing
import sys

from readout_viewer.cli import main

if __name__ == "__main__":
    # A worker process of a large folder's analysis (core/system/pool.py) is this program started again: here it
    # runs its task and exits instead of starting the program (PyInstaller's runtime hook makes this work for
    # the "spawn" start method on Linux and macOS too).
    multiprocessing.freeze_support()
    sys.exit(main())
