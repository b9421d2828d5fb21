"""Requests in an official's speech: a request verb followed by an order and no addressee
("saya minta awasi ...", "kami minta tolong awasi ...") is that order; an addressee fronted
before the speaker ("Kepada para lurah, saya minta ...") is its actor and opens the clause.
A polite word with the inclusive "kita" before an order ("Tolong kita optimalkan ...",
"Mohon kita jaga ...") is an order too. A request without an order, or "kita" before a
word that gives none, is no rule. All texts are invented."""
import pytest

from clause_helpers import clauses_of, kinds


@pytest.mark.parametrize("text,expected", [
    ('"Saya minta awasi tenaga kontrak di setiap puskesmas," kata Bupati Lembah Sari.',
     [("obligation", "minta awasi tenaga kontrak di setiap puskesmas")]),
    ("“Kami minta tolong catat setiap tamu yang membawa atribut calon,” ujar Kepala Satpol PP.",
     [("obligation", "minta tolong catat setiap tamu yang membawa atribut calon")]),
])
def test_a_request_followed_by_an_order_is_that_order(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected,actor", [
    ('"Kepada para lurah, saya minta awasi ketua RT di wilayah masing-masing," kata Wali Kota.',
     "para lurah, saya minta awasi ketua RT di wilayah masing-masing", "para lurah"),
    ("“Untuk kepala sekolah, kami minta pantau grup WhatsApp guru selama masa kampanye,” ujar Kepala Dinas.",
     "kepala sekolah, kami minta pantau grup WhatsApp guru selama masa kampanye", "kepala sekolah"),
])
def test_an_addressee_fronted_before_the_speaker_is_the_actor(text, expected, actor):
    out = clauses_of(text)
    assert [(c.kind, c.text) for c in out] == [("obligation", expected)]
    assert out[0].actor == actor


@pytest.mark.parametrize("text,expected", [
    ('"Tolong kita optimalkan pengawasan di tingkat kelurahan," ujar Wali Kota.',
     [("obligation", "optimalkan pengawasan di tingkat kelurahan")]),
    ("“Mohon kita jaga bersama netralitas di lingkungan sekolah,” kata Kepala Dinas Pendidikan.",
     [("obligation", "jaga bersama netralitas di lingkungan sekolah")]),
])
def test_a_polite_word_with_kita_before_an_order_is_an_order(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    '"Mohon kita semua bersabar menunggu hasil rekapitulasi," kata Ketua KPU.',
    '"Saya minta maaf atas keterlambatan logistik di dua desa," kata Ketua PPK.',
])
def test_a_request_without_an_order_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text, asked", [
    ("Sekda Lembah Timur meminta netralitas pegawai tetap dijaga sampai penetapan hasil.",
     "meminta netralitas pegawai tetap dijaga sampai penetapan hasil"),
    ("Kapolres juga meminta kekompakan anggota terus dipelihara selama masa tenang.",
     "meminta kekompakan anggota terus dipelihara selama masa tenang"),
])
def test_a_thing_kept_is_asked_by_any_subject(text, asked):
    assert kinds(text) == [("obligation", asked)]


def test_a_thing_asked_without_constancy_is_no_rule():
    assert kinds("Warga Desa Sungai Dua meminta jembatan gantung itu diperbaiki sebelum musim hujan.") == []
