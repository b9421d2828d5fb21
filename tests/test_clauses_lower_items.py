"""Unmarked list items in lower case after a lead-in ending in ":" (the lead-in's sentence
goes on in each line): each is an item, not a wrapped line of the one above
(clauses/lists.py _lower_item, document.py _runs_on). Invented wordings."""
import pytest

from clause_helpers import kinds

CASES = [
    ("Isinya, lurah dan staf kelurahan tidak diperbolehkan:\n\nikut dalam konvoi pasangan calon\n\n"
     "menempel stiker calon di motor dinas\n\nmembagikan bingkisan bergambar calon\n\n"
     "Menurutnya, aturan itu berlaku sampai hari pencoblosan.",
     "prohibition", ["ikut dalam konvoi pasangan calon", "menempel stiker calon di motor dinas",
                     "membagikan bingkisan bergambar calon"]),
    ("Selama masa tenang, guru honorer di Kabupaten Air Jernih diminta:\n\nmenjaga sikap netral di kelas\n\n"
     "menolak titipan alat peraga dari tim sukses\n\nmelapor kepada kepala sekolah bila didatangi calon\n\n"
     "Kepala dinas mengatakan surat itu sudah dikirim ke semua sekolah.",
     "obligation", ["menjaga sikap netral di kelas", "menolak titipan alat peraga dari tim sukses",
                    "melapor kepada kepala sekolah bila didatangi calon"]),
]


@pytest.mark.parametrize("text,kind,items", CASES)
def test_lower_case_items_after_a_lead_in(text, kind, items):
    assert kinds(text) == [(kind, item) for item in items]


def test_a_line_cut_after_a_preposition_still_runs_on():
    text = ("Pegawai dilarang memasang spanduk calon di\n\nhalaman kantor desa dan balai pertemuan warga.")
    got = kinds(text)
    assert len(got) == 1 and got[0][1].endswith("balai pertemuan warga")
