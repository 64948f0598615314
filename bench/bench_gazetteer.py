"""Gazetteer benchmark: load time, matching time for a 600-word article, resident memory.

    python bench/bench_gazetteer.py

Targets (issue 3): load < 0.5 s, find_places on a 600-word article < 2 ms (with locate_event; the least CPU time
of three passes, and their median), RSS < 250 MB.
Uses ../shared/bench/wikinews_world.jsonl when present, else the shared example report (repeated).
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
# Passes over the articles; the least CPU time is the cost, as timeit reports it: a shared machine slows some passes
# (by half, for seconds at a time, on the one this was written on), never speeds one up.
PASSES = 3


def _articles() -> list[str]:
    wiki = SHARED / "bench" / "wikinews_world.jsonl"
    texts: list[str] = []
    if wiki.exists():
        with open(wiki, encoding="utf-8") as fh:
            for line in fh:
                words = json.loads(line)["text"].split(" ")
                for i in range(0, len(words) - 599, 600):
                    texts.append(" ".join(words[i:i + 600]))
    if not texts:
        ex = SHARED / "examples" / "balochistan-2026-02-04.txt"
        base = ex.read_text(encoding="utf-8") if ex.exists() else (
            "Gunmen attacked a police post in Quetta, Balochistan, and fighting spread near Mastung. ") * 50
        words = (base + " " + base).split(" ")
        texts = [" ".join(words[:600])]
    return texts


def main() -> int:
    t0 = time.perf_counter()
    from eventcoder.knowledge.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    load_s = time.perf_counter() - t0
    from eventcoder.geolocate import locate_event
    from eventcoder.recognize.places import find_places

    texts = _articles()
    for t in texts[:50]:  # warm: first lookups of each name go to SQLite
        find_places(t, gaz)
    per_pass: list[tuple[float, float]] = []  # (CPU, wall) ms per article, one pair per pass over every article
    for _ in range(PASSES):
        t1, c1 = time.perf_counter(), time.process_time()
        for t in texts:
            locate_event(t, find_places(t, gaz), 0, len(t))
        per_pass.append(((time.process_time() - c1) / len(texts) * 1000, (time.perf_counter() - t1) / len(texts) * 1000))
    per, wall = min(per_pass)
    median = statistics.median(c for c, _ in per_pass)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ok = load_s < 0.5 and per < 2.0 and rss < 250
    print(f"gazetteer load {load_s:.3f} s (<0.5) | find_places+locate_event per 600-word article {per:.2f} ms (<2) "
          f"CPU, least of {PASSES} passes over {len(texts)} articles (median {median:.2f} ms; {wall:.2f} ms wall) | "
          f"max RSS {rss:.0f} MB (<250) | {'OK' if ok else 'OVER TARGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
