"""A list of parties after an example marker ("..., termasuk lurah, guru, bidan desa, dan
anggota BPD") says whom the rule covers: no part of the act. A list of things after it
("termasuk stiker dan spanduk") stays in the act."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,act", [
    ("Beberapa kalangan tidak diperkenankan menjadi juru kampanye, termasuk lurah, guru, penyuluh, dan anggota BPD.",
     "tidak diperkenankan menjadi juru kampanye"),
    ("Pihak-pihak tertentu tidak boleh dilibatkan dalam kampanye, seperti kepala desa, perangkat desa, dan "
     "anggota BPD.", "tidak boleh dilibatkan dalam kampanye"),
])
def test_parties_after_an_example_marker_are_no_part_of_the_act(text, act):
    found = kinds(text)
    assert len(found) == 1 and found[0][0] == "prohibition" and found[0][1].endswith(act)


@pytest.mark.parametrize("text,tail", [
    ("Pegawai dilarang memasang alat peraga kampanye, termasuk stiker dan spanduk.", "termasuk stiker dan spanduk"),
    ("Kepala desa dilarang membagikan bantuan, seperti sembako, beras, dan uang tunai.",
     "seperti sembako, beras, dan uang tunai"),
])
def test_things_after_an_example_marker_stay_in_the_act(text, tail):
    found = kinds(text)
    assert len(found) == 1 and found[0][1].endswith(tail)
