"""Holds on Python's automatic collector (core/system/collector.py): off while any Hold is in force, back on only in
the main thread, and collect_due() collects what the automatic collector would."""

from __future__ import annotations

import gc
import threading

import pytest

from readout_viewer.core.system import collector


@pytest.fixture(autouse=True)
def _collector_on():
    gc.enable()
    yield
    gc.enable()


def test_holds_nest_and_the_last_release_turns_collections_back_on():
    first, second = collector.Hold(), collector.Hold()
    assert not gc.isenabled()
    first.release()
    first.release()  # once only: the second Hold is still in force
    assert not gc.isenabled()
    second.release()
    assert gc.isenabled()


def test_collections_off_before_the_first_hold_stay_off():
    gc.disable()
    hold = collector.Hold()
    hold.release()
    assert not gc.isenabled()


def test_a_release_in_another_thread_leaves_collections_off_until_the_main_thread_settles():
    hold = collector.Hold()
    thread = threading.Thread(target=hold.release)
    thread.start()
    thread.join()
    assert collector.holds() == 0 and not gc.isenabled()  # never turned on where a collection could start at once
    collector.settle()
    assert gc.isenabled()


def test_settle_outside_the_main_thread_does_nothing():
    hold = collector.Hold()
    threading.Thread(target=hold.release).start()
    thread = threading.Thread(target=collector.settle)
    thread.start()
    thread.join()
    assert not gc.isenabled()
    collector.settle()
    assert gc.isenabled()


def test_collect_due_collects_the_oldest_generation_past_its_threshold():
    saved = gc.get_threshold()
    with collector.held():
        try:
            gc.collect()
            gc.set_threshold(10, 10, 10)
            assert collector.collect_due() == -1  # nothing new since the collection
            kept = [[n] for n in range(50)]  # 50 new containers: the youngest generation is past 10
            assert collector.collect_due() == 0 and gc.get_count()[0] < 10
            assert kept
        finally:
            gc.set_threshold(*saved)
