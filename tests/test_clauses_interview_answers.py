"""Interview answers ("Tanya: ... / Jawab: ..."): a closing judgement after a condition
judges the act between them ("Kalau acaranya arisan keluarga, ya hadir saja, tidak
masalah" -> "hadir saja, tidak masalah"); the condition alone is the act when nothing
stands between ("Kalau sekadar hadir, ya tidak masalah"); the "Jawab:" label is no part of
the clause; the closing call to act ("Gunakan hak pilih ...") is an order. A condition
followed by no active verb gives no permission. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Tapi kalau acaranya syukuran keluarga, misalnya pernikahan sepupu yang kebetulan jadi caleg, '
     'ya datang saja, tidak masalah," kata Kepala BKPSDM Tanah Abang Hulu.',
     [("permission", "datang saja, tidak masalah")]),
    ("“Kalau undangannya dari kerabat sendiri, menghadiri saja, tidak apa-apa,” ujar Sekda Pulau Rindu.",
     [("permission", "menghadiri saja, tidak apa-apa")]),
])
def test_the_act_between_a_condition_and_its_judgement_is_judged(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tanya: Bolehkah guru honorer datang ke syukuran caleg?\n\n"
     "Jawab: Kalau cuma hadir, ya tidak masalah. Tapi jangan ikut membagikan kalender.",
     [("permission", "cuma hadir, ya tidak masalah"), ("prohibition", "jangan ikut membagikan kalender")]),
    ("Tanya: Apakah perangkat desa boleh menonton debat di balai warga?\n\n"
     "Jawab: Kalau acaranya nonton bareng warga, menonton dari belakang saja, tidak apa-apa.",
     [("permission", "menonton dari belakang saja, tidak apa-apa")]),
])
def test_an_answer_label_is_no_part_of_the_judged_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tanya: Apa pesan Ibu untuk para pegawai?\n\n"
     "Jawab: Gunakan hak pilih di TPS masing-masing, lalu kembali bekerja seperti biasa.",
     [("obligation", "Gunakan hak pilih di TPS masing-masing"), ("obligation", "kembali bekerja seperti biasa")]),
    ("Tanya: Pesan Bapak menjelang hari pencoblosan?\n\n"
     "Jawab: Gunakan hak pilih dengan tenang. Pilihan itu urusan masing-masing di bilik suara.",
     [("obligation", "Gunakan hak pilih dengan tenang")]),
])
def test_the_closing_call_to_act_is_an_order(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    '"Kalau cuacanya buruk, jadwal pelantikan KPPS mundur sehari, tidak masalah," kata Ketua PPK.',
    "Jawab: Kalau laporannya terlambat, dendanya kecil, tidak apa-apa.",
])
def test_a_condition_without_an_act_gives_no_permission(text):
    assert kinds(text) == []
