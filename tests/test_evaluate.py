"""`eventcoder eval`: the figures, CSV gold, the JSON output and the error listing, on hand-made records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder import evaluate
from eventcoder.evaluate import haversine_km, read_gold, same_admin1, score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _record(rid: str, text: str, **gold: object) -> dict:
    return {"id": rid, "dataset": "hand", "text": text, "published": "2021-03-10", "gold": gold}


def _report(rid: str, report_claims: list[dict] | None = None, **event: object) -> dict:
    return {"id": rid, "events": [event] if event else [], "claims": report_claims or []}


def test_fatalities_counted_only_where_gold_has_deaths_and_no_meta_note() -> None:
    records = [
        _record("a", "Four soldiers were killed.", fatalities=4, fatalities_meta_note=False),
        _record("b", "Nine villagers died.", fatalities=9, fatalities_meta_note=False),
        _record("c", "A rally was held.", fatalities=0, fatalities_meta_note=False),
        _record("d", "Thirty killed; fatalities split across three events.", fatalities=10,
                fatalities_meta_note=True),
    ]
    reports = [_report("a", fatalities=4), _report("b", fatalities=7), _report("c", fatalities=0),
               _report("d", fatalities=30)]
    sc = score(records, reports)
    assert sc.metrics["fatalities_exact_when_deaths"].n == 2
    assert sc.metrics["fatalities_exact_when_deaths"].hits == 1
    assert (sc.metrics["fatalities_exact"].n, sc.metrics["fatalities_exact"].hits) == (3, 2)


def test_no_event_means_zero_deaths_and_a_miss_elsewhere() -> None:
    records = [_record("q", "Traders held a quiet sit-in.", fatalities=0, fatalities_meta_note=False,
                       event_type="Protests", admin1="Sindh", latitude=24.86, longitude=67.0,
                       event_date="2021-03-09")]
    sc = score(records, [{"id": "q", "events": []}])
    assert sc.no_event == 1
    assert sc.metrics["fatalities_exact"].hits == 1
    for metric in ("event_type", "admin1", "location_within_25km", "event_date_exact"):
        assert (sc.metrics[metric].n, sc.metrics[metric].hits) == (1, 0), metric
    assert sc.confusion[("Protests", evaluate.NO_EVENT)] == 1


def test_a_record_missing_from_the_reports_is_scored_as_no_event() -> None:
    sc = score([_record("lost", "Two killed.", fatalities=2, fatalities_meta_note=False)], [])
    assert sc.metrics["fatalities_exact_when_deaths"].hits == 0
    assert sc.no_event == 1


def test_records_sharing_an_id_pair_with_reports_in_order() -> None:
    records = [_record("dup", "One killed.", fatalities=1, fatalities_meta_note=False),
               _record("dup", "Two killed.", fatalities=2, fatalities_meta_note=False)]
    sc = score(records, [_report("dup", fatalities=1), _report("dup", fatalities=2)])
    assert sc.metrics["fatalities_exact_when_deaths"].hits == 2


def test_killed_and_wounded_figures_for_terrorism_records() -> None:
    records = [
        _record("g1", "A bomb killed three and wounded eleven.", killed=3, wounded=11),
        _record("g2", "Gunmen killed two.", killed=2, wounded=0),
        _record("g3", "A grenade wounded five.", killed=0, wounded=5),
    ]
    reports = [_report("g1", fatalities=3, injured=11), _report("g2", fatalities=1, injured=None),
               _report("g3", fatalities=0, injured=None)]
    sc = score(records, reports)
    assert (sc.metrics["killed_exact_when_deaths"].n, sc.metrics["killed_exact_when_deaths"].hits) == (2, 1)
    assert (sc.metrics["wounded_exact_when_wounded"].n, sc.metrics["wounded_exact_when_wounded"].hits) == (2, 1)
    assert sc.metrics["fatalities_exact"].n == 0  # no ACLED `fatalities` in this gold


def test_event_type_accepts_either_half_of_a_combined_gold_type() -> None:
    records = [_record("p1", "Students marched.", event_type="Protests|Riots"),
               _record("p2", "A mob torched cars.", event_type="Protests|Riots"),
               _record("p3", "Troops shelled a village.", event_type="Protests|Riots"),
               _record("p4", "Two armies clashed.", event_type="Battles", sub_event_type="Armed clash")]
    reports = [_report("p1", event_type="Protests"), _report("p2", event_type="Riots"),
               _report("p3", event_type="Explosions/Remote violence"),
               _report("p4", event_type="Battles", sub_event_type="armed clash")]
    sc = score(records, reports)
    assert (sc.metrics["event_type"].n, sc.metrics["event_type"].hits) == (4, 3)
    assert (sc.metrics["sub_event_type"].n, sc.metrics["sub_event_type"].hits) == (1, 1)
    assert sc.confusion[("Protests|Riots", "Protests")] == 1
    assert sc.confusion[("Protests|Riots", "Riots")] == 1
    assert sc.confusion[("Protests|Riots", "Explosions/Remote violence")] == 1
    table = evaluate.format_confusion(sc)
    row = next(line for line in table.splitlines() if line.startswith("Protests|Riots"))
    assert row.split()[-2:] == ["3", "2"]  # total, correct
    assert "Battles" in table


def test_interaction_is_an_unordered_pair_and_zero_means_no_second_actor() -> None:
    records = [_record("i1", "Police fired on rioters.", inter1=5, inter2=1),
               _record("i2", "People protested.", inter1=6, inter2=0),
               _record("i3", "People protested.", inter1=6, inter2=None),
               _record("i4", "Rebels attacked civilians.", inter1=2, inter2=7)]
    reports = [_report("i1", inter1=1, inter2=5), _report("i2", inter1=6, inter2=None),
               _report("i3", inter1=6, inter2=1), _report("i4", inter1=2, inter2=7)]
    sc = score(records, reports)
    assert (sc.metrics["interaction"].n, sc.metrics["interaction"].hits) == (4, 3)


def test_location_within_25km_and_admin1_folding() -> None:
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.2, abs=0.2)
    assert same_admin1("Balochistān", "balochistan")
    assert same_admin1("North-West Frontier Province", "Khyber Pakhtunkhwa")
    assert not same_admin1("Punjab", "Sindh")
    assert not same_admin1("Punjab", None)
    assert score([_record("u", "Somewhere.", admin1="Unknown")], []).metrics["admin1"].n == 0
    records = [_record("l1", "In the city.", latitude=30.0, longitude=67.0, admin1="Balochistan"),
               _record("l2", "In the city.", latitude=30.0, longitude=67.0, admin1="Balochistan"),
               _record("l3", "Somewhere.", latitude=30.0, longitude=67.0, admin1="Balochistan")]
    reports = [_report("l1", latitude=30.1, longitude=67.1, admin1="BALOCHISTAN"),
               _report("l2", latitude=31.0, longitude=67.0, admin1="Sindh"),
               _report("l3", latitude=None, longitude=None, event_type="Battles")]
    sc = score(records, reports)
    assert (sc.metrics["location_within_25km"].n, sc.metrics["location_within_25km"].hits) == (3, 1)
    assert (sc.metrics["admin1"].n, sc.metrics["admin1"].hits) == (3, 1)


def test_event_date_exact() -> None:
    records = [_record("d1", "On 3 March 2021 ...", event_date="2021-03-03"),
               _record("d2", "On Saturday ...", event_date="2021-03-06")]
    sc = score(records, [_report("d1", event_date="2021-03-03"), _report("d2", event_date="2021-03-07")])
    assert (sc.metrics["event_date_exact"].n, sc.metrics["event_date_exact"].hits) == (2, 1)


def test_misses_name_the_claim_and_span_behind_our_figure() -> None:
    text = "Officials said 12 people were killed. Later reports put the toll at 15."
    claims = [{"count": 12, "outcome": "killed", "victims": "unknown", "source": "officials",
               "text": text[:37], "start": 15, "end": 36},
              {"count": 15, "outcome": "killed", "victims": "unknown", "text": text[38:], "start": 38, "end": 71}]
    records = [_record("m1", text, fatalities=15, fatalities_meta_note=False)]
    sc = score(records, [_report("m1", report_claims=claims, fatalities=12, claims=[0], start=0, end=37)])
    [miss] = [m for m in sc.misses if m.metric == "fatalities_exact_when_deaths"]
    assert (miss.gold, miss.ours) == (15, 12)
    assert any("12 people were killed" in e and "source=officials" in e for e in miss.evidence)
    listing = evaluate.format_errors({"hand": sc}, "fatalities_exact_when_deaths", limit=5)
    assert "m1" in listing and "gold 15, ours 12" in listing
    assert "event_type" not in listing
    assert "No dataset" in evaluate.format_errors({"hand": sc}, "interaction", limit=5)


def test_acled_csv_as_gold(tmp_path: Path) -> None:
    path = tmp_path / "my_sample.csv"
    path.write_text(
        "event_id_cnty,event_date,event_type,sub_event_type,inter1,inter2,admin1,latitude,longitude,fatalities,notes\n"
        'XYZ1,14 February 2021,Battles,Armed clash,1,2,Northern,10.5,20.25,3,"On 14 February 2021, troops and '
        'rebels fought near a river town; 3 killed."\n'
        'XYZ2,15-February-2021,Protests,Peaceful protest,6,0,Northern,10.6,20.3,0,"On 15 February 2021, '
        'teachers protested. Fatalities coded as 0."\n',
        encoding="utf-8")
    records = read_gold(path)
    assert [r["id"] for r in records] == ["XYZ1", "XYZ2"]
    first = records[0]
    assert first["text"].startswith("On 14 February 2021")
    assert first["gold"]["event_date"] == "2021-02-14"
    assert first["gold"]["inter2"] == 2 and first["gold"]["fatalities"] == 3
    assert first["gold"]["latitude"] == 10.5
    assert records[1]["gold"]["event_date"] == "2021-02-15"
    assert records[1]["gold"]["fatalities_meta_note"] is True
    assert first["gold"]["fatalities_meta_note"] is False


def test_csv_without_notes_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("event_date,fatalities\n2021-01-01,2\n", encoding="utf-8")
    assert evaluate.main([str(path)]) == 2
    assert "notes" in capsys.readouterr().err


def _fake_coder(records: list[dict], workers: int = 2, chunksize: int = 32) -> list[dict]:
    """Stands in for the coder: reads the first number word before "killed" in the text, nothing else."""
    words = {"one": 1, "two": 2, "three": 3, "four": 4}
    out = []
    for r in records:
        toks = r["text"].lower().split()
        n = next((words.get(t, 0) for t, nxt in zip(toks, toks[1:], strict=False) if nxt.startswith("killed")), 0)
        out.append(_report(r["id"], fatalities=n, event_type="Battles"))
    return out


def test_json_output_and_error_filter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hand.jsonl"
    rows = [_record("j1", "Two killed in a clash.", fatalities=2, fatalities_meta_note=False, event_type="Battles"),
            _record("j2", "Three killed after a raid; a fourth died later.", fatalities=4,
                    fatalities_meta_note=False, event_type="Battles"),
            _record("j3", "Farmers marched to the capital.", fatalities=0, fatalities_meta_note=False,
                    event_type="Protests")]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    monkeypatch.setattr(evaluate, "run_coder", _fake_coder)
    assert evaluate.main([str(path), "--json", "--errors", "fatalities_exact_when_deaths", "--limit", "5"]) == 0
    out = json.loads(capsys.readouterr().out)
    figures = out["datasets"]["hand"]["metrics"]
    assert figures["fatalities_exact_when_deaths"] == {"n": 2, "hits": 1, "score": 0.5}
    assert figures["event_type"]["hits"] == 2
    assert [m["id"] for m in out["errors"]["misses"]] == ["j2"]
    assert {m["metric"] for m in out["errors"]["misses"]} == {"fatalities_exact_when_deaths"}

    assert evaluate.main([str(path), "--limit-records", "1"]) == 0
    text = capsys.readouterr().out
    assert "hand" in text and "n=1" in text and "fat>0" in text


def test_the_coder_never_sees_gold() -> None:
    record = _record("s1", "Two killed.", fatalities=2)
    record["title"] = "A title"
    [item] = list(evaluate._coder_inputs([record]))
    assert item == ("s1", "Two killed.", "2021-03-10", "A title")


def test_sample_is_reproducible_and_in_file_order() -> None:
    records = [{"id": str(i), "text": "x"} for i in range(50)]
    a = evaluate.select(records, None, 10, seed=3)
    b = evaluate.select(records, None, 10, seed=3)
    assert a == b and len(a) == 10
    assert [int(r["id"]) for r in a] == sorted(int(r["id"]) for r in a)


def test_targets_are_marked_in_the_table() -> None:
    rec = [_record("t1", "Two killed.", fatalities=2, fatalities_meta_note=False)]
    sc = score(rec, [_report("t1", fatalities=1)], dataset="acled_2015_asia")
    table = evaluate.format_table({"acled_2015_asia": sc})
    assert "0.000-" in table and "fat>0>=0.90" in table


def test_real_coder_on_a_hand_made_file(tmp_path: Path) -> None:
    pytest.importorskip("eventcoder.pipeline")
    path = tmp_path / "mine.jsonl"
    rows = [_record("r1", "On 2 March 2021, gunmen killed three villagers in a raid on a farm.", fatalities=3,
                    fatalities_meta_note=False, event_date="2021-03-02")]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    results = evaluate.evaluate_files([path], workers=1)
    sc = results["mine"]
    assert sc.records == 1 and sc.coder_errors == 0
    assert (sc.metrics["fatalities_exact_when_deaths"].n, sc.metrics["fatalities_exact_when_deaths"].hits) == (1, 1)
    assert sc.metrics["event_date_exact"].hits == 1


@pytest.mark.skipif(not (SHARED / "eval" / "dev").is_dir(), reason="../shared/eval/dev is absent")
def test_dev_files_read_as_gold() -> None:
    for path in sorted((SHARED / "eval" / "dev").glob("*.jsonl")):
        records = evaluate.select(read_gold(path), 5, None)
        assert len(records) == 5 and all("gold" in r and r["text"] for r in records)


def test_a_place_miss_shows_where_we_put_the_event() -> None:
    records = [_record("w1", "Shelling hit the old town.", latitude=10.0, longitude=20.0, admin1="North")]
    report = _report("w1", location="Old Town", admin1="South", country="Examplestan", latitude=11.0,
                     longitude=20.0, geo_precision=1, start=0, end=26)
    sc = score(records, [report])
    miss = next(m for m in sc.misses if m.metric == "location_within_25km")
    assert "111 km" in miss.ours
    assert miss.evidence[0].startswith("place: Old Town, South, Examplestan at 11.0,20.0")
