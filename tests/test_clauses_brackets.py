"""Brackets and one negator after a directive (session 14; all texts invented):

- a bracketed gloss on an actor ("PPK (pejabat pembuat komitmen; disebut juga ...)") is part
  of the actor phrase, its punctuation (";", ",") and its verbs included: the clause and the
  actor open at the noun before the bracket, not inside the gloss;
- a bracketed note elsewhere in the sentence ("Rapat itu (digelar Senin; ...) memutuskan
  ...") lends no actor; a ";" outside brackets still ends a clause;
- "jangan A atau B" after a directive and its addressee ("mengimbau para calon jangan
  coba-coba A atau B", "meminta warga agar jangan A atau B", "diimbau jangan A atau B")
  forbids each act, as "jangan A atau B" alone does; "tidak A atau B" under a directive
  stays one clause (labelling convention).
"""
import pytest

from clause_helpers import clauses_of, kinds


@pytest.mark.parametrize("text,actor,clause", [
    ("PPK (pejabat pembuat komitmen; disebut juga pengelola proyek) tidak boleh menerima hadiah dari rekanan.",
     "PPK (pejabat pembuat komitmen; disebut juga pengelola proyek)",
     "PPK (pejabat pembuat komitmen; disebut juga pengelola proyek) tidak boleh menerima hadiah dari rekanan"),
    ("Kades (kepala desa; dulu disebut lurah) dilarang menjadi anggota partai politik.",
     "Kades (kepala desa; dulu disebut lurah)",
     "Kades (kepala desa; dulu disebut lurah) dilarang menjadi anggota partai politik"),
    ("Guru honorer (tenaga pendidik non-ASN, diangkat komite sekolah) wajib menjaga netralitas dalam pemilihan.",
     "Guru honorer (tenaga pendidik non-ASN, diangkat komite sekolah)",
     "Guru honorer (tenaga pendidik non-ASN, diangkat komite sekolah) wajib menjaga netralitas dalam pemilihan"),
])
def test_gloss_with_punctuation_stays_in_actor(text, actor, clause):
    found = clauses_of(text)
    assert [(c.text, c.actor) for c in found] == [(clause, actor)]


def test_gloss_on_addressee_stays_in_actor():
    found = clauses_of("Bupati meminta camat (kepala kecamatan; dulu disebut wedana) untuk tidak memihak calon mana pun.")
    assert [c.actor for c in found] == ["camat (kepala kecamatan; dulu disebut wedana)"]


@pytest.mark.parametrize("text,actor,clause", [
    ("Rapat itu (digelar Senin; dihadiri camat) memutuskan pegawai dilarang berkampanye.",
     "pegawai", "pegawai dilarang berkampanye"),
    ("Menurut Kepala BKD Sulaiman (kemarin; via telepon), pegawai tidak boleh ikut kampanye.",
     "pegawai", "pegawai tidak boleh ikut kampanye"),
])
def test_bracketed_note_lends_no_actor(text, actor, clause):
    found = clauses_of(text)
    assert [(c.text, c.actor) for c in found] == [(clause, actor)]


def test_semicolon_outside_brackets_still_ends_clause():
    assert kinds("Pegawai dilarang memasang atribut partai; mereka juga tidak boleh ikut kampanye.") == [
        ("prohibition", "Pegawai dilarang memasang atribut partai"),
        ("prohibition", "mereka juga tidak boleh ikut kampanye")]


@pytest.mark.parametrize("text,expected", [
    ("Bupati Lorentus mengimbau para calon kepala desa jangan coba-coba membagikan uang saat kampanye "
     "atau melibatkan perangkat desa dalam seluruh tahapan pemilihan.",
     [("prohibition", "mengimbau para calon kepala desa jangan coba-coba membagikan uang saat kampanye"),
      ("prohibition", "melibatkan perangkat desa dalam seluruh tahapan pemilihan")]),
    ("Ia mengimbau para kepala sekolah jangan sekali-kali memungut biaya pendaftaran atau menahan ijazah siswa.",
     [("prohibition", "mengimbau para kepala sekolah jangan sekali-kali memungut biaya pendaftaran"),
      ("prohibition", "menahan ijazah siswa")]),
    ("Camat meminta kepada warga supaya jangan membuang sampah ke sungai atau membakar ladang saat kemarau.",
     [("prohibition", "meminta kepada warga supaya jangan membuang sampah ke sungai"),
      ("prohibition", "membakar ladang saat kemarau")]),
    ("Para pedagang diimbau jangan menimbun beras atau menaikkan harga seenaknya selama Ramadan.",
     [("prohibition", "Para pedagang diimbau jangan menimbun beras"),
      ("prohibition", "menaikkan harga seenaknya selama Ramadan")]),
])
def test_jangan_a_atau_b_after_directive(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Camat meminta warga untuk tidak membuang sampah ke sungai atau membakar ladang.",
     [("prohibition", "meminta warga untuk tidak membuang sampah ke sungai atau membakar ladang")]),
    ("Para kontraktor diminta agar tidak mengurangi volume pekerjaan atau memakai material murahan.",
     [("prohibition", "Para kontraktor diminta agar tidak mengurangi volume pekerjaan atau memakai material murahan")]),
])
def test_tidak_a_atau_b_under_directive_stays_one(text, expected):
    assert kinds(text) == expected
