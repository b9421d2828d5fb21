"""Sentence-level and item-level shapes missed on unseen articles (issue 9, session 7,
clauses8). All texts are invented; each rule is tested on two or more wordings."""
import pytest

from clause_helpers import kinds


# a circular's kind-less list: negated items are prohibitions, active ones duties
@pytest.mark.parametrize("text,expected", [
    ("Rektor menerbitkan surat edaran netralitas. Berikut poin-poin edaran bagi dosen:\n"
     "* Tidak menyampaikan ajakan untuk memilih peserta pemilu tertentu dalam perkuliahan.\n"
     "* Tidak menggunakan ruang kelas untuk kegiatan kampanye.\n"
     "* Menolak pemberian dalam bentuk apa pun dari peserta pemilu.\n"
     "* Melaporkan kepada pimpinan fakultas apabila menerima undangan partai politik.\n",
     ["prohibition", "prohibition", "obligation", "obligation"]),
    ("Surat edaran bupati memuat beberapa poin:\n"
     "1. Melaporkan setiap ajakan tim kampanye kepada atasan.\n"
     "2. Tidak memasang alat peraga kampanye di kantor.\n"
     "3. Mengikuti apel netralitas setiap Senin.\n",
     ["obligation", "prohibition", "obligation"]),
])
def test_a_circulars_rule_list_without_a_kind(text, expected):
    assert sorted(k for k, _ in kinds(text)) == sorted(expected)


# acts named by nouns after a rule noun and an enumeration marker
@pytest.mark.parametrize("text,expected", [
    ("Larangan tersebut meliputi pemasangan stiker atau gambar pasangan calon di ruang perawatan, pembagian "
     "bahan kampanye kepada pasien maupun keluarga pasien, dan penggunaan ambulans untuk mengangkut peserta kampanye.",
     ["pemasangan stiker atau gambar pasangan calon di ruang perawatan",
      "pembagian bahan kampanye kepada pasien maupun keluarga pasien",
      "penggunaan ambulans untuk mengangkut peserta kampanye"]),
    ("Larangan itu di antaranya pengerahan warga ke lokasi kampanye, dan pembagian sembako bergambar calon.",
     ["pengerahan warga ke lokasi kampanye", "pembagian sembako bergambar calon"]),
])
def test_a_rule_noun_listing_act_nouns(text, expected):
    found = kinds(text)
    assert all(k == "prohibition" for k, _ in found)
    assert [t for _, t in found] == expected


# "Yang diperbolehkan hanya ...": a free relative answered by a restricted act
@pytest.mark.parametrize("text,expected", [
    ("Yang diperbolehkan hanya hadir sebagai pendengar.",
     [("permission", "Yang diperbolehkan hanya hadir sebagai pendengar")]),
    ("\"Yang boleh cuma datang, mendengar, lalu pulang,\" katanya.",
     [("permission", "Yang boleh cuma datang, mendengar, lalu pulang")]),
])
def test_a_free_relative_with_a_restricted_act(text, expected):
    assert kinds(text) == expected


# a duty owned by an actor ("X punya kewajiban V"): the clause starts with its owner
@pytest.mark.parametrize("text,expected", [
    ("Ia mengingatkan, guru yang berstatus ASN maupun PPPK punya kewajiban menjaga netralitas.",
     [("obligation", "guru yang berstatus ASN maupun PPPK punya kewajiban menjaga netralitas")]),
    ("Lurah mempunyai kewajiban melaporkan setiap pelanggaran kepada camat.",
     [("obligation", "Lurah mempunyai kewajiban melaporkan setiap pelanggaran kepada camat")]),
    ("Setiap pegawai memiliki kewajiban yang tegas untuk tidak menyukai unggahan calon.",
     [("prohibition", "kewajiban yang tegas untuk tidak menyukai unggahan calon")]),
])
def test_a_duty_owned_by_an_actor(text, expected):
    assert kinds(text) == expected


def test_a_duty_owned_without_an_act_is_no_rule():
    assert kinds("Pemerintah daerah memiliki kewajiban besar dalam pemilu.") == []


# "A, lalu B(that thing)": a sequel on the same object stays one act
@pytest.mark.parametrize("text,expected", [
    ("Yang tidak diperkenankan adalah berfoto dengan simbol jari nomor urut, lalu menyebarkan foto itu ke media sosial.",
     [("prohibition", "Yang tidak diperkenankan adalah berfoto dengan simbol jari nomor urut, lalu menyebarkan foto "
                      "itu ke media sosial")]),
    ("Pegawai dilarang merekam kegiatan kampanye, kemudian mengunggah video tersebut di grup kantor.",
     [("prohibition", "Pegawai dilarang merekam kegiatan kampanye, kemudian mengunggah video tersebut di grup kantor")]),
    ("Pegawai dilarang memasang baliho calon, lalu menghadiri deklarasi pasangan calon.",
     [("prohibition", "Pegawai dilarang memasang baliho calon"), ("prohibition", "menghadiri deklarasi pasangan calon")]),
])
def test_a_sequel_on_the_same_object_is_one_act(text, expected):
    assert kinds(text) == expected
