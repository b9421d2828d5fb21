"""A chain of bare imperatives in speech ("Datangi TPS, lalu catat ..., kemudian laporkan
...") gives one order per verb. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Datangi TPS, lalu catat pelanggaran yang terlihat, kemudian laporkan ke panwascam," kata Ketua Bawaslu.',
     ["Datangi TPS", "catat pelanggaran yang terlihat", "laporkan ke panwascam"]),
    ("“Tolak uangnya, kemudian lapor ke Bawaslu,” kata Kapolres.",
     ["Tolak uangnya", "lapor ke Bawaslu"]),
    ("“Simpan bukti transfernya, setelah itu serahkan ke inspektorat,” ujar Sekda Lembah Hijau.",
     ["Simpan bukti transfernya", "serahkan ke inspektorat"]),
])
def test_each_order_of_a_chain_is_a_clause(text, expected):
    assert kinds(text) == [("obligation", t) for t in expected]


@pytest.mark.parametrize("text,expected", [
    # a noun after the sequence word is the object going on, not a new order
    ("“Catat nama, alamat, lalu nomor telepon orang yang mengajak,” kata Camat.",
     ["Catat nama, alamat, lalu nomor telepon orang yang mengajak"]),
    ("“Awasi anggota di pos jaga, kemudian juga di markas,” ujar Kapolres.",
     ["Awasi anggota di pos jaga, kemudian juga di markas"]),
])
def test_a_chain_needs_an_imperative_after_the_sequence_word(text, expected):
    assert kinds(text) == [("obligation", t) for t in expected]
