"""An outcome negated after a duty is no prohibition (session 15; all texts invented): after
"dan / serta tidak" a verb of consequence (cues.json consequence_verbs: "terpecah",
"terprovokasi", "terhindar" ...) names what the duty should bring about, so the act stays
one obligation. A negated act of the actor's own ("dan tidak terlibat kampanye") is still a
prohibition of its own."""
import pytest

from tests.clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Penyuluh agama diminta membimbing jemaah agar tetap menjaga kerukunan dan tidak terpecah belah.",
     [("obligation", "diminta membimbing jemaah agar tetap menjaga kerukunan dan tidak terpecah belah")]),
    ("Guru di Kecamatan Batu Putih diminta mendampingi siswa agar tetap rukun dan tidak terprovokasi isu pilkada.",
     [("obligation", "Guru di Kecamatan Batu Putih diminta mendampingi siswa agar tetap rukun dan tidak "
                     "terprovokasi isu pilkada")]),
])
def test_negated_outcome_stays_in_the_duty(text, expected):
    assert kinds(text) == expected


def test_negated_act_of_the_actor_is_its_own_prohibition():
    assert kinds("Guru di Kecamatan Batu Putih diminta mendampingi siswa dan tidak terlibat kampanye.") == [
        ("obligation", "Guru di Kecamatan Batu Putih diminta mendampingi siswa"),
        ("prohibition", "tidak terlibat kampanye")]


def test_active_consequence_verb_is_still_an_act():
    assert kinds("Kepala desa harus mampu menjaga kerukunan warga dan tidak memicu pertikaian antarpendukung.") == [
        ("obligation", "Kepala desa harus mampu menjaga kerukunan warga"),
        ("prohibition", "tidak memicu pertikaian antarpendukung")]
