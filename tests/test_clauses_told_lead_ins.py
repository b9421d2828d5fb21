"""Orders after a narrated lead-in ("para ASN diingatkan:", "Kepada guru dipesankan:"): on
lines of their own below it, each imperative line is a clause with the lead-in's actor;
inline after its colon, the first word opens an order as in an official's speech, and the
lead-in gives no clause of its own. A colon after a verb that tells no one (a report)
opens no order. All texts are invented."""
import pytest

from clause_helpers import clauses_of, kinds


@pytest.mark.parametrize("text,expected", [
    ("Dalam apel pagi di Sukamaju, para ASN diingatkan:\n\nHapus komentar dukungan di media sosial.\n\n"
     "Jangan ikut foto bersama calon.",
     [("obligation", "Hapus komentar dukungan di media sosial", "para ASN"),
      ("prohibition", "Jangan ikut foto bersama calon", "para ASN")]),
    ("Kepada para guru di Tirtajaya dipesankan:\n\nJaga netralitas di sekolah.\n\n"
     "Jangan memasang atribut partai di ruang kelas.",
     [("obligation", "Jaga netralitas di sekolah", "para guru di Tirtajaya"),
      ("prohibition", "Jangan memasang atribut partai di ruang kelas", "para guru di Tirtajaya")]),
])
def test_imperative_lines_under_a_narrated_lead_in(text, expected):
    assert [(c.kind, c.text, c.actor) for c in clauses_of(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Dalam surat itu dipesankan: Hapus unggahan yang mendukung calon. Jangan ikut kampanye.",
     [("obligation", "Hapus unggahan yang mendukung calon"), ("prohibition", "Jangan ikut kampanye")]),
    ("Para camat di Rantau Baru diingatkan: jangan ikut kampanye, hapus unggahan dukungan.",
     [("prohibition", "jangan ikut kampanye"), ("obligation", "hapus unggahan dukungan")]),
    ('Usai rapat, hal itu kembali diingatkan: "Tolak ajakan ke deklarasi. Jangan ikut konvoi calon."',
     [("obligation", "Tolak ajakan ke deklarasi"), ("prohibition", "Jangan ikut konvoi calon")]),
])
def test_orders_inline_after_a_narrated_lead_in(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Hasil rapat itu dilaporkan: hapus anggaran perjalanan dinas tahun depan.",
    "Dalam catatan redaksi disebutkan: hapus cache peramban bila halaman tidak tampil.",
])
def test_a_colon_after_a_report_opens_no_order(text):
    assert kinds(text) == []
