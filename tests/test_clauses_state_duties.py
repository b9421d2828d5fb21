"""Duties of being or keeping a state ("harus netral", "wajib bersikap independen") and how
their clauses are bounded (session 14, real probes): a verb of saying before 'jika' / 'kalau'
opens what is said, not a condition; a bare subject outside the actor lexicon opens a duty
of state; a sequence word with a subject of its own, a speaker's noun of comment after a
comma, and "maka" before a new subject bound the clause. Invented wordings only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Dalam rapat itu, Sekda Wirabumi menyampaikan jika pegawai harus netral.",
     [("obligation", "pegawai harus netral")]),
    ("Camat Lembah Hijau menegaskan kalau perangkat kelurahan dilarang ikut kampanye.",
     [("prohibition", "perangkat kelurahan dilarang ikut kampanye")]),
])
def test_jika_after_a_verb_of_saying_reads_as_bahwa(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Ia menjelaskan jika ada pegawai yang melanggar maka harus ditindak.",
    "Kabag Hukum menerangkan kalau ada lurah yang berpihak maka wajib dilaporkan.",
])
def test_a_condition_with_maka_after_saying_stays_a_condition(text):
    assert all(not t.lower().startswith(("ada ", "jika", "kalau")) for _, t in kinds(text))


@pytest.mark.parametrize("text,expected", [
    ('"Jangan sampai ribut. Panitia harus netral dan ikut aturan," tegas Dodi.',
     ("obligation", "Panitia harus netral")),
    ("Wasit pertandingan wajib bersikap netral selama turnamen.",
     ("obligation", "Wasit pertandingan wajib bersikap netral selama turnamen")),
    ("Juri harus tetap independen dalam menilai.",
     ("obligation", "Juri harus tetap independen dalam menilai")),
])
def test_a_bare_subject_opens_a_duty_of_state(text, expected):
    assert expected in kinds(text)


@pytest.mark.parametrize("text", [
    "Pemilu harus berjalan jujur dan adil.",
    "ASN harus menjadi contoh bagi warga.",
])
def test_outcome_wishes_and_exhortations_stay_without_a_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ('"Pegawai harus netral lalu seluruh aparat keamanan juga ikut menjaga dengan baik," katanya.',
     [("obligation", "Pegawai harus netral")]),
    ('"Guru harus bersikap netral kemudian para kepala sekolah mengawasi mereka," ujarnya.',
     [("obligation", "Guru harus bersikap netral")]),
])
def test_a_sequence_word_with_its_own_subject_ends_the_act(text, expected):
    assert kinds(text) == expected


def test_a_sequence_word_without_a_subject_keeps_the_chain():
    assert kinds("Pegawai harus netral lalu melapor ke atasan.") == [
        ("obligation", "Pegawai harus netral lalu melapor ke atasan")]


@pytest.mark.parametrize("text,expected", [
    ('"Lurah bisa membantu warga maka mereka harus netral, harapan kami lurah ikut meramaikan pesta ini," katanya.',
     [("obligation", "mereka harus netral")]),
    ('"Pegawai wajib bersikap netral, pesan saya semua pegawai menjaga nama baik korps," katanya.',
     [("obligation", "Pegawai wajib bersikap netral")]),
])
def test_a_speakers_noun_of_comment_after_a_comma_ends_the_act(text, expected):
    assert kinds(text) == expected


def test_an_object_the_speaker_owns_stays_in_the_act():
    assert kinds("Pegawai dilarang memakai mobil dinas, kantor kami, dan gedung pertemuan untuk kampanye.") == [
        ("prohibition", "Pegawai dilarang memakai mobil dinas, kantor kami, dan gedung pertemuan untuk kampanye")]


@pytest.mark.parametrize("text,expected", [
    ("Petugas jaga wajib waspadai gerak-gerik tamu serta melaporkan hal yang mencurigakan.",
     ["waspadai gerak-gerik tamu", "melaporkan hal yang mencurigakan"]),
    ('"Perangkat desa wajib taati edaran bupati dan mengawasi warganya," kata Camat.',
     ["Perangkat desa wajib taati edaran bupati", "mengawasi warganya"]),
])
def test_a_bare_verb_after_a_cue_opens_its_act_like_the_indicative(text, expected):
    found = [t for _, t in kinds(text)]
    assert len(found) == 2 and found[0].endswith(expected[0]) and found[1] == expected[1]


def test_a_bare_verb_with_two_objects_stays_one_act():
    assert kinds("Pegawai harus patuhi aturan dan kode etik korps.") == [
        ("obligation", "Pegawai harus patuhi aturan dan kode etik korps")]
