"""The claim inspector: the selected claim's links, diffs, quotes and attributions, and the correction bar."""
