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
    ("Wali kota tidak memperkenankan para kepala desa terlibat dalam kampanye politik.",
     [("prohibition", "tidak memperkenankan para kepala desa terlibat dalam kampanye politik")]),
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
    ("Disampaikan bahwa lurah harus memahami bahwa mereka tidak boleh memihak kepada salah satu pasangan calon dalam "
     "pemilihan kepala daerah dan mereka tidak boleh terlibat dalam kampanye.",
     ["mereka tidak boleh memihak kepada salah satu pasangan calon dalam pemilihan kepala daerah",
      "mereka tidak boleh terlibat dalam kampanye"]),
    ("Guru tidak boleh memberi bantuan kepada tim sukses di desa dan mereka juga tidak boleh hadir di rapat umum.",
     ["Guru tidak boleh memberi bantuan kepada tim sukses di desa", "mereka juga tidak boleh hadir di rapat umum"]),
])
def test_a_pronoun_after_dan_opens_its_own_clause(text, expected):
    # (the party named before "dan" is the first act's object, not a co-actor of the pronoun)
    assert kinds(text) == [("prohibition", a) for a in expected]


@pytest.mark.parametrize("text,expected", [
    ("Pegawai tidak boleh menunjukkan atribut kepegawaiannya seperti memakai seragam dinas atau pakaian keki, dan "
     "juga tidak diperbolehkan menggunakan kendaraan dinas.",
     ["Pegawai tidak boleh menunjukkan atribut kepegawaiannya", "memakai seragam dinas atau pakaian keki",
      "tidak diperbolehkan menggunakan kendaraan dinas"]),
    ("Lurah tidak boleh memasang baliho calon, dan juga tidak dibenarkan memakai mobil desa untuk kampanye.",
     ["Lurah tidak boleh memasang baliho calon", "tidak dibenarkan memakai mobil desa untuk kampanye"]),
])
def test_a_second_verdict_after_dan_juga_keeps_the_acts_before_forbidden(text, expected):
    # ("dan juga" is the next rule's joiner; the act before it is not asked for)
    assert kinds(text) == [("prohibition", a) for a in expected]


@pytest.mark.parametrize("text,expected", [
    ("Para caleg harus menahan diri tidak melakukan kampanye terselubung sebelum jadwalnya.",
     "Para caleg harus menahan diri tidak melakukan kampanye terselubung sebelum jadwalnya"),
    ("Pegawai harus menahan diri dengan tidak mengomentari unggahan calon.",
     "Pegawai harus menahan diri dengan tidak mengomentari unggahan calon"),
])
def test_restraint_from_a_negated_act_forbids_it(text, expected):
    # (cues.json refrain_frames: "menahan diri" before the negator without "untuk" too)
    assert kinds(text) == [("prohibition", expected)]


@pytest.mark.parametrize("text,expected", [
    ('Pegawai dilarang ikut serta dalam kegiatan kampanye.\n"Ini termasuk dalam menghadiri kampanye, memberikan '
     'dukungan secara terbuka, atau menjadi tim sukses salah satu paslon," ucapnya.',
     ["Pegawai dilarang ikut serta dalam kegiatan kampanye", "menghadiri kampanye",
      "memberikan dukungan secara terbuka", "menjadi tim sukses salah satu paslon"]),
    ("Guru dilarang berkampanye di sekolah. Hal ini termasuk membagikan brosur calon di kelas.",
     ["Guru dilarang berkampanye di sekolah", "membagikan brosur calon di kelas"]),
])
def test_this_includes_lists_examples_of_the_rule_before(text, expected):
    assert kinds(text) == [("prohibition", a) for a in expected]


def test_this_includes_a_judgement_is_no_example():
    assert kinds("Guru dilarang berkampanye di sekolah. Ini termasuk pelanggaran berat.") == [
        ("prohibition", "Guru dilarang berkampanye di sekolah")]


@pytest.mark.parametrize("text,expected", [
    ('"Oleh karena itu, saya berpesan para kepala desa tidak masuk ke wilayah politik praktis," katanya.',
     "berpesan para kepala desa tidak masuk ke wilayah politik praktis"),
    ("Camat berpesan seluruh lurah tidak memasang baliho calon.", "berpesan seluruh lurah tidak memasang baliho calon"),
])
def test_berpesan_binds_an_addressee_and_a_negated_act(text, expected):
    assert kinds(text) == [("prohibition", expected)]
