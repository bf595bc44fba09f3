"""Roles and titles before names: which person a title names, and roles in apposition.

"Menteri Luar Negeri Rusia Sergei Lavrov", "Kasat Reskrim Polres X AKP Yasir", "Presiden China, Xi
Jinping", "Kepala Badan X, Dr. Y, M.Si., mengatakan": after a role head comes a capitalised stretch
(offices, places, ranks, honorifics, degrees) that ends in the name, or a comma and the name. Also
the role after a name ("NAME, Ketua …,") and the role that heads a clause before ", NAME,". Built on
the token shapes of :mod:`warta.stages.name_shapes`.
"""

from __future__ import annotations

import re

from warta.lang.id import roles as R
from warta.lang.id.gazetteer import PERSON
from warta.lang.id.name_cues import CLAUSE_ROLE_NOUNS, NOBLE_TITLES
from warta.lang.id.regions import PLACE_HEADS
from warta.lang.id.roles import ORG_PREFIXES, STOP_CAPITALISED
from warta.stages.name_shapes import (
    CALENDAR_WORDS,
    DEGREE,
    HONORIFICS,
    MAX_NAME_TOKENS,
    MODIFIERS,
    REPORT_WORDS,
    ROLE_FIRST_WORDS,
    VERBISH,
    _adjacent,
    _Found,
    _gazetteer_at,
    _given_name_opener,
    _Index,
    _is_initial,
    _is_name_word,
    _name_links_after,
    _name_run,
    _org_run,
    _role_at,
    _surface,
    _Tok,
    _verb_like,
    office_list_commas,
)

ADVERBIAL_OPENERS: tuple[str, ...] = ("di", "kepada", "saat", "ketika", "dalam", "usai", "seusai", "pada")
"""Words that open an adverbial right after a speaker's name ("…, Baning di ruang kerjanya")."""


def _appositive_role(text: str, toks: list[_Tok], k: int, index: _Index) -> str | None:
    """The role after "NAME, [seorang] " at token k, up to the next comma or clause break."""
    j = k
    if j < len(toks) and toks[j].word.lower() in ("seorang", "sang"):
        j += 1
    if j >= len(toks) or (_role_at(toks, j) == j and toks[j].low not in R.APPOSITION_NOUNS):
        return None
    end = j
    while end < len(toks) and end - j < 16:
        gap = text[toks[end - 1].end : toks[end].start] if end > j else ""
        if any(c in gap for c in ",.;\n(") or toks[end].word.lower() in REPORT_WORDS:
            break
        end += 1
    head_end = _role_at(toks, j)
    if head_end > j and _role_person(text, toks, j, head_end, index) is not None:
        return None  # "A, Presiden ke-7 RI Joko Widodo, …": a list of people, not an apposition
    return _surface(text, toks, j, end)


STRETCH_LINKS: frozenset[str] = frozenset({"dan", "untuk", "di", "dari", "bidang", "urusan", "serta"})
"""Lower-case words inside the capitalised stretch after a role ("Duta Besar Rusia untuk China")."""


ORDINAL = re.compile(r"^ke-?\d+$")
"""An ordinal inside a title: "Presiden ke-7"."""


STOP_WORD_COMPOUNDS: dict[str, str] = {"Dalam": "Negeri", "Luar": "Negeri", "Lalu": "Lintas"}
"""Function words that open a compound inside an office's name: "Dalam Negeri", "Lalu Lintas"."""


UNIT_NUMBER = re.compile(r"\d{2,4}/[A-Z]")
"""A military or police unit's number joined to its territory: "Kodim 0618/Kota Bandung"."""


