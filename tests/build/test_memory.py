import gc

import pytest

from pipeline.build.memory import YOUNG_ALLOCATIONS, fewer_collections


def test_fewer_collections_while_building_and_as_before_after() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold()[0] == YOUNG_ALLOCATIONS > before[0]
        assert gc.isenabled()
    assert gc.get_threshold() == before


def test_the_collector_is_as_before_after_a_failure() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("a failed build")
    assert gc.get_threshold() == before


def test_cycles_are_still_collected() -> None:
    class Node:
        other: object = None

    with fewer_collections():
        first, second = Node(), Node()
        first.other, second.other = second, first
        del first, second
        assert gc.collect() >= 2
