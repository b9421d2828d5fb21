"""Hurried local news writes the passive prefix apart ("di harapkan", "di minta"): the
split forms of passive cues are variants in cues.json like "di larang". Invented texts."""
import pytest

from clause_helpers import kinds

CASES = [
    ("Para lurah juga di harapkan aktif mengajak warga datang ke TPS pada hari pencoblosan.", "obligation",
     "di harapkan aktif mengajak warga datang ke TPS"),
    ("Sekdes di minta tidak menyimpan atribut pasangan calon di gudang balai desa.", "prohibition",
     "Sekdes di minta tidak menyimpan atribut pasangan calon"),
    ("Guru honorer di ingatkan agar tidak ikut konvoi kampanye memakai seragam sekolah.", "prohibition",
     "tidak ikut konvoi kampanye"),
    ("Pegawai kecamatan di haruskan melapor jika menerima undangan tim pemenangan.", "obligation",
     "Pegawai kecamatan di haruskan melapor"),
]


@pytest.mark.parametrize("text,kind,part", CASES)
def test_a_split_passive_prefix_is_read_as_the_cue(text, kind, part):
    out = kinds(text)
    assert len(out) == 1 and out[0][0] == kind and part in out[0][1], out

