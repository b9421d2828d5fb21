"""Cue forms read on real news (session 10, real probe): 'didorong (untuk)' asks for an act;
'tidak ada larangan' closing a condition or an act allows it, and before an addressee it
stays the negated noun of rule. Invented wordings only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Daripada ikut berkampanye, para penyuluh didorong untuk membantu warga memeriksa kabar bohong.",
     [("obligation", "para penyuluh didorong untuk membantu warga memeriksa kabar bohong")]),
    ("Para lurah didorong aktif mengawasi pemasangan alat peraga kampanye.",
     [("obligation", "Para lurah didorong aktif mengawasi pemasangan alat peraga kampanye")]),
])
def test_didorong_asks_for_an_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Kenaikan harga cabai didorong oleh cuaca buruk di sentra produksi.",
    "Mobil mogok itu didorong warga ke tepi jalan.",
])
def test_didorong_as_pushed_is_no_cue(text):
    assert kinds(text) == []


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
