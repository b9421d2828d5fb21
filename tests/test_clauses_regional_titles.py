"""Regional and service titles are actors (actors.json roles): a cue that needs an actor
("dapat", "perlu", "memiliki kewajiban") reads its rule after them, and the clause is
filed under the role they hold."""
import pytest

from clause_helpers import clauses_of


@pytest.mark.parametrize("text, actor, role", [
    ("Kepala dusun dapat memasang spanduk sosialisasi pemilu di balai dusun.", "Kepala dusun", "kepala desa"),
    ("Kumtua perlu menjaga jarak dari tim sukses calon bupati.", "Kumtua", "kepala desa"),
    ("Menurut dia, aparat kepolisian memiliki kewajiban dalam menjaga ketertiban jelang pemilu.",
     "aparat kepolisian", "TNI/Polri"),
    ("Pegawai P3K di lingkup pemkab juga harus menjaga jarak dari tim pemenangan.", "Pegawai P3K", "ASN"),
])
def test_title_is_the_actor_of_its_rule(text, actor, role):
    [c] = clauses_of(text)
    assert c.actor.startswith(actor) and c.actor_normalized == role
