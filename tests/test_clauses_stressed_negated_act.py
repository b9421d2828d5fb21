"""After a rule, ', terutama / khususnya untuk / agar tidak <verb> ...' stresses one act the
speaker forbids: it is a prohibition of its own, and the stress words end the act before it
(session 12, real3 probe: 'Jaga sikap netral, khususnya untuk tidak ikut politik
praktis'). Without a negated act ('..., terutama di media sosial') the words qualify the act
before. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Jaga nama baik korps, terutama untuk tidak ikut konvoi pasangan calon," kata Kepala BKPSDM Sukamaju.',
     [("obligation", "Jaga nama baik korps"), ("prohibition", "tidak ikut konvoi pasangan calon")]),
    ("Guru wajib menjaga netralitas, khususnya agar tidak memasang atribut calon di sekolah.",
     [("obligation", "Guru wajib menjaga netralitas"),
      ("prohibition", "tidak memasang atribut calon di sekolah")]),
])
def test_stressed_negated_act_is_a_prohibition(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Perangkat desa wajib menjaga netralitas, terutama di media sosial.",
     [("obligation", "Perangkat desa wajib menjaga netralitas, terutama di media sosial")]),
    ("Lurah harus netral, khususnya saat kampanye terbuka.",
     [("obligation", "Lurah harus netral, khususnya saat kampanye terbuka")]),
])
def test_stress_without_negated_act_qualifies(text, expected):
    assert kinds(text) == expected
