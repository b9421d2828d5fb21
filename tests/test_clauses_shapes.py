"""Shapes of unseen news that session 5 found the rules missing (issue 9). Every
mechanism is tested on at least two wordings; all texts are invented (regions, outlets
and officials included)."""
import pytest

from clause_helpers import clauses_of, kinds


# -- a list whose kind is named only after it -------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Kepala BKPSDM Sukamaju menjelaskan isi edaran itu. Rinciannya sebagai berikut:\n"
     "1. Menjadi pengurus partai politik atau tim sukses calon;\n"
     "2. Memasang baliho calon di kantor dan kendaraan dinas;\n"
     "3. Pegawai wajib memberikan hak pilihnya di TPS.\n"
     "Poin satu dan dua, kata dia, termasuk larangan dalam PP 94 Tahun 2021.",
     [("prohibition", "Menjadi pengurus partai politik atau tim sukses calon"),
      ("prohibition", "Memasang baliho calon di kantor dan kendaraan dinas"),
      ("obligation", "Pegawai wajib memberikan hak pilihnya di TPS")]),
    ("Dalam surat itu, Wali Kota Tirtajaya menyebut beberapa hal:\n\n"
     "- Mengunggah foto bersama calon di media sosial\n\n"
     "- Menghadiri deklarasi bakal calon\n\n"
     "Semua itu tidak boleh dilakukan oleh aparatur pemerintah kota.",
     [("prohibition", "Mengunggah foto bersama calon di media sosial"),
      ("prohibition", "Menghadiri deklarasi bakal calon")]),
    ("Edaran Camat Lembah Hijau memuat empat poin berikut:\n"
     "1. Menyampaikan data pegawai yang cuti kepada camat;\n"
     "2. Menjaga aset kantor selama masa kampanye;\n"
     "3. Memasang stiker calon di pagar kantor desa;\n"
     "4. Memakai mobil desa untuk mengantar massa kampanye.\n"
     "Poin ketiga hingga keempat merupakan larangan, sedangkan sisanya kewajiban perangkat desa.",
     [("prohibition", "Memasang stiker calon di pagar kantor desa"),
      ("prohibition", "Memakai mobil desa untuk mengantar massa kampanye")]),
])
def test_a_sentence_after_a_kindless_list_names_its_items_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # a call to follow the items names no kind
    "Isi edaran itu sebagai berikut:\n1. Menjadi pengurus partai politik;\n2. Menghadiri deklarasi calon.\n"
    "Hal-hal tersebut wajib dipatuhi seluruh pegawai.",
    # no back reference: a new sentence with its own subject
    "Agenda pekan ini sebagai berikut:\n1. Menanam pohon di halaman kantor;\n2. Menggelar senam pagi bersama.\n"
    "Bupati tidak boleh absen dalam acara itu, kata panitia.",
])
def test_no_back_reference_or_a_call_to_comply_leaves_the_items_without_kind(text):
    assert not [c for c in clauses_of(text) if c.list_marker]


# -- passive command verbs as list lead-ins ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Dalam petunjuk itu, prajurit dan PNS TNI diperintahkan untuk:\n\n- tidak memberikan dukungan kepada salah "
    "satu peserta pemilu;\n\n- menjaga jarak dengan seluruh peserta pemilu dan tim suksesnya.",
    "Setiap anggota Satpol PP di Kota Tirtajaya diperintahkan:\n1. Tidak memakai seragam saat menonton kampanye.\n"
    "2. Mengawal kegiatan pemilu sesuai surat tugas.",
])
def test_diperintahkan_opens_a_list_of_duties_with_negated_items_forbidden(text):
    assert [k for k, _ in kinds(text)] == ["prohibition", "obligation"]


@pytest.mark.parametrize("text,actor", [
    ("Danramil diminta aktif memantau kegiatan Babinsa agar tidak disalahgunakan.", "Danramil"),
    ("Para camat diminta proaktif mengawasi perangkat desa selama masa kampanye.", "Para camat"),
])
def test_an_adverb_of_manner_between_passive_cue_and_verb(text, actor):
    found = clauses_of(text)
    assert len(found) == 1 and found[0].kind == "obligation" and found[0].actor == actor


# -- an aggravated case after "apalagi" ------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Guru jangan mengarahkan, apalagi dengan iming-iming nilai.",
     ["Guru jangan mengarahkan", "dengan iming-iming nilai"]),
    ("Camat tidak boleh berpihak, apalagi sampai memakai mobil dinas.",
     ["Camat tidak boleh berpihak", "memakai mobil dinas"]),
])
def test_an_aggravated_case_is_a_clause_of_its_own(text, expected):
    found = clauses_of(text)
    assert [c.text for c in found] == expected and {c.kind for c in found} == {"prohibition"}


# -- "segera" + a bare verb: an instruction ------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Keempat, yang sudah jadi caleg dan masih berstatus ASN, segera urus pengunduran diri, jangan ditunda-tunda.",
     [("obligation", "yang sudah jadi caleg dan masih berstatus ASN, segera urus pengunduran diri"),
      ("prohibition", "jangan ditunda-tunda")]),
    ("Bagi pegawai yang namanya dicatut tim sukses, segera lapor ke BKPSDM.",
     [("obligation", "Bagi pegawai yang namanya dicatut tim sukses, segera lapor ke BKPSDM")]),
    ("Segera hapus foto bersama calon dari akun pribadi.",
     [("obligation", "Segera hapus foto bersama calon dari akun pribadi")]),
])
def test_segera_and_a_bare_verb_at_the_clause_head_is_an_instruction(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Pembangunan jembatan itu segera rampung bulan depan.",
    "Segera setelah itu, warga pulang ke rumah masing-masing.",
    "Laporan warga akan segera diproses oleh panitia.",
    "Pemkab segera membentuk tim terpadu penanganan banjir.",
])
def test_segera_describing_what_happens_next_is_no_instruction(text):
    assert clauses_of(text) == []


# -- an actor after another subject's verb ------------------------------------------------
@pytest.mark.parametrize("text,actor", [
    ("Kapolres Watu Ampar menegaskan seluruh personel Polres wajib menjaga netralitas.", "seluruh personel Polres"),
    ("Dandim menyebut setiap Babinsa harus menjauhi kegiatan kampanye.", "setiap Babinsa"),
])
def test_the_actor_of_a_modal_may_follow_another_subjects_verb(text, actor):
    found = clauses_of(text)
    assert len(found) == 1 and found[0].actor == actor and found[0].text.startswith(actor)
