"""Lists as document structure (patterns 1-5): lead-ins, unmarked and marked items,
labels, ordinal paragraphs, and where a list ends. All texts are invented."""
import pytest

from clause_helpers import clauses_of


@pytest.mark.parametrize("text,items,actor", [
    ("SUKAMAJU – Dalam edaran itu, setiap ASN dilarang melakukan hal-hal berikut:\n"
     "Memasang baliho bakal calon di halaman kantor\nMenghadiri deklarasi pasangan calon\n"
     "Kepala BKPSDM Sukamaju, Rina, mengatakan edaran sudah dikirim ke semua dinas.",
     ["Memasang baliho bakal calon di halaman kantor", "Menghadiri deklarasi pasangan calon"], "setiap ASN"),
    ("Bupati Lembah Hijau menegaskan bahwa pegawai dilarang melakukan kegiatan berikut:\n\n"
     "Menjadi admin grup pemenangan di aplikasi pesan\n\n"
     "Tidak memakai seragam dinas saat hadir di acara partai\n\n"
     "\"Kami akan menindak tegas,\" kata Bupati.",
     ["Menjadi admin grup pemenangan di aplikasi pesan", "Tidak memakai seragam dinas saat hadir di acara partai"],
     "pegawai"),
])
def test_unmarked_lines_after_a_lead_in_are_items_until_item_shape_ends(text, items, actor):
    found = clauses_of(text)
    assert [(c.kind, c.text) for c in found] == [("prohibition", t) for t in items]
    assert [c.actor for c in found] == [actor, actor]


@pytest.mark.parametrize("text", [
    "Wali Kota Tirtajaya menerbitkan edaran berisi larangan bagi ASN selama masa kampanye. "
    "Edaran itu dibagikan ke semua kantor.\n\nIsi edaran tersebut sebagai berikut :\n\n"
    "1. Mengunggah foto bersama calon di media sosial\n\n2. Menjadi tim sukses pasangan calon",
    "Kabupaten Pasirlaut mengeluarkan poster larangan untuk pegawai menjelang pilkada.\n\n"
    "Poster itu memuat poin-poin berikut:\n\n- Mengunggah foto bersama calon di media sosial\n\n"
    "- Menjadi tim sukses pasangan calon",
])
def test_lead_in_without_kind_takes_the_noun_of_rule_before_it(text):
    found = clauses_of(text)
    assert [c.kind for c in found] == ["prohibition", "prohibition"]
    assert found[1].text.endswith("Menjadi tim sukses pasangan calon")


@pytest.mark.parametrize("text,expected", [
    ("Sekda meminta seluruh pegawai agar memahami aturan. Berikut poin-poin penting surat edaran tersebut:\n\n"
     "- Foto bersama: ASN boleh berfoto dengan pasangan calon, namun tidak boleh mengacungkan jari.\n\n"
     "- Atribut: Mereka tidak boleh memakai atribut partai.",
     [("permission", "ASN boleh berfoto dengan pasangan calon"), ("prohibition", "tidak boleh mengacungkan jari"),
      ("prohibition", "Mereka tidak boleh memakai atribut partai")]),
    ("Dalam rapat itu, bupati mengimbau agar pegawai menjaga netralitas. Ringkasan edaran:\n\n"
     "• Media sosial: Pegawai dilarang menyukai unggahan calon.\n\n"
     "• Hak pilih: Pegawai tetap boleh datang ke TPS.",
     [("prohibition", "Pegawai dilarang menyukai unggahan calon"), ("permission", "Pegawai tetap boleh datang ke TPS")]),
])
def test_item_own_cue_beats_the_lead_in_and_labels_are_headings(text, expected):
    found = [(c.kind, c.text) for c in clauses_of(text) if c.list_marker]
    assert found == expected


@pytest.mark.parametrize("label", ["Pasal 5 huruf n angka 5", "Butir ketiga"])
def test_legal_reference_label_is_not_content(label):
    text = f"Isi edaran itu antara lain:\n\n1. {label}: ASN dilarang membuat keputusan yang menguntungkan calon.\n\n" \
           "2. ASN dilarang memakai mobil dinas untuk kampanye."
    found = clauses_of(text)
    assert [c.kind for c in found] == ["prohibition", "prohibition"]
    assert found[0].text == "ASN dilarang membuat keputusan yang menguntungkan calon"


@pytest.mark.parametrize("text,second", [
    ("Pertama, ASN dilarang menjadi anggota partai politik. Kedua, memasang spanduk calon di kantor. "
     "Ketiga, ASN juga dilarang memakai fasilitas dinas.", "memasang spanduk calon di kantor"),
    ("Yang pertama, pegawai tidak boleh hadir di deklarasi calon.\n\nKedua, menyebarkan brosur kampanye di kantor.\n\n"
     "Dan keempat, pegawai tidak diperkenankan mengerahkan bawahan.", "menyebarkan brosur kampanye di kantor"),
])
def test_ordinal_paragraph_without_cue_inherits_the_kind_before_it(text, second):
    found = clauses_of(text)
    assert [c.kind for c in found] == ["prohibition"] * 3
    assert found[1].text == second


