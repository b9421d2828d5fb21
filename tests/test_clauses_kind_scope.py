"""A rule's kind does not leak to its neighbours (session 15): a negator scopes over the acts
of its own sentence only, so a bare order in the next sentence is asked for; a positive duty
("menjaga netralitas") coordinated under one negator is not forbidden; a purpose "agar tidak"
inside a duty does not make it a prohibition; a duty after a permission and a contrast is an
obligation of its own; a directive's negated passive content is a prohibition however long the
thing it names."""
import pytest

from clause_helpers import kinds


# -- a bare order after a sentence with a negator ----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ('"Pantau perkembangan di lapangan, tetapi tidak boleh ikut-ikutan mengomentari hasil pemilu. '
     'Pegang teguh sumpah prajurit dengan berpedoman pada aturan yang berlaku," kata Danrem Bukit Barisan.',
     [("obligation", "Pantau perkembangan di lapangan"),
      ("prohibition", "tidak boleh ikut-ikutan mengomentari hasil pemilu"),
      ("obligation", "Pegang teguh sumpah prajurit dengan berpedoman pada aturan yang berlaku")]),
    ("Kepala Dinas Pendidikan Lembah Hijau mengingatkan seluruh guru agar tidak ikut berpolitik praktis. "
     "Bekerjalah dengan tekun, jujur dan jalankan tugas dengan penuh dedikasi.",
     [("prohibition", "mengingatkan seluruh guru agar tidak ikut berpolitik praktis"),
      ("obligation", "Bekerjalah dengan tekun, jujur"),
      ("obligation", "jalankan tugas dengan penuh dedikasi")]),
    ("Sekda Tanjung Sari meminta para lurah tidak memihak. Bersikaplah adil kepada semua warga dan "
     "layani permohonan surat dengan cepat.",
     [("prohibition", "meminta para lurah tidak memihak"),
      ("obligation", "Bersikaplah adil kepada semua warga"),
      ("obligation", "layani permohonan surat dengan cepat")]),
])
def test_bare_order_after_a_negated_sentence_is_an_obligation(text, expected):
    assert kinds(text) == expected


def test_indicative_act_after_a_prohibition_still_goes_on_with_it():
    # a me- verb with no order form is the prohibition's list going on
    assert kinds("Kapolres Muara Jaya melarang anggotanya berfoto dengan calon. "
                 "Membuat unggahan dukungan di media sosial juga.") == [
        ("prohibition", "melarang anggotanya berfoto dengan calon"),
        ("prohibition", "Membuat unggahan dukungan di media sosial juga")]


def test_word_ending_like_an_emphatic_order_gives_no_order():
    assert kinds('"Bermasalah atau tidak, pegawai wajib hadir apel pagi," kata Sekda Lembah Hijau.') == [
        ("obligation", "pegawai wajib hadir apel pagi")]


# -- a positive duty under one negator ----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ('"Jangan ikut terlibat mendukung pasangan calon mana pun dan menjaga netralitas," kata Kepala '
     'Kantor Kemenag Pulau Rindu.',
     [("prohibition", "Jangan ikut terlibat mendukung pasangan calon mana pun"),
      ("obligation", "menjaga netralitas")]),
    ('"Jangan memasang atribut partai di kantor, dan bersikap netral selama masa kampanye," tegas '
     'Sekda Sungai Rata.',
     [("prohibition", "Jangan memasang atribut partai di kantor"),
      ("obligation", "bersikap netral selama masa kampanye")]),
])
def test_duty_act_under_one_negator_is_an_obligation(text, expected):
    assert kinds(text) == expected


def test_other_acts_under_one_negator_stay_forbidden():
    assert kinds('"Jangan ikut rapat tim sukses dan memasang spanduk calon," ujar Camat Sungai Rata.') == [
        ("prohibition", "Jangan ikut rapat tim sukses"),
        ("prohibition", "memasang spanduk calon")]


# -- a purpose "agar tidak" inside a duty -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Prajurit Yonif harus membatasi diri agar tidak singgah ke lokasi kampanye calon gubernur.",
    "Kepala puskesmas wajib menjaga jarak dari tim pemenangan supaya tidak dicurigai memihak.",
])
def test_purpose_with_a_negator_keeps_the_duty(text):
    assert kinds(text) == [("obligation", text.rstrip("."))]


def test_restraining_from_an_act_still_forbids_it():
    assert kinds("Para penyuluh diimbau menahan diri dari membagikan materi kampanye.") == [
        ("prohibition", "Para penyuluh diimbau menahan diri dari membagikan materi kampanye")]


# -- a duty after a permission and a contrast ---------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Menurut dia, aturannya guru tetap boleh memilih tapi menjaga netralitas.",
     [("permission", "guru tetap boleh memilih"), ("obligation", "menjaga netralitas")]),
    ("Lurah dipersilakan menggunakan hak pilihnya tetapi tetap menjaga netralitas di kantor.",
     [("permission", "Lurah dipersilakan menggunakan hak pilihnya"),
      ("obligation", "tetap menjaga netralitas di kantor")]),
    ("Kepala desa boleh hadir di pertemuan warga namun tetap bersikap netral.",
     [("permission", "Kepala desa boleh hadir di pertemuan warga"), ("obligation", "tetap bersikap netral")]),
])
def test_duty_after_a_permission_and_a_contrast(text, expected):
    assert kinds(text) == expected


def test_restriction_of_a_permission_without_a_duty_stays_in_it():
    assert kinds("Pegawai boleh datang ke acara itu tapi hanya sebagai tamu undangan.") == [
        ("permission", "Pegawai boleh datang ke acara itu tapi hanya sebagai tamu undangan")]


# -- a directive's negated passive content ------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Kepala Dinas Kesehatan Tanjung Sari mengimbau agar puskesmas di wilayah kepulauan (PKM) dan klinik "
     "desa tidak dipakai sebagai posko pemenangan calon bupati.",
     "puskesmas di wilayah kepulauan (PKM) dan klinik desa tidak dipakai sebagai posko pemenangan calon bupati"),
    ("Wali Kota Bukit Tinggi Raya meminta supaya lapangan milik pemerintah di pinggir kota tidak digunakan "
     "untuk pawai kampanye.",
     "lapangan milik pemerintah di pinggir kota tidak digunakan untuk pawai kampanye"),
    ("Menteri Agama mengimbau agar madrasah di daerah terpencil tidak dijadikan tempat kampanye partai.",
     "madrasah di daerah terpencil tidak dijadikan tempat kampanye partai"),
])
def test_negated_passive_content_is_a_prohibition(text, expected):
    assert kinds(text) == [("prohibition", expected)]


def test_passive_content_without_a_negator_is_an_obligation():
    assert kinds("Wali Kota Bukit Tinggi Raya meminta supaya lapangan milik pemerintah di pinggir kota (LP) "
                 "dibersihkan setelah dipakai untuk TPS.") == [
        ("obligation", "lapangan milik pemerintah di pinggir kota (LP) dibersihkan setelah dipakai untuk TPS")]
