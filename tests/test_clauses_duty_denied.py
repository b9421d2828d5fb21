"""A duty denied ("tidak harus ...", "tidak wajib ...") states no rule (docs/evaluate.md:
talk about a rule); a rule after a contrast in the same sentence still counts."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "Kepala dusun tidak harus menutup diri dari para calon selama masa kampanye.",
    "Menurut Sekda, guru honorer tidak wajib datang ke apel kesiapsiagaan pemilu.",
    "Lurah tidak mesti menolak setiap tamu dari partai politik.",
])
def test_a_denied_duty_gives_no_clause(text):
    assert kinds(text) == []


def test_a_rule_after_the_contrast_stays():
    assert kinds("Bidan puskesmas tidak harus bungkam soal politik, tetapi harus tetap "
                 "netral saat bertugas.") == [("obligation", "harus tetap netral saat bertugas")]


def test_a_prohibition_after_the_contrast_stays():
    assert kinds("Pegawai kecamatan tidak wajib melapor ulang, namun dilarang memasang "
                 "atribut calon di kantor.") == [("prohibition", "dilarang memasang atribut calon di kantor")]


def test_a_whether_or_not_phrase_keeps_the_duty():
    assert kinds("Pegawai puskesmas mau tidak mau wajib mencoblos di TPS terdekat.") == [
        ("obligation", "Pegawai puskesmas mau tidak mau wajib mencoblos di TPS terdekat")]
