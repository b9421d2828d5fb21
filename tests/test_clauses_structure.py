"""Document structure on unseen articles (issue 9, session 6): lists announced without a
colon, headings that give cue-less items their kind, hard-wrapped scanned letters,
reader Q&A columns, inline and nested enumerations. Every mechanism is tested on at
least two wordings; all texts are invented (regions, outlets and officials included)."""
import pytest

from clause_helpers import clauses_of, kinds


# -- a sentence that announces items without a colon -------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Menurut Dandim, ada lima hal yang tidak boleh dilakukan prajurit selama pilkada. Pertama, memberi "
     "komentar tentang calon kepada warga binaan. Kedua, hadir di lokasi kampanye tanpa surat perintah.\n\n"
     "Ketiga, menyimpan kalender calon di asrama dan kendaraan dinas.",
     [("prohibition", "memberi komentar tentang calon kepada warga binaan"),
      ("prohibition", "hadir di lokasi kampanye tanpa surat perintah"),
      ("prohibition", "menyimpan kalender calon di asrama dan kendaraan dinas")]),
    ("Kepala Dinas Kesehatan Sukamaju menyebut beberapa hal yang wajib dilakukan kepala puskesmas. "
     "Pertama, mendata pegawai yang menjadi anggota KPPS.\n\nKedua, mengatur jadwal jaga pada hari pencoblosan.",
     [("obligation", "mendata pegawai yang menjadi anggota KPPS"),
      ("obligation", "mengatur jadwal jaga pada hari pencoblosan")]),
])
def test_a_sentence_announcing_things_not_to_do_gives_ordinals_their_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ketua KPU mengingatkan anggota KPPS soal integritas.\n\n"
     "4 Hal yang Haram Dilakukan Petugas TPS\n\n"
     "1. Menjadi pengurus partai politik\n\n"
     "2. Menerima uang dari tim pasangan calon\n\n"
     "3. Mengarahkan pemilih di bilik suara\n\n"
     "Ketua KPU juga meminta petugas datang sebelum pukul 06.00.",
     ["prohibition"] * 3 + ["obligation"]),
    ("Berikut tiga perkara yang harus dihindari kepala desa menjelang pencoblosan\n\n"
     "- Mengumpulkan KTP warga untuk calon tertentu\n\n"
     "- Memakai balai desa untuk rapat tim pemenangan",
     ["prohibition"] * 2),
])
def test_an_announcing_heading_opens_a_list_without_colon(text, expected):
    assert [k for k, _ in kinds(text)] == expected


@pytest.mark.parametrize("text", [
    # a call to follow the items names no kind
    "Kapolres membacakan lima hal yang wajib dipatuhi anggota. Pertama, datang tepat waktu. Kedua, berseragam lengkap.",
    # an announcing sentence followed by one heading-like line and prose is no list
    "Pedoman itu memuat tindakan yang tergolong pelanggaran disiplin.\n\nBentuk pelanggaran disiplin\n\n"
    "Berikut sebagian di antaranya, seperti dihimpun redaksi dari laman resmi.",
])
def test_an_announcement_that_names_no_kind_or_no_items_gives_nothing(text):
    assert kinds(text) == []


# -- a bare cue as a heading above plain items (<dt> / <dd>) ----------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Sekda menyampaikan isi edaran Bupati Sukamaju sebagai berikut.\n\nDilarang\n\n"
     "Menjadi pengurus partai politik\n\nMemasang baliho calon di kantor desa\n\n"
     "Diwajibkan\n\nMelaporkan kepada atasan bila keluarga inti menjadi calon\n\n"
     "Diperbolehkan\n\nMenghadiri kegiatan sosial partai tanpa atribut\n\n"
     "Rapat itu diikuti seluruh camat.",
     [("prohibition", "Menjadi pengurus partai politik"), ("prohibition", "Memasang baliho calon di kantor desa"),
      ("obligation", "Melaporkan kepada atasan bila keluarga inti menjadi calon"),
      ("permission", "Menghadiri kegiatan sosial partai tanpa atribut")]),
    ("Edaran Wali Kota Tirtajaya memuat dua daftar.\n\nYang wajib\n\nMenjaga kerahasiaan data pemilih\n\n"
     "Yang tidak boleh\n\nMengunggah foto bersama calon\n\nTidak menghadiri deklarasi pasangan calon",
     [("obligation", "Menjaga kerahasiaan data pemilih"), ("prohibition", "Mengunggah foto bersama calon"),
      ("prohibition", "Tidak menghadiri deklarasi pasangan calon")]),
])
def test_a_bare_cue_heading_gives_plain_items_under_it_their_kind(text, expected):
    assert kinds(text) == expected
