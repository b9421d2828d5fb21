"""A cue-less list item whose second sentence opens with an enumeration marker
("2. Mengampanyekan calon lewat media sosial. Termasuk memberi komentar ...") holds two
acts, as it does when a comma joins them (clauses/document.py _example_acts). Invented."""
import pytest

from clause_helpers import kinds

CASES = [
    ("Berikut hal-hal yang dilarang bagi pegawai Pemkab Tanah Ulu:\n\n1. Memasang spanduk calon di kantor.\n"
     "2. Mengampanyekan calon melalui media sosial. Termasuk memberi komentar, membagikan unggahan, dan "
     "bergabung dalam grup relawan.\n3. Menghadiri deklarasi calon.\n",
     ["Mengampanyekan calon melalui media sosial",
      "memberi komentar, membagikan unggahan, dan bergabung dalam grup relawan"], 4),
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

