"""A noun of rule whose predicate lists the acts, after a reporting frame ("Camat merinci,
larangan ... antara lain A, B, serta C") or in its reduplicated plural ("larangan-larangan"):
one clause per act, as when the noun opens the sentence."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,kind,acts", [
    ("Sekretaris daerah merinci, larangan-larangan dalam edaran itu antara lain pemasangan umbul-umbul partai "
     "di balai desa, pengumpulan salinan KTP warga untuk tim sukses, serta pengerahan siswa untuk menyambut calon.",
     "prohibition", ["pemasangan umbul-umbul partai di balai desa", "pengumpulan salinan KTP warga untuk tim sukses",
                     "pengerahan siswa untuk menyambut calon"]),
    ("Ia menjelaskan, kewajiban para lurah meliputi pemantauan grup percakapan kantor, pelaporan dugaan "
     "pelanggaran ke inspektorat, dan pembinaan ketua RT.",
     "obligation", ["pemantauan grup percakapan kantor", "pelaporan dugaan pelanggaran ke inspektorat",
                    "pembinaan ketua RT"]),
    ("Kewajiban-kewajiban kepala sekolah mencakup pengawasan guru honorer, pencopotan alat peraga di pagar "
     "sekolah, serta pelaporan ke dinas.",
     "obligation", ["pengawasan guru honorer", "pencopotan alat peraga di pagar sekolah", "pelaporan ke dinas"]),
])
def test_acts_listed_after_a_framed_or_plural_rule_noun(text, kind, acts):
    assert kinds(text) == [(kind, a) for a in acts]


@pytest.mark.parametrize("text", [
    "Kepala dinas menyebut, larangan itu berlaku bagi ASN, TNI, dan Polri di seluruh kecamatan.",
    "Ia menambahkan, larangan tersebut mencakup wilayah kota, kecamatan, serta kelurahan.",
])
def test_a_framed_rule_noun_over_parties_or_places_gives_no_clause(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,acts", [
    ("Adapun contoh pelanggaran netralitas yakni mengunggah foto bersama calon, membagikan materi kampanye, "
     "dan berfoto dengan pose jari.",
     ["mengunggah foto bersama calon", "membagikan materi kampanye", "berfoto dengan pose jari"]),
    ("Bentuk pelanggaran netralitas antara lain pemasangan baliho calon di kantor, penggunaan mobil dinas "
     "untuk kampanye, serta pengerahan tenaga honorer.",
     ["pemasangan baliho calon di kantor", "penggunaan mobil dinas untuk kampanye", "pengerahan tenaga honorer"]),
])
def test_forms_of_violation_listed_are_prohibitions(text, acts):
    assert kinds(text) == [("prohibition", a) for a in acts]


@pytest.mark.parametrize("text", [
    "Jenis pelanggaran yang ditemukan Bawaslu meliputi pemasangan baliho calon di kantor, penggunaan mobil "
    "dinas untuk kampanye, serta pengerahan tenaga honorer.",
    "Bentuk pelanggaran yang dilakukan oknum lurah itu antara lain membagikan sembako dan mengajak warga memilih.",
    "Pelanggaran tersebut meliputi pelanggaran ringan, sedang, dan berat.",
])
def test_violations_found_or_graded_are_no_rules(text):
    assert kinds(text) == []


# -- session 20: a quantity before the noun of rule, inside a frame; two nouns joined ---------

@pytest.mark.parametrize("text,acts", [
    ("Menurutnya, ada beberapa pelanggaran etika pegawai antara lain memasang umbul-umbul calon di kantor dan "
     "menghadiri deklarasi pasangan calon.",
     ["memasang umbul-umbul calon di kantor", "menghadiri deklarasi pasangan calon"]),
    ("Terdapat sejumlah pelanggaran netralitas, di antaranya mengunggah poster calon dan ikut konvoi kampanye.",
     ["mengunggah poster calon", "ikut konvoi kampanye"]),
    ("Ia menyebut ada beberapa pelanggaran etika dan pelanggaran tata tertib antara lain, memasang stiker "
     "calon di mobil dinas, menghadiri rapat tim sukses.",
     ["memasang stiker calon di mobil dinas", "menghadiri rapat tim sukses"]),
])
def test_violations_counted_in_a_frame_are_prohibitions(text, acts):
    assert kinds(text) == [("prohibition", a) for a in acts]


@pytest.mark.parametrize("text", [
    "Menurutnya, ada beberapa pelanggaran yang ditemukan, antara lain memasang baliho di kantor desa.",
    "Bawaslu mencatat sejumlah pelanggaran, antara lain ASN yang memasang baliho di rumahnya.",
])
def test_violations_counted_as_found_are_no_rules(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text, rule", [
    ("Ia menambahkan, ada larangan pula untuk mengunggah foto bersama calon di grup kantor.",
     "larangan pula untuk mengunggah foto bersama calon di grup kantor"),
    ("Selain itu ada larangan juga bagi tenaga honorer untuk memakai kaus relawan calon.",
     "larangan juga bagi tenaga honorer untuk memakai kaus relawan calon"),
])
def test_additive_adverb_after_the_rule_noun(text, rule):
    assert kinds(text) == [("prohibition", rule)]


@pytest.mark.parametrize("text", [
    "Sanksi dijatuhkan kepada pegawai yang melanggar larangan berpolitik praktis.",
    "Kades yang mengabaikan larangan memasang baliho akan ditegur camat.",
])
def test_a_rule_noun_broken_is_no_rule(text):
    # (session 22) cues.json breach_verbs before a noun of rule: the rule broken, told in a report
    assert kinds(text) == []


def test_a_rule_noun_stressed_still_states_it():
    assert kinds("Bupati menegaskan larangan berpolitik praktis bagi guru honorer.") == [
        ("prohibition", "larangan berpolitik praktis bagi guru honorer")]
