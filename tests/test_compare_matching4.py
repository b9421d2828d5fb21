"""Matching rules written from the misses of hold-out sets t and u (session 6), each on two
differently worded inputs (invented wording), and the blind labelled pairs of t and u."""
from __future__ import annotations

import pytest

from corpus_tools.circulars import comparable
from corpus_tools.compare import compare_documents
from corpus_tools.settings import resolve
from tests.circulars import matching
from tests.test_circulars_matching import aligned
from tests.test_compare import clause, document, rows_of


def vocab_roles():
    s = resolve(None)
    return s.component("compare.vocabulary"), s.component("compare.roles")


# --- the blind labelled pairs of sets t and u --------------------------------------------------

@pytest.mark.parametrize("name, pairs_min, precision, recall", [
    # first run (session-5 matcher): t 0.750 / 0.667, u 0.905 / 0.591
    ("holdout_t_pairs.jsonl", 130, 0.9, 0.75),
    ("holdout_u_pairs.jsonl", 95, 0.9, 0.75),
])
def test_gold_clause_pairs_of_sets_t_and_u(name, pairs_min, precision, recall):
    s = matching.run(matching.load_pairs(name))
    assert s["pairs"] >= pairs_min
    assert s["precision"] >= precision and s["recall"] >= recall, (s["wrong"], s["missed"])
    assert s["none_clean"] == s["none_pairs"], s["wrong"]


# --- the act, not its circumstance -------------------------------------------------------------

@pytest.mark.parametrize("text", ["jangan memakai jaket organisasi waktu ikut kampanye",
                                  "dilarang membawa anak-anak sekolah ketika ikut kampanye terbuka"])
def test_an_act_named_in_a_circumstance_is_not_the_clause_act(text):
    rows, _ = aligned(text, cue="dilarang")
    assert "PP94-5n1" not in rows and "SKB-12" not in rows, sorted(rows)


@pytest.mark.parametrize("text, item", [
    ("dilarang menjadi anggota tim sukses pasangan calon, sekalipun calon itu kerabat sendiri", "SKB-9"),
    ("dilarang memasang baliho bakal calon di rumah dinas kalau masa kampanye sudah dimulai", "SKB-1"),
])
def test_a_trailing_circumstance_does_not_hide_the_act(text, item):
    rows, _ = aligned(text)
    assert item in rows, sorted(rows)


# --- spouses: an item that says who binds only clauses that say it too ------------------------

@pytest.mark.parametrize("text", ["Pegawai boleh menghadiri kampanye terbuka untuk mendengar visi dan misi",
                                  "ASN diperbolehkan datang menghadiri kampanye akbar sebagai warga biasa"])
def test_a_general_permission_is_not_the_spouse_permission(text):
    rows, _ = aligned(text, kind="permission", cue="boleh")
    assert not [b for b in rows if b.startswith("PERM-18")], sorted(rows)


@pytest.mark.parametrize("actor, text", [
    ("ASN yang suaminya mencalonkan diri", "boleh menghadiri kegiatan kampanye yang diadakan oleh suaminya"),
    ("Pegawai tersebut", "diizinkan menghadiri kampanye yang digelar istrinya"),
])
def test_a_permission_naming_the_spouse_is_the_spouse_permission(actor, text):
    rows, _ = aligned(f"{actor} {text}", kind="permission", cue="boleh", actor=actor)
    assert "PERM-18b" in rows, sorted(rows)


# --- two clauses restating two parts of one compound item --------------------------------------

@pytest.mark.parametrize("first, second", [
    ("mengomentari atau menyukai konten akun pemenangan calon", "bergabung dalam grup pemenangan calon"),
    ("memberi tanda suka dan membagikan unggahan akun pemenangan bakal calon",
     "mengikuti grup WhatsApp tim pemenangan"),
    # known miss: "mengunggah ... di media sosial" opens like SKB-7's part "memposting pada media
    # sosial foto bersama ..." and the item's own text passing first hides SKB-6's better part
    pytest.param("mengunggah, mengomentari atau menyukai konten akun pemenangan calon di media sosial",
                 "bergabung dalam grup pemenangan calon", marks=pytest.mark.xfail(strict=True)),
])
def test_two_clauses_on_two_parts_of_one_item_both_attest_it(first, second):
    doc = document("p", [clause("p", 1, first), clause("p", 2, second)], number="800/5/BKD/2024")
    circ = compare_documents([doc])["circulars"][0]
    row = rows_of(circ)["SKB-6"]
    attested = {a for c in circ["clauses"] if c["id"] in row["matched"] for a in c["attested_by"]}
    assert attested == {"p:001", "p:002"}, row
    assert "split" in row["changes"]


@pytest.mark.parametrize("text", ["Mengikuti grup media sosial tim pemenangan",
                                  "dilarang follow akun pemenangan bakal calon di Instagram"])
def test_a_part_opening_with_alternative_acts_takes_either(text):
    rows, _ = aligned(text)
    assert "SKB-6" in rows, sorted(rows)


# --- words: OCR, colloquial verbs, gestures -----------------------------------------------------

def test_ocr_rn_for_m_is_read_at_the_start_of_a_word_only():
    vocab, _ = vocab_roles()
    assert vocab.fold("rnenjadi anggota") == "menjadi anggota"
    assert vocab.fold("Tidak rnemasang spanduk") == "tidak memasang spanduk"
    assert vocab.fold("gubernur modern") == "gubernur modern"


