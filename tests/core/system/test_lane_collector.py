"""A lane runs its tasks with the collector's thresholds of an analysis, as the main process runs its share."""

import gc

from readout_viewer.core.system import collector, pool


def _young_threshold(state: dict) -> int:
    return gc.get_threshold()[0]


def test_a_lane_runs_its_tasks_with_the_young_threshold_raised():
    lanes = pool.start(1)
    try:
        assert lanes, "no lane could be started here"
        lane = lanes[0]
        lane.send(_young_threshold, tag="threshold")
        while not lane.ready(pool.POLL_SECONDS):
            pass
        assert lane.receive() == ("threshold", collector.YOUNG_THRESHOLD)
    finally:
        pool.stop(lanes)
