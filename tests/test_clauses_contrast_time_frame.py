"""A sentence that opens with a contrast and a time frame set off by a comma before a closing
verdict of permission ("Namun setelah jam pelajaran usai, boleh saja") allows the act of the
rule before in that time: the frame and the verdict are a permission. A frame that refers
back ("saat ini") or a contrast before a report gives no clause."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Menurut Kabag Umum, pegawai tak boleh datang ke kampanye saat jam dinas. Tapi pada hari libur "
     "seperti Sabtu atau Minggu pagi, tidak apa-apa.",
     [("prohibition", "pegawai tak boleh datang ke kampanye saat jam dinas"),
      ("permission", "pada hari libur seperti Sabtu atau Minggu pagi, tidak apa-apa")]),
    ("Guru di Bantul tidak boleh menonton kampanye di jam sekolah. Namun setelah jam pelajaran usai, boleh saja.",
     [("prohibition", "Guru di Bantul tidak boleh menonton kampanye di jam sekolah"),
      ("permission", "setelah jam pelajaran usai, boleh")]),
])
def test_a_contrast_time_frame_before_a_closing_permission(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Namun saat ini, tidak masalah.",
    "Tapi pada hari Minggu pagi, warga memadati alun-alun kota.",
])
def test_no_contrast_time_frame_rule(text):
    assert kinds(text) == []
