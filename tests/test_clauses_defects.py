"""Regression tests for defects found on real articles, and quotes (pattern 18)."""
import pytest

from clause_helpers import clauses_of, kinds
from corpus_tools.normalise import normalize_text, strip_lead


@pytest.mark.parametrize("open_q,close_q", [('"', '"'), ("“", "”")])
def test_first_sentence_of_a_multi_sentence_quote_is_kept(open_q, close_q):
    text = (f"Kepada masyarakat, Yusuf berpesan: {open_q}Jangan golput. Datang ke TPS dan gunakan hak pilih "
            f"sesuai hati nurani.{close_q}\n\n{open_q}ASN dilarang ikut kampanye. Itu aturan lama,{close_q} kata Yusuf.")
    found = kinds(text)
    assert ("prohibition", "Jangan golput") in found
    assert ("prohibition", "ASN dilarang ikut kampanye") in found


@pytest.mark.parametrize("text", [
    "Edaran menyebut ASN dilarang ikut kampanye “",
    "Pegawai wajib menjaga netralitas selama masa kampanye berlaku ‘",
])
def test_clause_never_ends_with_a_stray_opening_quote(text):
    found = clauses_of(text)
    assert found and not found[0].text.endswith(("“", "‘", " "))


@pytest.mark.parametrize("clause", ["tidak di perbolehkan", "tidak diperkenankan", "tak dibolehkan"])
def test_normalised_negated_cue_keeps_its_negation(clause):
    assert normalize_text(strip_lead(clause, negated=True)).split()[0] in ("tidak", "tak")


def test_normalised_prohibition_still_drops_its_lead():
    assert normalize_text(strip_lead("ASN tidak di perbolehkan memasang spanduk", negated=True)) == "memasang spanduk"


@pytest.mark.parametrize("text,actor", [
    ("“Di Kota Sukamaju banyak, mulai dari RT/RW, yang menerima honor dari Pemkab itu harus segera "
     "mengundurkan diri,” tegasnya.", "yang menerima honor dari Pemkab"),
    ("Pegawai yang mencalonkan diri harus segera mengundurkan diri dari jabatannya.", "Pegawai yang mencalonkan diri"),
])
def test_harus_segera_keeps_its_actor(text, actor):
    found = clauses_of(text)
    assert [(c.kind, c.actor) for c in found] == [("obligation", actor)]


@pytest.mark.parametrize("text,speaker", [
    ("\"ASN dilarang memasang foto calon di ruang kerja,\" tegas Kepala BKPSDM Sukamaju, Rina Wati.", "Rina Wati"),
    ("“Pegawai tidak boleh memakai mobil dinas untuk kampanye,” kata Bupati Tirtajaya, Agus Salim.", "Agus Salim"),
])
def test_attribution_after_a_quote_names_the_speaker(text, speaker):
    found = clauses_of(text)
    assert len(found) == 1 and found[0].speaker == speaker and found[0].kind == "prohibition"
    assert not found[0].text.endswith(('"', "”", ","))
