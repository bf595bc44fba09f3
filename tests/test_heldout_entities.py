"""Generalisation of the entity stage: invented articles hand-labelled before the system saw them.

``tests/fixtures/heldout_entities.json`` holds invented Indonesian news articles (no real text) over
politics, regional government, police and courts, economy and companies, sport, health, international
news, disasters, education and corruption, with every person, organisation and place labelled:
canonical ``name`` (``accept`` lists other acceptable canonical forms: "Garut" for "Kabupaten Garut"),
``type``, ``aliases`` (other forms the text uses: a surname, an acronym, "Menkeu"), ``role`` as the text
states it, and ``optional`` for entities neither required nor wrong, whatever type they get (a dateline
city, "DPP PARN", "Istana Kepresidenan" as a place or a body).
``not_entities`` lists words that look like names and are not ("Tuhan", "Covid-19", "Kamis").

Scores (a predicted entity matches a gold one when its name is the gold name or an accepted form,
case and punctuation aside, and its type is the gold type; one to one):

- precision / recall of (canonical name, type);
- alias recall: of the gold aliases of matched entities, those the prediction carries (as an alias or
  as the text of one of its mentions);
- role accuracy: of the matched entities whose role the text states, those whose ``role`` is it;
- false names: ``not_entities`` predicted as the name (or alias) of an entity.

Batch 1 (e01–e10, 136 labelled entities) was labelled before warta ever ran on it.
``PYTHONPATH=src:tests python tests/test_heldout_entities.py`` prints the figures with every miss.

Batch 2 (f01–f06, 73 labelled entities) was written and labelled after round 1 of fixes (made for
batch 1's misses), before the system ran on it: its "before" column is the generalisation figure.

Batch 3 (g01–g05, 55 labelled entities) was written and labelled after round 2 (made for batch 2's
misses and for what a look at 60 real detik articles showed), before the system ran on it.

=================  ==========  ==========  ==========  ==========  ==========
figure             b1 before   b1 round 1  b2 before   b2 round 2  b3 before
=================  ==========  ==========  ==========  ==========  ==========
precision            0.780       0.973       0.914       1.000       0.933
recall               0.623       0.956       0.841       1.000       0.875
F1                   0.693       0.965       0.876       1.000       0.903
alias recall         0.853       0.950       0.889       0.923       1.000
role accuracy        0.862       0.967       0.737       0.850       0.923
false names            2           1           0           0           0
=================  ==========  ==========  ==========  ==========  ==========

"b1 before" is the stage as it stood when batch 1 was labelled (71 found, 20 extra, 43 missed): the
misses were mostly regional units and their governments ("Kabupaten Garut", "Kecamatan Cikajang",
"Pemkot Bandung"), organisation names that kept their bracketed acronym as part of the name, people
with no role or reporting verb near them (athletes, a judge) and police ranks. Round 1 (regional
heads, bracketed acronyms as aliases, initials, more places and known bodies, ranks, Balinese and
abbreviated given names) fitted batch 1; on unseen batch 2 it scores 13 points of recall and 18 of
F1 above batch 1's before figure. After round 2, unseen batch 3 scores F1 0.903 (recall 0.875): the
generalisation figures are the "before" columns of batches 2 and 3, not the fitted ones.

Batch 4 (h01–h04, 41 labelled entities) was written and labelled after round 3, before the system
ran on it. Its first run: precision 0.968, recall 0.833, F1 0.896, alias recall 0.778, role
accuracy 0.700, no false names (misses: brand names with no cue, "Gus"/"Mbah" before names, the
Yogyakarta "Kalurahan", a unit number in a title "Kodim 0618/Kota Bandung").

AFTER round 4 (made for batch 4's misses: brands, "Gus"/"Mbah", "Kalurahan", unit numbers, a known
person after a title), over all 25 articles (305 labelled entities, 261 required): precision 0.996,
recall 0.992, F1 0.994, alias recall 0.962, role accuracy 0.934, no false names (with the Malay
"Dato'"/"Datuk Seri" as honorifics); pinned in
``tests/floors.json`` (``heldout_entities_*``). These are fitted figures; the honest ones are the
first runs of batches 2, 3 and 4 (F1 0.876, 0.903, 0.896). What still fails: doubles partners
after "pasangan Jepang, X/Y"; a one-word name after an institution
word inside a comma-separated office ("… Pendidikan Anak Usia Dini, …" yields "Dini"); roles
holding commas ("Kepala Dinas Pertanian, Ketahanan Pangan, dan Perikanan (DPKPP) Klaten");
lower-case descriptions that are not offices ("terdakwa kasus korupsi …", "Seorang warga Desa X,
NAME"); the short form of a company ("Kirim Cepat") and a Balinese call name ("Ayu").

Batch 5 (i01–i07, 122 labelled entities, 108 required) was written and labelled after round 4,
committed before the system ran on it: banking (a state bank's registered name, "BNI", "Bank BNI";
"Co-President"; "Ibu NAME, perajin …"), badminton doubles ("pasangan Korea Selatan, Kim
Min-jun/Park Seo-jin") and football (a stadium named after a person, a nickname in quotes), regional
politics (an office with commas in its name, "Pendidikan Anak Usia Dini (PAUD)", "melantik X sebagai
Penjabat (Pj) Wali Kota Y"), a court (Batak and Chinese names), a Balinese flood, dengue in Kupang and
a company's "PT X (Persero) Tbk atau Y". Its first run: precision 0.902, recall 0.769, F1 0.830,
alias recall 0.846, role accuracy 0.727, one false name ("UMKM" as an organisation). One label was
corrected after that run: the optional "TNI" lacked its spelled-out form as an accepted name
(with it the first run's precision is 0.911).

Round 5 (general rules, as data in ``lang/id/name_cues.py``, ``roles.py`` and ``regions.py``):
doubles pairs after a pair cue; an office's list of fields holds commas ("Kepala Dinas Pendidikan,
Pemuda dan Olahraga X", so "Anak Usia Dini" yields no "Dini"); a capitalised acronym is no verb
that cuts a role; a nickname in quotes inside a name; "X sebagai ROLE"; Balinese openers make a
person; "warga X, NAME (52)," gives the role; a company's "atau" name and its short form without a
generic last word ("Kirim Cepat", "Telkom"); "Co-President", "prakirawan", "perajin" as roles;
UMKM/PAUD spelled out are no organisations; Kawasan, Gedung, Lapangan, Banjar head places; venues
named after people ("Stadion Kapten I Wayan Dipta"); "Axiata Arena"; "KUALA LUMPUR -"; "NTT Data
Corporation". After it, batch 5: P 1.000, R 0.972, F1 0.986, alias recall 0.941, role accuracy
1.000; all 32 articles (369 required): P 1.000, R 0.992, F1 0.996, alias recall 0.964, role
accuracy 0.990, no false names (fitted figures; the honest one is batch 5's first run). Still
missed: an office named only inside a role with an acronym that does not spell it ("Dinas
Pendidikan, Pemuda dan Olahraga (Disdikpora)"), a country inside "Pemerintah Australia", a hospital
named after a person with initials ("RSUD Prof. Dr. W. Z. Johannes"), acronyms inside a longer
mention as aliases ("DPRD" in "Dewan Perwakilan Rakyat Daerah (DPRD) Kota Semarang").

Batch 6 (j01–j05, 72 labelled entities, 54 required) was written and labelled after round 5 and
committed before the system ran on it: a rail accident ("PT Kereta Api Indonesia (Persero)" /
"PT KAI" / "KAI", a Bugis "Andi", "Capt. Ir."), security politics ("Menteri Koordinator Bidang
Politik, Hukum, dan Keamanan, Laksamana TNI (Purn) X", "binti"), badminton doubles and football
(a nickname in plain double quotes, "Daeng"), the hajj (Buton "La Ode", "bin", a Chinese-Indonesian
surname) and a drugs case (a Karo "Br", "Malaysia-Aceh", a school's number in a title). Its first
run, the generalisation figure of round 5: precision 0.920, recall 0.852, F1 0.885, alias recall
0.889, role accuracy 0.786, no false names. Two labels were completed after that run (the optional
"RI" accepts "Indonesia"; two sub-offices named inside titles are optional), which leaves the first
run's figures as they are.

Round 6 (for batch 6's misses, and checked on 700 real news texts against the stage at session
start): a multi-word title right before ", NAME" titles that name; "Capt." is an honorific; a
school's number inside a title; "Daeng", "bin", "Br" do not count towards a name's length and make
a run a person; "Bapak X (97), jemaah …" gives the role; "Stasiun" heads a place unless an acronym
owns it ("BMKG Stasiun X"); two known places joined by a hyphen; buildings, zones and stations yield
to a body or place named inside them ("Gedung DPR"); a regional office's acronym with its place
("BPBD Gianyar", "BNNP Sumut") is one mention; bracketed acronyms up to 15 letters. After it, all
37 articles (423 required entities): P 1.000, R 0.993, F1 0.996, alias recall 0.977, role accuracy
0.992, no false names (fitted; the honest figures are the first runs: batch 5 F1 0.830, batch 6 F1
0.885). Pinned in ``heldout_entities_batch5_*``, ``heldout_entities_batch6_*`` and
``heldout_entities_all_*``.

Batch 7 (k01–k05, 54 labelled entities, 47 required) was written and labelled after round 6 and
committed before the system ran on it: diplomacy ("Menteri Luar Negeri Arab Saudi, Pangeran
Khalid bin …"), a university (a vice-rector's title with commas, a ministry whose name holds
commas, a nickname), food prices ("Ibu X (48)" as a trader, "Teuku"), a traffic accident ("Dedi
alias Ucok (41)", "RSUD Sayang Cianjur" / "RSUD Sayang", "Dishub Cianjur") and music awards
("Penyanyi Solo Wanita Terbaik", a band called "Sore Hari"). Its first run, the generalisation
figure of round 6: precision 0.891, recall 0.872, F1 0.882, alias recall 0.857, role accuracy
0.875, no false names. Round 7 (noble titles after a title, superlatives, trade nouns before
", NAME", "alias", a title before a nicknamed name, a dinas's acronym with its region, an office
named without its region, no mentions inside an award category) brings batch 7 to P 1.000, R
0.915, F1 0.956, alias recall 1.000, role accuracy 1.000, and all 42 articles (470 required) to P
1.000, R 0.987, F1 0.994, alias recall 1.000, role accuracy 0.993; still missed in batch 7:
organisations known only by name ("Migrant Care", "Liga Arab", the band "Sore Hari") and "Center
of Reform on Economics (CORE)", whose acronym takes a lower-case word's letter. The first runs
of batches 2 to 7 (F1 0.876, 0.903, 0.896, 0.830, 0.885, 0.882) are the honest generalisation
figures: each round fixes its batch, and the next unseen batch scores about 0.88.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conftest import floor
from scoring import Counts, labelled_article, load_articles, norm, score_labelled
from warta.records import Entity
from warta.stages.entities import extract_entities

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "heldout_entities.json"


def _load() -> list[dict[str, Any]]:
    return load_articles(FIXTURE)


def _role_norm(value: str | None) -> str:
    """A role without bracketed acronyms: "Rektor Universitas X (UX)" reads as "Rektor Universitas X"."""
    return norm(re.sub(r"\s*\([^)]*\)", "", value or ""))


@dataclass
class Scores(Counts):
    """Name-and-type counts over the held-out set, with those of aliases, roles and false names."""

    alias_ok: int = 0
    alias_total: int = 0
    role_ok: int = 0
    role_total: int = 0
    false_names: int = 0

    @property
    def alias_recall(self) -> float:
        return self.alias_ok / max(1, self.alias_total)

    @property
    def role_accuracy(self) -> float:
        return self.role_ok / max(1, self.role_total)


def _names(gold: dict[str, Any]) -> set[str]:
    return {norm(gold["name"]), *(norm(a) for a in gold.get("accept", ()))}


def _match(golds: list[dict[str, Any]], predicted: list[Entity]) -> dict[int, int]:
    """Gold index -> predicted index, one to one, by name form and type."""
    pred_of: dict[int, int] = {}
    used: set[int] = set()
    for j, gold in enumerate(golds):
        for k, pred in enumerate(predicted):
            typed = pred.type == gold["type"] or gold.get("optional")  # optional: any type
            if k not in used and typed and norm(pred.name) in _names(gold):
                pred_of[j] = k
                used.add(k)
                break
    return pred_of


def _score_article(article: dict[str, Any], scores: Scores) -> None:
    art = labelled_article(article)
    text = art.text
    predicted = extract_entities(art)
    golds: list[dict[str, Any]] = article["entities"]
    pred_of = _match(golds, predicted)
    tag = article["id"]
    for j, gold in enumerate(golds):
        if j not in pred_of:
            if not gold.get("optional"):
                scores.fn += 1
                scores.misses.append(f"{tag} MISSED {gold['type']:6} {gold['name']!r}")
            continue
        pred = predicted[pred_of[j]]
        if gold.get("optional"):
            continue
        scores.tp += 1
        forms = {norm(a) for a in pred.aliases} | {norm(text[m.start : m.end]) for m in pred.mentions}
        for alias in gold.get("aliases", ()):
            scores.alias_total += 1
            if norm(alias) in forms:
                scores.alias_ok += 1
            else:
                scores.misses.append(f"{tag} ALIAS  {alias!r} of {gold['name']!r} (has {sorted(forms)})")
        if gold.get("role"):
            scores.role_total += 1
            roles = {_role_norm(r) for r in (gold["role"], *gold.get("role_accept", ()))}
            if _role_norm(pred.role) in roles:
                scores.role_ok += 1
            else:
                scores.misses.append(f"{tag} ROLE   {pred.role!r} for {gold['name']!r} ({gold['role']!r})")
    matched = set(pred_of.values())
    for k, pred in enumerate(predicted):
        if k not in matched:
            scores.fp += 1
            scores.misses.append(f"{tag} EXTRA  {pred.type:6} {pred.name!r} aliases {list(pred.aliases)}")
    bad = {norm(n) for n in article["not_entities"]}
    for pred in predicted:
        hits = bad & {norm(pred.name), *(norm(a) for a in pred.aliases)}
        if hits:
            scores.false_names += 1
            scores.misses.append(f"{tag} FALSE  {pred.name!r} ({sorted(hits)})")


def score(batch: int | None = None) -> Scores:
    """Scores of :func:`extract_entities` over the held-out set (or one batch of it)."""
    return score_labelled(_load(), _score_article, Scores(), batch)


@pytest.fixture(scope="module")
def scores() -> Scores:
    return score()


def test_labels_are_in_the_text() -> None:
    for article in _load():
        text = "\n\n".join(article["paragraphs"])
        for gold in article["entities"]:
            assert gold["type"] in ("PERSON", "ORG", "PLACE")
            forms = [gold["name"], *gold.get("accept", ())]
            assert any(f.casefold() in text.casefold() for f in forms), (article["id"], gold["name"])
            for alias in gold.get("aliases", ()):
                assert alias in text, (article["id"], alias)
        for term in article["not_entities"]:
            assert term in text, (article["id"], term)


def test_heldout_entity_precision_and_recall(scores: Scores) -> None:
    assert scores.precision >= floor("heldout_entities_precision_min"), scores.misses
    assert scores.recall >= floor("heldout_entities_recall_min"), scores.misses


def test_heldout_entity_aliases_and_roles(scores: Scores) -> None:
    assert scores.alias_recall >= floor("heldout_entities_alias_recall_min"), scores.misses
    assert scores.role_accuracy >= floor("heldout_entities_role_accuracy_min"), scores.misses


def test_words_that_look_like_names_are_no_entities(scores: Scores) -> None:
    assert scores.false_names <= floor("heldout_entities_false_names_max"), scores.misses


BATCH_FLOORS = {
    5: ("precision", "recall", "alias_recall", "role_accuracy"),
    6: ("precision", "recall", "alias_recall", "role_accuracy"),
    7: ("precision", "recall", "role_accuracy"),
}
"""The figures each later batch keeps (batch N was written after round N - 1; batch 7 has no alias
floor)."""


@pytest.mark.parametrize("batch", sorted(BATCH_FLOORS))
def test_heldout_entity_batch_keeps_its_figures(batch: int) -> None:
    """Each later batch keeps the figures it reached after its own round of rules."""
    result = score(batch)
    for measure in BATCH_FLOORS[batch]:
        key = f"heldout_entities_batch{batch}_{measure}_min"
        assert getattr(result, measure) >= floor(key), (measure, result.misses)


def test_heldout_entity_f1_and_roles_over_all(scores: Scores) -> None:
    from conftest import floor

    assert scores.f1 >= floor("heldout_entities_all_f1_min"), scores.misses
    assert scores.role_accuracy >= floor("heldout_entities_all_role_accuracy_min"), scores.misses
    assert scores.alias_recall >= floor("heldout_entities_all_alias_recall_min"), scores.misses


def _summary(result: Scores) -> str:
    return (
        f"P {result.precision:.3f} R {result.recall:.3f} F1 {result.f1:.3f} "
        f"(tp {result.tp} fp {result.fp} fn {result.fn}); "
        f"alias recall {result.alias_recall:.3f} ({result.alias_ok}/{result.alias_total}); "
        f"role accuracy {result.role_accuracy:.3f} ({result.role_ok}/{result.role_total}); "
        f"false names {result.false_names}"
    )


if __name__ == "__main__":
    result = score()
    print("\n".join(result.misses))
    batches = sorted({a.get("batch", 1) for a in _load()})
    for number in batches:
        print(f"batch {number}: {_summary(score(number))}")
    print(f"all: {_summary(result)}")
    sys.exit(0)
