"""The collector paused while heavy things load: no collection inside, the same after."""

from __future__ import annotations

import gc

from resume_kit.lazy import collector_paused


def _cycles(count: int) -> None:
    for _ in range(count):
        node: list[object] = []
        node.append(node)


def test_no_collection_runs_while_paused_even_if_a_library_enables_the_collector() -> None:
    collections: list[str] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(phase)

    before = gc.get_threshold()
    gc.callbacks.append(note)
    try:
        with collector_paused():
            gc.enable()  # what srsly's msgpack reader does while spaCy loads
            with collector_paused():  # nested: the inner one leaves the pause on
                _cycles(5_000)
            _cycles(5_000)
            assert collections == []
        assert gc.get_threshold() == before
        _cycles(5_000)  # well over the first threshold: collecting again
        assert collections
    finally:
        gc.callbacks.remove(note)
        gc.set_threshold(*before)
