"""clean.py on text dumps: a page's UTF-8 read as windows-1252/latin-1 (mojibake) is mended before
the lines are classified. Wordings invented."""
import pytest

from corpus_tools.clean import repair_mojibake
from dump_helpers import PARA_A, PARA_B, kept, page


def _garble(text: str, lost: str = "\x9d") -> str:
    """UTF-8 read as cp1252; the byte cp1252 leaves undefined as a browser shows it."""
    return text.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", lost)


@pytest.mark.parametrize("text", [
    "“Pegawai wajib netral,” kata Sekda Lembah Hijau — tegas.",
    "Camat Kuala Senja menyebut ‘larangan’ itu berlaku bagi pegawai…",
])
@pytest.mark.parametrize("lost", ["\x9d", "\ufffd", ""])
def test_mojibake_is_mended(text, lost):
    assert repair_mojibake(_garble(text, lost)) == text


@pytest.mark.parametrize("garbled,mended", [
    ("tugas prajurit TNI\u00c2 sesuai dengan aturan", "tugas prajurit TNI sesuai dengan aturan"),
    ("Bupati Rawa Indah melarang pegawai berkampanye.\u00c2\nParagraf kedua.",
     "Bupati Rawa Indah melarang pegawai berkampanye.\nParagraf kedua."),
])
def test_a_stray_a_circumflex_beside_a_space_or_at_the_end_is_dropped(garbled, mended):
    assert repair_mojibake(garbled) == mended


@pytest.mark.parametrize("text", [
    "Kode ruang Ã-12 di Jalan Merdeka",         # no UTF-8 behind it: left as it is
    "Ketua panitia, Zoë Siregar, menyebut naïf bila pegawai ikut kampanye.",
    "Harga tiket Â£5 tidak berubah",            # (mended: the pound sign)
])
def test_text_without_decodable_mojibake_is_left_alone(text):
    expected = text.replace("Â£", "£")
    assert repair_mojibake(text) == expected


@pytest.mark.parametrize("lead", [
    "LEMBAH HIJAU – Sekda Lembah Hijau mengingatkan seluruh pegawai agar menjaga netralitas selama pilkada.\u00c2",
    "Kuala Senja - Wali kota meminta aparatur kelurahan tidak memasang atribut calon di kantor.\u00c2",
])
def test_a_lead_ending_in_a_stray_mark_stays_body(lead):
    out = kept(page("Warta Lembah", "Pegawai Diminta Netral Selama Pilkada", _garble(lead), PARA_A, "\u00c2", PARA_B))
    assert out == [lead[:-1], PARA_A, PARA_B]
