"""An invented digest (our own sentences, no publisher's text) for the report tests.

It holds hostile strings on purpose: markup in a title, a quote and an outlet name must come out
as text in every report.
"""

from __future__ import annotations

from warta.digest import DigestResult, run_digest
from warta.errors import BadInput
from warta.options import Options
from warta.records import Article, CopyGroup, Entity, Mention, Quote, Story, TimeExpr

HOSTILE = '<script>document.title="pwned"</script><img src="http://example.invalid/x.png">'

A = (
    "Jakarta - Banjir bandang melanda Desa Sukamaju pada Senin (4/3/2024) dini hari.",
    "Sebanyak 200 rumah terendam dan 40 keluarga mengungsi ke balai desa.",
    '"Kami sudah mendirikan dapur umum sejak pagi," kata Bupati Sukamaju Rina Wulandari.',
    "Bupati meninjau lokasi pada Selasa dan menjanjikan bantuan perbaikan rumah.",
    "Banjir serupa pernah terjadi pada Januari 2020 dan merendam sawah warga.",
)
B = (
    "Sukamaju - Ratusan rumah di Desa Sukamaju terendam banjir bandang pada Senin, 4 Maret 2024.",
    "Sebanyak 200 rumah terendam sehingga puluhan keluarga mengungsi ke balai desa setempat.",
    "Pemerintah daerah menetapkan status siaga pada 2-3 Maret sebelum banjir datang.",
)
C = (
    "Harga cabai rawit di Pasar Induk Sukamaju naik dua kali lipat setelah banjir pekan lalu.",
    "Pedagang menyebut pasokan dari petani berkurang karena sawah terendam.",
    "Dinas Perdagangan berjanji menggelar operasi pasar pada April 2024.",
)


def _tx(body: str, text: str, value: str, granularity: str, end: str | None = None) -> TimeExpr:
    start = body.index(text)
    return TimeExpr(text, start, start + len(text), value, granularity, end)


def invented_result(options: Options | None = None) -> DigestResult:
    """A full DigestResult: three articles, a copy pair, a story, times, a quote, a person."""
    a = Article(
        source="/data/a.txt",
        paragraphs=A,
        title="Banjir bandang rendam Sukamaju " + HOSTILE,
        outlet="Warta Satu",
        url="https://warta-satu.example/banjir",
        published="2024-03-05T08:00:00+07:00",
        authors=("Dewi Lestari",),
        wire_sources=("Kantor Berita Nusantara",),
    )
    b = Article(
        source="/data/b.txt",
        paragraphs=B,
        title="Ratusan rumah terendam di Sukamaju",
        outlet="Kabar <b>Dua</b>",
        published_inferred="2024-03-04",
    )
    c = Article(
        source="/data/c.txt",
        paragraphs=C,
        title="Harga cabai naik",
        outlet="Warta Satu",
        published="2024-03-12T10:00:00+07:00",
    )
    times = {
        a.id: [
            _tx(a.text, "Senin (4/3/2024)", "2024-03-04", "day"),
            _tx(a.text, "Selasa", "2024-03-05", "day"),
            _tx(a.text, "Januari 2020", "2020-01", "month"),
        ],
        b.id: [
            _tx(b.text, "Senin, 4 Maret 2024", "2024-03-04", "day"),
            _tx(b.text, "2-3 Maret", "2024-03-02", "range", "2024-03-03"),
        ],
        c.id: [_tx(c.text, "April 2024", "2024-04", "month"), _tx(c.text, "pekan lalu", "2024-W10", "week")],
    }
    quote_text = "Kami sudah mendirikan dapur umum sejak pagi " + HOSTILE
    quote = Quote("Rina Wulandari", "Bupati Sukamaju", "direct", "kata", quote_text, 0, 10)
    person = Entity("Rina Wulandari", "PERSON", ("Rina",), "Bupati Sukamaju", (Mention(0, 4),))
    result = run_digest([], options or Options(), articles=[a, b, c])
    result.times = times
    result.quotes = {a.id: [quote]}
    place = Entity("Sukamaju " + HOSTILE, "PLACE", (), None, (Mention(0, 4),))
    result.entities = {a.id: [person, place], b.id: [place]}
    result.copy_groups = [CopyGroup("g-1", "rewrite", a.id, (a.id, b.id))]
    result.stories = [
        Story("s-1", "Banjir Sukamaju", (a.id, b.id), a.published, a.published, ("Warta Satu", "Kabar Dua")),
        Story("s-2", "Harga cabai", (c.id,), c.published, c.published, ("Warta Satu",)),
    ]
    result.errors = [BadInput("/data/menu.html", "not an article (a listing page)")]
    from warta.stages.summary import summarize
    from warta.stages.timeline import build_timeline

    opts = options or Options()
    result.timeline = build_timeline(result.articles, times, opts, result.copy_groups)
    result.summary = summarize(result.articles, opts, result.copy_groups)
    return result
