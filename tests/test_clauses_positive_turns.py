"""Turns inside one sentence from what is forbidden or allowed to what is asked: a series
under one "jangan" that turns to an order ("jangan ikut rapat tim, dan tetap layani ...",
"jangan berangkat, tanyakan dulu ..."); an official's order after a contrast ("silakan,
tapi lepas seragam ..."); a wish judged by a closing cue ("Pak RT mau datang ke kampanye,
silakan"); and a duty whose act is to obtain permission ("harus mendapat izin tertulis").
All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Kalau ragu, jangan berangkat, tanyakan dulu ke kepala puskesmas," kata Kepala Dinas Kesehatan.',
     [("prohibition", "jangan berangkat"), ("obligation", "tanyakan dulu ke kepala puskesmas")]),
    ('"Jangan langsung percaya kabar itu, cek dulu ke sumber resmi," kata Kepala Dinas Kominfo.',
     [("prohibition", "Jangan langsung percaya kabar itu"), ("obligation", "cek dulu ke sumber resmi")]),
    ('"Jangan ikut rapat tim, dan tetap layani semua warga dengan sama," ujar Camat Teluk Dalam.',
     [("prohibition", "Jangan ikut rapat tim"), ("obligation", "tetap layani semua warga dengan sama")]),
    ('"Jangan memasang stiker calon di mobil dinas, tetapi tetap patuhi aturan jam kerja," kata Kepala BKD.',
     [("prohibition", "Jangan memasang stiker calon di mobil dinas"),
      ("obligation", "tetap patuhi aturan jam kerja")]),
])
def test_a_series_under_one_negator_turns_to_an_order(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Jangan pasang baliho, bagikan kaos, atau ajak warga memilih calon," kata Sekda.',
     [("prohibition", "Jangan pasang baliho"), ("prohibition", "bagikan kaos"),
      ("prohibition", "ajak warga memilih calon")]),
    ("Pegawai jangan memasang baliho, membagikan kaos, dan mengajak warga memilih.",
     [("prohibition", "Pegawai jangan memasang baliho"), ("prohibition", "membagikan kaos"),
      ("prohibition", "mengajak warga memilih")]),
])
def test_acts_without_a_turn_stay_forbidden(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Kalau ibu-ibu ingin datang ke kampanye, silakan, tapi lepas seragam dinas dan jangan bawa nama kantor," '
     'ujar Bupati.',
     [("permission", "Kalau ibu-ibu ingin datang ke kampanye, silakan"), ("obligation", "lepas seragam dinas"),
      ("prohibition", "jangan bawa nama kantor")]),
    ('"Hadir di kampanye boleh, tapi tolak kalau diberi kaos," kata Camat.',
     [("permission", "Hadir di kampanye boleh"), ("obligation", "tolak kalau diberi kaos")]),
])
def test_an_official_orders_after_a_contrast(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Pak RT mau datang ke kampanye, silakan," kata Lurah Sukaraja.',
     [("permission", "Pak RT mau datang ke kampanye, silakan")]),
    ('"Guru ingin menonton debat calon di balai desa, boleh saja," ujar Kepala Dinas Pendidikan.',
     [("permission", "Guru ingin menonton debat calon di balai desa, boleh")]),
])
def test_a_wish_judged_by_a_closing_cue_is_permitted(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Ia ingin pulang lebih cepat, silakan cek ke bendahara.",
    '"Kami ingin pemilu damai, itu saja," kata Kapolres.',
])
def test_a_wish_without_a_judged_act_gives_no_permission(text):
    assert [k for k, _ in kinds(text)] != ["permission"]


@pytest.mark.parametrize("text,expected", [
    ("Perangkat desa yang ditunjuk menjadi anggota PPS harus mendapat izin tertulis dari kepala desa sebelum bertugas.",
     [("obligation", "Perangkat desa yang ditunjuk menjadi anggota PPS harus mendapat izin tertulis dari kepala desa "
                     "sebelum bertugas")]),
    ("Pegawai yang akan cuti kampanye wajib memperoleh izin atasan terlebih dahulu.",
     [("obligation", "Pegawai yang akan cuti kampanye wajib memperoleh izin atasan terlebih dahulu")]),
])
def test_a_duty_to_obtain_permission_is_one_obligation(text, expected):
    assert kinds(text) == expected


def test_permission_granted_stays_a_permission():
    assert kinds("ASN mendapat izin untuk menghadiri deklarasi sebagai undangan.") == [
        ("permission", "ASN mendapat izin untuk menghadiri deklarasi sebagai undangan")]


@pytest.mark.parametrize("text,expected", [
    ("Itu artinya prajurit tidak boleh terlibat dalam politik praktis dan tetap netral selama tahapan pemilu.",
     [("prohibition", "prajurit tidak boleh terlibat dalam politik praktis"),
      ("obligation", "tetap netral selama tahapan pemilu")]),
    ("Pegawai kelurahan tidak boleh ikut konvoi calon, dan tetap profesional melayani warga.",
     [("prohibition", "Pegawai kelurahan tidak boleh ikut konvoi calon"),
      ("obligation", "tetap profesional melayani warga")]),
])
def test_a_state_to_keep_after_a_prohibition_is_an_obligation(text, expected):
    assert kinds(text) == expected


def test_one_negator_over_two_acts_stays_one_prohibition():
    assert kinds("Pegawai tidak boleh memihak dan mendukung calon tertentu.") == [
        ("prohibition", "Pegawai tidak boleh memihak dan mendukung calon tertentu")]
