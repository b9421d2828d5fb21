"""A pair of closing verdicts ("memilih boleh, berpolitik praktis tidak boleh"): each act is
judged by the verdict after it, also after a fronted frame ("Bagi ASN, ..."); the permission
does not reach over the comma into the next act. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Bagi ASN, memilih boleh, berpolitik praktis tidak boleh," kata Sekda.',
     [("permission", "memilih boleh"), ("prohibition", "berpolitik praktis tidak boleh")]),
    ('"Untuk guru, datang ke TPS boleh, berkampanye di kelas tidak boleh," tegasnya.',
     [("permission", "datang ke TPS boleh"), ("prohibition", "berkampanye di kelas tidak boleh")]),
])
def test_each_act_of_a_verdict_pair_takes_its_own_verdict(text, expected):
    assert kinds(text) == expected
