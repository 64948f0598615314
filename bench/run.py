"""`make bench`: speed, start-up time and memory of the coder on a fixed corpus, beside a bare tokenizer.

The corpus is the same every run, in the same order:
  - the first N records (default 1000) of each dev set in ../shared/eval/dev,
  - every article of ../shared/bench/wikinews_world.jsonl,
  - long articles (about 2,000-3,000 words) built by joining consecutive dev texts that follow the first N.
Words are whitespace-separated tokens (`len(text.split())`). The ceiling is spaCy's bare tokenizer
(`spacy.blank("en").tokenizer`, no model, no pipeline) run over the same texts in the same process, after the
coder's own runs so that it weighs on neither their memory nor their start; our speed on one core is printed
as a share of it (CPU seconds against CPU seconds, which a busy machine disturbs less; the wall-clock share
beside it). spaCy comes with the `bench` extra (`pip install -e '.[bench]'`, which `make bench` does).
Without spaCy the ceiling falls back to `re.findall(r"\\w+|[^\\w\\s]", text)`, more than ten times faster
than spaCy's tokenizer, and the report says so: that share is not comparable with the target. Without ../shared
the bundled demo text, repeated, stands in (and says so).

    python bench/run.py [--per-set N] [--workers 2] [--json] [--stages]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_SETS = ("acled_2015_asia", "acled_2020_rest_of_world", "gtd_pakistan_to_2012", "gva_us_news")
LONG_FROM = ("acled_2015_asia", "acled_2020_rest_of_world", "gtd_pakistan_to_2012")
LONG_PER_SET = 20  # long articles built from each of LONG_FROM
LONG_PARTS = 60  # dev texts joined into one long article
TOKEN = re.compile(r"\w+|[^\w\s]")
TARGETS = {"words_per_s_2": 60_000, "ceiling_share": 0.25, "first_result_s": 1.5, "peak_mb": 600}

Doc = tuple[str, str, "str | None"]  # id, text, published (ISO)


# --------------------------------------------------------------------------- the corpus


def _read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
                if limit is not None and len(out) >= limit:
                    break
    return out


def build_corpus(per_set: int) -> tuple[list[Doc], str]:
    """The fixed benchmark corpus and a line describing it."""
    dev = SHARED / "eval" / "dev"
    wiki = SHARED / "bench" / "wikinews_world.jsonl"
    if not dev.is_dir():
        return _demo_corpus()
    docs: list[Doc] = []
    parts = []
    for name in DEV_SETS:
        path = dev / f"{name}.jsonl"
        if not path.is_file():
            continue
        need = per_set + (LONG_PER_SET * LONG_PARTS if name in LONG_FROM else 0)
        rows = _read_jsonl(path, need)
        head = rows[:per_set]
        docs.extend((str(r["id"]), r["text"], r.get("published")) for r in head)
        parts.append(f"{len(head)} {name}")
        if name in LONG_FROM:
            rest = rows[per_set:]
            made = 0
            for i in range(0, len(rest) - LONG_PARTS + 1, LONG_PARTS):
                group = rest[i: i + LONG_PARTS]
                text = "\n\n".join(r["text"].strip() for r in group)
                docs.append((f"long-{name}-{made}", text, group[-1].get("published")))
                made += 1
            parts.append(f"{made} long articles of {LONG_PARTS} {name} texts")
    if wiki.is_file():
        rows = _read_jsonl(wiki)
        docs.extend((str(r["id"]), r["text"], r.get("published")) for r in rows)
        parts.append(f"{len(rows)} wikinews articles")
    return docs, "corpus: " + ", ".join(parts)


def _demo_corpus() -> tuple[list[Doc], str]:
    candidates = sorted((ROOT / "src" / "eventcoder" / "examples").glob("*.txt")) + sorted(
        (ROOT / "examples").glob("*.txt"))
    if not candidates:
        sys.exit("bench: ../shared is absent and no bundled demo text was found (src/eventcoder/examples/*.txt)")
    text = candidates[0].read_text(encoding="utf-8")  # its dateline gives the publication date
    docs: list[Doc] = [(f"demo-{i}", text, None) for i in range(400)]
    return docs, (f"../shared is absent: the bundled demo text {candidates[0].name} repeated {len(docs)} times "
                  "(figures are not comparable with a run on the dev corpus)")


# --------------------------------------------------------------------------- measuring


def _code(doc: Doc) -> int:
    from eventcoder.ingest import document_from_text
    from eventcoder.pipeline import code_document

    rid, text, published = doc
    return len(code_document(document_from_text(text, id=rid, published=published)).events)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _chunk_worker(chunk: list[Doc]) -> tuple[int, float, float]:
    cpu = _cpu_s()
    for doc in chunk:
        _code(doc)
    return os.getpid(), _cpu_s() - cpu, _peak_rss_mb()


def _best_of(tokenize, texts: list[str], repeats: int) -> tuple[float, float]:  # noqa: ANN001
    """Wall and CPU seconds of the pass that took the least CPU time."""
    best = (float("inf"), float("inf"))
    for _ in range(repeats):
        cpu, start = _cpu_s(), time.perf_counter()
        for t in texts:
            tokenize(t)
        wall, cpu = time.perf_counter() - start, _cpu_s() - cpu
        if cpu < best[1]:
            best = (wall, cpu)
    return best


def regex_tokenizer_seconds(texts: list[str], repeats: int = 3) -> tuple[float, float]:
    """Wall and CPU seconds of the best of `repeats` passes of the regex stand-in tokenizer over all texts."""
    return _best_of(TOKEN.findall, texts, repeats)


def spacy_tokenizer_seconds(texts: list[str], repeats: int = 2) -> tuple[str, float, float] | None:
    """spaCy's version, wall and CPU seconds of the best of `repeats` passes of its bare English tokenizer over
    all texts (the first pass also fills its cache, as the first documents of a long run would); None when
    spaCy is not installed."""
    try:
        import spacy
    except ImportError:
        return None
    tokenizer = spacy.blank("en").tokenizer
    return (spacy.__version__, *_best_of(tokenizer, texts, repeats))


def one_core(docs: list[Doc]) -> tuple[float, int, float]:
    """Wall seconds, events coded and CPU seconds of one pass in this process."""
    cpu = _cpu_s()
    start = time.perf_counter()
    events = sum(_code(d) for d in docs)
    return time.perf_counter() - start, events, _cpu_s() - cpu


def pooled(docs: list[Doc], workers: int, chunk: int = 16) -> tuple[float, dict[int, float], float, float]:
    """Wall seconds over `workers` forked processes (pool start included), peak RSS per worker, parent RSS
    and the workers' CPU seconds coding."""
    chunks = [docs[i: i + chunk] for i in range(0, len(docs), chunk)]
    peaks: dict[int, float] = {}
    cpu = 0.0
    start = time.perf_counter()
    with mp.get_context("fork").Pool(workers) as pool:
        for pid, used, peak in pool.imap(_chunk_worker, chunks):
            peaks[pid] = max(peaks.get(pid, 0.0), peak)
            cpu += used
        seconds = time.perf_counter() - start
    return seconds, peaks, _rss_mb(os.getpid()), cpu


