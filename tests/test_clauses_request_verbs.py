"""Verbs of request that news uses besides 'meminta' / 'mengimbau' (session 12, real
articles of Sumatra, Jakarta, Banten and West Java): 'memohon ... untuk', 'mendorong ...
untuk', a colloquial loan 'mewarning agar', 'memberikan peringatan (tegas) kepada ... untuk',
and a first-person 'kami ingatkan' followed directly by its complementizer. A scope phrase
after a comma ('..., apa pun bentuknya') stays in the act. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Kami memohon bapak-bapak kepala desa untuk tetap netral selama pilkada," kata anggota Bawaslu Sukamaju.',
     [("obligation", "memohon bapak-bapak kepala desa untuk tetap netral selama pilkada")]),
    ("Ketua Panwaslih Tirtajaya memohon kepada seluruh guru agar tidak memakai kelas untuk kampanye.",
     [("prohibition", "memohon kepada seluruh guru agar tidak memakai kelas untuk kampanye")]),
])
def test_memohon_binds_its_addressee(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Wali kota juga mendorong para lurah untuk mengawasi pemasangan baliho di wilayahnya.",
     [("obligation", "mendorong para lurah untuk mengawasi pemasangan baliho di wilayahnya")]),
    ("Sekda Lembah Hijau mendorong seluruh camat agar mencatat setiap laporan warga soal ASN.",
     [("obligation", "mendorong seluruh camat agar mencatat setiap laporan warga soal ASN")]),
])
def test_mendorong_with_a_complementizer_is_a_request(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Program literasi itu mendorong partisipasi pemilih muda di Sukamaju.",
    "Festival budaya tersebut mendorong perputaran ekonomi warga pesisir.",
])
def test_mendorong_without_addressee_and_act_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Pj Bupati Sukamaju mewarning agar pegawai tidak ikut konvoi pasangan calon.",
     [("prohibition", "mewarning agar pegawai tidak ikut konvoi pasangan calon")]),
    ("Kepala BKPSDM Tirtajaya memberikan peringatan keras kepada para guru honorer untuk tidak memakai seragam "
     "saat menghadiri kampanye.",
     [("prohibition", "memberikan peringatan keras kepada para guru honorer untuk tidak memakai seragam saat "
                      "menghadiri kampanye")]),
])
def test_warning_verbs_bind_their_addressee(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Kami ingatkan agar seluruh perangkat desa menjaga jarak dari tim sukses," ujar Camat Pesisir Timur.',
     [("obligation", "Kami ingatkan agar seluruh perangkat desa menjaga jarak dari tim sukses")]),
    ('"Pegawai wajib netral. Saya ingatkan supaya hati-hati membagikan unggahan," kata Sekda.',
     [("obligation", "Pegawai wajib netral"), ("obligation", "hati-hati membagikan unggahan")]),
])
def test_first_person_reminder_with_complementizer(text, expected):
    assert kinds(text) == expected


def test_first_person_reminder_without_addressee_stays_no_rule():
    assert kinds("Saya ingatkan, gaji kita dibayar oleh rakyat.") == []
    assert kinds("Saya ingatkan lagi, gaji kita dibayar oleh rakyat.") == []


@pytest.mark.parametrize("text,expected", [
    ('"Saya ingatkan kembali semua guru honorer untuk tidak ikut rapat tim pemenangan," ujar Kadisdik.',
     [("prohibition", "Saya ingatkan kembali semua guru honorer untuk tidak ikut rapat tim pemenangan")]),
    ('"Kami ingatkan lagi kepada seluruh personel Kodim untuk menjaga jarak dari semua calon," kata Dandim.',
     [("obligation", "Kami ingatkan lagi kepada seluruh personel Kodim untuk menjaga jarak dari semua calon")]),
])
def test_first_person_reminder_repeated_binds_its_addressee(text, expected):
    # "kembali" / "lagi" between the bare verb and its addressee, as after "mengingatkan"
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pegawai dilarang menghadiri acara partai, apa pun bentuknya.",
     [("prohibition", "Pegawai dilarang menghadiri acara partai, apa pun bentuknya")]),
    ("Kepala desa tidak boleh memasang atribut calon di balai desa, dalam bentuk apapun, dan tidak boleh "
     "membagikan kalender calon.",
     [("prohibition", "Kepala desa tidak boleh memasang atribut calon di balai desa, dalam bentuk apapun"),
      ("prohibition", "tidak boleh membagikan kalender calon")]),
])
def test_scope_phrase_after_comma_stays_in_the_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Kepala dinas mewanti-wanti seluruh guru agar tidak mengunggah foto bersama calon.",
     [("prohibition", "mewanti-wanti seluruh guru agar tidak mengunggah foto bersama calon")]),
    ("Camat juga mewanti-wanti kepada lurah untuk menjaga jarak dari tim sukses.",
     [("obligation", "mewanti-wanti kepada lurah untuk menjaga jarak dari tim sukses")]),
])
def test_a_warning_verb_binds_its_addressee_and_act(text, expected):
    assert kinds(text) == expected


def test_a_warning_verb_about_a_topic_is_no_rule():
    assert kinds("Warga mewanti-wanti soal banjir yang datang setiap tahun.") == []