def _stretch(text: str, toks: list[_Tok], j: int, index: _Index) -> tuple[list[tuple[int, int]], int]:
    """The capitalised stretch after a role head: its segments (split at link words) and its end.
    Known places and organisations inside it are taken whole ("Kementerian Dalam Negeri")."""
    segments: list[tuple[int, int]] = []
    seg_start = k = j
    n = len(toks)
    if j == 0 or j >= n or not (_adjacent(text, toks[j - 1], toks[j]) or _bracket_opens(text, toks, j)):
        return segments, j
    while k < n and (
        k == j
        or _adjacent(text, toks[k - 1], toks[k])
        or _bracketed(text, toks, k)
        or (toks[k - 1].word.isdigit() and text[toks[k - 1].end : toks[k].start] == "/")
        or (toks[k - 1].end in office_list_commas(text) and toks[k - 1].end + 2 == toks[k].start)
    ):
        tok = toks[k]
        if tok.word.isdigit() and k > seg_start and UNIT_NUMBER.match(text, tok.start):
            k += 1  # "Komandan Kodim 0618/Kota Bandung": a unit's number and its territory
            continue
        if (
            tok.word.isdigit()
            and k > seg_start
            and toks[k - 1].word in R.REGIONAL_BODY_WORDS
            and k + 1 < n
            and _adjacent(text, tok, toks[k + 1])
            and toks[k + 1].cap
        ):
            k += 1  # "Kepala Sekolah Dasar Negeri 060843 Medan": a school's number, then its town
            continue
        if tok.cap:
            hit = _gazetteer_at(text, toks, k, index)
            if hit and hit[0] > k + 1:
                k = hit[0]
                continue
        compound = k + 1 < n and STOP_WORD_COMPOUNDS.get(tok.word) == toks[k + 1].word
        named_after_month = (  # "Direktur … BI Juli Budi Winantya": a month that starts a name
            tok.word in CALENDAR_WORDS
            and k + 1 < n
            and _adjacent(text, tok, toks[k + 1])
            and _is_name_word(toks[k + 1])
        )
        if (tok.word in STOP_CAPITALISED and tok.word != "The" and not compound) or (
            tok.word in CALENDAR_WORDS and not named_after_month
        ):
            break
        if ORDINAL.match(tok.word) and k == seg_start:
            seg_start = k = k + 1  # "Presiden ke-7 RI Joko Widodo"
            continue
        if tok.cap or (tok.low in HONORIFICS and k + 1 < n and toks[k + 1].cap):
            k += 1
            continue
        if (
            tok.low in STRETCH_LINKS
            and k > seg_start
            and k + 1 < n
            and toks[k + 1].cap
            and _role_at(toks, k + 1) == k + 1  # "… dan Presiden Ghana X": a new title, a new stretch
        ):
            segments.append((seg_start, k))
            seg_start = k + 1
            k += 1
            continue
        break
    if k > seg_start:
        segments.append((seg_start, k))
    return segments, k


def _bracketed(text: str, toks: list[_Tok], k: int) -> bool:
    """True at "(Menkeu)" or right after it: a one-word bracket inside a role stretch."""
    before = text[toks[k - 1].end : toks[k].start]
    if before == " (":
        return k + 1 < len(toks) and text[toks[k].end : toks[k + 1].start] == ") "
    return before == ") " and k >= 2 and text[toks[k - 2].end : toks[k - 1].start] == " ("


def _bracket_opens(text: str, toks: list[_Tok], k: int) -> bool:
    """True at a one-word bracket right after a role ("Wakil Menteri Sosial (Wamensos), …")."""
    return text[toks[k - 1].end : toks[k].start] == " (" and (
        k + 1 >= len(toks) or text[toks[k].end : toks[k + 1].start].startswith(")")
    )


