"""Exports: ACLED CSV, UCDP GED-style CSV, GeoJSON and the readable text report."""

from eventcoder.export.acled import acled_rows, write_acled_csv
from eventcoder.export.geojson import feature_collection, write_geojson
from eventcoder.export.text import render_text
from eventcoder.export.ucdp import UCDP_COLUMNS, ucdp_rows, write_ucdp_csv

__all__ = [
    "UCDP_COLUMNS",
    "acled_rows",
    "feature_collection",
    "render_text",
    "ucdp_rows",
    "write_acled_csv",
    "write_geojson",
    "write_ucdp_csv",
]
