"""Regional verb forms in an official's speech carry the cue of their Indonesian form
(cues.json, variants; _doc regional_cues): 'laporke' / 'laporno' / 'laporkeun' (laporkan),
'tolak wae' (tolak saja), 'ojo' / 'ora oleh' (jangan, tidak boleh), 'kudu' (harus), and
'yen' / 'nek' open a condition. A bare order after a condition needs no object. Javanese
'aja' (jangan) is colloquial Indonesian 'saja' too: it forbids only where an order opens
and a verb follows. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Yen ono pelanggaran, laporke wae," kata Camat Sukamaju.', [("obligation", "laporke wae")]),
    ('"Nek diajak kampanye, tolak wae," ujar Kepala Desa Tirtajaya kepada perangkatnya.',
     [("obligation", "tolak wae")]),
    ('"Lek ana sing ngajak kampanye, laporno ning Panwascam," pesan Lurah Ngawi Kidul.',
     [("obligation", "laporno ning Panwascam")]),
    ('"Mun aya nu ngajak kampanye, laporkeun ka Bawaslu," saur Camat Cikaret.',
     [("obligation", "laporkeun ka Bawaslu")]),
])
def test_regional_orders_after_a_condition(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"ASN ojo melu kampanye," kata Bupati Sukamaju.', [("prohibition", "ASN ojo melu kampanye")]),
    ('"Perangkat desa ora oleh melu-melu kampanye," tegas Camat Rantau Baru.',
     [("prohibition", "Perangkat desa ora oleh melu-melu kampanye")]),
    ('"Guru kudu netral nang sekolah," ujar Kepala Dinas Pendidikan Lembah Hijau.',
     [("obligation", "Guru kudu netral nang sekolah")]),
    ('"Aja ikut-ikutan kampanye," ujar Sekda Tirtajaya.', [("prohibition", "Aja ikut-ikutan kampanye")]),
    ('"Nek diajak foto bareng calon, aja melu," kata Lurah Sidomulyo.', [("prohibition", "aja melu")]),
])
def test_regional_cues_in_speech(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    '"Pegawai aja ikut-ikutan kampanye, apalagi warga," keluh Darmin, warga Sukamaju.',
    '"Gitu aja kok repot," kata Camat Tirtajaya sambil tertawa.',
    'Harga kedelai naik 100 yen per karung, kata pedagang.',
    '"Ya sudah, aja gitu," katanya.',
])
def test_colloquial_saja_and_other_near_misses_give_nothing(text):
    assert kinds(text) == []
