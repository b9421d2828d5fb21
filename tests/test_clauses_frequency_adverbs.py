"""A frequency or manner adverb between a cue and its act ("diminta rutin mengunjungi ...",
"wajib rajin memantau ...") is read like "aktif" (cues.json adverbs). Invented texts."""
import pytest

from clause_helpers import kinds

CASES = [
    ("Lurah diminta rutin menyisir grup percakapan warga, mencatat ajakan memilih calon, dan melapor ke camat.",
     ["Lurah diminta rutin menyisir grup percakapan warga", "mencatat ajakan memilih calon", "melapor ke camat"]),
    ("Kepala sekolah wajib rajin memeriksa papan pengumuman sekolah dari pamflet calon.",
     ["Kepala sekolah wajib rajin memeriksa papan pengumuman sekolah dari pamflet calon"]),
    ("Pengawas desa harus konsisten menegur perangkat yang memakai mobil dinas untuk kampanye.",
     ["Pengawas desa harus konsisten menegur perangkat yang memakai mobil dinas untuk kampanye"]),
]


@pytest.mark.parametrize("text,acts", CASES)
def test_the_act_after_the_adverb_is_bound(text, acts):
    assert kinds(text) == [("obligation", a) for a in acts]
