"""An integer hash table looked up a whole numpy array at a time (the model's n-gram and
token-pair vocabularies, the segmenter's dictionary)."""
from __future__ import annotations

import numpy as np

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing's multiplier (2^64 / golden ratio)


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
        self.keys = np.full(1 << bits, -1, dtype=np.int64)  # -1: an empty slot
        self.values = np.zeros(1 << bits, dtype=np.int64)
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
            return ((query.astype(np.uint64) * _GOLDEN) >> self._shift).astype(np.int64)

    def get(self, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(value per query, found mask); values where not found are 0."""
        query = np.asarray(query, dtype=np.int64)
        out = np.zeros(len(query), dtype=np.int64)
        hit = np.zeros(len(query), dtype=bool)
        todo = np.arange(len(query))
        slots = self._home(query)
        for _ in range(self.max_probe + 1):
            if not len(todo):
                break
            k = self.keys[slots]
            q = query[todo]
            found = k == q
            done = todo[found]
            out[done] = self.values[slots[found]]
            hit[done] = True
            more = ~found & (k >= 0)  # an occupied slot of another key: probe on
            todo, slots = todo[more], (slots[more] + 1) & self._mask
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
        table.keys, table.values = keys, values
        table._shift, table._mask = np.uint64(shift), size - 1
        table.max_probe = int(state["max_probe"])
        return table
