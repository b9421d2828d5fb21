"""The object voice (pasif semu) after a modal: a fronted object, the modal, a pronoun agent
and a bare verb ("Jarak dengan lokasi kampanye harus kita jaga") judge the object named
before the modal, so the clause runs from that object to the end of the act, past a
connective. A pronoun before the modal, a condition, or an object that only refers back
leave the clause as it was. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Jarak dengan lokasi kampanye harus kita jaga," kata Dandim Pesisir Timur.',
     [("obligation", "Jarak dengan lokasi kampanye harus kita jaga")]),
    ('"Aturan netralitas wajib kalian pahami sebelum bertugas," kata Kapolsek Sungai Lebar.',
     [("obligation", "Aturan netralitas wajib kalian pahami sebelum bertugas")]),
    ('"Fasilitas kantor tidak boleh kita pakai untuk kampanye," kata Sekda Bukit Hijau.',
     [("prohibition", "Fasilitas kantor tidak boleh kita pakai untuk kampanye")]),
    ('"Jadi, seragam dinas jangan kalian pakai di acara partai," kata Kepala BKPSDM Rawa Indah.',
     [("prohibition", "seragam dinas jangan kalian pakai di acara partai")]),
])
def test_the_fronted_object_opens_the_clause(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Kita harus jaga jarak," kata Dandim Pesisir Barat.', [("obligation", "harus jaga jarak")]),
    ('"Kalau ada temuan, harus kita laporkan ke Panwascam," kata Camat Lereng Hijau.',
     [("obligation", "harus kita laporkan ke Panwascam")]),
    ('"Ini harus kita jaga," kata Camat Ujung Batu.', []),
])
def test_no_fronted_object_no_change(text, expected):
    assert kinds(text) == expected
