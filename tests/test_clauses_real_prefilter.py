"""The clause prefilter on '-lah' imperatives (session 10, real probe): an appeal whose only
cue is an imperative with the emphatic '-lah' ('hindarilah', 'jauhilah', 'jagalah') reaches
the clause stage and gives its rule. Invented wordings only."""
import pytest

from corpus_tools import pipeline
from corpus_tools.settings import Settings

from clause_helpers import kinds


@pytest.mark.parametrize("text,kind", [
    ("Hindarilah berswafoto dengan pasangan calon selama masa kampanye.", "prohibition"),
    ("Jauhilah kegiatan tim pemenangan calon bupati.", "prohibition"),
    ("Jagalah netralitas selama tahapan pemilihan wali kota.", "obligation"),
    ("Bersikaplah netral dalam pemilihan kepala desa.", "obligation"),
])
def test_a_lah_imperative_passes_the_prefilter_and_gives_its_rule(text, kind):
    assert pipeline.may_hold_clauses(text, settings=Settings())
    assert [k for k, _ in kinds(text)] == [kind]


def test_a_text_without_any_cue_is_still_skipped():
    assert not pipeline.may_hold_clauses("Warga memadati pasar malam di alun-alun kota.", settings=Settings())
