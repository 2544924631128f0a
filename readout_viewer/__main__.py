"""`python -m readout_viewer` runs the same entry point as the `readout-viewer` command."""

import sys

from readout_viewer.cli import main

sys.exit(main())
