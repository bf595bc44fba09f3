"""Copy detection and provenance, on articles written for these tests."""

from __future__ import annotations

import numpy as np

from warta.records import Article
from warta.stages.dedup import (
    Signatures,
    build_groups,
    candidate_pairs,
    copy_edges,
    credited_wires,
    find_copy_groups,
    group_to_json,
    with_inferred_dates,
)
from warta.stages.shingles import sign_texts

FLOOD = [
    "Banjir merendam tiga kecamatan di Kabupaten Sukamaju setelah hujan deras turun sejak Selasa sore.",
    "Badan penanggulangan bencana daerah mencatat 412 rumah warga terendam air setinggi satu meter.",
    "Kepala pelaksana BPBD, Rahmat Hidayat, mengatakan tim gabungan telah mengevakuasi 96 keluarga.",
    "Para pengungsi ditampung sementara di gedung sekolah dasar dan balai desa terdekat.",
    "Dapur umum didirikan di halaman masjid agung untuk menyediakan makanan bagi pengungsi.",
    "Jalan provinsi yang menghubungkan Sukamaju dan Karangsari sempat lumpuh selama enam jam.",
    "Petugas memasang tanda peringatan di titik jalan yang amblas akibat derasnya arus sungai.",
    "Rahmat meminta warga di bantaran sungai tetap waspada karena hujan diperkirakan berlanjut.",
    "Dinas sosial menyalurkan selimut, tikar, dan obat-obatan ke lokasi pengungsian.",
    "Hingga Rabu pagi, belum ada laporan korban jiwa akibat banjir tersebut.",
]
SPORT = [
    "Klub sepak bola Garuda Muda menang dua gol tanpa balas atas tamunya pada laga Minggu malam.",
    "Pelatih kepala memuji disiplin para pemain belakang yang menjaga gawang tetap bersih.",
    "Gol pertama dicetak penyerang sayap pada menit ke-23 lewat sundulan dari sepak pojok.",
    "Gol kedua lahir di babak kedua setelah gelandang muda melepaskan tembakan jarak jauh.",
    "Kemenangan ini membawa Garuda Muda naik ke posisi ketiga klasemen sementara liga.",
    "Laga berikutnya akan dimainkan di kandang lawan pada akhir pekan depan.",
]
# The flood story told again in other words (a second translation of the same agency report).
FLOOD_RETOLD = [
    "Tiga kecamatan di Kabupaten Sukamaju terendam banjir usai hujan lebat mengguyur sejak Selasa.",
    "Menurut BPBD, sebanyak 412 rumah tergenang dengan ketinggian air mencapai satu meter.",
    "Rahmat Hidayat dari BPBD menyebut 96 keluarga sudah dievakuasi oleh tim gabungan.",
    "Pengungsi menempati sekolah dasar serta balai desa, sementara dapur umum berdiri di masjid agung.",
    "Ruas jalan provinsi Sukamaju-Karangsari lumpuh enam jam dan sebagian jalan amblas.",
    "Warga bantaran sungai diminta waspada, sedangkan dinas sosial mengirim selimut dan obat-obatan.",
    "Sampai Rabu pagi tidak ada korban jiwa yang dilaporkan.",
]


def article(source: str, paragraphs: list[str], **fields: object) -> Article:
    return Article(source=source, paragraphs=tuple(paragraphs), **fields)  # type: ignore[arg-type]


def test_identical_near_copy_and_unrelated() -> None:
    original = article("a", FLOOD, outlet="Kabar Daerah", published="2025-03-04T10:00:00+07:00")
    same = article("b", FLOOD, outlet="Kabar Daerah", url="https://x.example/2")
    trimmed = article("c", FLOOD[:7], outlet="Warta Timur", published="2025-03-04T14:00:00+07:00")
    extended = article(
        "d",
        ["Berikut laporan lengkap dari lokasi banjir.", *FLOOD, "Simak berita lainnya di sini."],
        outlet="Suara Barat",
        published="2025-03-04T12:00:00+07:00",
    )
    other = article("e", SPORT, outlet="Kabar Daerah", published="2025-03-04T11:00:00+07:00")
    groups = find_copy_groups([trimmed, other, extended, same, original], rewrites=False)
    relations = {g.relation: g for g in groups}
    assert set(relations) == {"identical", "near_copy"}
    assert set(relations["identical"].member_sources) == {"a", "b"}
    near = relations["near_copy"]
    assert set(near.member_sources) == {"a", "b", "c", "d"}
    assert near.original == original.id and near.members[0] == original.id
    assert relations["identical"].within == near.id
    assert other.id not in near.members


