"""The per-process memories (notices/memo.py) stay bounded and drop what is least used."""

from notices.memo import RecentlyUsed, remembered, remembered_for


def test_the_least_recently_used_value_goes_first():
    memory = RecentlyUsed(2)
    memory.put("a", 1)
    memory.put("b", 2)
    assert memory.get("a") == 1  # "a" used again: "b" is now the oldest
    memory.put("c", 3)
    assert (memory.get("a"), memory.get("b"), memory.get("c")) == (1, None, 3)
    assert len(memory) == 2


def test_a_value_is_made_once_while_it_is_remembered():
    memory, made = RecentlyUsed(10), []
    for _ in range(3):
        assert memory.get_or_make("key", lambda: made.append(1) or "html") == "html"
    assert made == [1]
    memory.clear()
    memory.get_or_make("key", lambda: made.append(1) or "html")
    assert made == [1, 1]


def test_a_full_small_memory_starts_again():
    cache: dict = {}
    for number in range(5):
        remembered(cache, number, lambda number=number: number * 10, limit=3)
    assert len(cache) <= 4 and cache[4] == 40
    assert remembered(cache, 4, lambda: "not made again") == 40


def test_a_value_made_for_an_object_is_not_found_for_another_at_the_same_address():
    cache: dict = {}
    first = ["a"]
    assert remembered_for(cache, (first,), lambda: "for first", key=("fi",)) == "for first"
    assert remembered_for(cache, (first,), lambda: "made again", key=("fi",)) == "for first"
    assert remembered_for(cache, (first,), lambda: "in Swedish", key=("sv",)) == "in Swedish"
    # An equal list is another object: the value is made for it.
    assert remembered_for(cache, (["a"],), lambda: "for the other", key=("fi",)) == "for the other"
    # A stale entry at an id the new object now has (as after the old one was freed) is not used.
    other = ["b"]
    cache[("fi", id(other))] = ((first,), "stale")
    assert remembered_for(cache, (other,), lambda: "fresh", key=("fi",)) == "fresh"
