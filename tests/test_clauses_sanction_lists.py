"""A noun of rule inside a list of sanctions ('Sanksinya dapat berupa teguran lisan, ...,
kewajiban meminta maaf ...') names one of the sanctions, not a duty of the circular
(cues.json sanction_list_heads, sanction_list_markers). A duty named outside such a list
stays. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "Sanksinya bisa berupa teguran tertulis, mutasi, hingga kewajiban meminta maaf di depan apel.",
    "Hukuman bagi kades yang melanggar yaitu pemberhentian sementara dan kewajiban mengikuti pembinaan di kecamatan.",
    "Bagi prajurit, ganjarannya meliputi penahanan ringan serta kewajiban melapor setiap hari ke markas.",
])
def test_a_duty_listed_as_a_sanction_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("ASN yang melanggar dikenai sanksi. Selain itu ada kewajiban ASN untuk melaporkan pelanggaran.",
     [("obligation", "kewajiban ASN untuk melaporkan pelanggaran")]),
    ("Setelah sanksi dijatuhkan, kewajiban kades untuk melaporkan kegiatan desa tetap berlaku.",
     [("obligation", "kewajiban kades untuk melaporkan kegiatan desa tetap berlaku")]),
])
def test_a_duty_outside_a_sanction_list_stays(text, expected):
    assert kinds(text) == expected
