"""A reciprocal verb ("saling mendukung") takes no object, so a verb after "dan" that follows
it opens an act of its own, as after an intransitive verb (cues.json reciprocals). Invented texts."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Kepala dusun dan Panwascam harus saling mendukung dan melakukan penyuluhan netralitas.",
     [("obligation", "Kepala dusun dan Panwascam harus saling mendukung"),
      ("obligation", "melakukan penyuluhan netralitas")]),
    ("Camat dan kapolsek perlu saling menghormati dan menjaga kondusivitas wilayah.",
     [("obligation", "Camat dan kapolsek perlu saling menghormati"),
      ("obligation", "menjaga kondusivitas wilayah")]),
])
def test_a_verb_after_a_reciprocal_opens_an_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a reciprocal verb with its object is one act
    ("Pegawai harus saling menghormati pilihan politik rekan kerja.",
     [("obligation", "Pegawai harus saling menghormati pilihan politik rekan kerja")]),
    # two transitive verbs sharing one object stay one act
    ("Guru harus menghormati dan menjaga pilihan politik murid.",
     [("obligation", "Guru harus menghormati dan menjaga pilihan politik murid")]),
])
def test_other_pairs_stay_one_act(text, expected):
    assert kinds(text) == expected
