"""clean.py on text dumps: a list of the text interrupted by a page's ad slot, probed after the
session-10 dumps (tests/unseen/dumps/501-512 print ad slots inside bodies). Invented wordings."""
import pytest

from dump_helpers import LEAD_A, PARA_B, kept, page


@pytest.mark.parametrize("lead_in,items,slot,at", [
    ("Pegawai dilarang:", ["Ikut kampanye", "Memasang atribut", "Mengunggah dukungan"], "ADVERTISEMENT", 0),
    ("Yang tidak boleh dilakukan kepala desa:", ["hadir di deklarasi calon", "menjadi juru kampanye",
                                                 "memakai mobil desa untuk calon"], "SCROLL TO CONTINUE WITH CONTENT", 1),
    ("Larangan lainnya:", ["Berswafoto dengan pose jari", "Membagikan kalender calon"], "[Iklan]", 1),
])
def test_items_go_on_past_an_ad_slot(lead_in, items, slot, at):
    body = [lead_in, *items[:at], slot, *items[at:]]
    out = kept(page(LEAD_A, *body, PARA_B))
    assert out == [LEAD_A, lead_in, *items, PARA_B]


@pytest.mark.parametrize("items", [["Ikut pawai", "Memasang stiker", "Membagikan kaus"],
                                   ["Hadir di deklarasi", "Menjadi saksi calon", "Menyebarkan brosur"]])
def test_items_go_on_past_two_ad_slots(items):
    body = ["Guru honorer dilarang:", "ADVERTISEMENT", items[0], items[1], "SCROLL TO CONTINUE WITH CONTENT", items[2]]
    out = kept(page(LEAD_A, *body, PARA_B))
    assert out == [LEAD_A, "Guru honorer dilarang:", *items, PARA_B]


# --- items under a one-word or upper-case label, after another label's items ----------------------

@pytest.mark.parametrize("labels,items", [
    (("DILARANG:", "BOLEH:"), (["✗ Hadir di kampanye", "✗ Foto dengan pose jari"], ["✓ Datang ke TPS", "✓ Mencoblos"])),
    (("Larangan:", "Kewajiban:"), (["- ikut konvoi calon", "- memasang stiker calon"],
                                   ["- Menjaga Netralitas di Media Sosial", "- Melapor ke Atasan Langsung"])),
])
def test_items_under_a_short_label_are_the_texts(labels, items):
    body = [labels[0], *items[0], labels[1], *items[1]]
    out = kept(page(LEAD_A, *body, PARA_B))
    assert out == [LEAD_A, *body, PARA_B]


# --- a table flattened one cell a line, with a number column ------------------------------------

@pytest.mark.parametrize("rows", [
    [["No", "Pelanggaran", "Sanksi"], ["1", "Ikut kampanye", "Teguran tertulis"], ["2", "Memasang atribut", "Penundaan pangkat"],
     ["3", "Menjadi tim sukses", "Pemberhentian"]],
    [["1", "Hadir di deklarasi calon"], ["2", "Berfoto dengan pose jari"]],
])
def test_a_flattened_tables_number_column_keeps_its_rows(rows):
    cells = [c for row in rows for c in row]
    out = kept(page(LEAD_A, "Rincian pelanggaran dan sanksinya sebagai berikut:", *cells, PARA_B))
    assert out == [LEAD_A, "Rincian pelanggaran dan sanksinya sebagai berikut:", *cells, PARA_B]


# --- marked items split by an ad slot, and numbered items under a short sentence ------------------

@pytest.mark.parametrize("lead_in,items,slot", [
    ("Berikut tiga larangan tersebut.", ["1. Ikut Kampanye", "2. Memasang Atribut Calon", "3. Berfoto dengan Pose Jari"],
     "ADVERTISEMENT"),
    ("Larangannya:", ["• Hadir di Deklarasi Pasangan Calon", "• Menjadi Saksi Calon di TPS", "• Membagikan Kaus Calon"],
     "[Iklan]"),
])
def test_marked_items_split_by_an_ad_slot_stay_one_list(lead_in, items, slot):
    out = kept(page(LEAD_A, lead_in, items[0], slot, *items[1:], PARA_B))
    assert out == [LEAD_A, lead_in, *items, PARA_B]


@pytest.mark.parametrize("sentence,items", [
    ("Ini larangannya.", ["1. Ikut Kampanye", "2. Memasang Atribut Calon", "3. Berfoto dengan Pose Jari"]),
    ("Isinya tegas.", ["a) Menjadi Tim Sukses Calon", "b) Memakai Mobil Dinas untuk Kampanye"]),
])
def test_numbered_title_case_items_under_a_short_sentence_are_the_texts(sentence, items):
    out = kept(page(LEAD_A, sentence, *items, PARA_B))
    assert out == [LEAD_A, sentence, *items, PARA_B]


# --- session 11: a link to another story or a caption between items without markers ---------------

UNMARKED = [["Menghadiri deklarasi pasangan calon", "Memasang alat peraga kampanye", "Mengunggah dukungan di media sosial"],
            ["Ikut Konvoi Kendaraan Pendukung", "Membagikan Kalender Bergambar Calon", "Menjadi Admin Grup Relawan"]]


@pytest.mark.parametrize("items", UNMARKED)
@pytest.mark.parametrize("inserted", [["Baca juga: Harga Karet Turun Lagi di Pasar Lelang Hulu"],
                                      ["Foto: Dok. Humas Pemkab Sukamaju"],
                                      ["Baca Juga:", "Jembatan Gantung di Desa Hulu Putus Diterjang Banjir"]])
def test_items_without_markers_go_on_under_an_inserted_link_or_caption(items, inserted):
    out = kept(page(LEAD_A, "Dalam edaran itu, pegawai dilarang:", items[0], *inserted, *items[1:], PARA_B))
    assert out == [LEAD_A, "Dalam edaran itu, pegawai dilarang:", *items, PARA_B]


@pytest.mark.parametrize("items", UNMARKED)
def test_a_read_also_block_after_the_last_item_still_goes(items):
    out = kept(page(LEAD_A, "Dalam edaran itu, pegawai dilarang:", *items, "Baca Juga:",
                    "Jembatan Gantung di Desa Hulu Putus Diterjang Banjir", PARA_B))
    assert out == [LEAD_A, "Dalam edaran itu, pegawai dilarang:", *items, PARA_B]
