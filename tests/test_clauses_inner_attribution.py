"""An attribution between the actor and the cue ("Pejabat yang ..., kata Rudi wajib ...")
stays inside the clause, which starts at the actor (cues.py _inner_attribution). Invented texts."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Pejabat yang ikut kampanye pada hari libur, kata Darmin wajib mengajukan cuti.",
     [("obligation", "Pejabat yang ikut kampanye pada hari libur, kata Darmin wajib mengajukan cuti")]),
    ("Guru yang menjadi saksi di TPS, ujar Hasan Basri wajib meminta izin kepala sekolah.",
     [("obligation", "Guru yang menjadi saksi di TPS, ujar Hasan Basri wajib meminta izin kepala sekolah")]),
])
def test_the_clause_runs_over_an_inner_attribution(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an attribution at the end stays outside
    ("Pegawai dilarang berkampanye di kantor, kata Darmin.",
     [("prohibition", "Pegawai dilarang berkampanye di kantor")]),
    # an attribution set off by two commas was already inside, and stays so
    ("Pegawai yang hadir di acara itu, kata Darmin, wajib mengisi daftar hadir.",
     [("obligation", "Pegawai yang hadir di acara itu, kata Darmin, wajib mengisi daftar hadir")]),
])
def test_other_attributions_are_left_alone(text, expected):
    assert kinds(text) == expected


# -- a name after "kata" with no comma, the rule going on after it (session 18) --
@pytest.mark.parametrize("text,expected", [
    ("Selain itu, kata Rusdi guru juga menemui pengurus partai politik untuk dicalonkan, lalu guru dilarang "
     "hadir di pengukuhan tim sukses.\n\n\"Guru pun tidak boleh berpidato di acara partai,\" jelasnya.",
     [("prohibition", "guru dilarang hadir di pengukuhan tim sukses"),
      ("prohibition", "Guru pun tidak boleh berpidato di acara partai")]),
    ("Di samping itu, kata Yusuf perangkat desa tidak boleh menjadi pengurus partai politik.",
     [("prohibition", "perangkat desa tidak boleh menjadi pengurus partai politik")]),
])
def test_an_attribution_without_a_closing_comma_names_only_the_speaker(text, expected):
    assert kinds(text) == expected
