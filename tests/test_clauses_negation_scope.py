"""A negator inside the subject's relative clause ("lurah yang tidak netral") does not make
the rule a prohibition; a negated act continuing a rule after "Termasuk juga" does."""
import pytest

from clause_helpers import clauses_of


@pytest.mark.parametrize("text, actor", [
    ("Camat meminta agar lurah yang tidak netral selama pilkada dilaporkan ke Panwaslu kecamatan.",
     "lurah yang tidak netral selama pilkada"),
    ("Bupati mengimbau supaya pegawai yang tidak netral segera diperiksa inspektorat daerah.",
     "pegawai yang tidak netral"),
])
def test_negated_state_in_the_subjects_relative_clause(text, actor):
    [c] = clauses_of(text)
    assert (c.kind, c.actor) == ("obligation", actor)


def test_negated_predicate_after_the_relative_clause_still_forbids():
    [c] = clauses_of("Bupati meminta agar pegawai yang netral tidak diintimidasi atasannya.")
    assert c.kind == "prohibition"


@pytest.mark.parametrize("text, act", [
    ("ASN harus menjaga sikap selama masa kampanye. Termasuk juga tidak menyebarkan kabar bohong tentang "
     "calon di media sosial.", "tidak menyebarkan kabar bohong tentang calon di media sosial"),
    ('"Pegawai wajib menjaga jarak dengan tim sukses. Termasuk juga tidak ikut grup percakapan pemenangan '
     'calon," ujar Sekda Muara Jaya.', "tidak ikut grup percakapan pemenangan calon"),
])
def test_negated_act_continuing_a_duty_is_a_prohibition(text, act):
    out = clauses_of(text)
    assert out[-1].kind == "prohibition" and out[-1].text == act and len(out) == 2


@pytest.mark.parametrize("text", [
    "Rektor mengimbau agar politeknik negeri (PN) dan akademi swasta (AS) tidak dipakai untuk arena kampanye.",
    "Bupati meminta supaya balai desa (BD) tidak dipakai untuk rapat tim sukses.",
])
def test_negated_predicate_after_a_subject_with_bracketed_asides(text):
    [c] = clauses_of(text)
    assert c.kind == "prohibition"


@pytest.mark.parametrize("text, ban", [
    ('"Ikut pawai calon ngga boleh. Pasang stiker paslon di mobil dinas juga engga boleh," kata Kabag Umum Siregar.',
     ["Ikut pawai calon ngga boleh", "Pasang stiker paslon di mobil dinas juga engga boleh"]),
    ('Guru yang ditanya soal ini menjawab, "Mengajak murid memilih calon ngga boleh, itu aturan sekolah."',
     ["Mengajak murid memilih calon ngga boleh"]),
])
def test_colloquial_negator_before_boleh_forbids(text, ban):
    out = clauses_of(text)
    assert [(c.kind, c.text) for c in out] == [("prohibition", b) for b in ban]


@pytest.mark.parametrize("text, act", [
    ("Sebelum masa kampanye dimulai, bakal calon belum boleh memasang alat peraga di jalan protokol.",
     "memasang alat peraga di jalan protokol"),
    ("Menurut ketua panwas, kandidat belum diperbolehkan menyampaikan visi dan misi kepada warga desa.",
     "menyampaikan visi dan misi kepada warga desa"),
])
def test_permission_not_yet_given_forbids(text, act):
    [c] = clauses_of(text)
    assert c.kind == "prohibition" and c.text.endswith(act)


def test_capacity_not_yet_known_stays_no_rule():
    assert clauses_of("Kepala BKPSDM Fitriani belum dapat memastikan berapa pegawai yang terlibat.") == []
