"""Two shapes of real news around a rule's end (session 12, real3 probe). An unquoted
attribution at a sentence's end may go on with the occasion of the words ('..., kata Budi
saat sosialisasi di kantor camat, Kamis'): it ends the act all the same. A right to vote
conceded after the rule, closing the sentence ('..., meskipun tetap memiliki hak pilih'),
states a status, no permission; conceded before a restriction it stays a permission
(docs/evaluate.md). All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Selain itu, pegawai tidak boleh memasang stiker calon di pagar rumah, kata Rahmat saat sosialisasi "
     "pengawasan pemilihan di aula kecamatan, Senin.",
     [("prohibition", "pegawai tidak boleh memasang stiker calon di pagar rumah")]),
    ("Guru dilarang membagikan kalender pasangan calon, ujar Kepala Dinas Pendidikan Tirtajaya, Rina, usai "
     "memimpin apel di halaman kantor bupati.",
     [("prohibition", "Guru dilarang membagikan kalender pasangan calon")]),
])
def test_attribution_with_its_occasion_ends_the_act(text, expected):
    assert kinds(text) == expected


def test_attribution_followed_by_a_verb_of_the_speaker_is_unchanged():
    # no occasion word after the name: the old reading stands
    assert kinds("Pegawai dilarang ikut kampanye, kata Budi mengingatkan.") == [
        ("prohibition", "Pegawai dilarang ikut kampanye, kata Budi mengingatkan")]


@pytest.mark.parametrize("text,expected", [
    ("Ketua Panwaslu menegaskan bahwa guru dilarang menjadi tim sukses, meskipun tetap memiliki hak pilih.",
     [("prohibition", "guru dilarang menjadi tim sukses, meskipun tetap memiliki hak pilih")]),
    ("Perangkat desa tidak boleh ikut kampanye, walaupun mempunyai hak pilih.",
     [("prohibition", "Perangkat desa tidak boleh ikut kampanye, walaupun mempunyai hak pilih")]),
])
def test_right_to_vote_conceded_after_the_rule_is_no_permission(text, expected):
    assert kinds(text) == expected


def test_right_to_vote_conceded_before_a_restriction_stays_a_permission():
    assert kinds("Meskipun pegawai memiliki hak pilih, namun pegawai tidak boleh ikut kampanye.") == [
        ("permission", "pegawai memiliki hak pilih"), ("prohibition", "pegawai tidak boleh ikut kampanye")]
