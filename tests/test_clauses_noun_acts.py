"""Nouns said as acts (session 18; all texts invented; `cues.json` modal_act_nouns,
commitment_nouns): "dan tidak golput" / "dan tidak kampanye" after a duty is a prohibition of its
own as "dan tidak memihak" is; a listed point "komitmen untuk tidak A" is the act after "untuk",
forbidden by its negator; "Golput itu bukan sikap netral" states no rule."""
import pytest

from tests.clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Pegawai diimbau menyalurkan suaranya dan tidak golput pada hari pemungutan suara.",
     [("obligation", "Pegawai diimbau menyalurkan suaranya"),
      ("prohibition", "tidak golput pada hari pemungutan suara")]),
    ("Guru wajib hadir di sekolah dan tidak kampanye di ruang kelas.",
     [("obligation", "Guru wajib hadir di sekolah"), ("prohibition", "tidak kampanye di ruang kelas")]),
])
def test_a_negated_noun_act_after_a_duty(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ikrar para kades itu meliputi sejumlah butir, termasuk komitmen untuk tidak menerbitkan surat yang "
     "menguntungkan calon tertentu, tidak ikut serta dalam kampanye, menjaga ketertiban desa.",
     [("prohibition", "tidak menerbitkan surat yang menguntungkan calon tertentu"),
      ("prohibition", "tidak ikut serta dalam kampanye"), ("obligation", "menjaga ketertiban desa")]),
    ("Ikrar para lurah itu meliputi janji untuk tidak memakai mobil dinas bagi kampanye, tidak mengarahkan "
     "warga, melapor ke atasan bila diajak berkampanye.",
     [("prohibition", "tidak memakai mobil dinas bagi kampanye"), ("prohibition", "tidak mengarahkan warga"),
      ("obligation", "melapor ke atasan bila diajak berkampanye")]),
])
def test_a_commitment_point_is_its_act(text, expected):
    assert kinds(text) == expected


def test_a_statement_about_abstaining_is_no_rule():
    assert kinds("Golput itu bukan sikap netral.") == []


@pytest.mark.parametrize("text,expected", [
    ("Panwaslu juga melarang kegiatan rapat umum yang merusak kebersihan, keindahan, dan kenyamanan taman kota.",
     [("prohibition", "melarang kegiatan rapat umum yang merusak kebersihan, keindahan, dan kenyamanan taman kota")]),
    ("Camat melarang kegiatan yang menghambat pelayanan, pemasangan baliho di kantor, dan penggunaan mobil dinas.",
     [("prohibition", "melarang kegiatan yang menghambat pelayanan"),
      ("prohibition", "pemasangan baliho di kantor"), ("prohibition", "penggunaan mobil dinas")]),
])
def test_states_after_a_relative_verb_are_its_objects_not_acts(text, expected):
    # session 18: "ke-an" nouns after "yang" and an active verb are what the verb acts on
    assert kinds(text) == expected
