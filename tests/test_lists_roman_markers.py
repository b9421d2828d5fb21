"""Roman numerals as list markers ("(i)", "(ii)", "iii.", "iv)"): one home in lang.json's
list_markers; the clause walk and the cleaner both count them in order after "(i)"."""
import pytest

from clause_helpers import kinds
from corpus_tools.lang import roman_value


@pytest.mark.parametrize("text,kind,acts", [
    ("Isinya dirinci dalam beberapa butir. Pegawai dilarang:\n(i) memasang spanduk calon;\n"
     "(ii) ikut serta dalam deklarasi pasangan calon;\n(iii) mengunggah foto bakal calon; serta\n"
     "(iv) menggunakan kendaraan dinas untuk kampanye.",
     "prohibition", ["memasang spanduk calon", "ikut serta dalam deklarasi pasangan calon",
                     "mengunggah foto bakal calon", "menggunakan kendaraan dinas untuk kampanye"]),
    ("Kepala dinas wajib:\ni. mengawasi bawahan;\nii. melaporkan dugaan keberpihakan;\niii. menegur pegawai "
     "yang berpihak.",
     "obligation", ["mengawasi bawahan", "melaporkan dugaan keberpihakan", "menegur pegawai yang berpihak"]),
])
def test_roman_numbered_items_are_one_list(text, kind, acts):
    assert [t for k, t in kinds(text) if k == kind] == acts


def test_a_letter_list_passing_h_and_i_stays_a_letter_list():
    text = ("Guru dilarang:\n" + "\n".join(f"{c}. memasang stiker calon nomor {n};" for n, c in enumerate("ghij", 1)))
    assert len(kinds(text)) == 4


@pytest.mark.parametrize("numeral,value", [("ii", 2), ("iv", 4), ("IX", 9), ("xii", 12), ("ab", None)])
def test_roman_value(numeral, value):
    assert roman_value(numeral) == value
