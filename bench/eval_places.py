"""Place figures on the shared dev sets: admin1 and location_within_25km of the first located place.

    python bench/eval_places.py [--errors N] [--limit N] [files...]

Reads ../shared/eval/dev/*.jsonl (never shipped); prints one line per file.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

from eventcoder.geolocate import locate_event
from eventcoder.knowledge.gazetteer import load_gazetteer, norm
from eventcoder.recognize.places import find_places

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
FILES = ("acled_2015_asia", "acled_2020_rest_of_world", "gtd_pakistan_to_2012")


def km(a: float, b: float, c: float, d: float) -> float:
    p1, p2, dl = math.radians(a), math.radians(c), math.radians(d - b)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    paths = [Path(f) for f in args.files] or [DEV / f"{f}.jsonl" for f in FILES]
    if not all(p.exists() for p in paths):
        print(f"no dev data at {DEV}", file=sys.stderr)
        return
    gaz = load_gazetteer()
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        if args.limit:
            rows = rows[: args.limit]
        n = a1_ok = a1_n = loc_ok = loc_n = none = 0
        errs = []
        words = 0
        t0 = time.perf_counter()
        for r in rows:
            text, g = r["text"], r["gold"]
            words += len(text.split())
            located = locate_event(text, find_places(text, gaz), 0, len(text))
            n += 1
            place = located[0][0].place if located else None
            if place is None:
                none += 1
            if g.get("admin1") and g["admin1"] != "Unknown":
                a1_n += 1
                ok = place is not None and norm(place.admin1 or "") == norm(g["admin1"])
                a1_ok += ok
            if g.get("latitude") is not None:
                loc_n += 1
                d = km(place.latitude, place.longitude, g["latitude"], g["longitude"]) if place else 1e9
                loc_ok += d <= 25
                if d > 25:
                    errs.append((r["id"], text[:300].replace("\n", " "), place and (place.name, place.admin1,
                                 place.feature, round(d)), (g.get("location"), g.get("admin1"), g.get("admin2"))))
        dt = time.perf_counter() - t0
        print(f"{path.stem}: n={n} admin1={a1_ok / max(a1_n, 1):.3f} within25km={loc_ok / max(loc_n, 1):.3f} "
              f"no_place={none / n:.3f} ({words / dt:,.0f} words/s)")
        random.seed(0)
        for e in random.sample(errs, min(args.errors, len(errs))):
            print("  ", e)


if __name__ == "__main__":
    main()
