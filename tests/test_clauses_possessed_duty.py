"""A duty said as a possession: "memiliki / mempunyai / punya kewajiban (untuk / dalam) V",
"memiliki tanggung jawab V" is an obligation of the subject (cues.json "memiliki kewajiban");
a duty possessed with no act after it ("kewajiban yang sama", "kewajiban moral") is none."""
from clause_helpers import clauses_of, kinds, only_clause


def test_duty_with_dalam_before_the_act():
    kind, text = only_clause("Anggota Polres Lembah Biru memiliki kewajiban dalam menjaga ketertiban "
                             "selama masa kampanye.")
    assert kind == "obligation" and text.endswith("menjaga ketertiban selama masa kampanye")


def test_duty_with_untuk_and_its_actor():
    [c] = clauses_of("Setiap kepala dusun di Tanjung Selor Hilir mempunyai kewajiban untuk melaporkan "
                     "kegiatan kampanye di wilayahnya.")
    assert c.kind == "obligation" and c.actor.startswith("Setiap kepala dusun")


def test_responsibility_said_with_punya():
    kind, text = only_clause("Para pengawas TPS punya tanggung jawab memastikan tidak ada intimidasi "
                             "kepada pemilih.")
    assert kind == "obligation" and text.startswith("Para pengawas TPS")


def test_duty_without_an_act_gives_nothing():
    assert kinds("ASN memiliki kewajiban yang sama dengan warga lain.") == []
    assert kinds("Guru memiliki kewajiban moral kepada murid-muridnya.") == []
