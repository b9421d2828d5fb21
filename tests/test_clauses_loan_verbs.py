"""Verbs borrowed from English without an Indonesian prefix ("like", "komen", "share",
"posting") open acts where an act must open: right after a directive's addressee and
after a joiner that follows an act with its object; with a colloquial or hyphenated
prefix ("ngelike", "men-share") they are verbs anywhere. Where they are things of another
verb ("memberikan like, komen ...", "dengan komentar maupun like") or a row of them
("like, komen, dan share ..."), they stay in one act. cues.json "loan_verbs". All texts
are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Panwascam Sungai Lebar melarang pegawai kecamatan like, komen, dan share unggahan para calon bupati.",
     [("prohibition", "melarang pegawai kecamatan like, komen, dan share unggahan para calon bupati")]),
    ("Inspektorat melarang guru honorer share dan repost poster kampanye di grup wali murid.",
     [("prohibition", "melarang guru honorer share dan repost poster kampanye di grup wali murid")]),
    ("Bawaslu Tanah Merah melarang PNS ngelike dan men-share konten pasangan calon.",
     [("prohibition", "melarang PNS ngelike dan men-share konten pasangan calon")]),
])
def test_a_bare_borrowed_verb_after_the_addressee_is_the_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Perangkat desa dilarang menulis status dukungan atau posting foto pasangan calon.",
     [("prohibition", "Perangkat desa dilarang menulis status dukungan"),
      ("prohibition", "posting foto pasangan calon")]),
    ("Selama masa tenang, ASN dilarang memasang bingkai profil calon atau upload video kampanye.",
     [("prohibition", "ASN dilarang memasang bingkai profil calon"),
      ("prohibition", "upload video kampanye")]),
])
def test_a_borrowed_verb_after_an_act_with_its_object_is_an_act_of_its_own(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Guru tidak boleh memberikan like, komen, atau share pada unggahan yang memuji satu calon," kata Kepala Dinas.',
     [("prohibition", "Guru tidak boleh memberikan like, komen, atau share pada unggahan yang memuji satu calon")]),
    ("Pegawai dilarang mengunggah foto calon baik dengan komentar maupun like di akun pribadinya.",
     [("prohibition", "Pegawai dilarang mengunggah foto calon baik dengan komentar maupun like di akun pribadinya")]),
    ("Kepala desa diminta tidak ikut like, komen, men-share siaran langsung kampanye.",
     [("prohibition", "Kepala desa diminta tidak ikut like, komen, men-share siaran langsung kampanye")]),
])
def test_borrowed_words_as_things_or_in_a_row_stay_in_one_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Jumlah like di akun calon bupati itu mencapai ribuan dalam sehari.",
    "Video kampanye itu sudah di-share ratusan kali sejak Senin malam.",
])
def test_borrowed_words_without_a_rule_give_no_clause(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Para lurah juga dilarang posting status dukungan di Facebook, memberikan salam jari, dan membagikan brosur "
     "calon kepada warga.",
     ["Para lurah juga dilarang posting status dukungan di Facebook", "memberikan salam jari",
      "membagikan brosur calon kepada warga"]),
    ("Guru honorer tidak boleh upload foto bersama calon wali kota, menghadiri rapat relawan, atau memasang stiker "
     "di sekolah.",
     ["Guru honorer tidak boleh upload foto bersama calon wali kota", "menghadiri rapat relawan",
      "memasang stiker di sekolah"]),
])
def test_a_borrowed_verb_right_after_the_cue_opens_a_list_of_acts(text, expected):
    # the borrowed verb is the first act's verb, so the acts after the commas are split off
    assert kinds(text) == [("prohibition", a) for a in expected]
