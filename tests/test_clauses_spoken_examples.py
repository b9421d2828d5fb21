"""Two spoken shapes (session 18; all texts invented): "Silakan saja (mereka) V" grants the act
as "Silakan V" does, the filler "saja" between them; and an order given as an example ("Seperti
hindari mengunggah A, menyukai B, dan membagikan C", "Misalnya laporkan ke ...") is an order
past its marker. "Silakan saja, itu urusan mereka" names no act; "Seperti diketahui, ..." and a
marker before a noun open no order."""
import pytest

from tests.clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Silakan saja datang, namun jangan ikut berpidato," ujar Kepala BKD.',
     [("permission", "Silakan saja datang"), ("prohibition", "jangan ikut berpidato")]),
    ('"Silahkan saja mereka menonton debat di balai warga," kata camat.',
     [("permission", "Silahkan saja mereka menonton debat di balai warga")]),
])
def test_a_permission_with_saja_before_its_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Jadi harus hati-hati di media sosial. Seperti hindari untuk mengunggah foto dengan calon, menyukai '
     'unggahan ataupun memberikan komentar. Itu tidak boleh," jelasnya.',
     [("obligation", "harus hati-hati di media sosial"),
      ("prohibition", "hindari untuk mengunggah foto dengan calon"),
      ("prohibition", "menyukai unggahan"), ("prohibition", "memberikan komentar")]),
    ('"Misalnya laporkan ke Panwascam bila melihat kades berkampanye," katanya.',
     [("obligation", "laporkan ke Panwascam bila melihat kades berkampanye")]),
])
def test_an_order_given_as_an_example(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    '"Silakan saja, itu urusan mereka," ujarnya.',
    "Seperti diketahui, pemungutan suara digelar pada bulan November.",
    '"Seperti jalan desa yang rusak itu," katanya.',
])
def test_no_act_no_order(text):
    assert kinds(text) == []
