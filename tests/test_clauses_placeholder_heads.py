"""A rule's head act over a placeholder object ('melakukan hal-hal', 'berbuat sesuatu')
filled right away by an enumeration of acts ('dilarang melakukan hal-hal seperti A, B, dan
C') names no act: the examples are the clauses (session 12, real3 probe). A placeholder
with its own description, and a real object before the examples, keep the head. All texts
are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Pegawai Pemkab Sukamaju dilarang melakukan hal-hal seperti memasang baliho calon, menghadiri deklarasi, "
     "dan membagikan stiker.",
     [("prohibition", "memasang baliho calon"), ("prohibition", "menghadiri deklarasi"),
      ("prohibition", "membagikan stiker")]),
    ('"Selama masih perangkat desa, tidak boleh dia melakukan hal-hal misalnya mengampanyekan calon di balai '
     'desa, atau mengumpulkan fotokopi KTP warga," kata Camat Tirtajaya.',
     [("prohibition", "mengampanyekan calon di balai desa"),
      ("prohibition", "mengumpulkan fotokopi KTP warga")]),
])
def test_placeholder_head_gives_way_to_its_examples(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Guru tidak boleh melakukan hal-hal yang merugikan pasangan calon.",
     [("prohibition", "Guru tidak boleh melakukan hal-hal yang merugikan pasangan calon")]),
    ("Lurah dilarang melakukan kegiatan seperti memasang baliho calon dan membagikan stiker.",
     [("prohibition", "Lurah dilarang melakukan kegiatan"), ("prohibition", "memasang baliho calon"),
      ("prohibition", "membagikan stiker")]),
])
def test_a_described_or_real_object_keeps_the_head(text, expected):
    assert kinds(text) == expected
