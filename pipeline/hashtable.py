"""An integer hash table looked up a whole numpy array at a time (the model's n-gram and
token-pair vocabularies, the segmenter's dictionary)."""
from __future__ import annotations

import numpy as np

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing's multiplier (2^64 / golden ratio)
# a slot holds its key and value side by side: a hit at home costs one cache miss, not two
_SLOT = np.dtype([("key", "<i8"), ("value", "<i8")])
_BLOCK = 8  # slots after home that a look-up compares at once


class HashTable:
    """Non-negative int64 keys -> int64 values, looked up a whole array at a time.

    Open addressing with linear probing in numpy: a query is one multiply, one gather and
    one compare in most cases (a quarter of the slots are used), where a binary search over
    the sorted keys took 17 dependent, cache-missing steps for the model's 80,000 n-grams.
    Building is vectorised the same way: each round places, per free slot, one of the keys
    that probe it; the others move on to the next slot."""

    def __init__(self, keys: np.ndarray, values: np.ndarray):
        keys = np.asarray(keys, dtype=np.int64)
        values = np.asarray(values, dtype=np.int64)
        bits = max(4, int(len(keys) * 4 - 1).bit_length())
        self._shift = np.uint64(64 - bits)
        self._mask = (1 << bits) - 1
        self._slots = np.zeros(1 << bits, dtype=_SLOT)
        self.keys, self.values = self._slots["key"], self._slots["value"]  # views, one slot apart
        self.keys.fill(-1)  # -1: an empty slot
        self.max_probe = 0
        pending = np.arange(len(keys))
        slots = self._home(keys)
        probe = 0
        owner = np.full(1 << bits, -1, dtype=np.int64)  # scratch: which pending key claimed a slot
        while len(pending):
            free = np.flatnonzero(self.keys[slots] < 0)
            # one key per free slot this round: whichever of those that probe it is written
            # last (numpy keeps one of the repeated writes); the others move on
            owner[slots[free]] = free
            won = free[owner[slots[free]] == free]
            self.keys[slots[won]] = keys[pending[won]]
            self.values[slots[won]] = values[pending[won]]
            self.max_probe = max(self.max_probe, probe)
            placed = np.zeros(len(pending), dtype=bool)
            placed[won] = True
            pending, slots = pending[~placed], (slots[~placed] + 1) & self._mask
            probe += 1

    def _home(self, query: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):
            home = query.view(np.uint64) * _GOLDEN
        home >>= self._shift
        return home.view(np.int64)

    def get(self, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(value per query, found mask); values where not found are 0, and so are negative
        queries (never keys)."""
        query = np.asarray(query, dtype=np.int64)
        home = self._home(query)
        at_home = self._slots[home]
        keys = at_home["key"]
        hit = keys == query
        hit &= query >= 0  # -1 marks an empty slot
        out = np.where(hit, at_home["value"], 0)
        # Most queries end at home: found, or absent because home is empty. The others, whose
        # home holds another key, compare the slots after it a block at a time, until found or
        # an empty slot says the key is absent (no key lies more than max_probe slots on).
        todo = np.flatnonzero((keys >= 0) & (keys != query) & (query >= 0))
        start = 1
        while len(todo) and start <= self.max_probe:
            slots = (home[todo, None] + np.arange(start, min(start + _BLOCK, self.max_probe + 1))) & self._mask
            keys = self.keys[slots]
            equal = keys == query[todo, None]
            found = equal.any(axis=1)
            done = todo[found]
            out[done] = self.values[slots[found, equal[found].argmax(axis=1)]]
            hit[done] = True
            todo = todo[~found & (keys >= 0).all(axis=1)]
            start += _BLOCK
        return out, hit

    def state(self) -> dict[str, np.ndarray]:
        """The table as named arrays (for a cache file); ``from_state`` makes it again."""
        return {"keys": self.keys, "values": self.values, "shift": np.asarray(self._shift),
                "max_probe": np.asarray(self.max_probe)}

    @classmethod
    def from_state(cls, state: dict[str, np.ndarray]) -> "HashTable":
        """The table ``state`` describes, without building it again. Raises ValueError for
        arrays that cannot be one (a damaged cache: the caller rebuilds)."""
        keys, values = np.asarray(state["keys"], dtype=np.int64), np.asarray(state["values"], dtype=np.int64)
        size = len(keys)
        shift = int(state["shift"])
        if size < 16 or size & (size - 1) or len(values) != size or 64 - shift != size.bit_length() - 1:
            raise ValueError("not a hash table")
        table = cls.__new__(cls)
        table._slots = np.empty(size, dtype=_SLOT)
        table._slots["key"], table._slots["value"] = keys, values
        table.keys, table.values = table._slots["key"], table._slots["value"]
        table._shift, table._mask = np.uint64(shift), size - 1
        table.max_probe = int(state["max_probe"])
        return table
