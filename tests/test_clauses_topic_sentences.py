"""A sentence after a rule that names what the speaker spoke about ("Ia juga menyinggung
kesejahteraan pegawai", "Dia juga menyoroti ...") does not go on with the rule's acts
(cues.json topic_verbs); a sentence that goes on with acts still does."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    '"Jangan mau dibodohi janji kosong," seru calon bupati.\n\nIa juga menyinggung kesejahteraan pegawai honorer.',
    "Pegawai dilarang memasang spanduk calon di kantor.\n\nDia juga menyoroti kendaraan dinas yang dipakai ke "
    "lokasi kampanye.",
])
def test_a_topic_named_after_a_rule_is_no_act_of_it(text):
    assert len(kinds(text)) == 1


def test_acts_that_go_on_after_a_rule_still_take_its_kind():
    found = kinds("Pegawai dilarang memasang spanduk calon di kantor. Juga tidak boleh menghadiri deklarasi calon.")
    assert [k for k, _ in found] == ["prohibition", "prohibition"]
