"""The command line as a user runs it: formats, standard input, batches with bad records, exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from eventcoder.cli import main
from eventcoder.model import ACLED_COLUMNS

REPORT = ("June 3, 2025\nGunmen killed four guards at a checkpoint near Peshawar on Sunday, police said. "
          "Hospital officials said six guards died.\n")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def report_file(tmp_path):
    path = tmp_path / "checkpoint.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_text_report_shows_events_claims_and_findings(capsys, report_file):
    code, out, _ = run(capsys, "code", str(report_file))
    assert code == 0
    assert "EVENTS" in out and "CLAIMS" in out and "FINDINGS" in out
    assert '"four guards"' in out and "police" in out


def test_json_report_has_the_batch_contract_keys(capsys, report_file):
    code, out, _ = run(capsys, "code", str(report_file), "--format", "json")
    report = json.loads(out)
    assert code == 0
    assert {"id", "events", "claims", "places", "estimates", "findings", "published"} <= set(report)
    assert report["published"] == "2025-06-03"
    (killed,) = [e for e in report["estimates"] if e["outcome"] == "killed"]
    assert (killed["low"], killed["high"], killed["contradiction"]) == (4, 6, True)
    assert report["events"][0]["fatalities"] == 4


def test_acled_csv_has_the_31_columns_in_order(capsys, report_file):
    code, out, _ = run(capsys, "code", str(report_file), "--format", "acled")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and tuple(rows[0]) == ACLED_COLUMNS and len(rows) >= 2


def test_jsonl_batch_keeps_order_and_reports_bad_records(capsys, tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps({"id": "a", "text": "Two soldiers were killed in Kandahar.", "published": "2024-05-01"}) + "\n"
        + "not json\n"
        + json.dumps({"id": "c", "text": ""}) + "\n"
        + json.dumps({"id": "d", "text": "Police arrested five protesters in Dhaka."}) + "\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "code", str(docs), "--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [line["id"] for line in lines] == ["a", None, "c", "d"]
    assert "error" in lines[1] and "docs.jsonl:2" in lines[1]["where"]
    assert "empty" in lines[2]["error"]
    assert lines[0]["events"][0]["fatalities"] == 2
    assert "docs.jsonl:2" in err


def test_nothing_codable_exits_non_zero(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, _, err = run(capsys, "code", str(empty))
    assert code == 1 and "empty" in err


def test_several_files_at_once(capsys, report_file, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Police arrested 12 people in Lahore on Friday.", encoding="utf-8")
    code, out, _ = run(capsys, "code", str(report_file), str(other), "--format", "jsonl")
    assert code == 0 and [json.loads(x)["id"] for x in out.splitlines()] == ["checkpoint", "other"]


def test_standard_input_with_a_publication_date():
    proc = subprocess.run(
        [sys.executable, "-m", "eventcoder.cli", "code", "-", "--published", "2024-02-07", "--format", "json"],
        input="Three civilians were killed in Kabul on Monday.", capture_output=True, text=True, check=True,
    )
    report = json.loads(proc.stdout)
    assert report["events"][0]["event_date"] == "2024-02-05"


def test_demo_runs(capsys):
    code, out, _ = run(capsys, "code", "--demo")
    assert code == 0 and "impossible_date" in out


def test_db_keeps_results_and_a_rerun_adds_nothing(capsys, tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        json.dumps({"id": "a", "text": "Two soldiers were killed in Kandahar.", "published": "2024-05-01"}) + "\n"
        + json.dumps({"id": "b", "text": "Police arrested five protesters in Dhaka.", "published": "2024-05-02"}) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "events.db"
    code, out, err = run(capsys, "code", str(docs), "--format", "jsonl", "--db", str(db), "--workers", "1")
    assert code == 0 and len(out.splitlines()) == 2 and "2 documents" in err.replace(",", "")
    code, out, err = run(capsys, "code", str(docs), "--format", "jsonl", "--db", str(db), "--workers", "1")
    assert code == 0 and out == "" and "2 already stored" in err
    code, out, _ = run(capsys, "events", "--db", str(db), "--format", "json")
    assert code == 0 and len(json.loads(out)) == 2


def test_a_toll_spread_over_places_is_divided_as_acled_does(capsys, tmp_path):
    path = tmp_path / "series.txt"
    path.write_text("Clashes broke out in four separate locations of the district on Monday, leaving ten people dead.",
                    encoding="utf-8")
    code, out, _ = run(capsys, "code", str(path), "--format", "json", "--published", "2024-03-06")
    event = json.loads(out)["events"][0]
    assert code == 0 and event["fatalities"] == 4 and "divided equally across 4" in event["tags"]
