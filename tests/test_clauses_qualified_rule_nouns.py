"""Acts named as nouns after a noun of rule that carries a short qualifier before its
marker ("larangan khusus, yakni pemberian ...", "larangan tegas bagi ASN, antara lain
keikutsertaan ..."): one prohibition per act noun, each from its noun. Two act nouns
joined by "dan" are two acts when the first has its own object; a noun of rule whose
qualified marker names things, not acts, gives none. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Karena itu, edaran wali kota tahun ini memuat larangan khusus, yakni pemberian tanda suka, "
     "pembagian ulang, dan penulisan komentar pada unggahan para calon.",
     [("prohibition", "pemberian tanda suka"), ("prohibition", "pembagian ulang"),
      ("prohibition", "penulisan komentar pada unggahan para calon")]),
    ("Sekda menyebut ada tiga larangan utama, yaitu pemasangan bendera partai, pengerahan staf, "
     "dan penggunaan truk dinas untuk rapat umum.",
     [("prohibition", "pemasangan bendera partai"), ("prohibition", "pengerahan staf"),
      ("prohibition", "penggunaan truk dinas untuk rapat umum")]),
])
def test_a_qualified_noun_of_rule_lists_acts_named_as_nouns(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Edaran itu juga memuat larangan tegas bagi perangkat desa, antara lain keikutsertaan dalam rapat umum "
     "dan pemasangan baliho calon.",
     [("prohibition", "keikutsertaan dalam rapat umum"), ("prohibition", "pemasangan baliho calon")]),
    ("Bupati menegaskan larangan baru bagi guru, yakni penggunaan ruang kelas untuk sosialisasi "
     "dan pembagian kalender calon.",
     [("prohibition", "penggunaan ruang kelas untuk sosialisasi"), ("prohibition", "pembagian kalender calon")]),
])
def test_act_nouns_joined_by_dan_are_two_acts_when_the_first_has_its_object(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Bawaslu mengingatkan larangan kampanye di rumah ibadah, yaitu masjid, gereja, dan pura.",
    "Ada larangan khusus, yakni untuk wilayah perbatasan dan pulau terluar.",
])
def test_a_qualified_noun_of_rule_over_things_gives_no_acts(text):
    assert kinds(text) == []
