"""An act, 'atau' / 'ataupun' / 'dan/atau' and a passive verb ('harus mengundurkan diri atau
diberhentikan dari jabatannya') name two ways one outcome comes about: one act, not a
second duty of the actor (cues.json outcome_joiners). Two active acts joined by 'atau'
stay two. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Pegawai BUMD yang maju wajib mundur dari jabatan atau diberhentikan oleh bupati.",
     [("obligation", "Pegawai BUMD yang maju wajib mundur dari jabatan atau diberhentikan oleh bupati")]),
    ("Direktur perusahaan daerah yang maju wajib melepas jabatannya ataupun dibebastugaskan oleh pemegang saham.",
     [("obligation", "Direktur perusahaan daerah yang maju wajib melepas jabatannya ataupun dibebastugaskan oleh pemegang saham")]),
])
def test_a_passive_alternative_is_the_same_outcome(text, expected):
    assert kinds(text) == expected


def test_two_active_alternatives_stay_two_acts():
    assert kinds("ASN wajib mengawasi bawahannya atau melaporkan pelanggaran ke atasan.") == [
        ("obligation", "ASN wajib mengawasi bawahannya"),
        ("obligation", "melaporkan pelanggaran ke atasan"),
    ]
