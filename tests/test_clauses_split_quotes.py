"""A quote broken by its attribution inside one sentence ('"A," kata dia, "dan B."') or
closed by it before the next quote ('"A," tegas Sekda. "B."'): the first clause ends at its
closing mark, and the resumed quote is read as a sentence of its own."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Pegawai dilarang berkampanye," kata Sekda Bukit Jaya, "dan juga tidak boleh memasang atribut partai."',
     [("prohibition", "Pegawai dilarang berkampanye"), ("prohibition", "tidak boleh memasang atribut partai")]),
    ('"Kalau melihat pelanggaran, laporkan," imbuh Camat Teluk Biru, "jangan didiamkan."',
     [("obligation", "laporkan"), ("prohibition", "jangan didiamkan")]),
    ('"Kades tidak boleh ikut kampanye," tegas Bupati. "Juga tidak boleh berfoto dengan calon."',
     [("prohibition", "Kades tidak boleh ikut kampanye"), ("prohibition", "tidak boleh berfoto dengan calon")]),
])
def test_a_quote_broken_by_its_attribution_gives_a_clause_on_each_side(text, expected):
    assert kinds(text) == expected


def test_a_word_in_quotes_after_the_attribution_opens_no_quote():
    assert kinds('"ASN dilarang ikut kampanye," kata Ketua Bawaslu yang akrab disapa "Pak Haji".') == [
        ("prohibition", "ASN dilarang ikut kampanye")]
