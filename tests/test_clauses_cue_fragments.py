"""No clause cut at a cue with its act in the next one (session 15; all texts invented):

- a duty over a passive permission ("keluarga harus dipersilakan memilih ...") is one
  obligation from the actor, a modal chain like "wajib bisa ...";
- a modal typed twice ("harus harus mengajukan ...") is one cue;
- "beserta" joins nouns ("kepala desa, lurah, beserta perangkatnya"): it opens no act
  though it looks like a ber- verb.
"""
import pytest

from tests.clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Menurut Dandim, keluarga prajurit harus dipersilakan memilih calon bupati sesuai hati nuraninya.",
     [("obligation", "keluarga prajurit harus dipersilakan memilih calon bupati sesuai hati nuraninya")]),
    ("Kepala sekolah wajib diizinkan mengikuti sosialisasi pilkada dari KPU Kabupaten Lembah Hijau.",
     [("obligation", "Kepala sekolah wajib diizinkan mengikuti sosialisasi pilkada dari KPU Kabupaten Lembah Hijau")]),
])
def test_duty_over_a_passive_permission_is_one_obligation(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pegawai yang istrinya maju dalam pilkada harus harus mengambil cuti sepanjang masa kampanye.",
     [("obligation", "Pegawai yang istrinya maju dalam pilkada harus harus mengambil cuti sepanjang masa kampanye")]),
    ("Camat di Kabupaten Sukamaju wajib wajib melaporkan kegiatan politik di wilayahnya.",
     [("obligation", "Camat di Kabupaten Sukamaju wajib wajib melaporkan kegiatan politik di wilayahnya")]),
])
def test_cue_typed_twice_is_one_cue(text, expected):
    assert kinds(text) == expected


def test_duty_then_a_permission_of_its_own_stays_two():
    assert kinds("Guru harus netral, tetapi boleh datang ke TPS.") == [
        ("obligation", "Guru harus netral"), ("permission", "boleh datang ke TPS")]


@pytest.mark.parametrize("text,expected", [
    ("Tim kampanye dilarang melibatkan camat, lurah, beserta para stafnya.",
     [("prohibition", "Tim kampanye dilarang melibatkan camat, lurah, beserta para stafnya")]),
    ("Calon bupati tidak boleh mengajak kepala sekolah, guru, beserta keluarganya ke panggung kampanye.",
     [("prohibition", "Calon bupati tidak boleh mengajak kepala sekolah, guru, beserta keluarganya ke panggung kampanye")]),
])
def test_beserta_joins_nouns_not_acts(text, expected):
    assert kinds(text) == expected


def test_a_verb_after_the_comma_still_opens_an_act():
    assert kinds("Tim kampanye dilarang melibatkan camat, lurah, dan memasang baliho di kantor desa.") == [
        ("prohibition", "Tim kampanye dilarang melibatkan camat, lurah"),
        ("prohibition", "memasang baliho di kantor desa")]


# -- session 20: modals stacked in speech, and adverbs after the first -------------------------

@pytest.mark.parametrize("text,expected", [
    ('"Sebagai pegawai semestinya memang wajib dilarang menyukai unggahan calon di media sosial," kata '
     'Penjabat Wali Kota.',
     [("prohibition", "pegawai semestinya memang wajib dilarang menyukai unggahan calon di media sosial")]),
    ("Lurah wajib tidak boleh memihak kepada calon mana pun.",
     [("prohibition", "Lurah wajib tidak boleh memihak kepada calon mana pun")]),
])
def test_stacked_modals_give_one_clause(text, expected):
    assert kinds(text) == expected


def test_an_adverb_between_modal_and_act_keeps_the_clause():
    assert kinds("Pegawai memang wajib menjaga netralitas.") == [
        ("obligation", "Pegawai memang wajib menjaga netralitas")]
