"""Thousands of random texts for the checks that a fast path answers as the plain scan it
replaces (``test_detect_gates.py``, ``test_detect_fast_paths.py``).

Those checks compare two scans on texts joined from pieces: the words and characters the fast
path looks for. Hypothesis spent about a millisecond of its own on each such text, a hundred
times what the two scans take, so these checks draw their texts from ``random.Random`` instead:
the same kinds and numbers of texts, new ones on each run (as Hypothesis draws them), and a
failure names the arguments that falsified it. A check is written as for Hypothesis, with the
drawn values as its arguments::

    @sweep(2000, pieces(WORDS, max_size=12))
    def test_the_gate_equals_the_scan(text: str) -> None: ...
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any

Draw = Callable[[random.Random], Any]


def pieces(choices: Sequence[str], max_size: int, min_size: int = 0) -> Draw:
    """A text of ``min_size`` to ``max_size`` pieces, each one of ``choices``."""
    return lambda rng: "".join(rng.choices(choices, k=rng.randint(min_size, max_size)))


def chars(alphabet: str, max_size: int, min_size: int = 0) -> Draw:
    """A text of ``min_size`` to ``max_size`` characters of ``alphabet``."""
    return pieces(alphabet, max_size, min_size)


def sweep(count: int, *draws: Draw) -> Callable[[Callable[..., None]], Callable[[], None]]:
    """The check run on ``count`` examples, each argument drawn by its ``draws``."""

    def decorate(check: Callable[..., None]) -> Callable[[], None]:
        def test() -> None:
            rng = random.Random()
            for _ in range(count):
                args = [draw(rng) for draw in draws]
                try:
                    check(*args)
                except AssertionError as e:
                    e.add_note(f"falsified by {', '.join(map(repr, args))}")
                    raise

        test.__name__, test.__qualname__ = check.__name__, check.__qualname__
        test.__doc__, test.__module__ = check.__doc__, check.__module__
        return test

    return decorate