@pytest.mark.parametrize("tail", [
    "\n\n• Debit Sungai Meningkat, Warga Bantaran Diminta Waspada Banjir\n\n• Pasar Murah Digelar Di Alun Alun Kota",
    "\n\n- Harga Cabai Naik Lagi Menjelang Akhir Tahun Ini\n\n- Pemkot Tambah Armada Sampah Untuk Kawasan Pasar",
])
def test_other_stories_headlines_after_a_list_are_not_items(tail):
    text = ("Edaran itu melarang ASN untuk:\n\n1. Menjadi anggota tim sukses\n\n2. Memasang foto calon di kantor" + tail)
    found = clauses_of(text)
    assert [c.text for c in found] == ["Menjadi anggota tim sukses", "Memasang foto calon di kantor"]


@pytest.mark.parametrize("intro", [
    "Bupati juga menegaskan pelarangan tindakan politik praktis bagi ASN. Yaitu:",
    "Edaran itu juga memuat kewajiban bagi kepala dinas. Rinciannya:",
])
def test_lead_in_takes_the_noun_of_rule_of_the_sentence_before_in_its_paragraph(intro):
    text = f"{intro}\n\n1. Memantau akun media sosial pegawai\n\n2. Melaporkan pelanggaran kepada inspektorat"
    found = clauses_of(text)
    kind = "prohibition" if "larang" in intro else "obligation"
    assert [(c.kind, c.text) for c in found] == [(kind, "Memantau akun media sosial pegawai"),
                                                 (kind, "Melaporkan pelanggaran kepada inspektorat")]


@pytest.mark.parametrize("text,items", [
    ("Bupati menerbitkan edaran yang memuat tiga larangan. Larangan tersebut meliputi (1) memasang foto calon "
     "sebagai latar layar komputer kantor; (2) membicarakan pilihan politik dalam rapat kedinasan; dan (3) "
     "menitipkan bahan kampanye di loket pelayanan.",
     ["memasang foto calon sebagai latar layar komputer kantor", "membicarakan pilihan politik dalam rapat kedinasan",
      "menitipkan bahan kampanye di loket pelayanan"]),
    ("Kewajiban itu antara lain a) melaporkan undangan partai kepada atasan; b) menolak pemberian dari tim sukses.",
     ["melaporkan undangan partai kepada atasan", "menolak pemberian dari tim sukses"]),
])
def test_inline_numbered_list_after_a_noun_of_rule(text, items):
    found = clauses_of(text)
    assert [c.text for c in found][-len(items):][1:] == items[1:]
    assert found[-len(items)].text.endswith(items[0]) and len({c.kind for c in found}) == 1


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_marker_alone_on_its_line_numbers_the_next_one(sep):
    text = (f"Melalui edaran ini, pegawai Kabupaten Laut Jernih dilarang:\n\n1.{sep}Menjadi peserta kampanye"
            f"\n\n2.{sep}Membuat keputusan yang menguntungkan calon")
    found = clauses_of(text)
    assert [(c.kind, c.list_marker, c.text) for c in found] == [
        ("prohibition", "1.", "Menjadi peserta kampanye"), ("prohibition", "2.", "Membuat keputusan yang menguntungkan calon")]


@pytest.mark.parametrize("first", [
    "Penjabat Gubernur menerbitkan pengumuman yang isinya melarang pegawai terlibat dalam politik praktis.",
    "Wali kota juga melarang ASN berpolitik selama masa kampanye.",
])
def test_kind_less_lead_in_after_a_rule_paragraph_takes_its_kind(first):
    text = f"{first}\n\nIsi pengumuman itu, antara lain:\n\n- Mengikuti konvoi pendukung calon\n\n- Menyediakan rumah sebagai posko"
    found = [c for c in clauses_of(text) if c.list_marker]
    assert [(c.kind, c.text) for c in found] == [("prohibition", "Mengikuti konvoi pendukung calon"),
                                                 ("prohibition", "Menyediakan rumah sebagai posko")]


@pytest.mark.parametrize("lead,expected", [
    ("Berikut ketentuan yang tercantum dalam edaran tersebut:", ["prohibition"]),
    ("Syarat menjadi anggota panitia sebagai berikut:", []),
])
def test_negated_item_in_a_list_of_rules_only(lead, expected):
    text = f"{lead}\n\n1. Tidak menggunakan kewenangan untuk mengarahkan bantuan sosial\n\n2. Berusia paling rendah 17 tahun"
    assert [c.kind for c in clauses_of(text)] == expected
