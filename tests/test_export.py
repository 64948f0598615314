"""Exports a researcher can load: ACLED CSV, UCDP GED-style CSV, GeoJSON, the text report and the JSON Schema."""

from __future__ import annotations

import csv
import importlib
import io
import json
from dataclasses import fields
from datetime import date

import pytest

from eventcoder.export import (
    UCDP_COLUMNS,
    acled_rows,
    feature_collection,
    render_text,
    ucdp_rows,
    write_acled_csv,
    write_geojson,
    write_ucdp_csv,
)
from eventcoder.export.countries import country_by_code, country_by_name
from eventcoder.model import ACLED_COLUMNS, Claim, Estimate, Event, Finding, Place, Report
from eventcoder.schema import load_schema, validate_report

SENTENCE_1 = "Security forces killed at least 12 militants, including three commanders, near Turbat, the ISPR said."
SENTENCE_2 = "Two soldiers were injured in the exchange of fire."


def _report() -> Report:
    """A hand-built report: one located clash in Pakistan, one unlocated protest in Kenya."""
    claims = [
        Claim(count=12, low=12, high=12, outcome="killed", victims="militants", text=SENTENCE_1, start=0,
              end=len(SENTENCE_1), qualifier="at least", perpetrator="Military Forces of Pakistan", source="ISPR",
              date="2024-03-01", place="Turbat", words="killed at least 12 militants"),
        Claim(count=3, low=3, high=3, outcome="killed", victims="militants", text=SENTENCE_1, start=0,
              end=len(SENTENCE_1), source="ISPR", part_of=0, words="including three commanders"),
        Claim(count=2, low=2, high=2, outcome="injured", victims="security forces", text=SENTENCE_2,
              start=len(SENTENCE_1) + 1, end=len(SENTENCE_1) + 1 + len(SENTENCE_2), words="Two soldiers were injured"),
    ]
    clash = Event(
        event_date="2024-03-01", disorder_type="Political violence", event_type="Battles",
        sub_event_type="Armed clash", actor1="Military Forces of Pakistan", inter1=1,
        actor2="BLA: Baloch Liberation Army", inter2=2, interaction=12, iso="PK", country="Pakistan",
        admin1="Balochistan", admin2="Kech", location="Turbat", latitude=26.0023, longitude=63.0440,
        geo_precision=2, fatalities=12, injured=2, type_of_violence=1, side_a="Government of Pakistan",
        side_b="BLA", deaths_b=12, best=12, low=12, high=12, claims=[0, 1, 2],
    )
    protest = Event(
        event_date="2024-03-02", time_precision=2, disorder_type="Demonstrations", event_type="Protests",
        sub_event_type="Peaceful protest", actor1="Protesters (Kenya)", inter1=6, interaction=60,
        country="Kenya", notes="Traders protested against new taxes in the city centre.",
    )
    return Report(
        id="fixture-1", published=date(2024, 3, 3), events=[clash, protest], claims=claims,
        places=[Place(name="Turbat", country="Pakistan", country_code="PK", admin1="Balochistan", admin2="Kech",
                      latitude=26.0023, longitude=63.0440, geonames_id=1163054)],
        sources=["ISPR", "Dawn"],
        estimates=[Estimate(outcome="killed", victims="militants", low=12, best=12, high=12, claims=[0, 1]),
                   Estimate(outcome="injured", victims="security forces", low=2, best=2, high=2, claims=[2])],
        findings=[Finding(kind="contradiction", message="Police said 9 were killed; ISPR said 12.",
                          text=SENTENCE_1, start=0, end=len(SENTENCE_1))],
        url="https://example.org/turbat", title="Clash near Turbat",
    )


# --- ACLED -------------------------------------------------------------------------------------------------


def test_acled_rows_have_exactly_the_31_columns_in_order() -> None:
    rows = acled_rows(_report())
    assert len(ACLED_COLUMNS) == 31
    assert [list(r) for r in rows] == [list(ACLED_COLUMNS)] * 2


def test_acled_row_values_follow_the_codebook() -> None:
    clash, protest = acled_rows(_report(), timestamp=1_700_000_000)
    assert clash["event_id_cnty"].startswith("PAK") and clash["event_id_cnty"][3:].isdigit()
    assert clash["year"] == 2024 and clash["iso"] == 586 and clash["region"] == "South Asia"
    assert clash["fatalities"] == 12 and isinstance(clash["fatalities"], int)
    assert clash["source"] == "ISPR; Dawn"
    assert clash["notes"] == SENTENCE_1 + " " + SENTENCE_2  # each evidence sentence once
    assert clash["timestamp"] == 1_700_000_000
    # the protest has only a country name: code, numeric ISO and region come from it
    assert protest["event_id_cnty"].startswith("KEN") and protest["iso"] == 404
    assert protest["region"] == "Eastern Africa" and protest["notes"].startswith("Traders protested")


def test_acled_event_ids_are_stable_and_distinct() -> None:
    first = [r["event_id_cnty"] for r in acled_rows(_report())]
    again = [r["event_id_cnty"] for r in acled_rows(_report())]
    assert first == again and len(set(first)) == 2
    other = _report()
    other.id = "fixture-2"
    assert [r["event_id_cnty"] for r in acled_rows(other)] != first


