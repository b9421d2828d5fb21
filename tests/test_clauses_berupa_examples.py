"""'berupa' (in the form of) is no verb: nouns given as examples after 'antara lain berupa'
stay in the head act instead of each becoming an act (session 11, real probe); 'berupa'
still opens the acts of a rule noun ('Larangan tersebut berupa memasang ...'). Invented
wordings only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "Karyawan perumda dilarang memakai aset perusahaan, antara lain berupa mobil operasional, gudang, aula, dan lapangan futsal.",
    "Perangkat desa dilarang memanfaatkan sarana desa, misalnya berupa balai pertemuan, ambulans desa, atau pengeras suara masjid.",
    "Guru dilarang membawa atribut calon ke sekolah, antara lain berbentuk stiker, pin, dan gantungan kunci.",
])
def test_noun_examples_after_berupa_stay_in_the_head_act(text):
    out = kinds(text)
    assert len(out) == 1 and out[0][0] == "prohibition" and out[0][1].endswith(text.rstrip(".").split(", ")[-1])


def test_berupa_after_a_rule_noun_still_opens_acts():
    assert [t for _, t in kinds("Larangan itu berupa menempel poster calon, membagikan sembako, dan menghadiri deklarasi.")] == \
        ["menempel poster calon", "membagikan sembako", "menghadiri deklarasi"]
