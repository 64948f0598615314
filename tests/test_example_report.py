"""End to end on the shared Balochistan report: what a careful human coder reads in it."""

from __future__ import annotations

import json
import math

import pytest

import eventcoder


@pytest.fixture
def coded(shared):
    text = (shared / "examples" / "balochistan-2026-02-04.txt").read_text(encoding="utf-8")
    expected = json.loads((shared / "examples" / "balochistan-2026-02-04.expected.json").read_text(encoding="utf-8"))
    return eventcoder.code(text).to_dict(), expected


def test_publication_date_from_the_dateline(coded):
    report, expected = coded
    assert report["published"] == expected["published"]


def test_all_nine_tolls_with_their_sources(coded):
    report, expected = coded
    got = [(c["count"], c["outcome"], c["victims"], c["source"]) for c in report["claims"] if c["part_of"] is None]
    want = [(c["count"], c["outcome"], c["victims"], c["source"]) for c in expected["claims"]]
    assert sorted(got, key=str) == sorted(want, key=str)
    dated = {c["count"]: c["date"] for c in report["claims"]}
    for c in expected["claims"]:
        if "date" in c:
            assert dated[c["count"]] == c["date"]


def test_subset_claims_point_to_their_whole(coded):
    report, expected = coded
    claims = report["claims"]
    for sub in expected["subset_claims"]:
        (c,) = [c for c in claims if c["count"] == sub["count"] and c["part_of"] is not None]
        assert claims[c["part_of"]]["count"] == sub["part_of"]


def test_numbers_that_are_not_tolls(coded):
    report, _ = coded
    counts = {c["count"] for c in report["claims"]}
    assert not counts & {12, 450}
    assert all("towns" not in c["words"] and "passengers" not in c["words"] for c in report["claims"])


def test_impossible_date_with_suggestion(coded):
    report, expected = coded
    (want,) = expected["findings"]
    found = [f for f in report["findings"] if f["kind"] == "impossible_date"]
    assert [(f["text"], f["suggested_date"]) for f in found] == [(want["text"], want["suggested_date"])]


def test_estimates_and_contradictions(coded):
    report, _ = coded
    est = {(e["outcome"], e["victims"], e["low"], e["high"]): e["contradiction"] for e in report["estimates"]}
    assert est[("killed", "security forces", 15, 22)] is True
    assert est[("killed", "civilians", 18, 36)] is True
    assert ("killed", "militants", 92, 197) in est


def test_train_attack_is_background_not_an_event(coded):
    report, expected = coded
    background = [f for f in report["findings"] if f["kind"] == "background"]
    assert any(expected["background"][0]["text"] in f["text"] for f in background)
    for event in report["events"]:
        assert "train" not in event["notes"]


def test_the_bla_is_the_actor(coded):
    report, _ = coded
    primary = report["events"][0]
    assert "Baloch Liberation Army" in primary["actor1"] + primary["actor2"]
    assert primary["event_date"] == "2026-01-31"
    assert primary["country"] == "Pakistan" and primary["admin1"] == "Balochistan"


def test_the_nine_towns_resolve_in_balochistan(coded):
    report, expected = coded
    places = {p["name"]: p for p in report["places"]}
    for want in expected["places"]:
        got = places[want["name"]]
        assert got["admin1"] == want["admin1"]
        assert _km(got["latitude"], got["longitude"], want["lat"], want["lon"]) <= expected["place_tolerance_km"]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
