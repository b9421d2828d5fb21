"""A sentence that reports the content of a circular, decree or instruction in prose,
with no cue of its own: a content frame ("Isi edaran itu antara lain", "Beberapa butir
dalam SE tersebut, seperti", "Dalam maklumat itu,") then an addressee and a run of acts.
A negated act is a prohibition, an act before the first negated one a duty
(cues.json content_nouns, document_nouns; clauses/lists.py content_acts). A description of
what a document is about, a report of events or of a breach, a frame over bare acts only,
and a document not named as one give nothing. All texts are invented."""
import pytest

from clause_helpers import clauses_of, kinds


def _got(text):
    return [(c.kind, c.text, c.actor) for c in clauses_of(text)]


def test_content_noun_frame_with_example_marker():
    text = ("Sejumlah butir dalam surat edaran tersebut, seperti pegawai Otorita Teluk Damar tidak "
            "memihak kepada pasangan mana pun dan tidak memasang spanduk calon di kantor.")
    assert _got(text) == [
        ("prohibition", "pegawai Otorita Teluk Damar tidak memihak kepada pasangan mana pun",
         "pegawai Otorita Teluk Damar"),
        ("prohibition", "tidak memasang spanduk calon di kantor", "pegawai Otorita Teluk Damar"),
    ]


def test_content_noun_frame_with_duty_first():
    text = ("Isi SE itu di antaranya guru menjaga sikap netral di kelas, tidak mengenakan kaus "
            "bergambar calon, serta tidak membagikan brosur kampanye kepada murid.")
    assert kinds(text) == [
        ("obligation", "guru menjaga sikap netral di kelas"),
        ("prohibition", "tidak mengenakan kaus bergambar calon"),
        ("prohibition", "tidak membagikan brosur kampanye kepada murid"),
    ]


@pytest.mark.parametrize("text,expected", [
    ("Dalam maklumat itu, anggota Polri tidak terlibat kampanye dan tidak memakai mobil dinas untuk calon.",
     [("prohibition", "anggota Polri tidak terlibat kampanye"),
      ("prohibition", "tidak memakai mobil dinas untuk calon")]),
    ("Di dalam instruksi Nomor 4 Tahun 2024 itu, kepala desa tidak menghadiri deklarasi pasangan calon "
     "atau ikut rombongan penjemputan calon.",
     [("prohibition", "kepala desa tidak menghadiri deklarasi pasangan calon"),
      ("prohibition", "ikut rombongan penjemputan calon")]),
])
def test_within_document_frame(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # what the document is about
    "Edaran itu mengatur soal netralitas pegawai di lingkungan Pemkot Sungai Rindang.",
    "Isi edaran tersebut mengatur ASN tidak terlibat dalam kampanye.",
    # the issuer's speech or a report about the document
    "Dalam surat edaran tersebut, Wali Kota tidak menyebutkan sanksi bagi pelanggar.",
    "Dalam edaran itu, bupati menegaskan dua hal penting.",
    # a breach, a sanction, a state
    "Dalam edaran itu, guru tidak netral saat kampanye kemarin.",
    "Dalam edaran itu, ASN yang melanggar tidak mendapat tunjangan kinerja.",
    "Dalam surat itu, pegawai sudah tidak menghadiri kampanye sejak pekan lalu.",
    # bare acts only: as often a description as a rule
    "Dalam edaran itu, ASN menjaga netralitas dan melayani masyarakat.",
    # no document named: a newspaper, a document without a determiner
    "Dalam surat kabar lokal, pegawai tidak memasang iklan calon.",
    "Dalam keputusan bersama, pegawai tidak hadir di kampanye.",
    # the public is no addressee of a circular's rule
    "Dalam edaran itu, masyarakat tidak menerima politik uang.",
])
def test_no_rule_without_a_content_frame_over_acts(text):
    assert kinds(text) == []
