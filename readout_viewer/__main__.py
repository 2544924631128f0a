"""`python -m readout_viewer` runs the same entry point as the `readout-viewer` command."""

import sys

from readout_viewer.cli import main

if __name__ == "__main__":  # not when a worker process of the analysis (core/system/pool.py) imports the main module
    sys.exit(main())
