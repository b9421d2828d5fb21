"""A noun of an act ("pemberian", "penggunaan", "pengerahan") after a comma and a joiner
closes a list of acts opened by verbs under one cue: it is an act of its own, from the noun.
Nouns of things after an example marker, a bare noun with nothing after it and a noun after a
single verb act stay in the act before. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("ASN dilarang mengunggah foto calon, memberi komentar, serta penggunaan mobil dinas untuk kampanye.",
     [("prohibition", "ASN dilarang mengunggah foto calon"), ("prohibition", "memberi komentar"),
      ("prohibition", "penggunaan mobil dinas untuk kampanye")]),
    ("Kepala desa di Kabupaten Padang Luas dilarang mengumpulkan warga, membagikan sembako, atau pengerahan "
     "perangkat desa untuk mendukung calon.",
     [("prohibition", "Kepala desa di Kabupaten Padang Luas dilarang mengumpulkan warga"),
      ("prohibition", "membagikan sembako"),
      ("prohibition", "pengerahan perangkat desa untuk mendukung calon")]),
])
def test_a_noun_act_after_verb_acts_is_its_own_act(text, expected):
    assert kinds(text) == expected


def test_the_noun_act_in_a_rule_noun_list():
    text = ("Surat edaran itu memuat sejumlah larangan bagi ASN, yakni memasang spanduk calon, menghadiri "
            "kampanye, dan pemberian barang kepada pemilih.")
    assert kinds(text)[1:] == [("prohibition", "menghadiri kampanye"),
                               ("prohibition", "pemberian barang kepada pemilih")]


@pytest.mark.parametrize("text,expected", [
    ("ASN dilarang memakai fasilitas negara, seperti kendaraan dan rumah dinas.",
     [("prohibition", "ASN dilarang memakai fasilitas negara, seperti kendaraan dan rumah dinas")]),
    ("Guru dilarang memasang poster calon, menghadiri rapat, dan penyuluhan.",
     [("prohibition", "Guru dilarang memasang poster calon"), ("prohibition", "menghadiri rapat, dan penyuluhan")]),
    ("Guru dilarang memasang poster calon, dan pemberian suvenir calon kepada murid.",
     [("prohibition", "Guru dilarang memasang poster calon, dan pemberian suvenir calon kepada murid")]),
])
def test_things_and_lone_nouns_stay_in_the_act(text, expected):
    assert kinds(text) == expected
