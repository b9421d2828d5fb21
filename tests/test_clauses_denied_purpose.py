"""A verdict of permission that closes a judged act and goes on with a contrast and a
negated purpose ("Kalau diajak tetangga ke pengajian boleh saja, namun tidak untuk
berkampanye"): the act before is allowed, and the purpose after the contrast is a
prohibition of its own. A contrast with no negated purpose after it is no rule."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Kalau diajak tetangga ke pengajian di Cianjur boleh saja, namun tidak untuk berkampanye.",
     [("permission", "diajak tetangga ke pengajian di Cianjur boleh"),
      ("prohibition", "namun tidak untuk berkampanye")]),
    ("Menonton debat kandidat bupati dari rumah boleh saja tapi tidak untuk ikut kampanye.",
     [("permission", "Menonton debat kandidat bupati dari rumah boleh"),
      ("prohibition", "tapi tidak untuk ikut kampanye")]),
    ("Bila dipanggil oleh panitia seminar boleh saja tapi tidak untuk berkampanye, mereka pun tidak boleh "
     "membawa bendera partai.",
     [("permission", "dipanggil oleh panitia seminar boleh"),
      ("prohibition", "tapi tidak untuk berkampanye"),
      ("prohibition", "mereka pun tidak boleh membawa bendera partai")]),
])
def test_a_negated_purpose_after_a_closing_permission_is_a_prohibition(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Menonton debat di balai desa boleh saja, tapi tidak semua pegawai mau datang.",
     [("permission", "boleh saja, tapi tidak semua pegawai mau datang")]),
    ("Pegawai kecamatan boleh hadir tapi tidak ikut bersorak.",
     [("permission", "Pegawai kecamatan boleh hadir"), ("prohibition", "tidak ikut bersorak")]),
])
def test_no_negated_purpose_no_new_split(text, expected):
    assert kinds(text) == expected
