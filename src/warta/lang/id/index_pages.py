"""Page grammar of index pages that carry text of their own (plain data, lower case).

A writer's profile, a tag or topic page, a section front or a search page may print a paragraph or
two of its own — a bio, a description, a "Sekilas" summary, the editors' note — under a label that
names what the page is. An article never prints these labels right above its first paragraph.
"""

from __future__ import annotations

INDEX_PAGE_LABELS: frozenset[str] = frozenset(
    {
        # a writer's page
        "penulis", "profil penulis", "profil", "tentang penulis", "biodata", "jurnalis", "kontributor",
        "author", "about the author",
        # tag, topic and category pages
        "tag", "tags", "tagar", "topik", "topik pilihan", "topic", "sorotan", "fokus", "isu",
        "kategori", "kanal", "rubrik", "sekilas", "tentang topik", "tentang", "deskripsi",
        # section fronts and special reports
        "dari meja redaksi", "pengantar redaksi", "pengantar", "laporan khusus", "liputan khusus",
        # search and indexes
        "hasil pencarian", "pencarian", "indeks", "indeks berita", "arsip", "arsip berita",
    }
)  # fmt: skip
"""Short lines (compared lower case, without closing colons) that label an index page's own text:
standing among the few lines above a paragraph, they mark it as the page's introduction."""

SNIPPET_CUT_MARKS: tuple[str, ...] = ("...", "…", "[...]", "(...)")
"""How search results and teaser lists end a snippet cut in mid-sentence ("… mulai menyelimuti
Kota Pekanbaru sejak Rabu pagi..."): an article's paragraph ends on its own."""
