"""A series of orders: after a comma, an act opened by an order verb ("keluar", "hapus")
after "lalu" / "kemudian" is one more order ("Copot stiker ..., hapus unggahan ..., lalu
keluar dari grup ..."); under one "jangan", a remedy order after a comma ("hapus",
"tolak", "laporkan": imperative cues of obligation) turns the series to what to do, and
an act in sequence after it ("lalu keluar ...") is an order too. A series with no remedy
stays forbidden. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Copot stiker calon dari motor, hapus unggahan dukungan, lalu keluar dari grup relawan," kata Camat Lembah Hijau.',
     [("obligation", "Copot stiker calon dari motor"), ("obligation", "hapus unggahan dukungan"),
      ("obligation", "keluar dari grup relawan")]),
    ('"Tolak ajakan itu, kemudian keluar dari grup," ujar Sekda Rantau Baru.',
     [("obligation", "Tolak ajakan itu"), ("obligation", "keluar dari grup")]),
    ("Pegawai Pulau Rindu diminta menghapus unggahan, lalu keluar dari grup relawan.",
     [("obligation", "Pegawai Pulau Rindu diminta menghapus unggahan"), ("obligation", "keluar dari grup relawan")]),
])
def test_keluar_is_an_order_in_a_series(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Jangan unggah foto calon, hapus komentar dukungan, lalu keluar dari grup pemenangan," kata Bupati Sukamaju.',
     [("prohibition", "Jangan unggah foto calon"), ("obligation", "hapus komentar dukungan"),
      ("obligation", "keluar dari grup pemenangan")]),
    ('"Jangan ikut grup relawan, tolak ajakannya, kemudian keluar dari grup itu," ujar Kepala BKD Tirtajaya.',
     [("prohibition", "Jangan ikut grup relawan"), ("obligation", "tolak ajakannya"),
      ("obligation", "keluar dari grup itu")]),
])
def test_a_remedy_order_turns_a_prohibition_series(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Jangan unggah foto, bagikan tautan, atau komentari unggahan calon," ujar Sekda Sukamaju.',
     [("prohibition", "Jangan unggah foto"), ("prohibition", "bagikan tautan, atau komentari unggahan calon")]),
    ('"Jangan masuk grup pemenangan, lalu keluar lagi diam-diam," kata Camat Tirtajaya.',
     [("prohibition", "Jangan masuk grup pemenangan"), ("prohibition", "keluar lagi diam-diam")]),
])
def test_a_series_without_a_remedy_stays_forbidden(text, expected):
    assert kinds(text) == expected
