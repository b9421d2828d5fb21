"""A command verb whose object names the act as a noun forbids that act: "melarang kegiatan
kampanye di halaman sekolah" (an affixed noun, act_noun_re), "melarang aktivitas kampanye di
kampus", "melarang praktik politik uang" (cues.json activity_nouns) and "melarang kampanye di
dalam kampus" (modal_act_nouns). A command verb with no object states nothing. All texts are
invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Rektor Universitas Tanjung Harapan melarang aktivitas kampanye para kandidat bupati di area kampus.",
     "melarang aktivitas kampanye para kandidat bupati di area kampus"),
    ("Kepala madrasah melarang praktik politik uang di lingkungan sekolah selama pilkada.",
     "melarang praktik politik uang di lingkungan sekolah selama pilkada"),
    ("Direktur politeknik itu melarang kampanye di dalam kampus.", "melarang kampanye di dalam kampus"),
])
def test_a_command_verb_with_an_act_noun_forbids_the_act(text, expected):
    assert kinds(text) == [("prohibition", expected)]


def test_a_command_verb_without_an_object_states_nothing():
    assert kinds("Rektor melarang aktivitas.") == []
