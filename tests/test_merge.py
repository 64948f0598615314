"""Cross-report merging: reports of one attack become one event; different attacks stay apart."""

from __future__ import annotations

from datetime import date

import pytest

import test_store
from eventcoder import merge
from eventcoder.store import text_sha

EXPLOSIONS = "Explosions/Remote violence"
make_report = test_store.make_report
store_at = test_store.store_at  # fixtures: the same store on SQLite and on PostgreSQL
store = test_store.store


def _fields(**kw):
    base = {
        "event_date": "2026-02-04", "event_type": "Battles", "country_code": "PK", "admin1": "Balochistan",
        "admin2": "Quetta", "location": "Quetta", "latitude": 30.187, "longitude": 67.012, "geo_precision": 1,
        "actor1": "Military Forces of Pakistan", "inter1": 1, "actor2": "", "inter2": None,
    }
    base.update(kw)
    return base


def test_distance_is_great_circle_kilometres():
    # Quetta to Mastung is about 45 km; one degree of latitude is about 111 km.
    assert 40 < merge.haversine_km(30.187, 67.012, 29.799, 66.845) < 50
    assert merge.haversine_km(0, 0, 1, 0) == pytest.approx(111.2, abs=0.2)


@pytest.mark.parametrize(
    ("change", "matches"),
    [
        ({}, True),
        ({"event_date": "2026-02-06"}, True),  # two days later
        ({"event_date": "2026-02-07"}, False),  # three days later
        ({"event_date": None}, False),
        ({"latitude": 30.25, "longitude": 67.05}, True),  # about 8 km away
        ({"location": "Mastung", "admin2": "Mastung", "latitude": 29.799, "longitude": 66.845}, False),
        ({"event_type": "Explosions/Remote violence"}, True),
        ({"event_type": "Protests"}, False),
        ({"event_type": "Violence against civilians"}, False),  # a battle is not a massacre
        ({"country_code": "AF"}, False),
    ],
)
def test_when_two_events_are_one(change, matches):
    assert (merge.match_score(_fields(), _fields(**change)) is not None) is matches


def test_a_bombing_coded_as_violence_against_civilians_is_compatible_with_an_explosion():
    assert merge.types_compatible("Explosions/Remote violence", "Violence against civilians")
    strict = merge.MergeConfig(compatible_types=frozenset())
    assert not merge.types_compatible("Explosions/Remote violence", "Battles", strict)


def test_places_without_coordinates_match_by_name_within_their_province():
    a = _fields(latitude=None, longitude=None)
    assert merge.match_score(a, _fields(latitude=None, longitude=None)) is not None
    assert merge.match_score(a, _fields(latitude=None, longitude=None, location="Sariab", admin2="Quetta")) is not None
    assert merge.match_score(a, _fields(latitude=None, longitude=None, location="Turbat", admin2="Kech")) is None
    assert merge.match_score(a, _fields(latitude=None, longitude=None, admin1="Sindh")) is None


def test_a_wider_window_or_radius_is_a_setting():
    cfg = merge.MergeConfig(days=4, km=60, named_km=60)
    far = _fields(event_date="2026-02-07", location="Mastung", admin2="Mastung", latitude=29.799, longitude=66.845)
    assert merge.match_score(_fields(), far) is None
    assert merge.match_score(_fields(), far, cfg) is not None


def test_two_differently_named_towns_must_be_closer_than_ten_km():
    # Two neighbourhoods or villages with their own names about 8 and 15 km apart.
    near = _fields(location="Sariab", admin2="Quetta", latitude=30.12, longitude=66.99)
    farther = _fields(location="Kuchlak", admin2="Quetta", latitude=30.32, longitude=66.98)
    assert merge.match_score(_fields(), near) is not None
    assert merge.match_score(_fields(), farther) is None
    assert merge.match_score(_fields(), {**farther, "geo_precision": 2}) is not None  # "near Quetta"


def test_protests_and_arrests_merge_only_on_the_same_day():
    protest = _fields(event_type="Protests", actor1="Protesters (Pakistan)", inter1=6)
    assert merge.match_score(protest, {**protest, "event_date": "2026-02-04"}) is not None
    assert merge.match_score(protest, {**protest, "event_date": "2026-02-05"}) is None
    assert merge.window_days("Battles", "Explosions/Remote violence") == 2
    assert merge.window_days("Strategic developments", "Strategic developments") == 0


