"""The standalone build's entry script: the same entry point as the `readout-viewer` command."""

import sys

from readout_viewer.cli import main

if __name__ == "__main__":
    sys.exit(main())
