"""A lead-in that joins cues of two kinds ("hal yang boleh dan tidak boleh dilakukan:",
"Larangan dan kewajiban ASN:") announces a list of both: it passes no kind, and each item
is read by its own cue."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("lead", ["Berikut hal yang boleh dan tidak boleh dilakukan pegawai:",
                                  "Larangan serta kewajiban perangkat desa antara lain:"])
def test_items_without_a_cue_under_a_mixed_lead_in_take_no_kind(lead):
    text = f"{lead}\n1. Dilarang memasang foto calon di balai desa\n2. Menjaga netralitas di media sosial"
    assert kinds(text) == [("prohibition", "Dilarang memasang foto calon di balai desa")]


def test_items_with_their_own_cues_keep_them():
    text = ("Berikut hal yang boleh dan yang tidak boleh dilakukan guru:\n- Boleh menghadiri kampanye sebagai "
            "pendengar\n- Tidak boleh memasang spanduk calon di sekolah")
    assert [k for k, _ in kinds(text)] == ["permission", "prohibition"]


def test_a_lead_in_of_one_kind_still_passes_it():
    text = "Hal yang tidak boleh dilakukan pegawai:\n1. Memasang foto calon\n2. Menghadiri deklarasi calon"
    assert [k for k, _ in kinds(text)] == ["prohibition", "prohibition"]
