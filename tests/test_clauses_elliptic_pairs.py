"""Elliptic contrast pairs: acts judged one by one, each followed by its verdict ("Hadir
boleh, ikut berjoget tidak."). A bare negator denies the cue of the part before it; a
one-word cue judges its own part. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Hadir boleh, ikut berjoget tidak.",
     [("permission", "Hadir boleh"), ("prohibition", "ikut berjoget tidak")]),
    ('"Menonton debat boleh, membagikan potongan videonya tidak," kata Sekda.',
     [("permission", "Menonton debat boleh"), ("prohibition", "membagikan potongan videonya tidak")]),
    ("Datang silakan, pakai atribut jangan.",
     [("permission", "Datang silakan"), ("prohibition", "pakai atribut jangan")]),
    ("Memilih wajib, mengajak orang lain jangan.",
     [("obligation", "Memilih wajib"), ("prohibition", "mengajak orang lain jangan")]),
])
def test_each_act_of_a_pair_takes_its_own_verdict(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Pemilu damai, warga senang.",
    "Ia datang ke TPS pagi, anaknya tidak.",
    "Yang hadir banyak, yang berjoget tidak.",
])
def test_a_contrast_without_a_cue_or_an_act_is_no_pair(text):
    assert kinds(text) == []
