"""A closing judgement reported after a frame and a speaker ("Menanggapi pertanyaan ...,
Fitri menyebut ... tidak dilarang"): the frame is no act; the act judged follows the speech
verb, and a subject that only refers back ("hal itu") is no act (clauses/acts.py
_speaker_after_frame). Invented texts."""
import pytest

from clause_helpers import kinds

FRAMED = [
    ("Menjawab pertanyaan wartawan, Kepala BKD mengatakan memasang foto calon sebagai foto profil tidak diperbolehkan.",
     "prohibition", "memasang foto calon sebagai foto profil tidak diperbolehkan"),
    ("Dikonfirmasi soal baliho di kantor lurah, Rusdi menegaskan menempel gambar pasangan calon di kantor pelayanan "
     "jelas tidak boleh.", "prohibition", "menempel gambar pasangan calon di kantor pelayanan jelas tidak boleh"),
]

REFERS_BACK = [
    "Menanggapi pertanyaan soal bidan yang menjadi saksi di TPS, Yuliana menyebut hal itu tidak dilarang.",
    "Ditanya soal guru yang ikut menonton debat, Sutarno mengatakan kegiatan itu diperbolehkan.",
]


@pytest.mark.parametrize("text,kind,act", FRAMED)
def test_the_frame_is_no_act(text, kind, act):
    assert kinds(text) == [(kind, act)]


@pytest.mark.parametrize("text", REFERS_BACK)
def test_a_subject_that_refers_back_gives_no_act_from_the_frame(text):
    out = kinds(text)
    assert not any(t.startswith(("Menanggapi", "Ditanya")) for _, t in out), out


def test_acts_named_before_a_comma_are_no_frame():
    out = kinds('"Jangankan membagikan brosur calon, memasang stiker saja di motor dinas itu tidak boleh," kata Sekda.')
    assert ("prohibition", "membagikan brosur calon") in out, out
