"""Input readers: every encoding, BOMs, gzip, JSONL/CSV rows good and bad, binary, empty, oversize.

All fixtures are written at test time from invented Indonesian sentences.
"""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.errors import BadInput
from warta.io.decode import decode_bytes, detect_kind
from warta.io.readers import read_inputs
from warta.options import Options
from warta.records import RawDoc

SENTENCE = (
    "Warga Desa Sukamaju menanam 1.200 pohon durian pada Senin (3/4) “demi anak cucu” – kata kepala desa."
)
HTML_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='{charset}'><title>Uji coba</title></head>"
    "<body><article><h1>Judul</h1><p>{body}</p></article></body></html>"
)


def _read(*paths: Path | str, options: Options | None = None) -> list[RawDoc | BadInput]:
    return list(read_inputs([str(p) for p in paths], options or Options()))


def _one(path: Path, options: Options | None = None) -> RawDoc:
    docs = _read(path, options=options)
    assert len(docs) == 1
    doc = docs[0]
    assert isinstance(doc, RawDoc), doc
    return doc


def _bad(path: Path | str, options: Options | None = None) -> BadInput:
    docs = _read(path, options=options)
    assert len(docs) == 1
    doc = docs[0]
    assert isinstance(doc, BadInput), doc
    return doc


# --- encodings -------------------------------------------------------------------------------


