"""A fear for a thing left unnamed is no rule (session 15; all texts invented):
"jangan sampai" that opens its sentence or a purpose ("agar jangan sampai") with a passive
verb right after it ("Jangan sampai diselewengkan untuk ...") names no doer and no act: no
clause. A subject said before it in the sentence, or an actor right before "jangan sampai",
keeps the prohibition."""
import pytest

from tests.clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Ia meminta pemerintah mengaudit dana hibah desa di Kabupaten Lembah Hijau. "
     "Jangan sampai disalahgunakan untuk kepentingan calon tertentu.",
     [("obligation", "meminta pemerintah mengaudit dana hibah desa di Kabupaten Lembah Hijau")]),
    ("Bupati Sukamaju berharap aset daerah dirawat bersama, agar jangan sampai dijadikan alat "
     "kepentingan sesaat.", []),
])
def test_unnamed_passive_fear_is_no_clause(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Para bidan itu dekat dengan warga, jadi jangan sampai dipakai untuk kampanye," ujar Kadis.',
     [("prohibition", "Para bidan itu dekat dengan warga, jadi jangan sampai dipakai untuk kampanye")]),
    ("Kades jangan sampai dijadikan alat kampanye oleh calon.",
     [("prohibition", "Kades jangan sampai dijadikan alat kampanye oleh calon")]),
    ("Jangan sampai menggunakan mobil dinas untuk kampanye.",
     [("prohibition", "Jangan sampai menggunakan mobil dinas untuk kampanye")]),
])
def test_a_subject_or_an_act_keeps_the_ban(text, expected):
    assert kinds(text) == expected
