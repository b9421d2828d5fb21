"""Sentences of real news that talk about a rule or a case and state none (session 10, real
probe). Invented wordings with other actors and regions only."""
import pytest

from clause_helpers import kinds


# -- a judging cue after a hedge inside a relative clause, or over a case told before ----------
@pytest.mark.parametrize("text", [
    "Buku saku itu menolong perangkat desa menghadapi keadaan yang berpotensi melanggar netralitas.",
    "Modul pelatihan membahas kegiatan yang bisa melanggar aturan kampanye.",
    "Salah satu bentuk keberpihakan adalah lurah mengantar warga ke deklarasi. Keberpihakan ini berpotensi melanggar aturan pemilihan.",
    "Camat memotret spanduk di balai desa. Temuan tersebut dapat melanggar ketentuan kampanye.",
])
def test_a_hedged_judgement_of_a_thing_or_a_case_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Memasang foto pasangan calon di ruang kelas berpotensi melanggar netralitas.",
     [("prohibition", "Memasang foto pasangan calon di ruang kelas berpotensi melanggar netralitas")]),
    ("Menjadi admin grup pemenangan calon merupakan pelanggaran.",
     [("prohibition", "Menjadi admin grup pemenangan calon merupakan pelanggaran")]),
])
def test_a_judged_act_is_still_forbidden(text, expected):
    assert kinds(text) == expected


# -- a referring-back subject with words of emphasis ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Penyuluh digaji dari anggaran daerah. Tentu saja perbuatan semacam itu begitu dilarang dan tidak boleh dilakukan.",
    "Bidan desa dibayar negara. Hal seperti itu amat tidak dibenarkan.",
])
def test_an_emphasised_back_reference_states_no_new_rule(text):
    assert kinds(text) == []


# -- a report frame after 'Seperti' does not go on with the acts before ---------------------------
@pytest.mark.parametrize("text", [
    "Lurah dilarang ikut kampanye.\n\nSeperti diketahui sejumlah paguyuban lurah menyatakan dukungan kepada pasangan calon.",
    "Perangkat desa dilarang menjadi tim sukses.\n\nSeperti dilansir dari laman resmi Bawaslu, forum perangkat desa menggelar temu kangen.",
])
def test_a_report_frame_is_no_continuation(text):
    assert len(kinds(text)) == 1


def test_an_example_sentence_still_continues_the_acts():
    assert kinds("Guru dilarang memasang baliho calon. Seperti menghadiri deklarasi pasangan calon.") == [
        ("prohibition", "Guru dilarang memasang baliho calon"),
        ("prohibition", "menghadiri deklarasi pasangan calon")]
