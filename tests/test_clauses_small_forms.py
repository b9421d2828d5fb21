"""Small forms read on real pages of Kalimantan and Sumatra (session 19): a verb with its
particle ("ikut serta") before an aggravator is an act, not a fragment ending in a joiner;
"memperkenankan" is a command of permission like "mengizinkan" (negated, a prohibition); and
colloquial "ke" introduces a directive's addressee like "kepada". All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Pegawai dilarang ikut serta apalagi mengorganisir kampanye calon wali kota.",
     ["Pegawai dilarang ikut serta", "mengorganisir kampanye calon wali kota"]),
    ("Guru honorer tidak boleh ikut serta, apalagi menjadi ketua tim relawan.",
     ["Guru honorer tidak boleh ikut serta", "menjadi ketua tim relawan"]),
])
def test_a_verb_with_its_particle_is_an_act(text, expected):
    assert kinds(text) == [("prohibition", a) for a in expected]


@pytest.mark.parametrize("text,expected", [
    ("Wali kota tidak memperkenankan lurah ikut tim kampanye calon mana pun.",
     [("prohibition", "tidak memperkenankan lurah ikut tim kampanye calon mana pun")]),
    ("Bupati memperkenankan pegawai hadir di kampanye sebagai pendengar.",
     [("permission", "memperkenankan pegawai hadir di kampanye sebagai pendengar")]),
])
def test_memperkenankan_is_a_command_of_permission(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Kami ingatkan ke pegawai agar menjaga netralitas," katanya.',
     [("obligation", "Kami ingatkan ke pegawai agar menjaga netralitas")]),
    ("Camat mengimbau ke seluruh lurah untuk tidak memasang baliho.",
     [("prohibition", "mengimbau ke seluruh lurah untuk tidak memasang baliho")]),
])
def test_ke_introduces_the_addressee(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Camat menjelaskan bahwa mereka tidak boleh membela salah satu pasangan calon bupati "
     "Lembah Hijau dan mereka tidak boleh hadir di rapat umum.",
     ["mereka tidak boleh membela salah satu pasangan calon bupati Lembah Hijau",
      "mereka tidak boleh hadir di rapat umum"]),
    ("Guru tidak boleh memberi bantuan kepada tim sukses di desa dan mereka juga tidak boleh hadir di rapat umum.",
     ["Guru tidak boleh memberi bantuan kepada tim sukses di desa", "mereka juga tidak boleh hadir di rapat umum"]),
])
def test_a_pronoun_after_dan_opens_its_own_clause(text, expected):
    # (the party named before "dan" is the first act's object, not a co-actor of the pronoun)
    assert kinds(text) == [("prohibition", a) for a in expected]


@pytest.mark.parametrize("text,expected", [
    ("Guru tidak boleh memperlihatkan identitas dinasnya seperti mengenakan baju korpri atau lencana, dan "
     "juga tidak diperbolehkan membawa mobil sekolah.",
     ["Guru tidak boleh memperlihatkan identitas dinasnya", "mengenakan baju korpri atau lencana",
      "tidak diperbolehkan membawa mobil sekolah"]),
    ("Lurah tidak boleh memasang baliho calon, dan juga tidak dibenarkan memakai mobil desa untuk kampanye.",
     ["Lurah tidak boleh memasang baliho calon", "tidak dibenarkan memakai mobil desa untuk kampanye"]),
])
def test_a_second_verdict_after_dan_juga_keeps_the_acts_before_forbidden(text, expected):
    # ("dan juga" is the next rule's joiner; the act before it is not asked for)
    assert kinds(text) == [("prohibition", a) for a in expected]


@pytest.mark.parametrize("text,expected", [
    ("Para caleg harus menahan diri tidak memasang baliho sebelum masa kampanye.",
     "Para caleg harus menahan diri tidak memasang baliho sebelum masa kampanye"),
    ("Pegawai harus menahan diri dengan tidak mengomentari unggahan calon.",
     "Pegawai harus menahan diri dengan tidak mengomentari unggahan calon"),
])
def test_restraint_from_a_negated_act_forbids_it(text, expected):
    # (cues.json refrain_frames: "menahan diri" before the negator without "untuk" too)
    assert kinds(text) == [("prohibition", expected)]


@pytest.mark.parametrize("text,expected", [
    ('Pegawai dilarang terlibat dalam acara kampanye.\n"Ini termasuk dalam mendatangi rapat umum, menyatakan '
     'dukungan di depan publik, atau menjadi relawan salah satu kandidat," ucapnya.',
     ["Pegawai dilarang terlibat dalam acara kampanye", "mendatangi rapat umum",
      "menyatakan dukungan di depan publik", "menjadi relawan salah satu kandidat"]),
    ("Guru dilarang berkampanye di sekolah. Hal ini termasuk membagikan brosur calon di kelas.",
     ["Guru dilarang berkampanye di sekolah", "membagikan brosur calon di kelas"]),
])
def test_this_includes_lists_examples_of_the_rule_before(text, expected):
    assert kinds(text) == [("prohibition", a) for a in expected]


def test_this_includes_a_judgement_is_no_example():
    assert kinds("Guru dilarang berkampanye di sekolah. Ini termasuk pelanggaran berat.") == [
        ("prohibition", "Guru dilarang berkampanye di sekolah")]


@pytest.mark.parametrize("text,expected", [
    ('"Makanya saya berpesan para lurah tidak ikut ke ranah politik praktis," katanya.',
     "berpesan para lurah tidak ikut ke ranah politik praktis"),
    ("Camat berpesan seluruh lurah tidak memasang baliho calon.", "berpesan seluruh lurah tidak memasang baliho calon"),
])
def test_berpesan_binds_an_addressee_and_a_negated_act(text, expected):
    assert kinds(text) == [("prohibition", expected)]
