"""A cue-less list item whose second sentence opens with an enumeration marker
("2. Mengampanyekan calon lewat media sosial. Termasuk memberi komentar ...") holds two
acts, as it does when a comma joins them (clauses/document.py _example_acts). Invented."""
import pytest

from clause_helpers import kinds

CASES = [
    ("Berikut hal-hal yang dilarang bagi pegawai Pemkab Tanah Ulu:\n\n1. Memasang spanduk calon di kantor.\n"
     "2. Mengampanyekan calon melalui media sosial. Termasuk memberi komentar, membagikan unggahan, dan "
     "bergabung dalam grup relawan.\n3. Menghadiri deklarasi calon.\n",
     # (each example with its own verb is an act, patterns.md 6, as after a cue's marker)
     ["Mengampanyekan calon melalui media sosial", "memberi komentar", "membagikan unggahan",
      "bergabung dalam grup relawan"], 6),
    ("Kepala desa tidak boleh melakukan hal berikut:\n\na. Mengarahkan warga memilih calon tertentu. Misalnya "
     "mengumpulkan warga di balai desa untuk menonton video calon.\nb. Memakai mobil desa untuk kampanye.\n",
     ["Mengarahkan warga memilih calon tertentu",
      "mengumpulkan warga di balai desa untuk menonton video calon"], 3),
]


@pytest.mark.parametrize("text,acts,total", CASES)
def test_an_example_sentence_in_an_item_is_an_act_of_its_own(text, acts, total):
    got = [t for k, t in kinds(text)]
    assert all(k == "prohibition" for k, _ in kinds(text))
    for a in acts:
        assert a in got
    assert len(got) == total


def test_a_second_sentence_without_a_marker_stays_in_its_item():
    text = ("Berikut hal-hal yang dilarang bagi pegawai:\n\n1. Memasang spanduk calon di kantor. Hal ini berlaku "
            "juga di rumah dinas.\n2. Menghadiri deklarasi calon.\n")
    got = [t for k, t in kinds(text)]
    assert len(got) == 2



# -- session 19: examples with their own verbs, "A dan tidak B" points, example sentences -----------
# A cue-less item reads as a cued sentence does: each example with its own verb after a marker is
# an act, verbs that share one object (or a part without a verb, "komentar") stay one; a positive
# point and a negated one joined by "dan" are two points, each of its own kind, while a negated
# manner ("dengan tidak A dan tidak B") stays in its duty.


@pytest.mark.parametrize("text,expected", [
    ("Berikut larangan bagi pegawai selama kampanye:\n"
     "1. Melakukan kegiatan yang menunjukkan dukungan kepada calon di media sosial, seperti memberi tanda suka, "
     "memberi komentar, maupun membagikan konten calon.\n2. Memakai mobil dinas untuk kampanye.",
     ["Melakukan kegiatan yang menunjukkan dukungan kepada calon di media sosial", "memberi tanda suka",
      "memberi komentar", "membagikan konten calon", "Memakai mobil dinas untuk kampanye"]),
    ("Hal yang dilarang bagi perangkat desa:\n"
     "a. Berpihak kepada salah satu pasangan, misalnya memasang bendera partai, membagikan kaus calon, "
     "atau menghadiri rapat relawan.\nb. Menggunakan balai desa untuk kampanye.",
     ["Berpihak kepada salah satu pasangan", "memasang bendera partai", "membagikan kaus calon",
      "menghadiri rapat relawan", "Menggunakan balai desa untuk kampanye"]),
])
def test_examples_with_their_own_verbs_are_acts(text, expected):
    assert kinds(text) == [("prohibition", a) for a in expected]


