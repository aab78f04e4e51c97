import gc

import pytest

from pipeline.build.memory import OLDER_COLLECTIONS, YOUNG_ALLOCATIONS, fewer_collections


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


def test_older_generations_are_collected_less_often_too() -> None:
    with fewer_collections():
        _, middle, old = gc.get_threshold()
    assert (middle, old) == (OLDER_COLLECTIONS, OLDER_COLLECTIONS) > gc.get_threshold()[1:]
