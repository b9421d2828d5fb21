"""Tails after a complete act (session 15): an indirect question after a comma that names the
act's topic (", apa yang boleh dilakukan ..."; cues.json topic_questions) and a purpose with
its own subject after a number ("... pilkada 2024 agar partisipasi pemilih naik") are no part
of the act. Invented texts."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Para guru wajib menggelar penyuluhan, apa saja yang boleh dan tidak boleh dilakukan selama kampanye.",
     [("obligation", "Para guru wajib menggelar penyuluhan")]),
    ("Bawaslu meminta camat membuat edaran, mana yang boleh dilakukan pegawai kecamatan.",
     [("obligation", "meminta camat membuat edaran")]),
])
def test_an_indirect_question_after_a_comma_stays_outside(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("KPU harus optimal menyosialisasikan pilkada 2024 agar partisipasi pemilih mencapai target.",
     [("obligation", "harus optimal menyosialisasikan pilkada 2024")]),
    ("Panwascam wajib mengawasi 12 desa supaya partisipasi warga meningkat.",
     [("obligation", "Panwascam wajib mengawasi 12 desa")]),
])
def test_a_purpose_with_its_own_subject_after_a_number_stays_outside(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a question word that opens no relative ("apa pun") stays in
    ("Pegawai dilarang memasang atribut calon, apa pun alasannya.",
     [("prohibition", "Pegawai dilarang memasang atribut calon, apa pun alasannya")]),
    # a purpose that goes on with the actor's act after a number stays in
    ("Lurah harus hadir di rapat 3 kali agar tidak tertinggal informasi.",
     [("obligation", "Lurah harus hadir di rapat 3 kali agar tidak tertinggal informasi")]),
])
def test_other_tails_stay(text, expected):
    assert kinds(text) == expected


# -- a purpose fronted before a clause with its own subject (session 18) --
@pytest.mark.parametrize("text,expected", [
    ("Tim calon tidak boleh menggelar pasar malam atau panggung musik, dan untuk keamanan kami menyiapkan "
     "petugas di pintu masuk.",
     [("prohibition", "tidak boleh menggelar pasar malam atau panggung musik")]),
    ("Pegawai tidak boleh memakai mobil dinas, dan untuk itu kami menyiapkan pengawas.",
     [("prohibition", "Pegawai tidak boleh memakai mobil dinas")]),
])
def test_an_act_ends_before_a_fronted_purpose_and_a_new_subject(text, expected):
    assert kinds(text) == expected
