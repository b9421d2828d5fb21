"""A cue-less sentence that opens with 'Baik itu berupa' / 'Berupa' and a verb right
after a rule lists that rule's acts (session 12, real3 probe: 'Guru dilarang menunjukkan
keberpihakan ... . Baik itu berupa hadir di rapat umum, memakai kaus calon ...').
Without a verb after it, or without a rule before it, it gives nothing. All texts are
invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Pegawai Pemkab Sukamaju dilarang memberikan dukungan kepada calon bupati. Baik itu berupa ikut kampanye, "
     "menjadi peserta kampanye dengan memakai seragam dinas.",
     [("prohibition", "Pegawai Pemkab Sukamaju dilarang memberikan dukungan kepada calon bupati"),
      ("prohibition", "ikut kampanye"),
      ("prohibition", "menjadi peserta kampanye dengan memakai seragam dinas")]),
    ("Guru tidak boleh mendukung pasangan calon. Berupa memasang stiker di kelas, atau membagikan kalender "
     "calon kepada murid.",
     [("prohibition", "Guru tidak boleh mendukung pasangan calon"),
      ("prohibition", "memasang stiker di kelas"),
      ("prohibition", "membagikan kalender calon kepada murid")]),
])
def test_berupa_sentence_lists_the_rule_acts(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Rapat itu membahas bantuan desa. Berupa apa bantuannya belum jelas.",
    "Baik, kalau begitu kita lanjutkan. Baik itu berupa uang maupun barang, semua dicatat bendahara.",
])
def test_without_a_rule_or_a_verb_nothing(text):
    assert kinds(text) == []
