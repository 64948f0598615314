"""Shared test helpers: where ../shared lives, and skipping cleanly without it."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def shared() -> Path:
    """The shared folder beside the checkout; tests using it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def user_places():
    """register_places for one test: the process-wide gazetteer forgets the test's places afterwards, so that
    no other test meets them."""
    from eventcoder.knowledge.gazetteer import forget_registered_places, register_places

    yield register_places
    forget_registered_places()
