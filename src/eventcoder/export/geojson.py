"""GeoJSON (RFC 7946): one Feature per event, a Point at [longitude, latitude], ACLED fields as properties."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from eventcoder.export.acled import acled_rows
from eventcoder.model import Event, Report


def _geometry(e: Event) -> dict[str, Any] | None:
    if e.latitude is None or e.longitude is None:
        return None  # RFC 7946 3.2: an unlocated Feature has a null geometry
    return {"type": "Point", "coordinates": [float(e.longitude), float(e.latitude)]}


def features(report: Report, timestamp: int | None = None) -> list[dict[str, Any]]:
    """The report's events as GeoJSON Features: ACLED row, injuries, UCDP estimates and the report's id."""
    out = []
    for e, row in zip(report.events, acled_rows(report, timestamp=timestamp), strict=True):
        props = dict(row)
        props.update(
            report_id=report.id,
            injured=e.injured,
            type_of_violence=e.type_of_violence,
            low=e.low,
            best=e.best,
            high=e.high,
            url=report.url,
            title=report.title,
        )
        out.append({"type": "Feature", "id": row["event_id_cnty"], "geometry": _geometry(e), "properties": props})
    return out


def feature_collection(reports: Iterable[Report], timestamp: int | None = None) -> dict[str, Any]:
    """A FeatureCollection of every event of every report (events without coordinates get geometry null)."""
    feats: list[dict[str, Any]] = []
    for report in reports:
        feats.extend(features(report, timestamp=timestamp))
    return {"type": "FeatureCollection", "features": feats}


def write_geojson(reports: Iterable[Report], fh: IO[str], indent: int | None = None) -> int:
    """Write the reports' events as one GeoJSON FeatureCollection; returns the number of features."""
    fc = feature_collection(reports)
    json.dump(fc, fh, ensure_ascii=False, indent=indent)
    fh.write("\n")
    return len(fc["features"])
