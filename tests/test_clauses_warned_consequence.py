"""A reminder whose content is what follows a breach ('Polres mengingatkan anggotanya
terancam dikenai sanksi apabila ...', 'Bupati mengingatkan ASN akan dikenai sanksi jika
...') warns of a sanction: no obligation (cues.json warning_modals, consequence_verbs,
sanction_terms). A reminder of an act stays one. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "Polres Tirtajaya mengingatkan personelnya terancam dipecat bila kedapatan mendukung calon.",
    "Bupati Sukamaju mengingatkan ASN akan dikenai hukuman disiplin jika terbukti tidak netral.",
    "Sekda mengingatkan para pegawai bisa dipecat bila ketahuan ikut kampanye.",
    "Camat mengingatkan seluruh kades berisiko diberhentikan kalau ikut tim pemenangan.",
])
def test_a_warning_of_a_sanction_is_no_obligation(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Bupati Sukamaju mengingatkan ASN menjaga netralitas selama tahapan pilkada.",
     [("obligation", "mengingatkan ASN menjaga netralitas selama tahapan pilkada")]),
    ("Kapolres mengingatkan anggotanya agar tidak memihak salah satu pasangan calon.",
     [("prohibition", "mengingatkan anggotanya agar tidak memihak salah satu pasangan calon")]),
])
def test_a_reminder_of_an_act_stays(text, expected):
    assert kinds(text) == expected