@pytest.mark.parametrize("text, item", [
    ("rnenjadi anggota tim sukses pasangan calon", "SKB-9"),
    ("Tidak rnemasang spanduk atau baliho bakal calon", "SKB-1"),
])
def test_an_ocr_misread_clause_aligns(text, item):
    rows, _ = aligned(text)
    assert item in rows, sorted(rows)


@pytest.mark.parametrize("text, items", [
    ("Jadi tim kampanye atau tim sukses caleg", {"SKB-9"}),
    ("jadi relawan pemenangan capres", {"SKB-9"}),
    ("Bikin keputusan yg untungkan salah satu peserta pemilu", {"SKB-11", "PP94-5n5", "UU10-71(1)"}),
    ("bikin kebijakan yang menguntungkan salah satu pasangan calon", {"SKB-11", "PP94-5n5", "UU10-71(1)"}),
])
def test_colloquial_verbs_name_the_act(text, items):
    rows, _ = aligned(text)
    assert items & set(rows), sorted(rows)


@pytest.mark.parametrize("text", ["jangan berfoto dengan simbol nomor urut",
                                  "dilarang berfoto sambil mengacungkan jari bersama bakal calon"])
def test_a_gesture_of_support_in_a_photo_is_skb7(text):
    rows, _ = aligned(text)
    assert "SKB-7" in rows, sorted(rows)


# --- the lead extraction cut at the clause's cue -----------------------------------------------

@pytest.mark.parametrize("text, normalized, actor", [
    ("Dosen serta tenaga kependidikan berstatus ASN dilarang menjadi pengurus partai politik",
     "menjadi pengurus partai politik", "dosen"),
    ("Guru honorer di sekolah negeri dilarang memasang baliho calon", "memasang baliho calon", "Guru honorer"),
])
def test_a_lead_naming_who_is_bound_is_cut_at_the_cue(text, normalized, actor):
    vocab, roles = vocab_roles()
    assert comparable(text, normalized, "dilarang", vocab, roles, actor) == normalized


@pytest.mark.parametrize("text, normalized", [
    ("Jaket almamater jangan dipakai waktu ikut kampanye", "dipakai waktu ikut kampanye"),
    ("Mobil dinas tidak boleh dipinjamkan kepada tim sukses", "dipinjamkan kepada tim sukses"),
])
def test_a_thing_before_a_passive_cue_stays_in_the_clause(text, normalized):
    vocab, roles = vocab_roles()
    cue = "jangan" if "jangan" in text else "tidak boleh"
    out = comparable(text, normalized, cue, vocab, roles, "pegawai")
    assert out.split()[0] in ("jaket", "mobil"), out


# --- a duty whose addressee is only in its words ------------------------------------------------

@pytest.mark.parametrize("text", ["Kepala OPD mengawasi bawahan masing-masing",
                                  "Kepala perangkat daerah melakukan pengawasan terhadap pegawainya"])
def test_a_duty_naming_its_addressee_in_its_words_is_the_duty(text):
    rows, _ = aligned(text, kind="obligation", cue="wajib", actor=None)
    assert "DUTY-3" in rows, sorted(rows)


@pytest.mark.parametrize("text", ["Seluruh ASN mengawasi rekan kerjanya masing-masing",
                                  "Kepala desa melakukan pengawasan terhadap perangkat desa"])
def test_the_same_duty_for_other_people_is_not_the_duty(text):
    rows, _ = aligned(text, kind="obligation", cue="wajib", actor=None)
    assert "DUTY-3" not in rows, sorted(rows)


# --- cost: phrases tried only where their first word stands gives the same text -------------------

@pytest.mark.parametrize("text", [
    "asn dilarang me-like, men-share dan memberi like unggahan calon di facebook",
    "pegawai tidak boleh ikut serta sebagai tim sukses; dan/atau memakai mobil dinas",
    "jangan foto bersama cagub dengan simbol jari atau kode jari di tiktok",
    "(ktp) fotocopy, di perbolehkan menghadiri kegiatan kampanye",
])
def test_phrase_replacement_equals_trying_every_phrase(text):
    from corpus_tools.circulars import _replace_phrases
    vocab, _ = vocab_roles()
    for table in (vocab.variants, vocab.concepts):
        naive = text
        for pattern, repl, _first in table:
            if pattern.search(naive):
                naive = pattern.sub(repl, naive)
        assert _replace_phrases(text, table) == naive


# --- a shortened restatement lies wholly inside the item --------------------------------------------

@pytest.mark.parametrize("text", ["dilarang mengumpulkan masyarakat untuk dukung-mendukung calon",
                                  "dilarang mengumpulkan warga desa untuk mendukung calon"])
def test_scattered_words_of_an_item_are_no_shortened_restatement(text):
    rows, _ = aligned(text, actor="Kepala kampung")
    assert "SKB-10" not in rows, sorted(rows)


@pytest.mark.parametrize("text, item", [("menjadi anggota tim ahli atau tim pemenangan", "SKB-9"),
                                        ("mengumpulkan fotokopi KTP untuk dukungan calon perseorangan", "SKB-10")])
def test_a_restatement_inside_the_item_still_aligns(text, item):
    rows, _ = aligned(text)
    assert item in rows, sorted(rows)