def _trailing_name(text: str, toks: list[_Tok], lo: int, hi: int, index: _Index) -> tuple[int, int]:
    """The run of name words that ends a segment, before any degrees (empty when there is none)."""
    while hi > lo and (DEGREE.match(toks[hi - 1].word) or _bracket_opens(text, toks, hi - 1)):
        hi -= 1  # degrees and a bracketed acronym after the name: "Bambang Suryadi (Bams)"
    k = hi
    while k > lo and hi - k < MAX_NAME_TOKENS:
        tok = toks[k - 1]
        if k < hi and not _adjacent(text, tok, toks[k]):
            break
        if not (
            _is_name_word(tok)
            or ((_is_initial(tok) or tok.word in ("I", "Ni")) and k < hi)
            or (k < hi and _given_name_opener(text, toks, k - 1))
        ):
            break
        if tok.word in ORG_PREFIXES or _role_at(toks, k - 1) > k - 1:
            break
        hit = _gazetteer_at(text, toks, k - 1, index)
        if hit and hit[2] != PERSON:
            break
        if any(
            (h := _gazetteer_at(text, toks, m, index)) and h[0] >= k and h[2] != PERSON
            for m in range(max(lo, k - 4), k - 1)
        ):
            break  # the word ends a known name ("Mahkamah Agung"), not a known person ("Xi Jinping")
        k -= 1
    if lo < k < hi and toks[k - 1].word in STREET_WORDS:
        return hi, hi  # "… di Gedung Gradhika Bhakti Praja": a building's name, no person
    while k > lo and k < hi and toks[k].word in R.NAME_PREFIXES and toks[k - 1].word in R.NAME_PREFIXES:
        k -= 1  # "Ni Luh Putu Ayu Lestari": Balinese openers run past the usual name length
    while hi - k > 1 and toks[k].low.rstrip(".") in HONORIFICS:
        k += 1  # "Drs. H. Sutrisno Mulyadi": "H." before a name is Haji, not an initial
    if (
        k < hi
        and toks[lo].word in ORG_PREFIXES
        and k <= lo + 1
        and _org_run(text, toks, lo) >= hi
        and not any(_gazetteer_at(text, toks, m, index) for m in range(lo + 1, k))
    ):
        for m in range(lo + 2, hi - 1):  # "PT Dhirga Surya" named alone elsewhere: the rest is a name
            org = _surface(text, toks, lo, m)
            if re.search(
                rf"{re.escape(org)}(?![ ]+[A-Z])\W", text[: toks[lo].start] + " " + text[toks[hi - 1].end :]
            ):
                return m, hi
        named_body = toks[lo].word in R.NAMED_BODY_HEADS and not (
            hi < len(toks)
            and (
                (_verb_like(toks[hi]) and toks[hi].low != INITIALS_CUE)
                or text[toks[hi - 1].end : toks[hi].start].startswith(",")
            )
        )  # "Direktur PT Karya Tirta Mandiri berinisial HS": the words name the company
        if hi - k >= 3 and not named_body:
            return k + 1, hi  # "Kepala Kejari Jember Ichwan Efendi": the place names the body
        return hi, hi  # "Partai Hanura", "PT Hutchison": the words belong to the organisation
    return k, hi


DOTTED_DEGREE = re.compile(r"(?:[A-Z][a-z]{0,2}\.){1,3}[A-Z][A-Za-z]{0,3}\b\.?(?![ ][A-Z][a-z])")
"""A degree written with dots after a name ("M.Si.", "Sp.PD", "S.H.", "Ph.D"): never a name."""


def _person_after_comma(text: str, toks: list[_Tok], end: int, index: _Index) -> tuple[int, int]:
    """The name set off by a comma after a role stretch ("Ketua Umum DPN Tani Merdeka, Don
    Muzakir menyampaikan"; "Direktur Jenderal X, Kementerian Perdagangan RI, Iqbal S. pun …"):
    its token span, empty when none is there."""
    n = len(toks)
    if end + 1 < n and _bracket_opens(text, toks, end) and text[toks[end].end : toks[end + 1].start] == "), ":
        end += 1  # "Direktur Eksekutif Lembaga X (LKEN), Fadli Hakim": the body's acronym, then the name
    for _ in range(2):
        if end >= n or not text[toks[end - 1].end : toks[end].start].endswith(", "):
            return end, end
        if text[toks[end - 1].end : toks[end].start].strip() not in (",", "),"):
            return end, end
        known = _gazetteer_at(text, toks, end, index)
        if known and known[2] == PERSON:
            return end, known[0]
        if not known:
            break
        end = known[0]  # known organisations or places between commas: look past them
        while end < n and _adjacent(text, toks[end - 1], toks[end]):
            more = _gazetteer_at(text, toks, end, index)
            if not more or more[2] == PERSON:
                break
            end = more[0]
        if end < n and _bracket_opens(text, toks, end):
            end += 1  # "…, Sulawesi Selatan (Sulsel), Budi Santoso"
    else:
        return end, end
    if DOTTED_DEGREE.match(text, toks[end].start):
        return end, end  # "…, M.Si.," after a name: a degree, no second person
    rank = end
    while rank + 1 < n and (
        toks[rank].low in R.RANKS
        or toks[rank].word in R.RANK_CORPS
        or toks[rank].word == "TNI"
        or toks[rank].low in NOBLE_TITLES  # "…, Pangeran Khalid …": the office stays the role
    ):
        rank += 1  # "…, AKBP Yuswanto Ardi,": the rank is a title
    if rank > end and _is_name_word(toks[rank]):
        end = rank
    if _role_at(toks, end) > end:
        return end, end
    while (
        end + 1 < n and toks[end].low.rstrip(".") in HONORIFICS and _adjacent(text, toks[end], toks[end + 1])
    ):
        end += 1  # "…, H. Abdul Rahman Laka,", "…, KH Ahmad Fauzan,": the honorific is no name
    initials = (  # "…, TH Baning Rahayujati di …": initials before the name
        end + 1 < n and toks[end].word.isupper() and len(toks[end].word) <= 3 and _is_name_word(toks[end + 1])
    )
    after = _name_run(text, toks, end + 1 if initials else end, index, allow_yang=False)
    if initials and after == end + 1:
        return end, end
    if after == end:
        return end, end
    follow = text[toks[after - 1].end : toks[after].start] if after < n else ""
    closed = follow.startswith(",") and bool(
        re.match(r",\s*(?!dan\b|serta\b|atau\b)[a-z(]", text[toks[after - 1].end :])
    )
    verb = (
        after < n
        and follow == " "
        and (toks[after].low in REPORT_WORDS or bool(VERBISH.match(toks[after].low)))
    )
    verb = verb or (
        after < n and follow == " " and toks[after].low in ("pun", "juga", "yang", *ADVERBIAL_OPENERS)
    )
    ends = (
        follow[:1] in (".", ",", ")", ";")
        or after >= n
        or bool(PERSON_ACRONYM.match(text, toks[after - 1].end))
    )
    if (after - end >= 2 and (ends or verb)) or (after > end and (closed or verb)):
        return end, after
    return end, end


