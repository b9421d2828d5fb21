"""A passive ban that judges the act before it and runs on, with no comma, into an
aggravator ("..., memasang spanduk calon di kantor desa dilarang apalagi ikut menjadi juru
kampanye"): the act before the cue is forbidden, and the worse act after the aggravator is a
prohibition of its own. With no act before the cue ("ASN dilarang apalagi ...") the cue
keeps reading forward."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Menurut camat, memasang spanduk calon di kantor desa dilarang apalagi ikut menjadi juru kampanye.",
     [("prohibition", "memasang spanduk calon di kantor desa dilarang"),
      ("prohibition", "ikut menjadi juru kampanye")]),
    ("Memakai mobil dinas untuk acara calon tidak diperbolehkan apalagi sampai membagikan sembako.",
     [("prohibition", "Memakai mobil dinas untuk acara calon tidak diperbolehkan"),
      ("prohibition", "membagikan sembako")]),
])
def test_an_act_judged_by_a_ban_then_a_worse_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pegawai puskesmas dilarang apalagi menjadi tim sukses.",
     [("prohibition", "Pegawai puskesmas dilarang apalagi menjadi tim sukses")]),
    ("Kepala sekolah di Blitar dilarang ikut kampanye, apalagi menjadi tim sukses.",
     [("prohibition", "Kepala sekolah di Blitar dilarang ikut kampanye"), ("prohibition", "menjadi tim sukses")]),
])
def test_no_act_before_the_ban_keeps_it_forward(text, expected):
    assert kinds(text) == expected