@pytest.mark.parametrize("text,expected", [
    ("Larangan bagi guru:\n1. Ikut kampanye, seperti mengunggah, mengomentari, dan membagikan foto calon.\n"
     "2. Memakai mobil dinas.",
     ["Ikut kampanye", "mengunggah, mengomentari, dan membagikan foto calon", "Memakai mobil dinas"]),
    ("Larangan bagi lurah:\n1. Mendukung calon lewat grup warga, termasuk memberi tanda suka, komentar, dan "
     "meneruskan pesan tim sukses.\n2. Memakai balai desa untuk kampanye.",
     ["Mendukung calon lewat grup warga", "memberi tanda suka, komentar, dan meneruskan pesan tim sukses",
      "Memakai balai desa untuk kampanye"]),
])
def test_examples_sharing_one_object_or_verb_stay_one_act(text, expected):
    # (a part without its own verb, "komentar", ties the run together)
    assert kinds(text) == [("prohibition", a) for a in expected]


@pytest.mark.parametrize("text,expected", [
    ("Para camat menandatangani ikrar berisi:\n1. Menjaga netralitas.\n"
     "2. Memakai akun media sosial secara santun dan tidak menyebarkan fitnah.\n3. Menolak politik uang.",
     [("obligation", "Menjaga netralitas"), ("obligation", "Memakai akun media sosial secara santun"),
      ("prohibition", "tidak menyebarkan fitnah"), ("obligation", "Menolak politik uang")]),
    ("Isi pakta integritas pegawai kecamatan:\n- Melayani warga tanpa membeda-bedakan pilihan politik serta tidak "
     "memasang atribut calon di kantor.\n- Melaporkan pelanggaran kepada atasan.",
     [("obligation", "Melayani warga tanpa membeda-bedakan pilihan politik"),
      ("prohibition", "tidak memasang atribut calon di kantor"),
      ("obligation", "Melaporkan pelanggaran kepada atasan")]),
])
def test_a_positive_point_and_a_negated_one_joined_by_dan_are_two(text, expected):
    assert kinds(text) == expected


def test_a_negated_manner_stays_in_its_duty():
    text = ("Para camat menandatangani ikrar berisi:\n1. Menjaga netralitas dengan tidak memihak dan tidak menerima "
            "hadiah.\n2. Menolak politik uang.")
    assert kinds(text) == [("obligation", "Menjaga netralitas dengan tidak memihak dan tidak menerima hadiah"),
                           ("obligation", "Menolak politik uang")]


@pytest.mark.parametrize("text,expected", [
    ("Pegawai dilarang memasang spanduk calon di kantor. Seperti mengunggah, mengomentari, dan membagikan foto "
     "calon peserta pemilu.",
     ["Pegawai dilarang memasang spanduk calon di kantor",
      "mengunggah, mengomentari, dan membagikan foto calon peserta pemilu"]),
    ("Guru dilarang berkampanye di sekolah. Misalnya membagikan, menempel, atau memajang poster calon di kelas.",
     ["Guru dilarang berkampanye di sekolah", "membagikan, menempel, atau memajang poster calon di kelas"]),
])
def test_a_sentence_of_examples_opening_with_a_run_of_verbs_goes_on(text, expected):
    # (a verb and a comma at a sentence's head is a discourse marker only when no verb follows it)
    assert kinds(text) == [("prohibition", a) for a in expected]


def test_a_discourse_passive_before_a_comma_is_no_example():
    assert kinds("Pegawai dilarang memasang spanduk calon di kantor. Diketahui, ditemukan spanduk di kantor "
                 "camat.") == [("prohibition", "Pegawai dilarang memasang spanduk calon di kantor")]


@pytest.mark.parametrize("text,expected", [
    ("Pegawai dilarang berkampanye, misalnya menghasut, mencaci, atau mengadu domba partai, tokoh, "
     "atau kelompok warga.",
     ["Pegawai dilarang berkampanye",
      "menghasut, mencaci, atau mengadu domba partai, tokoh, atau kelompok warga"]),
    ("Guru dilarang memihak, seperti menyebarkan selebaran calon, brosur, dan stiker.",
     ["Guru dilarang memihak", "menyebarkan selebaran calon, brosur, dan stiker"]),
])
def test_plain_nouns_after_an_example_verb_are_its_objects(text, expected):
    # (in examples that opened with a verb, a comma splits only before a verb or a noun of an act)
    assert kinds(text) == [("prohibition", a) for a in expected]
