"""A noun of rule whose list of acts opens with "mulai dari" after a long filler
("Larangan itu meliputi kegiatan di dunia nyata maupun maya, mulai dari A, B, hingga C"):
the filler is no act, each act of the range is one clause (clauses/cues.py
MAX_RULE_FILLER, clauses/document.py _rule_noun_acts). Invented wordings."""
import pytest

from clause_helpers import kinds

CASES = [
    ("Larangan tersebut meliputi perilaku di kantor maupun di rumah dinas, mulai dari memasang poster calon "
     "di ruang kerja, menggalang sumbangan untuk tim pemenangan, hingga mengunggah swafoto dengan calon.",
     "prohibition", ["memasang poster calon di ruang kerja", "menggalang sumbangan untuk tim pemenangan",
                     "mengunggah swafoto dengan calon"]),
    ("Larangan itu mencakup perbuatan di kantor dan di luar jam dinas, mulai dari memasang stiker calon di "
     "kendaraan dinas, mengumpulkan KTP warga, sampai membagikan sembako atas nama calon.",
     "prohibition", ["memasang stiker calon di kendaraan dinas", "mengumpulkan KTP warga",
                     "membagikan sembako atas nama calon"]),
    ("Kewajiban tersebut mencakup pengawasan di semua unit kerja, mulai dari mendata pegawai yang cuti "
     "kampanye, mengumpulkan pakta integritas, hingga melaporkan hasilnya kepada bupati.",
     "obligation", ["mendata pegawai yang cuti kampanye", "mengumpulkan pakta integritas",
                    "melaporkan hasilnya kepada bupati"]),
]


@pytest.mark.parametrize("text,kind,acts", CASES)
def test_range_after_a_long_filler_gives_one_clause_per_act(text, kind, acts):
    assert kinds(text) == [(kind, a) for a in acts]


def test_a_short_filler_still_works():
    text = ("Larangan itu meliputi banyak hal, mulai dari menghadiri deklarasi calon, hingga memakai "
            "mobil dinas untuk kampanye.")
    assert kinds(text) == [("prohibition", "menghadiri deklarasi calon"),
                           ("prohibition", "memakai mobil dinas untuk kampanye")]
