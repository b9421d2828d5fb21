"""An intransitive verb (ber-) before "dan / serta" shares no object with the verb after it:
"berpihak dan mengeluarkan keputusan ..." are two acts, while alternatives after "atau"
("berkomentar atau membagikan unggahan") and verbs sharing one object stay one."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,acts", [
    ("Lurah tidak boleh berpihak dan menerbitkan surat yang menguntungkan pasangan calon tertentu.",
     ["Lurah tidak boleh berpihak", "menerbitkan surat yang menguntungkan pasangan calon tertentu"]),
    ("Lurah dilarang berkampanye serta membagikan sembako bergambar calon.",
     ["Lurah dilarang berkampanye", "membagikan sembako bergambar calon"]),
    ("Pegawai dilarang terlibat dan mengarahkan warga memilih calon tertentu.",
     ["Pegawai dilarang terlibat", "mengarahkan warga memilih calon tertentu"]),
])
def test_an_intransitive_verb_and_a_verb_with_its_object_are_two_acts(text, acts):
    assert kinds(text) == [("prohibition", a) for a in acts]


@pytest.mark.parametrize("text", [
    "ASN dilarang berkomentar atau membagikan unggahan bakal calon di media sosial.",
    "Pegawai dilarang memasang dan menyebarkan stiker calon.",
    "Guru dilarang ikut serta dalam kampanye calon.",
])
def test_alternatives_and_shared_objects_stay_one_act(text):
    assert len(kinds(text)) == 1