def test_undated_member_takes_the_earliest_date_as_inferred() -> None:
    dated = article("a", FLOOD, outlet="Kabar Daerah", published="2025-03-04T10:00:00+07:00")
    later = article("b", FLOOD[:8], outlet="Warta Timur", published="2025-03-05T10:00:00+07:00")
    undated = article("c", FLOOD[1:], outlet="Suara Barat")
    groups = find_copy_groups([undated, later, dated], rewrites=False)
    assert groups[0].inferred == ((undated.id, dated.published),)
    filled = with_inferred_dates([undated, later, dated], groups)
    assert filled[0].published_inferred == dated.published and filled[0].published is None
    lookup = {a.id: a for a in filled}.get
    members = group_to_json(groups[0], lookup)["members"]
    assert [m["published_inferred"] for m in members] == [False, False, True]


def test_the_credited_wire_is_the_original_when_it_is_in_the_group() -> None:
    wire = article("w", FLOOD, outlet="ANTARA", published="2025-03-04T12:00:00+07:00")
    rerun = article(
        "r",
        FLOOD[:9],
        outlet="Kabar Daerah",
        published="2025-03-04T09:00:00+07:00",
        wire_sources=("ANTARA",),
    )
    groups = find_copy_groups([rerun, wire], rewrites=False)
    assert groups[0].original == wire.id and groups[0].credited == ("ANTARA",)


def test_a_retold_wire_story_is_a_rewrite_not_a_copy() -> None:
    first = article(
        "a",
        FLOOD,
        outlet="Kabar Daerah",
        published="2025-03-04T10:00:00+07:00",
        wire_sources=("Kantor Berita Nusantara",),
        url="https://kabar.example/berita/1",
    )
    retold = article(
        "b",
        FLOOD_RETOLD,
        outlet="Warta Timur",
        published="2025-03-04T15:00:00+07:00",
        wire_sources=("Kantor Berita Nusantara",),
        url="https://warta.example/daerah/2",
    )
    other = article("c", SPORT, outlet="Kabar Daerah", published="2025-03-04T11:00:00+07:00")
    signatures = Signatures(*sign_texts([first.text, retold.text]))
    assert len(copy_edges(signatures).pairs) == 0  # MinHash alone does not link them
    groups = find_copy_groups([first, retold, other])
    assert len(groups) == 1 and groups[0].relation == "rewrite"
    assert groups[0].original == first.id and groups[0].member_relations == ("identical", "rewrite")
    months_later = retold.with_(published="2025-07-04T15:00:00+07:00")
    assert find_copy_groups([first, months_later, other]) == []


def test_candidate_pairs_cap_huge_buckets_to_a_chain() -> None:
    sig = np.zeros((500, 128), dtype=np.uint32)  # 500 equal signatures: one bucket per band
    pairs = candidate_pairs(sig)
    assert len(pairs) == 499
    edges = copy_edges(Signatures(sig, np.full(500, 50, dtype=np.int32), np.zeros(500, dtype=np.int64)))
    groups = build_groups([article(str(i), [f"teks {i}"]) for i in range(500)], edges)
    assert len(groups) == 1 and len(groups[0].members) == 500


def test_a_wire_named_in_the_lead_counts_as_a_credit_when_none_is_stated() -> None:
    def told(source: str, paragraphs: list[str], outlet: str, lead: str) -> Article:
        return article(
            source,
            [lead, *paragraphs],
            outlet=outlet,
            published="2025-03-04T10:00:00+07:00",
            url=f"https://{outlet.lower()}.example/berita/{source}",
        )

    other = article("c", SPORT, outlet="Kabar", published="2025-03-04T11:00:00+07:00")
    credited = [
        told("a", FLOOD, "Kabar", "Laporan ini dilansir Reuters pada Rabu."),
        told("b", FLOOD_RETOLD, "Warta", "Seperti dilaporkan Reuters, Rabu."),
    ]
    assert credited_wires(credited[0]) == ("Reuters",)
    groups = find_copy_groups([*credited, other])
    assert [g.relation for g in groups] == ["rewrite"] and groups[0].credited == ("Reuters",)
    uncredited = [
        told("a", FLOOD, "Kabar", "Laporan ini ditulis pada Rabu."),
        told("b", FLOOD_RETOLD, "Warta", "Seperti dilaporkan pada Rabu."),
    ]
    assert credited_wires(uncredited[0]) == ()
    assert find_copy_groups([*uncredited, other]) == []