def test_acled_csv_opens_with_csv_and_keeps_values() -> None:
    buf = io.StringIO()
    write_acled_csv(acled_rows(_report()), buf)
    buf.seek(0)
    reader = csv.DictReader(buf)
    assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
    rows = list(reader)
    assert len(rows) == 2
    assert rows[0]["location"] == "Turbat" and rows[0]["fatalities"] == "12"
    assert rows[1]["latitude"] == "" and rows[1]["inter2"] == ""  # missing values are empty cells
    assert rows[0]["notes"].count("Turbat") == 1  # commas and quotes in notes survive quoting


def test_acled_csv_opens_in_pandas_with_31_columns() -> None:
    pd = pytest.importorskip("pandas")
    buf = io.StringIO()
    write_acled_csv(acled_rows(_report()), buf)
    buf.seek(0)
    frame = pd.read_csv(buf)
    assert list(frame.columns) == list(ACLED_COLUMNS)
    assert frame["fatalities"].tolist() == [12, 0]
    assert list(_report().acled_frame().columns) == list(ACLED_COLUMNS)


def test_region_table_covers_every_country_once() -> None:
    import pycountry

    missing = [c.alpha_2 for c in pycountry.countries if not country_by_code(c.alpha_2).acled_region]
    assert missing == []
    assert country_by_code("XK").acled_region == "Europe"  # Kosovo, outside ISO 3166
    assert country_by_name("Ivory Coast").alpha3 == "CIV"
    assert country_by_name("Democratic Republic of Congo").acled_region == "Middle Africa"
    assert country_by_name("Mozambique").acled_region == "Eastern Africa"
    assert country_by_name("Atlantis") is None


# --- UCDP --------------------------------------------------------------------------------------------------


def test_ucdp_rows_have_ged_columns_and_estimates() -> None:
    rows = ucdp_rows(_report(), lethal_only=False)
    assert [tuple(r) for r in rows] == [UCDP_COLUMNS] * 2
    for col in ("id", "year", "type_of_violence", "side_a", "side_b", "source_article", "where_coordinates",
                "where_prec", "adm_1", "adm_2", "latitude", "longitude", "country", "date_start", "date_end",
                "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low"):
        assert col in UCDP_COLUMNS
    clash, protest = rows
    assert clash["side_a"] == "Government of Pakistan" and clash["deaths_b"] == 12
    assert (clash["low"], clash["best"], clash["high"]) == (12, 12, 12)
    assert clash["where_prec"] == 2 and clash["where_coordinates"] == "Turbat"
    assert clash["geom_wkt"] == "POINT (63.044 26.0023)" and clash["region"] == "Asia"
    assert protest["side_a"] == "Protesters (Kenya)" and protest["geom_wkt"] == "" and protest["date_prec"] == 3


def test_ucdp_keeps_only_lethal_events_by_default() -> None:
    rows = ucdp_rows(_report())
    assert [r["side_b"] for r in rows] == ["BLA"]  # the protest without deaths is not a GED event
    assert rows[0]["id"] == ucdp_rows(_report(), lethal_only=False)[0]["id"]


def test_ucdp_uses_acled_toll_when_no_split_was_made() -> None:
    report = Report(id="t", published=None, events=[Event(event_date="2023-05-01", country="Nigeria", fatalities=4)])
    (row,) = ucdp_rows(report)
    assert (row["deaths_unknown"], row["low"], row["best"], row["high"]) == (4, 4, 4, 4)


def test_ucdp_csv_round_trips() -> None:
    buf = io.StringIO()
    assert write_ucdp_csv(ucdp_rows(_report(), lethal_only=False), buf) == 2
    buf.seek(0)
    reader = csv.DictReader(buf)
    assert tuple(reader.fieldnames or ()) == UCDP_COLUMNS
    assert [r["best"] for r in reader] == ["12", "0"]


# --- GeoJSON -----------------------------------------------------------------------------------------------


def test_geojson_is_a_feature_collection_with_lon_lat_points() -> None:
    fc = feature_collection([_report(), _report()])
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 4
    located, unlocated = fc["features"][:2]
    for feat in fc["features"]:
        assert feat["type"] == "Feature" and set(feat) == {"type", "id", "geometry", "properties"}
    assert located["geometry"] == {"type": "Point", "coordinates": [63.044, 26.0023]}  # [lon, lat]
    assert unlocated["geometry"] is None
    props = located["properties"]
    assert props["report_id"] == "fixture-1" and props["event_type"] == "Battles"
    assert props["fatalities"] == 12 and props["injured"] == 2 and props["best"] == 12
    assert set(ACLED_COLUMNS) <= set(props)


def test_geojson_writer_emits_valid_json() -> None:
    buf = io.StringIO()
    assert write_geojson([_report()], buf) == 2
    parsed = json.loads(buf.getvalue())
    assert parsed["features"][0]["geometry"]["coordinates"][0] == pytest.approx(63.044)