def first_result(text: str, published: str | None, runs: int = 3) -> list[float]:
    """Wall time of fresh `python -c "import eventcoder; eventcoder.code(...)"` processes."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(text)
        path = fh.name
    script = (
        "import sys, eventcoder\n"
        "r = eventcoder.code(open(sys.argv[1], encoding='utf-8').read(), sys.argv[2] or None)\n"
        "print(len(r.events))\n"
    )
    times = []
    try:
        for _ in range(runs):
            start = time.perf_counter()
            done = subprocess.run([sys.executable, "-c", script, path, published or ""],
                                  capture_output=True, text=True, cwd=ROOT)
            times.append(time.perf_counter() - start)
            if done.returncode:
                sys.exit("bench: a fresh `import eventcoder; eventcoder.code(...)` failed:\n" + done.stderr[-2000:])
    finally:
        os.unlink(path)
    return times


def stage_times(docs: list[Doc]) -> tuple[float, dict[str, float]]:
    """One-core pass with every stage the pipeline calls timed: total seconds and seconds per stage."""
    import inspect

    from eventcoder import pipeline

    spent: dict[str, float] = {}
    originals = {}

    def timed(name: str, fn):  # noqa: ANN001, ANN202
        def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - t
        return wrapper

    for name, obj in list(vars(pipeline).items()):
        if inspect.isfunction(obj) and obj.__module__.startswith("eventcoder.") and obj.__module__ != pipeline.__name__:
            originals[name] = obj
            setattr(pipeline, name, timed(f"{obj.__module__.removeprefix('eventcoder.')}.{name}", obj))
    try:
        total, _, _ = one_core(docs)
    finally:
        for name, obj in originals.items():
            setattr(pipeline, name, obj)
    return total, spent


# --------------------------------------------------------------------------- report


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--per-set", type=int, default=1000, help="records taken from each dev set (default 1000)")
    p.add_argument("--workers", type=int, default=2, help="processes for the parallel run (default 2)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--stages", action="store_true", help="only time each pipeline stage on one core")
    args = p.parse_args(argv)

    docs, described = build_corpus(args.per_set)
    texts = [d[1] for d in docs]
    words = sum(len(t.split()) for t in texts)
    chars = sum(len(t) for t in texts)

    start = time.perf_counter()
    _code(("warm-up", texts[0], docs[0][2]))
    warm_s = time.perf_counter() - start
    if args.stages:
        total, spent = stage_times(docs)
        print(f"{described}\n{len(docs)} documents, {words:,} words; one core, {total:.2f} s in all "
              f"({words / total:,.0f} words/s)\n")
        print(f"{'stage':40}{'seconds':>9}{'share':>8}{'ms/100 words':>14}")
        rest = total - sum(spent.values())
        for name, sec in sorted(spent.items(), key=lambda kv: -kv[1]) + [("(rest: ingest, pipeline glue)", rest)]:
            print(f"{name:40}{sec:>9.2f}{sec / total:>8.1%}{sec * 1000 / (words / 100):>14.3f}")
        return 0
    load_before = os.getloadavg()[0]
    one_s, events, one_cpu = one_core(docs)
    one_peak = _peak_rss_mb()
    multi_s, peaks, parent_rss, multi_cpu = pooled(docs, args.workers)
    sample = next((d for d in docs if 100 <= len(d[1].split()) <= 1000), docs[0])
    first = first_result(sample[1], sample[2])
    regex_s, _ = regex_tokenizer_seconds(texts)
    spacy_run = spacy_tokenizer_seconds(texts)
    if spacy_run:
        tokenizer = f'spaCy {spacy_run[0]} blank("en") tokenizer, one core, best of 2'
        tok_s, tok_cpu = spacy_run[1:]
    else:
        tokenizer = (r'REGEX FALLBACK re.findall(r"\w+|[^\w\s]", text), one core, best of 3 (spaCy is not '
                     "installed: pip install -e '.[bench]'; this share is not comparable with the target)")
        tok_s, tok_cpu = regex_tokenizer_seconds(texts)

    fig = {
        "corpus": described,
        "documents": len(docs),
        "words": words,
        "characters": chars,
        "events": events,
        "warm_up_s": round(warm_s, 3),
        "tokenizer": tokenizer,
        "tokenizer_is_spacy": spacy_run is not None,
        "tokenizer_words_per_s": round(words / tok_s),
        "tokenizer_words_per_cpu_s": round(words / tok_cpu),
        "regex_tokenizer_words_per_s": round(words / regex_s),
        "cores": os.cpu_count(),
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "one_core": {"seconds": round(one_s, 3), "docs_per_s": round(len(docs) / one_s, 1),
                     "words_per_s": round(words / one_s), "peak_rss_mb": round(one_peak, 1),
                     "cpu_seconds": round(one_cpu, 3), "words_per_cpu_s": round(words / one_cpu)},
        "workers": args.workers,
        "parallel": {"seconds": round(multi_s, 3), "docs_per_s": round(len(docs) / multi_s, 1),
                     "words_per_s": round(words / multi_s), "cpu_seconds": round(multi_cpu, 3),
                     "words_per_cpu_s": round(words / multi_cpu),
                     "worker_peak_rss_mb": {str(k): round(v, 1) for k, v in sorted(peaks.items())},
                     "parent_rss_mb": round(parent_rss, 1),
                     "peak_mb": round(sum(peaks.values()) + parent_rss, 1)},
        "ceiling_share": round(tok_cpu / one_cpu, 4),
        "ceiling_share_wall": round(tok_s / one_s, 4),
        "first_result_s": {"runs": [round(t, 3) for t in first], "median": round(statistics.median(first), 3),
                           "words": len(sample[1].split())},
    }
    if args.json:
        print(json.dumps(fig, indent=1))
        return 0
    _print(fig)
    return 0


def _mark(ok: bool) -> str:
    return "meets target" if ok else "BELOW TARGET"


def _print(f: dict) -> None:
    one, par = f["one_core"], f["parallel"]
    print(f"{f['corpus']}")
    print(f"{f['documents']} documents, {f['words']:,} words, {f['characters']:,} characters, "
          f"{f['events']} events coded; first call in this process (loading knowledge) {f['warm_up_s']:.2f} s\n")
    print(f"{'':28}{'seconds':>9}{'docs/s':>10}{'words/s':>11}")
    print(f"{'spaCy tokenizer, 1 core' if f['tokenizer_is_spacy'] else 'regex tokenizer, 1 core':28}{f['words'] / f['tokenizer_words_per_s']:>9.2f}"
          f"{'':>10}{f['tokenizer_words_per_s']:>11,}")
    print(f"{'eventcoder, 1 core':28}{one['seconds']:>9.2f}{one['docs_per_s']:>10,.1f}{one['words_per_s']:>11,}")
    label = f"eventcoder, {f['workers']} processes"
    print(f"{label:28}{par['seconds']:>9.2f}{par['docs_per_s']:>10,.1f}{par['words_per_s']:>11,}")
    print(f"\nCPU time: {one['cpu_seconds']:.2f} s on one core ({one['words_per_cpu_s']:,} words per CPU-second), "
          f"{par['cpu_seconds']:.2f} s over {f['workers']} processes ({par['words_per_cpu_s']:,} words per CPU-second)")
    print(f"on {f['workers']} idle cores this would be about {par['words_per_cpu_s'] * f['workers']:,} words/s "
          "(words per CPU-second of the parallel run times the processes; an estimate, not a measurement)")
    before, after = f["load_average"]
    if max(before, after) > (f["cores"] or 1) - 0.5:
        print(f"WARNING: the machine was busy (load average {before:.1f} before, {after:.1f} after, "
              f"{f['cores']} cores): wall-clock figures are low; words per CPU-second are the steadier figure")
    print(f"bare tokenizer: {f['tokenizer']}")
    if f["tokenizer_is_spacy"]:
        print(f"(the regex tokenizer re.findall(r\"\\w+|[^\\w\\s]\", text) ran at {f['regex_tokenizer_words_per_s']:,} "
              "words/s in this run, for comparison only)")
    verdict = (_mark(f["ceiling_share"] >= TARGETS["ceiling_share"]) if f["tokenizer_is_spacy"]
               else "NOT COMPARABLE: regex fallback")
    print(f"share of the tokenizer ceiling (1 core against 1 core, CPU time): {f['ceiling_share']:.1%}  "
          f"[target >= {TARGETS['ceiling_share']:.0%} of spaCy's tokenizer: {verdict}]  "
          f"(wall-clock: {f['ceiling_share_wall']:.1%}; tokenizer {f['tokenizer_words_per_cpu_s']:,} words "
          "per CPU-second)")
    print(f"words/s on {f['workers']} processes: {par['words_per_s']:,}  "
          f"[target >= {TARGETS['words_per_s_2']:,}: {_mark(par['words_per_s'] >= TARGETS['words_per_s_2'])}]")
    fr = f["first_result_s"]
    print(f"time to first result (fresh python, import + one {fr['words']}-word document): median "
          f"{fr['median']:.2f} s of {fr['runs']}  "
          f"[target <= {TARGETS['first_result_s']} s: {_mark(fr['median'] <= TARGETS['first_result_s'])}]")
    workers = ", ".join(f"{v:.0f}" for v in par["worker_peak_rss_mb"].values())
    print(f"peak memory with {f['workers']} workers busy: {par['peak_mb']:.0f} MB (workers' peak RSS {workers} MB "
          f"+ parent {par['parent_rss_mb']:.0f} MB; shared pages counted in each)  "
          f"[target <= {TARGETS['peak_mb']} MB: {_mark(par['peak_mb'] <= TARGETS['peak_mb'])}]")
    print(f"peak RSS of the one-core run: {one['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
