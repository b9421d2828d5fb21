"""A rule said over an existential ("jangan ada ASN yang ikut ...", "jangan sampai ada kepala
desa yang ...", "tidak dibenarkan bila ada pegawai yang ...") binds the doer named after
"ada": the relative clause is the act and the actor is that doer. A thing after "ada"
("jangan ada spanduk calon di pagar") is the act itself, and an act joined after it is an
act of its own. All texts are invented."""
import pytest

from clause_helpers import clauses_of


@pytest.mark.parametrize("text,expected,actor", [
    ("Wali Kota Teluk Damai menegaskan, jangan ada ASN yang ikut membagikan kalender calon di kantor.",
     "jangan ada ASN yang ikut membagikan kalender calon di kantor", "ASN"),
    ('"Jangan sampai ada kepala desa yang menggiring warganya ke posko pemenangan," kata Camat Batu Ampar.',
     "Jangan sampai ada kepala desa yang menggiring warganya ke posko pemenangan", "kepala desa"),
    ("Namun, tidak dibenarkan bila ada guru yang terlibat langsung sebagai tim sukses calon tertentu.",
     "tidak dibenarkan bila ada guru yang terlibat langsung sebagai tim sukses calon tertentu", "guru"),
])
def test_the_doer_after_an_existential_is_the_actor(text, expected, actor):
    out = clauses_of(text)
    assert [(c.kind, c.text) for c in out] == [("prohibition", expected)]
    assert out[0].actor == actor


@pytest.mark.parametrize("text,expected", [
    ("Jangan ada lagi perawat yang membawa pasien ke lokasi kampanye dan membagikan stiker calon, tegas Direktur RSUD.",
     [("prohibition", "Jangan ada lagi perawat yang membawa pasien ke lokasi kampanye"),
      ("prohibition", "membagikan stiker calon")]),
    ('"Jangan ada poster calon di ruang guru, apalagi membagikan stiker calon kepada murid," kata Kepala Sekolah.',
     [("prohibition", "Jangan ada poster calon di ruang guru"),
      ("prohibition", "membagikan stiker calon kepada murid")]),
])
def test_acts_after_an_existential_split(text, expected):
    assert [(c.kind, c.text) for c in clauses_of(text)] == expected
