"""A word or two set off in straight quote marks inside a sentence ('memberi "like"',
'"ngonten" bersama calon') is no quotation: the act runs on past the closing mark; a quote
that opens the sentence or after "menegaskan," still ends at its closing mark."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,act", [
    ('Komisioner KASN mengatakan ASN tidak boleh memberi "like" di media sosial pasangan calon.',
     'ASN tidak boleh memberi "like" di media sosial pasangan calon'),
    ('Guru honorer juga dilarang "ngonten" bersama calon di TikTok selama masa kampanye.',
     'Guru honorer juga dilarang "ngonten" bersama calon di TikTok selama masa kampanye'),
    ('Ia menambahkan, pegawai dilarang memberi "like" atau "share" unggahan tim pemenangan.',
     'pegawai dilarang memberi "like" atau "share" unggahan tim pemenangan'),
])
def test_a_word_set_off_in_straight_quotes_does_not_end_the_act(text, act):
    assert kinds(text) == [("prohibition", act)]


@pytest.mark.parametrize("text,act", [
    ('"ASN dilarang ikut kampanye di media sosial," kata Sekda Teluk Biru.', "ASN dilarang ikut kampanye di media sosial"),
    ('Bupati menegaskan, "Pegawai dilarang berfoto dengan calon," ujarnya.', "Pegawai dilarang berfoto dengan calon"),
])
def test_a_quotation_still_ends_at_its_closing_mark(text, act):
    assert kinds(text) == [("prohibition", act)]
