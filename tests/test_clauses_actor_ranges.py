"""A range of actors ("mulai dari kepala dinas hingga staf honorer", "dari pejabat eselon
sampai pegawai kontrak", with commas inside or set off by commas) is the actor as a whole,
with the group it ranges over before it (cues.json actor_range_openers). A range of time
before the actor is no part of it. All texts are invented."""
import pytest

from clause_helpers import clauses_of


def _got(text):
    return [(c.kind, c.actor) for c in clauses_of(text)]


@pytest.mark.parametrize("text,expected", [
    ("Seluruh pegawai mulai dari kepala dinas hingga staf honorer dilarang memasang stiker calon.",
     [("prohibition", "Seluruh pegawai mulai dari kepala dinas hingga staf honorer")]),
    ("Dari pejabat eselon sampai pegawai kontrak wajib menjaga netralitas selama pilkada.",
     [("obligation", "Dari pejabat eselon sampai pegawai kontrak")]),
    ("ASN Kota Tirtajaya, mulai dari kepala dinas hingga staf honorer, dilarang memasang stiker calon.",
     [("prohibition", "ASN Kota Tirtajaya, mulai dari kepala dinas hingga staf honorer")]),
    ("Semua aparatur di Pulau Rindu, dari pejabat eselon II sampai tenaga kontrak, wajib menjaga netralitas.",
     [("obligation", "Semua aparatur di Pulau Rindu, dari pejabat eselon II sampai tenaga kontrak")]),
    ("Seluruh aparatur mulai dari sekda, kepala dinas, camat hingga lurah dilarang hadir di acara partai.",
     [("prohibition", "Seluruh aparatur mulai dari sekda, kepala dinas, camat hingga lurah")]),
    ('"Mulai dari kepala dinas sampai staf honorer, jangan ikut kampanye," kata Bupati Lembah Hijau.',
     [("prohibition", "Mulai dari kepala dinas sampai staf honorer")]),
])
def test_a_range_of_actors_is_the_actor(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Mulai dari Senin hingga Jumat, pegawai dilarang meninggalkan kantor tanpa izin.", [("prohibition", "pegawai")]),
    ("Dari pagi sampai sore pegawai Rantau Baru wajib berada di kantor.", [("obligation", "pegawai Rantau Baru")]),
])
def test_a_range_of_time_is_no_part_of_the_actor(text, expected):
    assert _got(text) == expected
