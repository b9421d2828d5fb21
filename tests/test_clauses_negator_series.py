"""A series that repeats its negator on each act ("Jangan A, jangan B, dan ...") and ends
in an order joined by "dan" without the negator ("tetap laporkan ...", "buka pelayanan
...") asks for that last act: an obligation. An active verb there ("..., dan menghadiri
kampanye") and "atau" keep it forbidden. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Jangan berfoto dengan caleg, jangan pakai kaus partai di rumah, dan tetap laporkan kepada danramil kalau ada '
     'yang mendekati keluarga," tegas Dandim di depan peserta apel.',
     [("prohibition", "Jangan berfoto dengan caleg"), ("prohibition", "jangan pakai kaus partai di rumah"),
      ("obligation", "tetap laporkan kepada danramil kalau ada yang mendekati keluarga")]),
    ('"Balai desa milik semua warga. Jangan dipinjamkan untuk rapat tim calon, jangan ada bendera partai di halamannya, '
     'dan buka pelayanan seperti biasa saat hari pencoblosan," kata Kepala Dinas PMD.',
     [("prohibition", "Jangan dipinjamkan untuk rapat tim calon"),
      ("prohibition", "jangan ada bendera partai di halamannya"),
      ("obligation", "buka pelayanan seperti biasa saat hari pencoblosan")]),
])
def test_an_order_closing_a_series_that_repeats_its_negator_is_an_obligation(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pegawai tidak boleh memasang baliho, tidak boleh membagikan kalender, dan menghadiri rapat umum calon.",
     [("prohibition", "Pegawai tidak boleh memasang baliho"), ("prohibition", "tidak boleh membagikan kalender"),
      ("prohibition", "menghadiri rapat umum calon")]),
    ('"Jangan golput, jangan terima amplop, atau laporkan kalau ada serangan fajar," ujar Bupati.',
     [("prohibition", "Jangan golput"), ("prohibition", "jangan terima amplop"),
      ("prohibition", "laporkan kalau ada serangan fajar")]),
])
def test_an_active_verb_or_atau_keeps_the_last_act_forbidden(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Menjelang pilkada, semua tenaga honorer Pemkab Nagekeo diminta menyaring kabar di grup percakapan, tidak "
     "menyebar fitnah serta kabar palsu dan menolak amplop dari tim sukses.",
     [("obligation", "semua tenaga honorer Pemkab Nagekeo diminta menyaring kabar di grup percakapan"),
      ("prohibition", "tidak menyebar fitnah serta kabar palsu"),
      ("obligation", "menolak amplop dari tim sukses")]),
    ("Perangkat desa diminta tidak menerima pemberian dari calon dan melaporkan setiap tawaran uang ke Panwascam.",
     [("prohibition", "Perangkat desa diminta tidak menerima pemberian dari calon"),
      ("obligation", "melaporkan setiap tawaran uang ke Panwascam")]),
])
def test_a_negator_does_not_reach_a_refusal_or_report_joined_after_it(text, expected):
    # (session 22) cues.json duty_after_negation_verbs: "tidak A dan menolak B" asks for B
    assert kinds(text) == expected


def test_a_plain_act_joined_after_a_negator_stays_under_it():
    assert kinds("Kepala desa diminta tidak memasang baliho dan menghadiri kampanye calon.") == [
        ("prohibition", "Kepala desa diminta tidak memasang baliho dan menghadiri kampanye calon")]


@pytest.mark.parametrize("text,expected", [
    ("Pegawai diminta menghindari konflik kepentingan, tidak mengintimidasi bawahan serta tidak memihak calon. "
     "Kemudian menyaring kabar sebelum dibagikan, tidak menyebar fitnah dan menolak amplop dari calon.",
     [("obligation", "Pegawai diminta menghindari konflik kepentingan"),
      ("prohibition", "tidak mengintimidasi bawahan"), ("prohibition", "tidak memihak calon"),
      ("obligation", "menyaring kabar sebelum dibagikan"), ("prohibition", "tidak menyebar fitnah"),
      ("obligation", "menolak amplop dari calon")]),
    ("Guru diminta tidak memasang stiker calon di kelas. Selanjutnya tidak mengajak murid ke kampanye "
     "dan menjaga sikap netral di sekolah.",
     [("prohibition", "Guru diminta tidak memasang stiker calon di kelas"),
      ("prohibition", "tidak mengajak murid ke kampanye"),
      ("obligation", "menjaga sikap netral di sekolah")]),
])
def test_a_sequel_sentence_after_a_negated_duty_keeps_each_acts_own_kind(text, expected):
    # (session 22) "Kemudian memakai ...": a sequence word is no aggravator ("Apalagi ...")
    assert kinds(text) == expected


def test_an_aggravated_sequel_stays_forbidden():
    assert kinds("Guru diminta tidak memasang stiker calon di kelas. Apalagi mengarahkan murid memilih calon.") == [
        ("prohibition", "Guru diminta tidak memasang stiker calon di kelas"),
        ("prohibition", "mengarahkan murid memilih calon")]
