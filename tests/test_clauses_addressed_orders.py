"""An order after its addressee named by an actor and a relative clause ("Pegawai yang
tahu ada pelanggaran, laporkan ke ..."): the order is the clause, the addressee its
actor. All texts are invented."""
import pytest

from clause_helpers import clauses_of


@pytest.mark.parametrize("text,act,actor", [
    ("Pegawai yang melihat pelanggaran, laporkan ke BKPSDM lewat kanal aduan resmi.",
     "laporkan ke BKPSDM lewat kanal aduan resmi", "Pegawai yang melihat pelanggaran"),
    ("Guru yang diajak ikut kampanye, tolak dengan sopan.",
     "tolak dengan sopan", "Guru yang diajak ikut kampanye"),
    ("Seluruh kepala desa yang menerima undangan deklarasi, segera kembalikan undangannya.",
     "segera kembalikan undangannya", "Seluruh kepala desa yang menerima undangan deklarasi"),
])
def test_an_addressee_with_a_relative_clause_before_an_order(text, act, actor):
    out = clauses_of(text)
    assert [(c.kind, c.text, c.actor) for c in out] == [("obligation", act, actor)]


@pytest.mark.parametrize("text", [
    # an order without the addressee's relative clause is still a reader's call in narration
    "Pegawai Dinas Pendidikan, laporkan ke BKPSDM lewat kanal aduan resmi.",
    "Warga yang melihat pelanggaran bisa melapor ke panwascam.",
])
def test_without_a_relative_addressee_narration_gives_no_order(text):
    assert clauses_of(text) == []
