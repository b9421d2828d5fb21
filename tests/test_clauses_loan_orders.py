"""A borrowed verb at the head of an official's speech, before a comma and an order
("Screenshot, catat lokasinya, lalu lapor ..."), opens a series of orders."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,acts", [
    ('"Screenshot, catat lokasinya, lalu lapor ke posko Bawaslu," kata Ketua Bawaslu Teluk Biru.',
     ["Screenshot", "catat lokasinya", "lapor ke posko Bawaslu"]),
    ('"Capture, simpan buktinya, lalu kirim ke Panwascam," ujar Camat Lembah Hijau.',
     ["Capture", "simpan buktinya", "kirim ke Panwascam"]),
])
def test_a_borrowed_verb_opens_a_series_of_orders(text, acts):
    assert kinds(text) == [("obligation", a) for a in acts]


def test_a_borrowed_noun_before_a_comma_in_narration_is_no_order():
    assert kinds("Screenshot, tangkapan layar itu, kemudian beredar luas di grup warga.") == []