def _title_capitalised(toks: list[_Tok], i: int) -> bool:
    """True when the role head (after modifiers such as "mantan") is written as a title."""
    j = i
    while j < len(toks) and (toks[j].low,) in MODIFIERS:
        j += 1
    return j < len(toks) and toks[j].cap


def _org_acronym(text: str, toks: list[_Tok], k: int, index: _Index) -> bool:
    """True when token k is an unknown organisation acronym ("DPN" in "Ketua Umum DPN Tani
    Merdeka, Don Muzakir"): capitalised words after it continue the organisation's name."""
    tok = toks[k]
    return (
        len(tok.word) >= 2
        and tok.word.isupper()
        and tok.word.isalpha()
        and _role_at(toks, k) == k
        and _gazetteer_at(text, toks, k, index) is None
    )


def _coordinated_after(text: str, toks: list[_Tok], k: int) -> bool:
    """True when "dan"/"serta" + a capitalised word follows token k: "Bidang Infrastruktur dan
    Pembangunan Kewilayahan" is an office, not a name."""
    return k + 1 < len(toks) and toks[k].low in ("dan", "serta") and toks[k + 1].cap


def _best_run(
    text: str, toks: list[_Tok], segments: list[tuple[int, int]], index: _Index
) -> tuple[int, int] | None:
    """The name a title stretch ends with: the first full name, moved on along segments joined by
    "dan"/"serta" ("Dirjen Integrasi Transportasi dan Multimoda Kemenhub Risal Wasal": the first
    segment names an office); segments after "di"/"dari"/"untuk" name places ("… di Gedung X")."""
    runs = [_trailing_name(text, toks, lo, hi, index) for lo, hi in segments]

    def full(run: tuple[int, int]) -> bool:
        return run[1] - run[0] >= 2 or (
            run[1] > run[0] and _gazetteer_at(text, toks, run[0], index) is not None
        )

    first = next((k for k, run in enumerate(runs) if full(run)), None)
    if first is None:
        return None
    k = first
    while (
        k + 1 < len(segments) and toks[segments[k + 1][0] - 1].low in ("dan", "serta") and full(runs[k + 1])
    ):
        k += 1
    return runs[k]


def _coordinated_head(text: str, toks: list[_Tok], i: int) -> int:
    """Where a title starts when another head is joined to it: "Direktur dan Corporate Secretary
    MCAS, X" is one title; i itself otherwise."""
    if i < 2 or toks[i - 1].low not in ("dan", "serta") or not _adjacent(text, toks[i - 2], toks[i - 1]):
        return i
    for j in range(max(0, i - 4), i - 1):
        if _role_at(toks, j) == i - 1 and toks[j].cap == toks[i].cap:
            return j
    return i


