"""A negator inside the subject's relative clause ("lurah yang tidak netral") does not make
the rule a prohibition; a negated act continuing a rule after "Termasuk juga" does."""
import pytest

from clause_helpers import clauses_of, kinds


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


@pytest.mark.parametrize("text,expected", [
    ("Panwascam menegaskan, tidak ada alasan yang dapat dibenarkan bagi perangkat desa untuk menghadiri rapat "
     "akbar calon.",
     [("prohibition", "tidak ada alasan yang dapat dibenarkan bagi perangkat desa untuk menghadiri rapat akbar calon")]),
    ("Menurutnya, tidak ada alasan yang membolehkan guru honorer ikut berkampanye.",
     [("prohibition", "tidak ada alasan yang membolehkan guru honorer ikut berkampanye")]),
])
def test_no_reason_that_allows_an_act_forbids_it(text, expected):
    # (session 22) cues.json negation_reason_nouns bridge the negator to the permission
    assert kinds(text) == expected


def test_no_reason_to_worry_is_no_rule():
    assert kinds("Tidak ada alasan untuk khawatir soal logistik pemilu di pulau terluar.") == []


@pytest.mark.parametrize("text,expected", [
    ("Ia menuturkan, guru dan bidan harus netral, tidak bisa memihak siapa pun dan tetap menjaga ucapan di grup "
     "percakapan.",
     [("obligation", "guru dan bidan harus netral"), ("prohibition", "tidak bisa memihak siapa pun"),
      ("obligation", "tetap menjaga ucapan di grup percakapan")]),
    ("Kepala desa wajib netral, tidak dapat memihak salah satu pasangan calon.",
     [("obligation", "Kepala desa wajib netral"), ("prohibition", "tidak dapat memihak salah satu pasangan calon")]),
])
def test_a_state_then_a_bridged_negated_act_are_two_rules(text, expected):
    # (session 22) "netral, tidak bisa berpihak": the bridge ("bisa", "dapat") keeps the negated act
    assert kinds(text) == expected


def test_a_bridged_passive_after_a_state_comments_on_the_duty():
    assert kinds("Kita harus netral, tidak bisa ditawar.") == [("obligation", "harus netral, tidak bisa ditawar")]


@pytest.mark.parametrize("text", [
    "Tidak semuanya dilarang bagi ASN selama masa kampanye.",
    "Menurut Ketua Bawaslu, tidak seluruh unggahan pegawai di media sosial itu dilarang.",
])
def test_not_everything_forbidden_is_no_rule(text):
    # (session 22) a negated universal opens the subject: no act is judged
    assert kinds(text) == []


def test_a_universal_subject_without_a_negator_is_judged():
    assert kinds("Semua kegiatan kampanye di kantor kecamatan dilarang.") == [
        ("prohibition", "Semua kegiatan kampanye di kantor kecamatan dilarang")]


@pytest.mark.parametrize("text,expected", [
    ("Sekda Lembata menyebut pegawai sudah diminta bersikap netral dan tidak condong ke salah satu kandidat.",
     [("obligation", "pegawai sudah diminta bersikap netral"), ("prohibition", "tidak condong ke salah satu kandidat")]),
    ("Perangkat nagari diminta tetap netral dan tidak condong kepada salah satu calon wali nagari.",
     [("obligation", "Perangkat nagari diminta tetap netral"),
      ("prohibition", "tidak condong kepada salah satu calon wali nagari")]),
])
def test_leaning_is_an_act_a_negator_forbids(text, expected):
    # (session 22) "condong" is a bare verb (verb_starters)
    assert kinds(text) == expected
