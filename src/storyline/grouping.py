"""Union-find over integer keys: the grouping that copy detection and date disagreements share.

Both join items two at a time (two wordings of one passage, two clauses dating one event)
and then need the groups those joins make, whatever order the joins came in.
"""

from __future__ import annotations


class UnionFind:
    """Disjoint sets of integers; a key is its own set until it is joined to another."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, item: int) -> int:
        """The smallest key of ``item``'s set (path halving keeps chains short)."""
        parent = self.parent.setdefault(item, item)
        while parent != item:
            grand = self.parent[parent]
            self.parent[item] = grand
            item, parent = parent, grand
        return item

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[int, list[int]]:
        """Every key seen, by its set's smallest key, each list in ascending order."""
        found: dict[int, list[int]] = {}
        for item in sorted(self.parent):
            found.setdefault(self.find(item), []).append(item)
        return found
