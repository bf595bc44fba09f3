"""Column names of news exports (crawlers, datasets) mapped to warta's row fields.

A row of a JSONL/CSV export is a pre-extracted article: ``text`` or ``html`` plus optional
``url, title, outlet, published``. Exports made by Indonesian crawlers and datasets name those
columns in Indonesian ("judul", "isi_berita", "tautan", "tanggal") or in other English words
("content", "link", "date"); the first non-empty column of each list below fills the field.
"""

from __future__ import annotations

ROW_FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": (
        "text", "body", "body_text", "content", "article", "article_text", "text_segments",
        "isi", "isi_berita", "konten", "artikel", "teks", "berita",
    ),
    "html": ("html", "raw_html", "page_html", "html_content"),
    "url": ("url", "link", "canonical_url", "source_url", "tautan", "alamat"),
    "title": ("title", "headline", "judul", "judul_berita"),
    "outlet": ("outlet", "media", "publisher", "site_name", "portal", "sumber_media"),
    "published": (
        "published", "published_at", "publish_date", "pubdate", "date", "datetime",
        "tanggal", "tanggal_terbit", "waktu", "waktu_terbit",
    ),
}  # fmt: skip
"""warta field → accepted column names (lower case), most specific first."""
