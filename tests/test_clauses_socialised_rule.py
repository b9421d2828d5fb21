"""A noun of rule after the noun 'sosialisasi' ('melakukan sosialisasi pelarangan tiap-tiap
ASN me-like ...') reports that the rule was spread, like 'menyosialisasikan larangan ...':
talk about a rule, no clause (cues.json rule_talk_verbs). A rule stated outright stays.
All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "Bawaslu Kota Tirtajaya sudah menggelar sosialisasi pelarangan pegawai kelurahan mengomentari unggahan bakal calon.",
    "Panwascam Sukamaju menggelar sosialisasi larangan kepala desa ikut kampanye di balai desa.",
])
def test_a_rule_socialised_is_talk(text):
    assert kinds(text) == []


def test_a_rule_stated_stays():
    assert kinds("Bupati menegaskan larangan bagi ASN untuk memasang baliho calon.") == [
        ("prohibition", "larangan bagi ASN untuk memasang baliho calon")]
