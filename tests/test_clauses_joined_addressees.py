"""A noun of rule whose addressee is a run of actors joined by 'dan' / 'serta' / 'maupun'
(cues.json ordinal_actor_joiners) before the act ('larangan kepada direksi dan komisaris
BUMN terlibat ...', 'larangan bagi camat serta lurah menghadiri ...') states the act, as
one addressee does. BUMN/BUMD boards are actors (actors.json). All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Menteri menerbitkan larangan kepada Direksi dan Komisaris BUMN ikut menjadi tim pemenangan calon.",
     [("prohibition", "larangan kepada Direksi dan Komisaris BUMN ikut menjadi tim pemenangan calon")]),
    ("Gubernur Sukamaju menerbitkan larangan bagi camat serta lurah menghadiri deklarasi pasangan calon.",
     [("prohibition", "larangan bagi camat serta lurah menghadiri deklarasi pasangan calon")]),
    ("Wali kota mengumumkan larangan bagi direksi maupun komisaris BUMD memakai mobil perusahaan untuk kampanye.",
     [("prohibition", "larangan bagi direksi maupun komisaris BUMD memakai mobil perusahaan untuk kampanye")]),
])
def test_a_joined_addressee_then_its_act(text, expected):
    assert kinds(text) == expected


def test_a_noun_of_rule_without_an_act_stays_out():
    assert kinds("Larangan bagi direksi dan komisaris BUMN itu dibahas dalam rapat pemegang saham.") == []
