"""An act named before its judgement with its doer first ("Kades naik panggung kampanye itu
terlarang"): the doer is the rule's actor, and the clause still runs to the judgement. A
viewpoint frame set off by a comma ("Secara aturan, ...", "Menurut dia, ...") stays outside."""
import pytest

from clause_helpers import clauses_of


@pytest.mark.parametrize("text, kind, actor, role, span", [
    ("ASN datang ke rapat umum calon itu boleh.", "permission", "ASN", "ASN",
     "ASN datang ke rapat umum calon itu boleh"),
    ("Kepala dusun naik panggung kampanye itu terlarang.", "prohibition", "Kepala dusun", "kepala desa",
     "Kepala dusun naik panggung kampanye itu terlarang"),
    ("Secara aturan, pegawai menonton debat calon tidak masalah.", "permission", "pegawai", "ASN",
     "pegawai menonton debat calon tidak masalah"),
    ("Secara hukum, guru honorer ikut konvoi calon itu terlarang.", "prohibition", "guru honorer", "tenaga pendidik",
     "guru honorer ikut konvoi calon itu terlarang"),
])
def test_doer_of_a_judged_act_is_its_actor(text, kind, actor, role, span):
    [c] = clauses_of(text)
    assert (c.kind, c.actor, c.actor_normalized, c.text) == (kind, actor, role, span)


def test_judged_act_without_a_doer_has_no_actor():
    [c] = clauses_of("Memasang foto calon di ruang kelas merupakan pelanggaran.")
    assert c.actor is None and c.kind == "prohibition"
