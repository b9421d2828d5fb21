"""A series that repeats its negator on each act ("Jangan A, jangan B, dan ...") and ends
in an order joined by "dan" without the negator ("tetap laporkan ...", "buka pelayanan
...") asks for that last act: an obligation. An active verb there ("..., dan menghadiri
kampanye") and "atau" keep it forbidden. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Jangan berfoto dengan caleg, jangan pakai kaus partai di rumah, dan tetap laporkan kepada danramil kalau ada '
     'yang mendekati keluarga," tegas Dandim di depan peserta apel.',
     [("prohibition", "Jangan berfoto dengan caleg"), ("prohibition", "jangan pakai kaus partai di rumah"),
      ("obligation", "tetap laporkan kepada danramil kalau ada yang mendekati keluarga")]),
    ('"Balai desa milik semua warga. Jangan dipinjamkan untuk rapat tim calon, jangan ada bendera partai di halamannya, '
     'dan buka pelayanan seperti biasa saat hari pencoblosan," kata Kepala Dinas PMD.',
     [("prohibition", "Jangan dipinjamkan untuk rapat tim calon"),
      ("prohibition", "jangan ada bendera partai di halamannya"),
      ("obligation", "buka pelayanan seperti biasa saat hari pencoblosan")]),
])
def test_an_order_closing_a_series_that_repeats_its_negator_is_an_obligation(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pegawai tidak boleh memasang baliho, tidak boleh membagikan kalender, dan menghadiri rapat umum calon.",
     [("prohibition", "Pegawai tidak boleh memasang baliho"), ("prohibition", "tidak boleh membagikan kalender"),
      ("prohibition", "menghadiri rapat umum calon")]),
    ('"Jangan golput, jangan terima amplop, atau laporkan kalau ada serangan fajar," ujar Bupati.',
     [("prohibition", "Jangan golput"), ("prohibition", "jangan terima amplop"),
      ("prohibition", "laporkan kalau ada serangan fajar")]),
])
def test_an_active_verb_or_atau_keeps_the_last_act_forbidden(text, expected):
    assert kinds(text) == expected
