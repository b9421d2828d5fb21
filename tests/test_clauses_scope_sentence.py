"""A verbless sentence after a rule that opens with an example marker and a preposition
('Termasuk di media sosial.', 'Termasuk dalam grup percakapan wali murid.') says where the
rule holds: no act of its own (session 12, real3 probe). 'Termasuk kegiatan ...' still goes
on with the rule's acts. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Guru itu tidak boleh berpolitik. Termasuk di grup percakapan," kata Ketua Panwaslu Sukamaju.',
     [("prohibition", "Guru itu tidak boleh berpolitik")]),
    ("Guru dilarang berkampanye. Termasuk dalam grup percakapan wali murid.",
     [("prohibition", "Guru dilarang berkampanye")]),
])
def test_scope_sentence_is_no_act(text, expected):
    assert kinds(text) == expected


def test_termasuk_with_a_noun_of_act_still_continues():
    assert kinds("Lurah dilarang ikut kampanye. Termasuk kegiatan kampanye di media sosial.") == [
        ("prohibition", "Lurah dilarang ikut kampanye"),
        ("prohibition", "Termasuk kegiatan kampanye di media sosial")]
