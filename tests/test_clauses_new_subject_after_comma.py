"""After a comma, a noun and a demonstrative followed by a reason or by what will happen
("..., hal ini karena mereka ...", "..., dan pengawasan tersebut akan dilakukan ...") open a
clause of their own: the act ends at the comma (session 11, real probe). Invented wordings
only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Ketua RT wajib menjaga sikap netral, hal ini karena mereka melayani semua warga.",
     [("obligation", "Ketua RT wajib menjaga sikap netral")]),
    ("Perangkat desa tidak boleh ikut kampanye, dan pemantauan tersebut akan dilakukan oleh panwascam.",
     [("prohibition", "Perangkat desa tidak boleh ikut kampanye")]),
    ("Guru dilarang membawa murid ke lokasi kampanye, kebijakan itu bisa ditinjau ulang tahun depan.",
     [("prohibition", "Guru dilarang membawa murid ke lokasi kampanye")]),
])
def test_the_act_ends_before_a_new_clause(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a list of objects, and an act whose object is pointed back to, stay whole
    ("Pegawai dilarang memasang spanduk, baliho tersebut, dan stiker calon.",
     [("prohibition", "Pegawai dilarang memasang spanduk, baliho tersebut, dan stiker calon")]),
    ("ASN dilarang mengunggah foto calon, apalagi foto tersebut disertai ajakan memilih.",
     None),
])
def test_objects_with_a_demonstrative_stay_in_the_act(text, expected):
    out = kinds(text)
    if expected is not None:
        assert out == expected
    else:
        assert out and out[0][1].startswith("ASN dilarang mengunggah foto calon")
