"""Union-find: groups made by joins in any order, named by their smallest key."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from storyline.grouping import UnionFind


def test_joins_make_groups_named_by_their_smallest_key() -> None:
    union = UnionFind()
    for a, b in [(5, 9), (9, 2), (7, 8)]:
        union.union(a, b)
    union.find(4)  # seen, never joined: a group of its own
    assert union.groups() == {2: [2, 5, 9], 4: [4], 7: [7, 8]}


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=40))
def test_groups_are_the_connected_keys_whatever_the_order(pairs: list[tuple[int, int]]) -> None:
    forward, backward = UnionFind(), UnionFind()
    for a, b in pairs:
        forward.union(a, b)
    for a, b in reversed(pairs):
        backward.union(b, a)
    assert forward.groups() == backward.groups()
    for a, b in pairs:
        assert forward.find(a) == forward.find(b) == min(forward.groups()[forward.find(a)])