def _field_words(text: str, toks: list[_Tok], j: int) -> int:
    """Past the lower-case words that qualify a role head and the link after them, when a
    capitalised stretch follows: "pengamat film | Dewi Larasati", "Dokter spesialis anak di |
    Rumah Sakit X, dr. Y"; j itself when none do."""
    k, n = j, len(toks)
    while (
        k < n
        and k - j < R.MAX_FIELD_WORDS
        and k > 0
        and _adjacent(text, toks[k - 1], toks[k])
        and toks[k].word.isalpha()
        and toks[k].word.islower()
        and toks[k].low not in R.FIELD_WORD_STOPS
        and toks[k].low not in REPORT_WORDS
        and (not VERBISH.match(toks[k].low) or toks[k].low in R.PREFIXED_NON_VERBS)
    ):
        k += 1
    if k == j or k >= n:
        return j
    if toks[k].low in STRETCH_LINKS and k + 1 < n and _adjacent(text, toks[k], toks[k + 1]):
        k += 1  # "… di Rumah Sakit X"
    return k if _adjacent(text, toks[k - 1], toks[k]) and toks[k].cap else j


def _role_person(text: str, toks: list[_Tok], i: int, head_end: int, index: _Index) -> _Found | None:
    """The person a role names: "Menteri Luar Negeri Rusia Sergei Lavrov", "Kasat Reskrim Polres X
    AKP Yasir", "Presiden China, Xi Jinping", "Pendiri Facebook, Mark Zuckerberg"."""
    if i > 0 and (
        toks[i - 1].word in STREET_WORDS
        or toks[i - 1].word in ORG_PREFIXES
        or toks[i - 1].word in R.DOCUMENT_WORDS
    ):
        return None  # "Jalan Jenderal Sudirman" is a street, "Kantor Gubernur" an office
    head_end = _field_words(text, toks, head_end)
    segments, end = _stretch(text, toks, head_end, index)
    runs = [_trailing_name(text, toks, lo, hi, index) for lo, hi in segments]
    runs = [(a, b) for a, b in runs if b > a]
    best = _best_run(text, toks, segments, index)
    known_best = best is not None and _gazetteer_at(text, toks, best[0], index) is not None
    org_tail = best is not None and best[0] > head_end and _org_acronym(text, toks, best[0] - 1, index)
    if end > head_end or (head_end - i >= 2 and _title_capitalised(toks, i)):
        # after a stretch, or right after a title of several words ("Menteri Koordinator Bidang
        # Politik, Hukum, dan Keamanan, Laksamana TNI (Purn) Haris Munandar")
        first, after = _person_after_comma(text, toks, end, index)
        subject = after > first and after < len(toks) and _verb_like(toks[after])
        apposed = (
            after > first
            and after < len(toks)
            and (
                text[toks[after - 1].end : toks[after].start].startswith(",")
                or toks[after].low in ADVERBIAL_OPENERS
            )
        )
        if after > first and (best is None or org_tail or ((subject or apposed) and not known_best)):
            role = _surface(text, toks, _coordinated_head(text, toks, i), end)
            name = _surface(text, toks, first, after)
            return _Found(toks[first].start, toks[after - 1].end, name, PERSON, None, role, 2)
    if (
        best is None
        and runs
        and _title_capitalised(toks, i)
        and not _coordinated_after(text, toks, runs[0][1])
        and not toks[runs[0][0]].low.endswith(("kan", "lah"))  # "Mensos Temukan …": a verb
        and toks[runs[0][0] - 1].word not in PLACE_HEADS  # "Ketua Kelompok Tani X di Desa Y": a place
        and not (
            runs[0][1] < len(toks) and toks[runs[0][1]].low in ("itu", "ini", "tersebut")
        )  # "CEO Tesla itu"
        and not (
            runs[0][0] > head_end and _org_acronym(text, toks, runs[0][0] - 1, index)
        )  # "Ketua DPRD Bantaeng"
    ):
        best = runs[0]  # a single name only after a capitalised title: "AKP Yasir", "Presiden Jokowi"
    if best is None:
        return None
    a, b = best
    b = _name_links_after(text, toks, b)
    bracketed = text[toks[a - 1].end : toks[a].start].startswith(")")  # "Badan X (BSN) Ratna Sari Dewi"
    regional = any(t.word in R.REGIONAL_BODY_WORDS for t in toks[head_end : a - 1])
    defined = a > 0 and f" ({toks[a - 1].word})" in text[: toks[a - 1].start]  # "… Watch (ICW)" earlier
    if (
        b - a >= 3
        and a > head_end
        and not defined
        and ((_org_acronym(text, toks, a - 1, index) and not bracketed) or (bracketed and regional))
    ):
        a += 1  # "Ketua DPRD Bantaeng Budi Santoso": the region follows the body's acronym
    role_end = a
    while role_end > i and toks[role_end - 1].low.rstrip(".") in HONORIFICS:
        role_end -= 1  # "Bupati Sleman Drs. H. Sutrisno": honorifics belong to neither
    earlier = [r for r in runs if r[1] < a and r[1] - r[0] >= 2]
    if earlier and text[toks[earlier[-1][1] - 1].end : toks[a].start] in (" dan ", " serta "):
        role_end = earlier[-1][0]  # "… Rusia Andrey Rudenko dan Sergey Vershinin": one title, two people
    title = (
        _surface(text, toks, _coordinated_head(text, toks, i), max(role_end, head_end))
        if role_end > i
        else None
    )
    if title is not None and title.count("(") > title.count(")"):
        title += ")"  # "Kolonel Laut (P)": the corps letter's bracket closes the title
    return _Found(toks[a].start, toks[b - 1].end, _surface(text, toks, a, b), PERSON, None, title, 2)


