"""Pre-extracted rows: text rows split into paragraphs, html rows cleaned as pages, row metadata wins."""

from __future__ import annotations

import pytest

from warta.errors import NotAnArticle
from warta.options import Options
from warta.records import RawDoc
from warta.stages.extract_record import extract_record, normalise_published, split_paragraphs

BODY = [
    "Harga cabai rawit di Pasar Induk Sukamaju naik dua kali lipat menjelang hari raya, kata pedagang.",
    "Dinas perdagangan berjanji menggelar operasi pasar mulai pekan depan di tiga kecamatan.",
]


def _row(fields: dict[str, object]) -> RawDoc:
    body = fields.get("text") or fields.get("html")
    return RawDoc(source="rows.jsonl#1", kind="record", data=str(body), fields=fields)


def test_text_row_is_split_and_filtered() -> None:
    text = BODY[0] + "\n\nBaca juga: Harga Bawang Ikut Naik\n\n" + BODY[1]
    article = extract_record(_row({"text": text}), Options())
    assert list(article.paragraphs) == BODY
    assert article.kind == "record"


def test_text_row_without_blank_lines_splits_at_line_breaks() -> None:
    assert split_paragraphs(BODY[0] + "\n" + BODY[1] + "\n") == BODY
    assert split_paragraphs(BODY[0] + "\n  continues\n\n" + BODY[1]) == [BODY[0] + " continues", BODY[1]]


def test_row_metadata_wins() -> None:
    row = {
        "text": "\n\n".join(BODY),
        "url": "https://contoh.id/read/1",
        "title": "  Harga Cabai Naik ",
        "outlet": "Contoh",
        "published": "2024-03-01 10:30",
    }
    article = extract_record(_row(row), Options())
    assert article.url == "https://contoh.id/read/1"
    assert article.title == "Harga Cabai Naik"
    assert article.outlet == "Contoh"
    assert article.published == "2024-03-01T10:30:00+07:00"


def test_html_row_is_cleaned_as_a_page_and_row_title_wins() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY * 2)
    html = (
        "<html><head><title>Judul Halaman - Contoh</title>"
        "<meta property='article:published_time' content='2024-03-01T08:00:00+07:00'></head>"
        f"<body><h1>Judul Halaman</h1><article>{paragraphs}"
        "<p>Baca juga: Judul Lain Yang Ditautkan</p></article></body></html>"
    )
    article = extract_record(_row({"html": html, "title": "Judul Dari Baris"}), Options())
    assert article.title == "Judul Dari Baris"
    assert article.published == "2024-03-01T08:00:00+07:00"
    assert BODY[0] in article.paragraphs and "Baca juga" not in article.text
    assert article.kind == "record"


def test_empty_text_row_is_not_an_article() -> None:
    with pytest.raises(NotAnArticle):
        extract_record(_row({"text": "Baca juga: Sesuatu\n\nAdvertisement"}), Options())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-02-04T15:30:00+07:00", "2023-02-04T15:30:00+07:00"),
        ("2023-02-04T08:30:00Z", "2023-02-04T08:30:00+00:00"),
        ("2023-02-04 15:30", "2023-02-04T15:30:00+07:00"),
        ("2023-02-04", "2023-02-04"),
        ("Sabtu, 4 Februari 2023 15:30 WITA", "2023-02-04T15:30:00+08:00"),
        ("4 Februari 2023", "2023-02-04"),
        ("Sat, 04 Feb 2023 08:30:00 +0000", "2023-02-04T08:30:00+00:00"),
        (1675499400, "2023-02-04T15:30:00+07:00"),
        ("kemarin sore", None),
        ("", None),
        (None, None),
    ],
)
def test_published_normalised(value: object, expected: str | None) -> None:
    assert normalise_published(value) == expected


def test_unambiguous_month_first_export_date() -> None:
    assert normalise_published("10/21/2025 20:43") == "2025-10-21T20:43:00+07:00"
    assert normalise_published("21/10/2025 20:43") == "2025-10-21T20:43:00+07:00"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("KOMPAS.com", "Kompas.com"),
        ("Antara (antaranews.com)", "ANTARA"),
        ("Republika Online (republika.co.id)", "Republika"),
        ("Warta Kampung (wartakampung.id)", "Warta Kampung"),
        ("Kompas TV", "Kompas TV"),
        ("Harian Kita", "Harian Kita"),
    ],
)
def test_a_rows_outlet_takes_the_name_warta_gives_it_elsewhere(given: str, expected: str) -> None:
    row = {"text": "Warga desa menanam seribu pohon di lereng bukit pada Sabtu pagi.", "outlet": given}
    doc = RawDoc("rows.jsonl#1", "record", row["text"], fields=row)
    assert extract_record(doc, Options()).outlet == expected
