"""A duty to support or elect a candidate ("meminta masyarakat mendukung Caleg X", "mengajak
warga memilih pasangan nomor urut 2", "untuk memenangkan pasangan Y") is a campaign call, no
rule (document._campaign_call; cues.json campaign_support_verbs, candidate_nouns). A ban on the
same act is the neutrality rule itself, and a call to vote without a candidate stays a duty.
All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "Dalam pertemuan itu, ia meminta warga mendukung caleg DPRD nomor 3, Rudi Hartono, pada pileg nanti.",
    "Ketua partai itu mengajak warga untuk memilih pasangan nomor urut 2 pada hari pencoblosan.",
    "Bupati petahana itu menekankan komitmen jajarannya untuk memenangkan pasangan Andi-Budi di Lembah Hijau.",
])
def test_a_call_to_support_a_candidate_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Pegawai kecamatan dilarang mendukung calon tertentu.",
     [("prohibition", "Pegawai kecamatan dilarang mendukung calon tertentu")]),
    ("Bupati meminta warga memilih sesuai hati nurani.",
     [("obligation", "meminta warga memilih sesuai hati nurani")]),
    ("Camat menegaskan pegawai harus mendukung seluruh kandidat secara setara.",
     [("obligation", "pegawai harus mendukung seluruh kandidat secara setara")]),
])
def test_a_ban_on_support_and_a_call_to_vote_stay(text, expected):
    assert kinds(text) == expected
