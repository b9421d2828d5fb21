"""A negated ability said again after a word of restatement (session 20, cues.json
restatement_openers): 'Dengan kata lain tidak bisa ...', 'Jadi sangat jelas, tidak bisa ...'
forbid though no actor is named; a bare 'Jadi' before an inability narrates. All texts are
invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Dengan kata lain tidak bisa menyokong pasangan calon mana pun di desa.",
     [("prohibition", "tidak bisa menyokong pasangan calon mana pun di desa")]),
    ('"Jadi sangat jelas, tidak bisa mengunggah foto calon, apalagi ikut konvoi," ujar Kepala BKPSDM.',
     [("prohibition", "tidak bisa mengunggah foto calon"), ("prohibition", "ikut konvoi")]),
    ("Artinya, tidak dapat ikut berkampanye selama masih berstatus pegawai.",
     [("prohibition", "tidak dapat ikut berkampanye selama masih berstatus pegawai")]),
])
def test_a_rule_said_again_forbids_without_an_actor(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Jadi tidak bisa hadir karena sakit.",
    "Menurut panitia, tidak bisa dipastikan kapan debat digelar.",
])
def test_an_inability_narrated_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Singkatnya tidak bisa menyokong kandidat yang akan dan sudah berlaga di pemilihan wali kota.",
     [("prohibition", "tidak bisa menyokong kandidat yang akan dan sudah berlaga di pemilihan wali kota")]),
    ("Pegawai dilarang mendukung calon yang sudah dan akan maju di pemilihan bupati.",
     [("prohibition", "Pegawai dilarang mendukung calon yang sudah dan akan maju di pemilihan bupati")]),
])
def test_two_aspects_of_one_verb_are_one_act(text, expected):
    assert kinds(text) == expected