def test_two_named_armed_groups_are_two_events_but_an_unidentified_one_is_compatible():
    ttp = _fields(actor2="Tehreek-i-Taliban Pakistan", inter2=2)
    bla = _fields(actor2="Baloch Liberation Army", inter2=2)
    unknown = _fields(actor2="Unidentified Armed Group (Pakistan)", inter2=3)
    assert not merge.actors_compatible(ttp, bla)
    assert merge.actors_compatible(ttp, unknown)
    assert merge.actors_compatible(ttp, _fields(actor1="Tehreek-i-Taliban Pakistan", inter1=2))


def test_a_province_level_report_joins_the_only_candidate_in_its_province():
    vague = _fields(location="", admin2="", latitude=29.0, longitude=66.0, geo_precision=3)
    assert merge.match_score(vague, {**_fields(), "event_date": "2026-02-05"}) is None  # same day only
    assert merge.match_score(vague, {**_fields(), "event_type": EXPLOSIONS}) is None  # and the same type
    quetta = {**_fields(), "id": 1}
    turbat = {**_fields(location="Turbat", admin2="Kech", latitude=26.0, longitude=63.0), "id": 2}
    assert merge.best_match(vague, [quetta])["id"] == 1
    assert merge.best_match(vague, [quetta, turbat]) is None  # ambiguous: keep apart
    assert merge.best_match(_fields(latitude=30.19, longitude=67.02), [turbat, quetta])["id"] == 1


def _contrib(doc, published, fatalities, **kw):
    f = {"fatalities": fatalities, "low": fatalities, "best": fatalities, "high": fatalities, **kw}
    return merge.Contribution(doc, published, {**_fields(), **f})


def test_rising_tolls_update_and_a_falling_toll_is_a_contradiction():
    rising = merge.combine([_contrib("a", "2026-02-04", 12), _contrib("b", "2026-02-05", 15),
                            _contrib("c", "2026-02-06", 17)])
    f = rising.fields
    assert (f["fatalities"], f["low"], f["best"], f["high"], rising.contradiction) == (17, 12, 17, 17, False)
    falling = merge.combine([_contrib("a", "2026-02-04", 17), _contrib("b", "2026-02-05", 12)])
    assert falling.fields["fatalities"] == 12 and falling.contradiction
    same_day = merge.combine([_contrib("a", "2026-02-04", 12), _contrib("b", "2026-02-04", 16)])
    assert same_day.fields["fatalities"] == 12 and same_day.fields["high"] == 16 and same_day.contradiction
    assert "disagree" in same_day.notes[0]


def test_a_later_report_names_the_perpetrator_and_places_it_better():
    first = _contrib("a", "2026-02-04", 5, actor2="Unidentified Armed Group (Pakistan)", inter2=3,
                     geo_precision=2, location="Quetta outskirts")
    later = _contrib("b", "2026-02-05", 5, actor2="Baloch Liberation Army", inter2=2, location="Quetta")
    f = merge.combine([first, later]).fields
    assert (f["actor2"], f["inter2"], f["location"], f["geo_precision"]) == ("Baloch Liberation Army", 2, "Quetta", 1)


def test_three_reports_of_one_attack_merge_with_the_history_of_their_figures(store):
    # The same blast, reported as the toll rose over three days.
    for doc, day, toll, injured in (("dawn", 4, 12, 20), ("geo", 5, 15, 28), ("tribune", 6, 17, 28)):
        store.add_report(make_report(doc, date(2026, 2, day), toll, injured=injured), text_sha(doc))
    (ev,) = store.query_events(with_documents=True)
    assert ev["documents"] == ["dawn", "geo", "tribune"] and ev["n_documents"] == 3
    assert (ev["fatalities"], ev["low"], ev["best"], ev["high"], ev["injured"]) == (17, 12, 17, 17, 28)
    assert ev["contradiction"] is False
    tolls = [(h["old"], h["new"], h["document_id"]) for h in store.history(ev["event_id"]) if h["figure"] == "fatalities"]
    assert tolls == [(None, 12, "dawn"), (12, 15, "geo"), (15, 17, "tribune")]
    injuries = [(h["old"], h["new"], h["document_id"]) for h in store.history(ev["event_id"]) if h["figure"] == "injured"]
    assert injuries == [(None, 20, "dawn"), (20, 28, "geo")]
    assert all(h["changed_at"] for h in store.history(ev["event_id"]))
    assert len(store.event_claims(ev["event_id"])) == 6


