"""A possessive group addressee ("jajarannya", "bawahannya", "anggotanya") followed by its
acts binds the appeal like a named role, so a later 'untuk' is part of the act, not the
appeal's complementizer (session 11, real probe). Invented wordings only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Direktur meminta jajarannya menunda, membatalkan, dan/atau mengganti acara yang berpotensi disalahgunakan oleh kelompok tertentu untuk kegiatan kampanye.",
     [("obligation", "meminta jajarannya menunda, membatalkan, dan/atau mengganti acara yang berpotensi disalahgunakan oleh kelompok tertentu untuk kegiatan kampanye")]),
    ("Bupati meminta bawahannya menunda, membatalkan, dan/atau mengganti kegiatan yang berpotensi disalahgunakan oleh pihak tertentu untuk kegiatan politik.",
     [("obligation", "meminta bawahannya menunda, membatalkan, dan/atau mengganti kegiatan yang berpotensi disalahgunakan oleh pihak tertentu untuk kegiatan politik")]),
])
def test_the_acts_follow_a_possessive_addressee(text, expected):
    assert kinds(text) == expected
