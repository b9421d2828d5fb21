"""A spoken particle after an act, then "dan" and a subject pronoun with its predicate ("ASN
harus netral ya dan kita sudah ..."), ends the act before the particle: the rest is the
speaker's statement (cues.json spoken_particles). Invented texts."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("ASN harus netral ya dan kami sudah menggelar pertemuan dengan Bawaslu.",
     [("obligation", "ASN harus netral")]),
    ("Kepala desa wajib bersikap netral lho dan saya sudah menyampaikan hal itu kepada camat.",
     [("obligation", "Kepala desa wajib bersikap netral")]),
])
def test_a_particle_then_a_new_subject_ends_the_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "dan" and a verb after the particle: a second act of the same actor
    ("Guru wajib hadir ya dan mengisi daftar hadir.",
     [("obligation", "Guru wajib hadir ya"), ("obligation", "mengisi daftar hadir")]),
    # a pronoun without the particle is left as it was
    ("Lurah harus netral dan kami akan mengawasi.",
     [("obligation", "Lurah harus netral dan kami akan mengawasi")]),
])
def test_other_shapes_are_left_alone(text, expected):
    assert kinds(text) == expected
