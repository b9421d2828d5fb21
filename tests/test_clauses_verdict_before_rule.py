"""A verdict said alone before a comma and then the rule it stresses, of the same kind
('"Tidak boleh, tim sukses tidak boleh masuk ke sekolah," kata ...', '"Dilarang, pokoknya
ASN dilarang ikut kampanye"'): one clause, the rule. A verdict with its own act after the
comma stays. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Tidak boleh, relawan calon tidak boleh (berkegiatan di sekolah)," ungkap Kadisdik Sukamaju.',
     [("prohibition", "relawan calon tidak boleh (berkegiatan di sekolah)")]),
    ('"Dilarang, pokoknya kepala desa dilarang ikut pawai calon," ujar Camat Tirtajaya.',
     [("prohibition", "kepala desa dilarang ikut pawai calon")]),
])
def test_a_verdict_ahead_of_its_rule_is_one_clause(text, expected):
    assert kinds(text) == expected


def test_a_verdict_of_another_kind_stays():
    assert kinds('"Boleh, asal tidak memakai atribut," kata Camat.') == [
        ("permission", "Boleh, asal tidak memakai atribut")]


def test_a_frame_before_a_comma_keeps_its_act():
    # the first clause's cue is not said again in the second: both stay
    assert kinds('"Yang penting, pegawai tidak memajang pilihannya di kantor, apalagi mengajak tamu memilih calon," '
                 'kata Sekda Tirtajaya.') == [
        ("prohibition", "Yang penting, pegawai tidak memajang pilihannya di kantor"),
        ("prohibition", "mengajak tamu memilih calon"),
    ]
