"""Where a clause starts and ends, session 14 (all texts invented; docs/evaluate.md):

- a result ('sehingga ...') after the act is no part of it; nor is a purpose whose own
  subject and predicate follow 'agar'/'supaya' ('agar pelayanan desa tetap berjalan'), a
  purpose named by a noun after 'demi', or any purpose after a passive act's agent ('oleh
  Panwascam agar ...'). A purpose that goes on with the actor's act ('agar tidak berada di
  ...', 'demi menjaga ...'), the object clause of a verb ('memastikan agar ...') and the
  purpose of a two-word order ('jaga ketertiban agar ...') stay in;
- a condition in the middle ('Panwascam kalau ada laporan ... maka harus diperiksa') or a
  topic with a speaker's frame before a passive cue ('Terhadap laporan itu menurut X, harus
  ...') is no object of the cue: the clause opens at the cue; a condition after a comma
  right before the next cue ('..., dan jika terbukti harus ...') belongs to that rule;
- an actor qualified after 'khususnya'/'terutama' by a relative clause with two predicates
  ('khususnya petugas yang memegang tugas X dan menjadi Y') opens the clause;
- a proviso without a comma after a judged act ('rotasi guru hanya boleh dijalankan asalkan ada
  izin ...') stays in the clause, and a permission noun inside it is no rule; after a comma
  it stays out.
"""
import pytest

from clause_helpers import kinds, only_clause


@pytest.mark.parametrize("text,expected", [
    ("Kepala dinas menegaskan pegawai dan lurah harus menjaga netralitas agar pelayanan kelurahan "
     "tetap berjalan, bebas dari tekanan calon.",
     ("obligation", "pegawai dan lurah harus menjaga netralitas")),
    ("Para guru di Kecamatan Lembah Hijau wajib bersikap adil supaya murid tidak merasa dibeda-bedakan.",
     ("obligation", "Para guru di Kecamatan Lembah Hijau wajib bersikap adil")),
    ("Pegawai juga diminta untuk berhati-hati di media sosial sehingga tidak keliru membagikan "
     "konten yang memicu keributan.",
     ("obligation", "Pegawai juga diminta untuk berhati-hati di media sosial")),
    ("Dirinya berharap seluruh kepala dusun wajib menjaga sikap netral, sehingga pemilihan bupati "
     "di Kabupaten Tanah Merah berlangsung damai.",
     ("obligation", "seluruh kepala dusun wajib menjaga sikap netral")),
    ("Perangkat nagari wajib bersikap netral demi kelancaran pemilihan wali nagari tahun depan.",
     ("obligation", "Perangkat nagari wajib bersikap netral")),
    ("Laporan warga soal kepala desa berkampanye wajib diperiksa oleh Panwascam supaya tidak berlarut-larut.",
     ("obligation", "Laporan warga soal kepala desa berkampanye wajib diperiksa oleh Panwascam")),
])
def test_tail_after_the_act_stays_out(text, expected):
    assert only_clause(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Para penyuluh harus membatasi diri agar tidak singgah ke posko pemenangan calon bupati.",
     "Para penyuluh harus membatasi diri agar tidak singgah ke posko pemenangan calon bupati"),
    ("Para pegawai wajib menjaga agar logistik pemilu tidak dipinjam oleh tim kampanye.",
     "Para pegawai wajib menjaga agar logistik pemilu tidak dipinjam oleh tim kampanye"),
    ("Camat sebaiknya datang juga ke acara calon lain demi menjaga rasa keadilan.",
     "Camat sebaiknya datang juga ke acara calon lain demi menjaga rasa keadilan"),
    ('"Mari kita jaga ketertiban agar pemilihan berjalan tenang," kata Bupati Sungai Rawa.',
     "jaga ketertiban agar pemilihan berjalan tenang"),
])
def test_purpose_of_the_actor_stays_in(text, expected):
    assert only_clause(text)[1] == expected


@pytest.mark.parametrize("text,expected", [
    ("Panwascam kalau menerima laporan soal lurah yang berkampanye maka harus diperiksa dengan cepat.",
     [("obligation", "harus diperiksa dengan cepat")]),
    ('"Kami minta Panwaslu kalau ada kabar soal guru tidak netral di sekolah ini maka harus '
     'ditelusuri, dan jika terbukti harus dilaporkan ke dinas," kata Rusdi.',
     [("obligation", "harus ditelusuri"), ("obligation", "harus dilaporkan ke dinas")]),
    ("Terhadap laporan warga tersebut menurut Hendra, harus ditindaklanjuti oleh Panwascam.",
     [("obligation", "harus ditindaklanjuti oleh Panwascam")]),
    ("Soal spanduk di balai desa itu, kata Ketua Panwascam Bukit Intan, harus segera diturunkan "
     "oleh petugas.",
     [("obligation", "harus segera diturunkan oleh petugas")]),
])
def test_condition_or_frame_before_a_passive_cue(text, expected):
    assert kinds(text) == expected


def test_object_first_still_opens_the_clause():
    assert only_clause("Sementara itu, unggahan yang telanjur tersebar sebaiknya dihapus.") == \
        ("obligation", "unggahan yang telanjur tersebar sebaiknya dihapus")


@pytest.mark.parametrize("text,expected", [
    ("Setiap anggota Satpol PP, khususnya bagi petugas yang mengemban tugas pengawalan dan menjadi "
     "sopir calon dilarang berfoto bersama calon.",
     "Setiap anggota Satpol PP, khususnya bagi petugas yang mengemban tugas pengawalan dan menjadi "
     "sopir calon dilarang berfoto bersama calon"),
    ("Seluruh pegawai dinas, terutama yang memegang tugas keuangan dan mengurus kendaraan dinas "
     "tidak boleh meminjamkan mobil kepada tim kampanye.",
     "Seluruh pegawai dinas, terutama yang memegang tugas keuangan dan mengurus kendaraan dinas "
     "tidak boleh meminjamkan mobil kepada tim kampanye"),
])
def test_actor_with_an_aside_opens_the_clause(text, expected):
    assert only_clause(text)[1] == expected


@pytest.mark.parametrize("text,expected", [
    ("Selain itu, rotasi kepala sekolah hanya boleh dijalankan asalkan ada izin resmi dari bupati.",
     ("permission", "rotasi kepala sekolah hanya boleh dijalankan asalkan ada izin resmi dari bupati")),
    ("Sementara itu, pergantian pejabat eselon boleh dilakukan sepanjang ada persetujuan menteri.",
     ("permission", "pergantian pejabat eselon boleh dilakukan sepanjang ada persetujuan menteri")),
    ("Pegawai honorer boleh menjadi saksi asal ada izin dari atasan.",
     ("permission", "Pegawai honorer boleh menjadi saksi asal ada izin dari atasan")),
])
def test_proviso_without_comma_stays_in(text, expected):
    assert only_clause(text) == expected


def test_proviso_after_comma_stays_out():
    assert only_clause("Pegawai boleh menonton debat calon, asalkan tidak ikut berkomentar.") == \
        ("permission", "Pegawai boleh menonton debat calon")
