"""A cue-less list item whose points change polarity at a comma (session 18; all texts
invented): a pledge's point "Mencegah benturan kepentingan, tidak melakukan tekanan ..., serta
tidak berpihak ..." is one clause per point, each of its own kind (a negated point a
prohibition), as real labellers read pledges. An item of one polarity stays whole (the writer's
unit), verbs under one negator that share their object stay one act, and an example after
"termasuk" keeps the kind of the act it exemplifies."""
import pytest

from corpus_tools.settings import Settings
from tests.clause_helpers import kinds

PLEDGE = "Dalam apel itu, para pegawai membacakan ikrar. Ikrar tersebut memuat tiga poin penting:\n" \
         "- Menjaga prinsip netralitas dalam pelayanan publik.\n"
FIRST = [("obligation", "Menjaga prinsip netralitas dalam pelayanan publik")]
BANS = "Surat edaran bupati mengatur larangan bagi kepala desa:\n"


@pytest.mark.parametrize("items,expected", [
    ("- Mencegah benturan kepentingan, tidak melakukan tekanan terhadap pegawai dan warga, serta tidak "
     "berpihak pada calon mana pun.\n",
     [("obligation", "Mencegah benturan kepentingan"),
      ("prohibition", "tidak melakukan tekanan terhadap pegawai dan warga"),
      ("prohibition", "tidak berpihak pada calon mana pun")]),
    ("- Memakai media sosial dengan santun, tidak menyebarkan fitnah, dan menjauhi kabar bohong.\n",
     [("obligation", "Memakai media sosial dengan santun"),
      ("prohibition", "tidak menyebarkan fitnah"),
      ("obligation", "menjauhi kabar bohong")]),
])
def test_a_pledge_point_that_turns_polarity_is_one_clause_per_point(items, expected):
    assert kinds(PLEDGE + items, Settings()) == FIRST + expected


@pytest.mark.parametrize("items,expected", [
    ("1. Tidak mengunggah, membagikan, atau mengomentari konten calon di media sosial.\n",
     [("prohibition", "Tidak mengunggah, membagikan, atau mengomentari konten calon di media sosial")]),
    ("1. Tidak menghadiri deklarasi calon, tidak ikut konvoi kampanye.\n",
     [("prohibition", "Tidak menghadiri deklarasi calon, tidak ikut konvoi kampanye")]),
    ("1. Tidak memasang spanduk calon di balai desa, termasuk memasang stiker di mobil desa.\n",
     [("prohibition", "Tidak memasang spanduk calon di balai desa"),
      ("prohibition", "memasang stiker di mobil desa")]),
])
def test_an_item_of_one_polarity_or_with_examples_keeps_its_reading(items, expected):
    assert kinds(BANS + items, Settings()) == expected