INITIALS_CUE = "berinisial"
"""The verb that gives a person's initials after an office ("Direktur PT X berinisial HS"): the
words before it name the office, not the person."""


STREET_WORDS: frozenset[str] = frozenset(
    {
        "Jalan",
        "Jl",
        "Jln",
        "Gang",
        "Gg",
        "Lapangan",
        "Stadion",
        "Bandara",
        "Istana",
        "Gedung",
        "Wisma",
        "Kediaman",
    }
)
"""Words before a title that make it part of a place name ("Jalan Jenderal Sudirman")."""


PERSON_ACRONYM = re.compile(r" \(([A-Z]{2,6}|(?:Gus |Cak |Kang |Bung )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)")
"""The acronym a person is known by, in brackets after the full name: "… Yudhoyono (AHY)"."""


MAX_ROLE_DISTANCE = 14
"""How many words a role may stand before the name it introduces across a comma."""


def _sentence_role(text: str, toks: list[_Tok], i: int) -> str | None:
    """For ", NAME," after a role in the same clause ("Kepala Seksi Humas PT X, Eka Asmadi,
    mengatakan"; "Menurut pengamat otomotif dari Institut X, Yannes Pasaribu, ada …"), that role.
    The words between the role and the name hold no verb; None otherwise."""
    if not text[toks[i - 1].end : toks[i].start].endswith(", "):
        return None
    k = i - 1
    while k >= 0 and i - k <= MAX_ROLE_DISTANCE:
        if k + 1 < i and any(c in text[toks[k].end : toks[k + 1].start] for c in '.\n;:"“”'):
            return None
        if (
            VERBISH.match(toks[k].low)
            and not toks[k].word.startswith("Di")  # "(Disdikpora)", "Direktorat": offices, not verbs
            and toks[k].low not in ROLE_FIRST_WORDS
            and toks[k].low not in R.PREFIXED_NON_VERBS
        ):
            return None
        head_end = _role_at(toks, k)
        if head_end > k or toks[k].low in CLAUSE_ROLE_NOUNS:
            k = _role_opening(text, toks, k, i)
            role = text[toks[k].start : toks[i - 1].end].rstrip(" ,")
            return role + ")" if role.count("(") > role.count(")") else role  # "… Air (PSA)"
        k -= 1
    return None


def _role_opening(text: str, toks: list[_Tok], k: int, i: int) -> int:
    """The first role head of the phrase whose head at k is nearest the name at i: "Pelatih kepala
    tim", "Direktur Jenderal …", "Ketua tim peneliti" (no comma, stop or verb in between)."""
    j = k - 1
    while j >= 0 and i - j <= MAX_ROLE_DISTANCE and _adjacent(text, toks[j], toks[j + 1]):
        if VERBISH.match(toks[j].low) and toks[j].low not in ROLE_FIRST_WORDS:
            break
        if _role_at(toks, j) > j:
            k = j
        j -= 1
    return k
