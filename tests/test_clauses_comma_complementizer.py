"""A comma between an appeal and its complementizer ("Prajurit juga diingatkan, agar tidak
...", "Kapolres mengimbau, agar jajaran anggota ... tidak ...") and a collective head of the
addressee ("jajaran", "kalangan") keep the negated act a prohibition (session 11, real
probe). Invented wordings only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Para lurah juga diingatkan, agar tidak menghadiri deklarasi pasangan calon.",
     [("prohibition", "Para lurah juga diingatkan, agar tidak menghadiri deklarasi pasangan calon")]),
    ("Selain itu, guru honorer juga ditekankan, supaya tidak memakai kaos partai, dan tidak mengajak murid ke lokasi kampanye.",
     [("prohibition", "guru honorer juga ditekankan, supaya tidak memakai kaos partai"),
      ("prohibition", "tidak mengajak murid ke lokasi kampanye")]),
])
def test_a_comma_before_the_complementizer_of_a_passive_appeal(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Kapolres mengimbau, agar jajaran anggota Polres Pesisir Barat di semua polsek tidak berswafoto dengan calon bupati.",
    "Sekda meminta kalangan pegawai kecamatan tidak memasang stiker calon di kendaraan dinas.",
])
def test_a_collective_head_of_the_addressee(text):
    out = kinds(text)
    assert [k for k, _ in out] == ["prohibition"]


def test_an_appeal_to_keep_neutral_stays_an_obligation():
    assert kinds("Para camat juga diingatkan, agar tetap menjaga netralitas.") == \
        [("obligation", "Para camat juga diingatkan, agar tetap menjaga netralitas")]
