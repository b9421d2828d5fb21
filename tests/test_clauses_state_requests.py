"""A request whose act is a state of conduct ("diminta bijak dalam memakai akun pribadi",
"meminta kepala desa bersikap adil"), after a word of degree too ("diminta lebih bijak",
"semakin berhati-hati"): an obligation (cues.json positive_states, degree_words). A state
then a negated act joined by "dan" are two rules. A thing asked to be cheaper is no rule. All
texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Selain itu, pegawai kelurahan diminta bijak dalam memakai akun pribadi.",
     [("obligation", "pegawai kelurahan diminta bijak dalam memakai akun pribadi")]),
    ("Guru honorer diminta lebih bijak dalam bermedia sosial selama masa kampanye.",
     [("obligation", "Guru honorer diminta lebih bijak dalam bermedia sosial selama masa kampanye")]),
    ("Para perangkat desa diminta semakin berhati-hati saat mengunggah foto.",
     [("obligation", "Para perangkat desa diminta semakin berhati-hati saat mengunggah foto")]),
    ("Pegawai puskesmas diminta cermat menggunakan akun pribadi dan tidak mengunggah dukungan kepada calon.",
     [("obligation", "Pegawai puskesmas diminta cermat menggunakan akun pribadi"),
      ("prohibition", "tidak mengunggah dukungan kepada calon")]),
])
def test_a_state_of_conduct_asked_for_is_a_duty(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Harga cabai diminta lebih murah oleh para pedagang pasar.",
    "Putusan hakim itu dinilai adil oleh kedua pihak.",
])
def test_a_state_without_a_request_to_a_party_is_no_rule(text):
    assert kinds(text) == []