def test_two_attacks_on_the_same_day_in_different_towns_stay_apart(store):
    store.add_report(make_report("quetta", date(2026, 2, 4), 12, town="Quetta"), "q")
    store.add_report(make_report("mastung", date(2026, 2, 4), 3, town="Mastung"), "m")
    store.add_report(make_report("turbat", date(2026, 2, 4), 7, town="Turbat"), "t")
    events = store.query_events()
    assert sorted((e["location"], e["fatalities"], e["n_documents"]) for e in events) == [
        ("Mastung", 3, 1), ("Quetta", 12, 1), ("Turbat", 7, 1)]


def test_two_reports_that_disagree_on_the_same_day_raise_a_contradiction(store):
    store.add_report(make_report("a", date(2026, 2, 4), 12), "a")
    store.add_report(make_report("b", date(2026, 2, 4), 16), "b")
    (ev,) = store.query_events()
    assert (ev["fatalities"], ev["low"], ev["high"], ev["contradiction"]) == (12, 12, 16, True)
    assert "disagree" in ev["contradiction_note"]


def test_daily_attacks_in_one_town_do_not_chain_into_one_event(store):
    # Reports arrive newest first, each two days before the last: a merged event never spans more than the window.
    for doc, day in (("d9", 9), ("d7", 7), ("d5", 5), ("d3", 3)):
        store.add_report(make_report(doc, date(2026, 2, day), 2, event_date=f"2026-02-{day:02d}"), doc)
    spans = sorted((e["event_date"], e["n_documents"]) for e in store.query_events())
    assert spans == [("2026-02-03", 2), ("2026-02-07", 2)]


def test_a_document_never_merges_its_own_events_together(store):
    r = make_report("two-blasts", date(2026, 2, 4), 5)
    second = make_report("x", date(2026, 2, 4), 3).events[0]
    second.claims = []
    r.events.append(second)
    store.add_report(r, "two")
    assert len(store.query_events()) == 2


def test_unmerge_detaches_one_report_and_recomputes_both(store):
    for doc, day, toll in (("dawn", 4, 12), ("geo", 5, 15), ("wrong", 6, 40)):
        store.add_report(make_report(doc, date(2026, 2, day), toll), text_sha(doc))
    (ev,) = store.query_events()
    assert ev["fatalities"] == 40
    new_id = store.unmerge(ev["event_id"], "wrong")
    assert new_id != ev["event_id"]
    kept, split = store.event(ev["event_id"]), store.event(new_id)
    assert (kept["fatalities"], kept["high"], kept["n_documents"]) == (15, 15, 2)
    assert (split["fatalities"], split["n_documents"]) == (40, 1)
    last = [h for h in store.history(ev["event_id"]) if h["action"] == "unmerge"]
    assert ("fatalities", 40, 15, "wrong") in [(h["figure"], h["old"], h["new"], h["document_id"]) for h in last]
    assert {c["document_id"] for c in store.event_claims(new_id)} == {"wrong"}
    assert store.unmerge(new_id, "wrong") == new_id  # its only source: nothing to detach
    with pytest.raises(KeyError):
        store.unmerge(new_id, "dawn")
    # Re-coding a changed text of the detached report keeps it apart.
    store.add_report(make_report("wrong", date(2026, 2, 6), 41), text_sha("wrong v2"))
    assert len(store.query_events()) == 2


def test_withdrawing_a_report_recomputes_the_event(store):
    store.add_report(make_report("a", date(2026, 2, 4), 12), "a")
    store.add_report(make_report("b", date(2026, 2, 5), 15), "b")
    assert store.remove_document("b") is True
    (ev,) = store.query_events()
    assert (ev["fatalities"], ev["n_documents"]) == (12, 1)
    assert store.remove_document("a") is True
    assert store.query_events() == [] and store.counts()["claims"] == 0
    assert store.remove_document("a") is False
