"""A duty to know whose object is a noun with a relative holding a cue ("harus mengetahui
tempat yang dilarang untuk berkampanye") is the act: the cue qualifies the thing known and
states no rule of its own. A duty to know a clause that holds a rule is still that rule's
frame (cues.json knowing_verbs). Invented texts."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Camat dan lurah se-Kota Tirtajaya harus mengetahui lokasi – lokasi yang dilarang untuk berkampanye.",
     [("obligation", "Camat dan lurah se-Kota Tirtajaya harus mengetahui lokasi – lokasi yang dilarang untuk "
                     "berkampanye")]),
    ("Kepala desa wajib memahami fasilitas yang tidak boleh dipakai untuk kegiatan partai.",
     [("obligation", "Kepala desa wajib memahami fasilitas yang tidak boleh dipakai untuk kegiatan partai")]),
])
def test_a_cue_in_a_relative_on_the_object_known_leaves_the_duty(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Semua lurah harus tahu bahwa perangkat kelurahan dilarang ikut kampanye.",
     [("prohibition", "perangkat kelurahan dilarang ikut kampanye")]),
    ("Kepala sekolah harus tahu bahwa guru honorer wajib melapor ke Panwascam.",
     [("obligation", "guru honorer wajib melapor ke Panwascam")]),
])
def test_a_rule_known_is_still_the_clause(text, expected):
    assert kinds(text) == expected
