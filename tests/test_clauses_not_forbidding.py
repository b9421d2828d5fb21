"""A permission by not forbidding whose addressee is named by what they want or do: "tidak
melarang X yang ingin / mau A", "tidak akan melarang X yang A" allows X to do A; the clause
runs from the cue through the relative clause. Forbidding such an addressee, a relative
clause that states a condition or a state, and no act at all give no permission. All texts
are invented."""
import pytest

from clause_helpers import clauses_of, kinds


@pytest.mark.parametrize("text,expected,actor", [
    ("Panwaslu Kecamatan Batu Putih tidak melarang guru honorer yang ingin menjadi petugas KPPS di kampungnya.",
     "tidak melarang guru honorer yang ingin menjadi petugas KPPS di kampungnya", "guru honorer"),
    ("Kepala puskesmas itu menyebut dirinya tidak akan melarang perawat yang mau menonton debat calon di rumah.",
     "tidak akan melarang perawat yang mau menonton debat calon di rumah", "perawat"),
    ("Sekda menegaskan pihaknya tidak melarang pegawai yang mengikuti rapat umum calon pada hari libur.",
     "tidak melarang pegawai yang mengikuti rapat umum calon pada hari libur", "pegawai"),
])
def test_not_forbidding_those_who_want_an_act_allows_it(text, expected, actor):
    out = clauses_of(text)
    assert [(c.kind, c.text) for c in out] == [("permission", expected)]
    assert out[0].actor == actor


@pytest.mark.parametrize("text", [
    "Kami tidak melarang warga yang tidak setuju dengan keputusan itu.",
    "Panitia tidak melarang peserta yang sudah berusia 60 tahun.",
])
def test_a_relative_clause_without_an_act_allows_nothing(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Bupati Lembah Hijau melarang ASN yang ingin mencalonkan diri sebagai kepala desa.",
    "Rektor melarang dosen yang hendak menjadi tim sukses.",
])
def test_forbidding_such_an_addressee_is_not_read_as_an_act(text):
    assert all(c.kind != "permission" for c in clauses_of(text))
