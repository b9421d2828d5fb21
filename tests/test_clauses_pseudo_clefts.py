"""Pseudo-clefts ("Yang dilarang adalah ...", cues._free_relative_body) with a time or place
between the frame (or its doer) and the copula (session 20): the frame still holds its rule, a
noun list after the copula included (nouns stay in the one act, docs/evaluate.md). A relative
without a cue states nothing. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Yang tidak boleh dilakukan pegawai saat berfoto adalah pose satu jari, pose dua jari, dan salam metal.",
     [("prohibition", "Yang tidak boleh dilakukan pegawai saat berfoto adalah pose satu jari, pose dua jari, "
                      "dan salam metal")]),
    ("Yang dilarang ketika masa tenang berlangsung adalah memasang spanduk calon di kantor kelurahan.",
     [("prohibition", "Yang dilarang ketika masa tenang berlangsung adalah memasang spanduk calon di kantor "
                      "kelurahan")]),
    ("Yang tidak boleh dilakukan guru di sekolah yaitu mengajak murid memilih calon.",
     [("prohibition", "Yang tidak boleh dilakukan guru di sekolah yaitu mengajak murid memilih calon")]),
])
def test_a_time_or_place_before_the_copula_keeps_the_frame(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Yang hadir saat apel itu adalah bupati dan wakil bupati.",
    "Yang datang ke lokasi kemarin yaitu camat dan kapolsek.",
])
def test_a_relative_without_a_cue_before_a_time_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Yang harus dihindari adalah datang ke rapat tim pemenangan seorang kandidat.",
     [("prohibition", "Yang harus dihindari adalah datang ke rapat tim pemenangan seorang kandidat")]),
    ("Yang perlu dijauhi perangkat desa yaitu berfoto dengan simbol jari calon.",
     [("prohibition", "Yang perlu dijauhi perangkat desa yaitu berfoto dengan simbol jari calon")]),
])
def test_what_must_be_avoided_is_forbidden(text, expected):
    assert kinds(text) == expected


def test_what_must_be_done_stays_a_duty():
    assert kinds("Yang harus dilakukan adalah melapor ke atasan langsung.") == [
        ("obligation", "Yang harus dilakukan adalah melapor ke atasan langsung")]
