"""An actor with a relative clause that joins two predicates ("ASN yang akunnya diretas
dan dipakai ... wajib melapor"): the coordinator inside the relative clause does not end
the actor, a cue inside it is no rule of its own, and a cue between "yang" and "dan" ends
the relative clause. All texts are invented."""
import pytest

from clause_helpers import clauses_of


@pytest.mark.parametrize("text,kind,actor", [
    ("ASN yang akun media sosialnya diretas dan dipakai untuk kampanye wajib melapor ke atasan langsung.",
     "obligation", "ASN yang akun media sosialnya diretas dan dipakai untuk kampanye"),
    ("Guru yang rumahnya dipasangi baliho calon dan merasa terganggu boleh mencopotnya sendiri.",
     "permission", "Guru yang rumahnya dipasangi baliho calon dan merasa terganggu"),
    ("Kepala desa yang ikut rapat tim sukses dan tidak netral dilarang memimpin musyawarah desa.",
     "prohibition", "Kepala desa yang ikut rapat tim sukses dan tidak netral"),
    ("Pegawai yang ditekan atasannya diminta melapor ke Bawaslu.",
     "obligation", "Pegawai yang ditekan atasannya"),
])
def test_an_actor_keeps_its_relative_clause_over_a_coordinator(text, kind, actor):
    out = clauses_of(text)
    assert [(c.kind, c.actor) for c in out] == [(kind, actor)]
    assert out[0].text.startswith(actor)


@pytest.mark.parametrize("text,actor", [
    ("Perangkat desa yang diancam dan diminta memilih calon tertentu wajib melapor ke panwascam.",
     "Perangkat desa yang diancam dan diminta memilih calon tertentu"),
    ("Operator sekolah yang dihubungi dan diminta menyebar brosur calon harus menolaknya.",
     "Operator sekolah yang dihubungi dan diminta menyebar brosur calon"),
])
def test_a_cue_inside_the_relative_clause_is_no_rule(text, actor):
    out = clauses_of(text)
    assert [(c.kind, c.actor) for c in out] == [("obligation", actor)]


@pytest.mark.parametrize("text,expected", [
    ("ASN yang hadir wajib mencatat nama penyelenggara dan tidak boleh ikut bersorak.",
     [("obligation", "ASN yang hadir"), ("prohibition", "ASN yang hadir")]),
    ("Camat yang diundang harus datang tepat waktu dan dilarang memakai atribut calon.",
     [("obligation", "Camat yang diundang"), ("prohibition", "Camat yang diundang")]),
])
def test_a_cue_between_yang_and_dan_ends_the_relative_clause(text, expected):
    assert [(c.kind, c.actor) for c in clauses_of(text)] == expected


@pytest.mark.parametrize("text", [
    "Warga yang merasa boleh memasang baliho di mana saja akhirnya ditegur petugas.",
    "Ada yang mengira ASN boleh ikut kampanye asal tidak berseragam.",
])
def test_a_belief_frame_right_before_the_cue_still_reports_no_rule(text):
    assert clauses_of(text) == []


def test_relative_clause_offering_two_predicates_stays_in_the_actor():
    # "yang A atau B": alternatives inside the relative clause, not a new clause
    [c] = clauses_of("Pegawai yang mendaftar atau didaftarkan sebagai calon bupati wajib mundur secara "
                     "tertulis.")
    assert c.actor == "Pegawai yang mendaftar atau didaftarkan sebagai calon bupati"
    [c] = clauses_of("Guru honorer yang maju atau diusung partai sebagai calon anggota dewan wajib mundur.")
    assert c.actor == "Guru honorer yang maju atau diusung partai sebagai calon anggota dewan"
