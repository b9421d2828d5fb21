"""A cleft after a condition ("Kalau ..., X yang harus V"): the clause is the cleft, not the
condition before it (clauses/acts.py _acts_before_cue). Invented wordings."""
import pytest

from clause_helpers import kinds

# a cleft after a condition ("Kalau ..., X yang harus V"): the clause is the cleft, not the
# condition before it (clauses/acts.py _acts_before_cue)
@pytest.mark.parametrize("text,clause", [
    ("Jadi kalau ada tim sukses yang masuk, kepala sekolah yang harus bertanggung jawab.",
     "kepala sekolah yang harus bertanggung jawab"),
    ("Kalau warga melapor ada pegawai berkampanye, camat yang wajib bertanggung jawab.",
     "camat yang wajib bertanggung jawab"),
])
def test_a_cleft_after_a_condition_is_the_clause(text, clause):
    assert kinds(text) == [("obligation", clause)]
