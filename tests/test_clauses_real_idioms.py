"""Set phrases of real officials' statements (session 10, real probe). Invented wordings only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    # "mau tidak mau" / "suka tidak suka" = whether or not: its negator negates no cue
    ("Perangkat desa harus netral, tetapi mau nggak mau harus datang ke TPS.",
     [("obligation", "Perangkat desa harus netral"), ("obligation", "harus datang ke TPS")]),
    ("Bidan desa mau tidak mau wajib mencoblos pada hari pemungutan suara.",
     [("obligation", "Bidan desa mau tidak mau wajib mencoblos pada hari pemungutan suara")]),
    ("Guru honorer suka tidak suka harus menjaga jarak dari tim sukses.",
     [("obligation", "Guru honorer suka tidak suka harus menjaga jarak dari tim sukses")]),
])
def test_a_whether_or_not_phrase_does_not_negate_the_cue(text, expected):
    assert kinds(text) == expected


def test_a_plain_negated_obligation_states_no_rule():
    # a duty denied is talk, no rule (docs/evaluate.md); tests/test_clauses_duty_denied.py
    assert kinds("Pegawai kelurahan tidak harus hadir di apel siaga pilkada.") == []


@pytest.mark.parametrize("text,expected", [
    # a case stressed after an aggravator and a conditional stays outside the act
    ("Karang taruna diharapkan turut memantau kampanye, terlebih jika ada perangkat desa yang ikut berkampanye.",
     [("obligation", "diharapkan turut memantau kampanye")]),
    ("Lurah dilarang memakai mobil dinas, apalagi kalau untuk mengangkut massa pendukung calon.",
     [("prohibition", "Lurah dilarang memakai mobil dinas")]),
])
def test_a_stressed_condition_after_a_comma_is_no_part_of_the_act(text, expected):
    assert kinds(text) == expected


def test_an_aggravated_act_is_still_an_act():
    assert kinds("Camat dilarang memasang baliho calon, apalagi berfoto dengan calon di kantor.") == [
        ("prohibition", "Camat dilarang memasang baliho calon"), ("prohibition", "berfoto dengan calon di kantor")]
