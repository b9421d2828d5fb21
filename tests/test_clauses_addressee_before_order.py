"""An addressee named right before a bare order in an official's speech, with no comma
between ("Para Bhabinkamtibmas pahami ...", "Seluruh perangkat desa pastikan ...", "Kalian
catat ..."), stays outside the order, which runs from its verb; a cue after the order does
not take the addressee and the order as its actor. The speaker's own statement ("Kami
pastikan ...", "Kita carikan ..."), the public, a "ber-" word and narration give no order.
All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Para Bhabinkamtibmas pahami betul aturan netralitas, jangan sampai ikut memihak," ujar Kapolres '
     'Lembah Hijau.',
     [("obligation", "pahami betul aturan netralitas"), ("prohibition", "jangan sampai ikut memihak")]),
    ('"Seluruh perangkat desa pastikan tidak ada atribut calon di kantor desa," tegas Camat Sukamaju.',
     [("obligation", "pastikan tidak ada atribut calon di kantor desa")]),
    ('"Kalian catat setiap pelanggaran di lapangan," kata Ketua Panwascam Tanjung Sari.',
     [("obligation", "catat setiap pelanggaran di lapangan")]),
    ('"Para pendamping pahami isi surat edaran itu," kata Kepala Dinas Sosial Karang Asri.',
     [("obligation", "pahami isi surat edaran itu")]),
    ('"Daftar lokasi terlarang itu, Bapak hafalkan satu per satu," kata Wali Kota Bukit Indah.',
     [("obligation", "hafalkan satu per satu")]),
])
def test_the_order_after_its_addressee_runs_from_the_verb(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Para camat pahami situasi di lapangan.",                                   # narration
    '"Kami pastikan tidak ada pegawai yang terlibat," kata Bupati Danau Biru.',  # the speaker's own act
    '"Kita carikan jalan keluar bersama," kata Camat Gunung Sari.',              # the speakers' intent
    '"ASN berkedudukan sebagai pelayan publik," kata Sekda Teluk Permai.',       # "ber-" and a noun
])
def test_no_order_without_an_addressee_and_an_order_verb(text):
    assert kinds(text) == []


def test_a_comma_addressee_keeps_its_order_and_prohibition():
    text = '"Para lurah, pahami aturan kampanye, jangan sampai ikut berpose dengan calon," kata Camat Rawa Sari.'
    assert kinds(text) == [("obligation", "pahami aturan kampanye"),
                           ("prohibition", "jangan sampai ikut berpose dengan calon")]


def test_an_addressee_before_a_prohibition_stays_its_actor():
    text = '"Para Bhabinkamtibmas jangan sampai ikut memihak," ujar Kapolres Muara Jaya.'
    assert kinds(text) == [("prohibition", "Para Bhabinkamtibmas jangan sampai ikut memihak")]
