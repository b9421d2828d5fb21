"""'mengajak' binds its addressee's act through 'untuk' / 'agar', and without them only
when the act after the addressee is negated ("mengajak seluruh ASN tidak golput"): the bare
positive form ("calon mengajak warga memilih ...") is how campaign reports tell what a
candidate did, and a candidate's or campaign team's call is campaigning, not a rule.
cues.json "binds_negated_act". All texts are invented."""
import pytest

from clause_helpers import clauses_of, kinds


@pytest.mark.parametrize("text,expected,actor", [
    ("Wakil Bupati Tanjung Rimba mengajak seluruh ASN tidak golput pada hari pencoblosan.",
     "mengajak seluruh ASN tidak golput pada hari pencoblosan", "seluruh ASN"),
    ("Dalam apel pagi, Sekda mengajak para guru tidak terlibat politik praktis selama masa kampanye.",
     "mengajak para guru tidak terlibat politik praktis selama masa kampanye", "para guru"),
])
def test_a_bare_invitation_to_a_negated_act_is_a_prohibition(text, expected, actor):
    out = clauses_of(text)
    assert [(c.kind, c.text) for c in out] == [("prohibition", expected)]
    assert out[0].actor == actor


@pytest.mark.parametrize("text", [
    "Calon bupati nomor urut dua itu mengajak warga memilih dirinya pada pilkada mendatang.",
    "Dalam kampanye dialogis di Desa Sungai Emas, pasangan calon mengajak ibu-ibu mendukung program sekolah gratis.",
    "Tim pemenangan mengajak warga tidak memilih calon petahana.",
    "Relawan calon gubernur mengajak pemilih muda tidak ragu datang ke posko.",
])
def test_campaign_invitations_are_no_rules(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Kepala Dinas mengajak pegawai untuk tidak menyebarkan berita bohong soal calon.",
     [("prohibition", "mengajak pegawai untuk tidak menyebarkan berita bohong soal calon")]),
    ("Camat mengajak kepala desa agar menjaga netralitas selama tahapan pilkada.",
     [("obligation", "mengajak kepala desa agar menjaga netralitas selama tahapan pilkada")]),
])
def test_an_invitation_with_untuk_or_agar_binds_as_before(text, expected):
    assert kinds(text) == expected
