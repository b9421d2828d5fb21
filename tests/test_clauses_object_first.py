"""A passive rule with its object first ("spanduk calon wajib diturunkan") opens the clause
with the object; a connective linking the sentence to the one before ("Sementara itu",
"Selain itu,") is no part of it."""
from clause_helpers import only_clause


def test_object_first_passive_rule():
    assert only_clause("Baliho calon di pagar kantor camat wajib dicopot hari ini juga.") == \
        ("obligation", "Baliho calon di pagar kantor camat wajib dicopot hari ini juga")


def test_connective_without_comma_stays_outside():
    assert only_clause("Sementara itu kampanye di lingkungan sekolah hanya boleh dilaksanakan pada hari libur.") == \
        ("permission", "kampanye di lingkungan sekolah hanya boleh dilaksanakan pada hari libur")


def test_connective_with_comma_stays_outside():
    assert only_clause("Selain itu, spanduk calon di kantor kelurahan wajib diturunkan sebelum apel.") == \
        ("obligation", "spanduk calon di kantor kelurahan wajib diturunkan sebelum apel")
