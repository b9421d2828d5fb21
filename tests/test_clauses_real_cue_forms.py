"""Cue forms read on real news (session 10, real probe): 'tidak ada larangan' closing a condition or an act allows it, and before an addressee it
stays the negated noun of rule. Invented wordings only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Namun kalau hanya datang sebagai warga biasa ke lapangan kampanye, tidak ada larangan.",
     [("permission", "hanya datang sebagai warga biasa ke lapangan kampanye, tidak ada larangan")]),
    ("Menyimak debat calon lewat televisi di rumah dinas tidak ada larangannya.",
     [("permission", "Menyimak debat calon lewat televisi di rumah dinas tidak ada larangannya")]),
])
def test_tidak_ada_larangan_closing_a_condition_allows_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tidak ada larangan bagi bidan untuk menonton debat calon di puskesmas.",
     [("permission", "Tidak ada larangan bagi bidan untuk menonton debat calon di puskesmas")]),
    ("Menurut camat, tidak ada larangan bagi lurah menghadiri rapat umum sebagai pendengar.",
     [("permission", "tidak ada larangan bagi lurah menghadiri rapat umum sebagai pendengar")]),
])
def test_tidak_ada_larangan_before_an_addressee_keeps_its_act(text, expected):
    assert kinds(text) == expected
