"""'tidak mempermasalahkan' / 'tidak mempersoalkan' (cues.json): not objecting to an act
allows it, like 'tidak melarang', whether the act follows its doer directly or in a
condition 'apabila ada N yang ...' whose noun N is no actor term (cues.json
active_prefixes: the word after 'yang' is an active verb). A condition naming no act,
and a resident who does not object, give nothing. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Kepala Dinas Pendidikan tidak mempermasalahkan apabila ada lembaga yang mengadakan simulasi "
     "pencoblosan di sekolah.",
     [("permission", "tidak mempermasalahkan apabila ada lembaga yang mengadakan simulasi pencoblosan di sekolah")]),
    ("Bupati Sukamaju tidak mempersoalkan jika ada kampus yang mengundang pasangan calon ke acara debat.",
     [("permission", "tidak mempersoalkan jika ada kampus yang mengundang pasangan calon ke acara debat")]),
    ("Camat tidak mempermasalahkan ASN menghadiri acara keluarga calon.",
     [("permission", "tidak mempermasalahkan ASN menghadiri acara keluarga calon")]),
])
def test_not_objecting_to_an_act_allows_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Camat tidak mempermasalahkan bila hujan turun saat apel pagi.",
    "Dinas tidak melarang jika ada hujan yang turun saat upacara.",
])
def test_a_condition_without_an_act_gives_nothing(text):
    assert kinds(text) == []
