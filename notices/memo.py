"""Per-process memories of work a page does again and again: written HTML, translated
texts, prepared form fields. Three kinds, all bounded so a process never grows without end:

- ``remembered``: for the many small things one page writes many times (attribute sets,
  option lists, texts). Thread-safe as dict operations are; a full map starts again.
- ``remembered_for``: the same, by the identity of the read-only objects a value is made from.
- ``RecentlyUsed``: for the larger pieces (a dashboard row, a preview, a wizard row),
  where starting again would throw away what every user is using; the least recently
  used goes first.

Each key holds everything the value is made from, so a stale value is never found: what
changes makes a new key, and the old value ages out."""

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable


def remembered(cache: dict, key, make, *, limit: int = 4096):
    """cache[key], made by make() the first time. Bounded: a full cache starts again (the
    keys are what one step page writes many times: attribute sets, texts, option lists)."""
    value = cache.get(key)
    if value is None:
        value = make()
        if len(cache) > limit:
            cache.clear()
        cache[key] = value
    return value


def remembered_for(cache: dict, objects: tuple, make, *, key: tuple = (), limit: int = 1000):
    """make() the first time for these very ``objects`` (by identity) and ``key``: for
    what is made from read-only objects that are found again (a catalogue's choices, the
    wizard's shared service groups). The objects are kept with the value, so an id that
    Python reuses for a new object never finds the value of a freed one."""
    full = (*key, *map(id, objects))
    held = cache.get(full)
    if held is not None and all(a is b for a, b in zip(held[0], objects, strict=True)):
        return held[1]
    value = make()
    if len(cache) > limit:
        cache.clear()
    cache[full] = (objects, value)
    return value


class RecentlyUsed:
    """A thread-safe map of at most ``size`` values, the least recently used dropped
    first. ``make`` runs outside the lock: two threads may make the same value once each,
    which is cheaper than making every other thread wait."""

    def __init__(self, size: int):
        self.size = size
        self._values: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable):
        with self._lock:
            value = self._values.get(key)
            if value is not None:
                self._values.move_to_end(key)
            return value

    def put(self, key: Hashable, value):
        with self._lock:
            self._values[key] = value
            self._values.move_to_end(key)
            while len(self._values) > self.size:
                self._values.popitem(last=False)
        return value

    def get_or_make(self, key: Hashable, make: Callable[[], object]):
        value = self.get(key)
        return self.put(key, make()) if value is None else value

    def clear(self) -> None:
        with self._lock:
            self._values.clear()

    def __len__(self) -> int:
        return len(self._values)
