"""Reading input: every bad record gets a clear error naming it; the rest are still read."""

from datetime import date

import pytest

from eventcoder.ingest import InputError, document_from_text, read_inputs
from eventcoder.model import Document, RecordError


def test_dateline_is_the_publication_date():
    doc = document_from_text("March 10, 2026\nGunmen attacked a market.")
    assert doc.published == date(2026, 3, 10)


def test_given_date_wins_over_the_dateline():
    doc = document_from_text("March 10, 2026\nGunmen attacked.", published="2026-03-11")
    assert doc.published == date(2026, 3, 11)


def test_no_break_spaces_from_web_pages_are_read_as_spaces_keeping_offsets():
    from eventcoder.pipeline import code

    text = "Cadres of the Arunachal\xa0Pradesh\xa0Youth Congress blocked the highway on Thursday."
    doc = document_from_text(text)
    assert len(doc.text) == len(text) and "Arunachal Pradesh" in doc.text
    (event, *_) = code(text, published="2015-09-01").events
    assert event.admin1 == "Arunachal Pradesh"


def test_empty_text_is_an_error():
    with pytest.raises(InputError, match="empty"):
        document_from_text("   \n")


def test_unknown_date_format_is_a_warning_not_a_failure():
    doc = document_from_text("Gunmen attacked a market.", published="the ides of March")
    assert doc.published is None and "date format" in doc.warnings[0]


def test_jsonl_bad_lines_become_errors_and_the_rest_are_read(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(
        '{"id": "a", "text": "Two people were killed.", "published": "2024-01-02"}\n'
        "{not json}\n"
        '{"id": "c"}\n'
        '{"text": "no id"}\n'
        '{"id": "e", "text": ""}\n'
        '{"id": "f", "text": "Police arrested 3 men.", "gold": {"fatalities": 99}}\n',
        encoding="utf-8",
    )
    items = list(read_inputs([str(path)]))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Document", "RecordError", "RecordError", "RecordError", "RecordError", "Document"]
    errors = [i for i in items if isinstance(i, RecordError)]
    assert errors[0].where.endswith("docs.jsonl:2") and "invalid JSON" in errors[0].message
    assert "missing 'text'" in errors[1].message and errors[1].id == "c"
    assert "missing 'id'" in errors[2].message
    assert "empty" in errors[3].message


def test_binary_file_is_an_error(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (item,) = read_inputs([str(path)])
    assert isinstance(item, RecordError) and "binary" in item.message


def test_invalid_utf8_is_read_with_a_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Two soldiers were killed in the caf\xe9 attack.".encode("latin-1"))
    (doc,) = read_inputs([str(path)])
    assert isinstance(doc, Document) and "café" in doc.text and "UTF-8" in doc.warnings[0]


def test_huge_text_is_coded_in_part_with_a_warning():
    doc = document_from_text("Two soldiers were killed. " * 100_000)
    assert len(doc.text) <= 2_000_000 and "coded up to" in doc.warnings[0]


def test_html_page_main_text_and_date(tmp_path):
    path = tmp_path / "page.html"
    body = " ".join(["Gunmen killed four guards at a checkpoint near the border on Friday, police said."] * 6)
    path.write_text(
        "<html><head><title>Checkpoint attack</title>"
        '<meta property="article:published_time" content="2025-06-07"></head>'
        f"<body><nav>Home | World</nav><article><h1>Checkpoint attack</h1><p>{body}</p></article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    (doc,) = read_inputs([str(path)])
    assert isinstance(doc, Document)
    assert doc.published == date(2025, 6, 7) and "Gunmen killed four guards" in doc.text
    assert "Copyright" not in doc.text


def test_malformed_html_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><p></div></span>", encoding="utf-8")
    (item,) = read_inputs([str(path)])
    assert isinstance(item, RecordError)


def test_missing_file_is_an_error():
    (item,) = read_inputs(["/nonexistent/file.txt"])
    assert isinstance(item, RecordError) and "cannot read" in item.message


def test_an_rss_feed_gives_one_document_per_entry(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><guid>w-1</guid><title>Blast</title><pubDate>Tue, 04 Mar 2025 08:00:00 GMT</pubDate>"
        "<description>&lt;p&gt;A roadside bomb killed two soldiers near Bannu on Monday.&lt;/p&gt;</description></item>"
        "<item><guid>w-2</guid><title>Rally</title><pubDate>Wed, 05 Mar 2025 08:00:00 GMT</pubDate>"
        "<description>Hundreds of farmers marched in Lahore.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    docs = list(read_inputs([str(path)]))
    assert [d.id for d in docs] == ["w-1", "w-2"]
    assert docs[0].published == date(2025, 3, 4) and "<p>" not in docs[0].text


def test_non_english_text_is_coded_best_effort_with_a_finding():
    import eventcoder

    text = ("Des hommes armés ont attaqué un marché dans la région de Mopti dimanche, selon des sources locales. " * 4)
    report = eventcoder.code(text, published="2024-03-04").to_dict()
    assert any(f["kind"] == "input" and "English" in f["message"] for f in report["findings"])
