"""A directive's addressee may carry a relative clause with a cue of its own ('kepada seluruh
perangkat, khususnya yang tidak boleh hadir di kampanye, supaya ...', 'pegawai yang wajib piket
agar ...'): the relative cue describes the addressee and no longer hides the directive's
complementizer (session 12, real3 probe). All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Kami mengimbau kepada seluruh warga, khususnya yang dilarang berkampanye, supaya tidak datang ke rapat '
     'akbar," ujar Ketua Panwaslu Sukamaju.',
     # (session 22: from the directive's verb, as "mengimbau kepada seluruh warga supaya ..." gives)
     [("prohibition", "mengimbau kepada seluruh warga, khususnya yang dilarang berkampanye, supaya tidak datang ke "
                      "rapat akbar")]),
    ("Camat Pesisir Timur meminta pegawai yang wajib piket agar tidak meninggalkan kantor saat kampanye.",
     [("prohibition", "meminta pegawai yang wajib piket agar tidak meninggalkan kantor saat kampanye")]),
    ("Bupati Tirtajaya meminta pegawai yang boleh cuti untuk mengajukan izin tertulis.",
     [("obligation", "meminta pegawai yang boleh cuti untuk mengajukan izin tertulis")]),
])
def test_relative_cue_in_addressee_keeps_the_directive(text, expected):
    assert kinds(text) == expected


def test_a_cue_after_the_addressee_still_stops_the_search():
    # "meminta lurah dilarang ..." is no "meminta ... untuk": the modal's own rule stands
    assert kinds("Bupati meminta lurah dilarang memasang baliho calon di kantor kelurahan.") == [
        ("prohibition", "meminta lurah dilarang memasang baliho calon di kantor kelurahan")]
