"""A bare order answering a question about what to do ("Apa yang harus dilakukan ASN
jika ...?" / "Laporkan.") is an obligation of its own, addressed to the party the question
names; it is no verdict on the question's act ("dilakukan ..."). A bare order that answers
no question, or a question that asks no rule, gives nothing. All texts are invented."""
import pytest

from clause_helpers import clauses_of


def _got(text):
    return [(c.kind, c.text, c.actor) for c in clauses_of(text)]


@pytest.mark.parametrize("text,expected", [
    ('"Kalau ASN melihat ada pelanggaran netralitas, apa yang harus dilakukan?" tanya wartawan.\n\n'
     '"Laporkan," jawab Kepala BKD Kabupaten Sukamaju singkat.',
     [("obligation", "Laporkan", "ASN")]),
    ("Tanya: Apa yang sebaiknya dilakukan guru jika diajak foto bersama calon?\n\nJawab: Tolak.",
     [("obligation", "Tolak", "guru")]),
    ('"Bagaimana jika perangkat desa tahu ada kepala dusun yang berkampanye, apa yang mesti dilakukan?"\n\n'
     '"Lapor," ujar Camat Rantau Baru, Sri Wahyuni.',
     [("obligation", "Lapor", "perangkat desa")]),
])
def test_a_bare_order_answering_what_to_do_is_an_obligation(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    # no question before the bare order
    'Sekda Tirtajaya menutup rapat itu dengan satu kata.\n\n"Laporkan," katanya sambil tersenyum.',
    # the question asks no rule (no modal): a bare word after it is no order
    '"Apakah sudah ada laporan pelanggaran di kecamatan ini?" tanya wartawan.\n\n"Laporkan," jawab Camat Lembah Hijau.',
])
def test_a_bare_order_that_answers_no_rule_question_gives_nothing(text):
    assert _got(text) == []