# --- text --------------------------------------------------------------------------------------------------


def test_text_report_shows_events_claims_estimates_findings() -> None:
    text = render_text(_report())
    for heading in ("EVENTS (2)", "CLAIMS (3)", "ESTIMATES (2)", "FINDINGS (1)"):
        assert heading in text
    assert text.index("EVENTS") < text.index("CLAIMS") < text.index("ESTIMATES") < text.index("FINDINGS")
    assert "2024-03-01  Battles / Armed clash" in text
    assert "Military Forces of Pakistan [1] vs BLA: Baloch Liberation Army [2]" in text
    assert "Turbat, Kech, Balochistan, Pakistan" in text
    assert "fatalities: 12  (low 12 · best 12 · high 12)  injured: 2" in text
    assert '"killed at least 12 militants"' in text and "source: ISPR" in text
    assert "part of [0]" in text and "source: the report itself" in text
    assert "contradiction: Police said 9 were killed; ISPR said 12." in text
    assert "\x1b[" not in text


def test_text_report_colours_only_when_asked() -> None:
    coloured = render_text(_report(), color=True)
    assert "\x1b[1m" in coloured and "\x1b[31mCONTRADICTION" not in render_text(_report())
    empty = render_text(Report(id="empty", published=None))
    assert empty.count("  none") == 4


# --- JSON Schema -------------------------------------------------------------------------------------------


def test_schema_describes_every_model_field() -> None:
    defs = load_schema()["$defs"]
    assert set(defs["event"]["properties"]) == {f.name for f in fields(Event)}
    assert set(defs["claim"]["properties"]) == set(_report().claims[0].to_dict())
    assert set(load_schema()["properties"]) == set(_report().to_dict())


def test_hand_built_reports_validate() -> None:
    pytest.importorskip("jsonschema")
    assert validate_report(_report().to_dict()) == []
    assert validate_report(Report(id="empty", published=None).to_dict()) == []


def test_schema_rejects_broken_reports() -> None:
    pytest.importorskip("jsonschema")
    d = _report().to_dict()
    d["events"][0]["event_type"] = "Battle"  # not an ACLED type
    d["events"][0]["latitude"] = 126.0
    d["claims"][0]["outcome"] = "died"
    del d["findings"][0]["message"]
    errors = validate_report(d)
    assert any(e.startswith("events/0/event_type") for e in errors)
    assert any(e.startswith("events/0/latitude") for e in errors)
    assert any(e.startswith("claims/0/outcome") for e in errors)
    assert any(e.startswith("findings/0") and "message" in e for e in errors)


def test_validator_checks_cross_references() -> None:
    pytest.importorskip("jsonschema")
    d = _report().to_dict()
    d["claims"][1]["part_of"] = 9
    d["estimates"][0]["claims"] = [0, 7]
    d["events"][0]["low"] = 20
    d["claims"][2]["low"] = 5  # above its high of 2
    errors = validate_report(d)
    assert any(e.startswith("claims/2:") and "above high" in e for e in errors)
    assert any(e.startswith("claims/1/part_of") for e in errors)
    assert any(e.startswith("estimates/0/claims") for e in errors)
    assert any(e.startswith("events/0:") and "low <= best <= high" in e for e in errors)


def _pipeline_code():  # noqa: ANN202
    try:
        return importlib.import_module("eventcoder.pipeline").code
    except ImportError as exc:
        pytest.skip(f"the pipeline does not import yet: {exc}")


def test_real_pipeline_output_validates_and_exports() -> None:
    pytest.importorskip("jsonschema")
    code = _pipeline_code()
    text = ("QUETTA: At least 14 people were killed and 20 injured when a bomb exploded near a police checkpoint "
            "in Quetta on Saturday, officials said. Police said the dead included three policemen.")
    report = code(text, published="2024-03-03", id="pipeline-check")
    assert validate_report(report.to_dict()) == []
    assert validate_report(json.loads(report.to_json())) == []
    assert [list(r) for r in acled_rows(report)] == [list(ACLED_COLUMNS)] * len(report.events)
    fc = feature_collection([report])
    assert len(fc["features"]) == len(report.events)
    assert "EVENTS" in render_text(report) and "CLAIMS" in render_text(report)


def test_validator_explains_a_missing_jsonschema(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    import eventcoder.schema as schema_mod

    schema_mod._validator.cache_clear()
    monkeypatch.setitem(sys.modules, "jsonschema", None)  # import jsonschema now raises ImportError
    try:
        with pytest.raises(RuntimeError, match="pip install"):
            validate_report(_report().to_dict())
    finally:
        schema_mod._validator.cache_clear()


def test_text_report_lines_up_event_details_past_nine_events() -> None:
    report = Report(id="many", published=None, events=[Event(event_date="2024-01-01", country="Chad")] * 10)
    lines = render_text(report).splitlines()
    tenth = lines.index(next(line for line in lines if line.startswith("  10. ")))
    assert lines[tenth + 1].startswith("      place: Chad")
    assert lines[lines.index(next(line for line in lines if line.startswith("  9. "))) + 1].startswith("     place:")
