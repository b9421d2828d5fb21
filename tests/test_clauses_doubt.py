"""A rule inside a doubt or a question reported ("warga mempertanyakan apakah ASN boleh
...", "ia mengaku bingung ...") is no rule; the frame reaches a bounded number of tokens,
stops at a full stop, contrast or reason, and a negated frame or one describing the actor
keeps the rule. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "Warga mempertanyakan apakah ASN boleh hadir di acara syukuran calon.",
    "Ia mengaku bingung apakah kepala desa dilarang memakai kaus partai.",
    "Sejumlah guru honorer masih ragu apakah mereka boleh menjadi saksi partai di TPS.",
    "Beberapa kepala desa bertanya-tanya, perangkat desa sebenarnya boleh ikut pawai calon atau tidak.",
    "Para lurah belum paham apakah mereka wajib melaporkan kehadiran di acara partai.",
    "Publik meragukan bahwa ASN boleh berfoto dengan calon di rumah makan.",
    "Seorang bidan desa menanyakan mengapa pegawai puskesmas dilarang memakai kaus bergambar calon saat libur.",
])
def test_a_rule_inside_a_doubt_reported_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Ia tidak ragu, ASN dilarang menjadi juru kampanye.",
     [("prohibition", "ASN dilarang menjadi juru kampanye")]),
    ("Pegawai yang ragu wajib berkonsultasi dengan atasan langsung.",
     [("obligation", "Pegawai yang ragu wajib berkonsultasi dengan atasan langsung")]),
    ("Warga sempat bingung. Kepala desa dilarang memakai kaus partai.",
     [("prohibition", "Kepala desa dilarang memakai kaus partai")]),
    ("Banyak guru bingung, namun kepala sekolah tetap dilarang menjadi tim sukses.",
     [("prohibition", "kepala sekolah tetap dilarang menjadi tim sukses")]),
])
def test_a_negated_frame_a_description_or_a_boundary_keeps_the_rule(text, expected):
    assert kinds(text) == expected


def test_the_reach_of_a_doubt_is_bounded():
    far = ("Warga sempat bingung soal jadwal kampanye di lapangan kecamatan yang berubah dua kali dalam "
           "sepekan terakhir ini sehingga ASN dilarang hadir.")
    # a frame more than DOUBT_REACH tokens before the cue does not govern it
    assert [k for k, _ in kinds(far)] == ["prohibition"]


@pytest.mark.parametrize("text,expected", [
    ("Warga itu mengaku heran, padahal ASN dilarang ikut kampanye.",
     [("prohibition", "ASN dilarang ikut kampanye")]),
    ("Ia sempat bingung sehingga kepala sekolah wajib menjelaskan aturan itu kepada guru.",
     [("obligation", "kepala sekolah wajib menjelaskan aturan itu kepada guru")]),
])
def test_a_fact_after_padahal_or_sehingga_is_outside_the_doubt(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Kalau ragu, jangan hadir," tegasnya.', [("prohibition", "jangan hadir")]),
    ("“Jika masih bingung, tanyakan dulu ke BKPSDM,” ujar Sekda.", [("obligation", "tanyakan dulu ke BKPSDM")]),
])
def test_a_doubt_as_the_condition_of_a_rule_keeps_it(text, expected):
    assert kinds(text) == expected