def test_utf8_text_dump(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(SENTENCE.encode("utf-8"))
    doc = _one(path)
    assert doc.data == SENTENCE and doc.kind == "text" and doc.encoding == "utf-8"
    assert doc.raw == SENTENCE.encode("utf-8")


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"))
    doc = _one(path)
    assert doc.data == SENTENCE
    assert doc.raw.startswith(b"\xef\xbb\xbf")


def test_cp1252_with_smart_quotes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(SENTENCE.encode("cp1252"))
    doc = _one(path)
    assert doc.data == SENTENCE


def test_latin1_declared_page(tmp_path: Path) -> None:
    body = "Pak Andre berkata: « café dan crème brûlée » di Bandung."
    path = tmp_path / "a.html"
    path.write_bytes(HTML_PAGE.format(charset="iso-8859-1", body=body).encode("latin-1"))
    doc = _one(path)
    assert body in doc.data and doc.kind == "html"


def test_utf16_with_bom(tmp_path: Path) -> None:
    for codec in ("utf-16", "utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        data = SENTENCE.encode(codec)
        if codec != "utf-16":
            data = ("\ufeff" + SENTENCE).encode(codec)
        path.write_bytes(data)
        assert _one(path).data == SENTENCE, codec


def test_utf16_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(SENTENCE.encode("utf-16-le"))
    assert _one(path).data == SENTENCE


def test_page_declaring_latin1_but_written_in_utf8(tmp_path: Path) -> None:
    body = "Ia menyebut KapanLagi.com® dan “film” itu — keren."
    path = tmp_path / "a.html"
    path.write_bytes(HTML_PAGE.format(charset="iso-8859-1", body=body).encode("utf-8"))
    doc = _one(path)
    assert body in doc.data
    assert "Ã" not in doc.data


def test_page_declaring_utf8_but_written_in_cp1252(tmp_path: Path) -> None:
    body = "Menurut dia, “harga naik” – bukan turun."
    path = tmp_path / "a.html"
    path.write_bytes(HTML_PAGE.format(charset="utf-8", body=body).encode("cp1252"))
    doc = _one(path)
    assert body in doc.data


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(
        alphabet=st.characters(codec="cp1252", categories=("L", "N", "P", "Zs"), exclude_characters="\x00"),
        min_size=20,
        max_size=300,
    ).filter(lambda t: t.strip() and sum(c.isalpha() for c in t) > 10),
    codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_round_trip_of_any_text(text: str, codec: str) -> None:
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text.lstrip("\ufeff") == text


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_doc_or_a_reason(data: bytes) -> None:
    """Whatever the bytes, the reader answers with a document or one reason, never an exception."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.txt"
        path.write_bytes(data)
        docs = _read(path)
    assert len(docs) == 1
    assert isinstance(docs[0], RawDoc | BadInput)
    if isinstance(docs[0], BadInput):
        assert docs[0].reason


# --- kind detection --------------------------------------------------------------------------


def test_kind_comes_from_content_not_the_name(tmp_path: Path) -> None:
    html_as_txt = tmp_path / "page.txt"
    html_as_txt.write_text(HTML_PAGE.format(charset="utf-8", body=SENTENCE), encoding="utf-8")
    text_as_html = tmp_path / "dump.html"
    text_as_html.write_text(SENTENCE + "\n\nBaca juga: judul lain\n", encoding="utf-8")
    assert _one(html_as_txt).kind == "html"
    assert _one(text_as_html).kind == "text"


def test_force_kind_wins(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE.format(charset="utf-8", body=SENTENCE), encoding="utf-8")
    assert _one(path, Options(force_kind="text")).kind == "text"


def test_detect_kind_on_fragments_and_feeds() -> None:
    assert detect_kind("<?xml version='1.0'?><rss><channel></channel></rss>") == "html"
    assert detect_kind("<div><p>a</p><p>b</p><span>c</span><a href='x'>d</a><br></div>") == "html"
    assert detect_kind("Harga 3 < 5 dan 7 > 2, kata <dia>.") == "text"


# --- bad inputs ------------------------------------------------------------------------------


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.html"
    blank.write_bytes(b"  \n\t \n")
    assert "empty" in _bad(empty).reason
    assert "empty" in _bad(blank).reason


def test_binary_files_are_named(tmp_path: Path) -> None:
    pdf = tmp_path / "a.txt"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    png = tmp_path / "b.html"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    noise = tmp_path / "c.txt"
    noise.write_bytes(bytes(range(256)) * 8)
    assert "PDF" in _bad(pdf).reason
    assert "PNG" in _bad(png).reason
    assert "binary" in _bad(noise).reason


def test_oversize_plain_and_gzip(tmp_path: Path) -> None:
    options = Options(max_input_bytes=1000)
    big = tmp_path / "big.txt"
    big.write_text(SENTENCE * 50, encoding="utf-8")
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 100_000))
    assert "too large" in _bad(big, options).reason
    assert "too large" in _bad(bomb, options).reason
    small = tmp_path / "small.txt"
    small.write_text(SENTENCE, encoding="utf-8")
    assert _one(small, options).data == SENTENCE


def test_missing_file_and_unmatched_glob(tmp_path: Path) -> None:
    assert "no such file" in _bad(tmp_path / "absent.txt").reason
    assert "no file matches" in _bad(str(tmp_path / "nothing-*.txt")).reason


def test_corrupt_gzip(tmp_path: Path) -> None:
    path = tmp_path / "a.html.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"garbage" * 10)
    assert "gzip" in _bad(path).reason


def test_batch_goes_on_after_bad_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(b"\x7fELF" + bytes(100))
    (tmp_path / "d.txt").write_text(SENTENCE + " Lagi.", encoding="utf-8")
    docs = _read(tmp_path)
    assert [type(d).__name__ for d in docs] == ["RawDoc", "BadInput", "BadInput", "RawDoc"]


# --- gzip, folders, globs --------------------------------------------------------------------


def test_gzip_of_a_page_keeps_kind_and_raw(tmp_path: Path) -> None:
    page = HTML_PAGE.format(charset="utf-8", body=SENTENCE).encode("utf-8")
    path = tmp_path / "a.html.gz"
    path.write_bytes(gzip.compress(page))
    doc = _one(path)
    assert doc.kind == "html" and doc.raw == page and SENTENCE in doc.data


def test_folders_are_walked_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "b" / "c" / "d.htm").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "b" / "e.txt.gz").write_bytes(gzip.compress(SENTENCE.encode()))
    (tmp_path / "b" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(SENTENCE, encoding="utf-8")
    sources = [Path(d.source).relative_to(tmp_path).as_posix() for d in _read(tmp_path)]
    assert sources == ["a.txt", "b/c/d.htm", "b/e.txt.gz"]


def test_globs_the_shell_did_not_expand(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("x1.txt", "x2.txt", "y.txt", "sub/x3.txt"):
        (tmp_path / name).write_text(SENTENCE, encoding="utf-8")
    assert [Path(d.source).name for d in _read(str(tmp_path / "x*.txt"))] == ["x1.txt", "x2.txt"]
    assert len(_read(str(tmp_path / "**" / "x*.txt"))) == 3


# --- JSONL and CSV rows ----------------------------------------------------------------------


def _rows() -> list[object]:
    return [
        {"text": SENTENCE, "url": "https://contoh.id/a", "title": "Satu", "published": "2023-02-04"},
        {"html": HTML_PAGE.format(charset="utf-8", body=SENTENCE), "outlet": "Contoh"},
        {"title": "tanpa isi"},
        ["bukan", "objek"],
        {"text": "   "},
    ]


def test_jsonl_good_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    lines = [json.dumps(row, ensure_ascii=False) for row in _rows()]
    lines.insert(2, "{not json")
    lines.insert(3, "")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = _read(path)
    kinds = [type(d).__name__ for d in docs]
    assert kinds == ["RawDoc", "RawDoc", "BadInput", "BadInput", "BadInput", "BadInput"]
    first, second = docs[0], docs[1]
    assert isinstance(first, RawDoc) and isinstance(second, RawDoc)
    assert first.kind == "record" and first.source == f"{path}#1"
    assert first.fields["url"] == "https://contoh.id/a" and first.data == SENTENCE
    assert second.fields["outlet"] == "Contoh" and "<html>" in second.data
    bad = [d for d in docs if isinstance(d, BadInput)]
    assert bad[0].source == f"{path}#3" and "invalid JSON" in bad[0].reason
    assert "no non-empty" in bad[1].reason
    assert "not an object" in bad[2].reason


def test_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps({"text": SENTENCE}).encode() + b"\n"))
    doc = _one(path)
    assert doc.kind == "record" and doc.data == SENTENCE


def test_csv_good_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Title", "Text", "URL"])
        writer.writerow(["Satu", SENTENCE + "\n\nParagraf kedua.", "https://contoh.id/1"])
        writer.writerow(["Dua", "", "https://contoh.id/2"])
        writer.writerow(["Tiga", SENTENCE, "https://contoh.id/3", "lebih"])
        writer.writerow(["Empat", SENTENCE, ""])
    docs = _read(path)
    assert [type(d).__name__ for d in docs] == ["RawDoc", "BadInput", "BadInput", "RawDoc"]
    first = docs[0]
    assert isinstance(first, RawDoc)
    assert first.fields["title"] == "Satu" and "Paragraf kedua." in first.data
    assert first.source == f"{path}#1"
    last = docs[3]
    assert isinstance(last, RawDoc) and "url" not in last.fields


def test_csv_without_a_body_column(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("title,url\nSatu,https://contoh.id\n", encoding="utf-8")
    assert "header" in _bad(path).reason


def test_csv_in_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(f'text,title\n"{SENTENCE}",Satu\n'.encode("cp1252"))
    assert _one(path).data == SENTENCE


def test_oversize_row_is_one_bad_row(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    rows = [{"text": SENTENCE}, {"text": SENTENCE * 100}, {"text": SENTENCE}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    docs = _read(path, options=Options(max_input_bytes=2000))
    assert [type(d).__name__ for d in docs] == ["RawDoc", "BadInput", "RawDoc"]


def test_export_column_aliases(tmp_path: Path) -> None:
    csv_path = tmp_path / "ekspor.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "Judul", "Tautan", "Tanggal", "Isi_Berita"])
        writer.writerow(["1", "Satu", "https://contoh.id/1", "10/21/2025 20:43", SENTENCE])
    jsonl_path = tmp_path / "ekspor.jsonl"
    row = {"headline": "Dua", "link": "https://contoh.id/2", "text_segments": [SENTENCE, "Kedua."]}
    jsonl_path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    first, second = _read(csv_path, jsonl_path)
    assert isinstance(first, RawDoc) and isinstance(second, RawDoc)
    assert first.fields["title"] == "Satu" and first.fields["url"] == "https://contoh.id/1"
    assert first.fields["published"] == "10/21/2025 20:43" and first.data == SENTENCE
    assert second.fields["title"] == "Dua" and second.data == SENTENCE + "\n\nKedua."


def test_gzip_bytes_under_a_page_name_are_decompressed(tmp_path: Path) -> None:
    page = HTML_PAGE.format(charset="utf-8", body=SENTENCE).encode("utf-8")
    path = tmp_path / "saved.html"
    path.write_bytes(gzip.compress(page))
    doc = _one(path)
    assert doc.kind == "html" and SENTENCE in doc.data


def test_csv_in_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(f'text,title\n"{SENTENCE}",Satu\n'.encode("utf-16"))
    doc = _one(path)
    assert doc.data == SENTENCE and doc.fields["title"] == "Satu"


def test_undecodable_bytes_behind_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + b"Warga desa" + b"\xff\xfe\xfa\xc3\x28 lagi")
    assert "undecodable" in _bad(path).reason
