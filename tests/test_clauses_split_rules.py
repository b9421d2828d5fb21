"""One sentence, two rules that labellers split (session 14; all texts invented):

- a worse act after 'apalagi hingga / sampai' (with or without a comma) is a prohibition
  of its own;
- 'dan / serta tidak (ada yang) V' after an order or a duty opens a prohibition of its
  own, after a bare imperative too; a passive or stative verb there ('tidak ada yang
  tercecer') names an outcome, no act;
- a comma then a subject with a defining copula ('..., tugas kita adalah ...') ends the
  act: the statement explains the rule; a subordinate clause (', meski ... adalah ...')
  does not end it;
- a bracketed gloss after a verb ('membagikan (share), ...') keeps a run of verbs that
  share one object together and is no object of its own;
- a verb that closes a time clause ('... saat mendaftar atau melibatkan ...') is no verb
  sharing the next one's object: the act after the joiner is its own;
- a duty with no verb near its start and a negated act joined after it ('setia pada
  sumpahnya serta tidak membeda-bedakan ...') gives the duty and a prohibition;
- 'alias' restates a duty as a negated act: the duty and a prohibition;
- a curly closing quote after a space (', ” kata X') ends the quote before its attribution;
- a noun of rule listing acts ('imbauan ... mencakup antara lain tidak A, B serta C') gives one
  clause per act, the last part cut at its joiner; under one negator every act is forbidden.
"""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Pegawai kecamatan diminta tidak ikut kampanye apalagi hingga secara terbuka menjadi juru bicara calon.",
     [("prohibition", "Pegawai kecamatan diminta tidak ikut kampanye"),
      ("prohibition", "secara terbuka menjadi juru bicara calon")]),
    ("Guru honorer dilarang memasang stiker calon apalagi sampai membagikan amplop kepada wali murid.",
     [("prohibition", "Guru honorer dilarang memasang stiker calon"),
      ("prohibition", "membagikan amplop kepada wali murid")]),
    ("Pendamping desa tidak boleh hadir di panggung kampanye, apalagi sampai berorasi untuk calon.",
     [("prohibition", "Pendamping desa tidak boleh hadir di panggung kampanye"),
      ("prohibition", "berorasi untuk calon")]),
])
def test_worse_act_after_apalagi_hingga(text, expected):
    assert kinds(text) == expected


def test_time_after_apalagi_sampai_is_no_act():
    assert kinds("Kepala dusun jangan memihak, apalagi sampai hari pencoblosan.") == [
        ("prohibition", "Kepala dusun jangan memihak, apalagi sampai hari pencoblosan")]


@pytest.mark.parametrize("text,expected", [
    ('"Jalankan pengamanan dengan tertib dan sabar serta tidak ada yang menerima titipan dari tim calon," '
     'kata Kapolres Lembah Hijau.',
     [("obligation", "Jalankan pengamanan dengan tertib dan sabar"),
      ("prohibition", "tidak ada yang menerima titipan dari tim calon")]),
    ('"Lakukan penjagaan di pos masing-masing dan tidak ada yang meninggalkan tempat tanpa izin," ujar Danramil '
     'Bukit Jati.',
     [("obligation", "Lakukan penjagaan di pos masing-masing"),
      ("prohibition", "tidak ada yang meninggalkan tempat tanpa izin")]),
    ("Kapolsek Teluk Biru meminta anggotanya menjaga sikap serta tidak ada yang ikut berkampanye di desa.",
     [("obligation", "meminta anggotanya menjaga sikap"),
      ("prohibition", "tidak ada yang ikut berkampanye di desa")]),
])
def test_nobody_acts_after_order(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # one predicate reads "tidak ada (X) yang V" after a duty and inside a request alike: a
    # ter- verb is an act only when the lexicon lists it as a verb of its own ("terlibat")
    ("Panitia wajib menjaga kotak suara serta tidak ada yang terlibat dalam pengaturan hasil.",
     [("obligation", "wajib menjaga kotak suara"),
      ("prohibition", "tidak ada yang terlibat dalam pengaturan hasil")]),
    ('"Saya minta tidak ada yang terlibat dalam tim pemenangan calon," ujar Camat Sungai Lebar.',
     [("prohibition", "tidak ada yang terlibat dalam tim pemenangan calon")]),
    ("Kepala sekolah wajib mengawasi guru serta tidak ada pegawai yang mengikuti kampanye.",
     [("obligation", "Kepala sekolah wajib mengawasi guru"),
      ("prohibition", "tidak ada pegawai yang mengikuti kampanye")]),
    ('"Kami minta tidak ada yang tercecer dari daftar pemilih," ujar Camat Batu Ampar.', []),
    ("Petugas wajib menghitung ulang surat suara dan tidak ada yang terbuang percuma.",
     [("obligation", "wajib menghitung ulang surat suara dan tidak ada yang terbuang percuma")]),
])
def test_nobody_acts_reads_ter_verbs_one_way(text, expected):
    assert kinds(text) == expected


def test_nobody_with_an_outcome_verb_stays():
    assert kinds("Anggota KPPS harus mencatat semua surat suara dan tidak ada yang tercecer.") == [
        ("obligation", "Anggota KPPS harus mencatat semua surat suara dan tidak ada yang tercecer")]


@pytest.mark.parametrize("text,expected", [
    ('"Jaga sikap di lapangan, kewajiban kita adalah melayani semua pemilih," tutur Kapolsek Muara Dua.',
     [("obligation", "Jaga sikap di lapangan")]),
    ('"Tetap netral, tanggung jawab kita ialah melayani semua warga tanpa membedakan pilihan," kata Camat '
     'Sungai Lebar.',
     [("obligation", "Tetap netral")]),
    ("Guru dilarang memakai seragam dinas saat kampanye, seragam itu merupakan simbol negara.",
     [("prohibition", "Guru dilarang memakai seragam dinas saat kampanye")]),
])
def test_copular_statement_after_comma_ends_the_act(text, expected):
    assert kinds(text) == expected


def test_concessive_copula_stays_in_the_act():
    assert kinds("Kepala puskesmas dilarang menjadi juru kampanye, meski calon itu adalah kakaknya sendiri.") == [
        ("prohibition", "Kepala puskesmas dilarang menjadi juru kampanye, meski calon itu adalah kakaknya sendiri")]


@pytest.mark.parametrize("text,expected", [
    ("Pegawai puskesmas dilarang mengunggah (upload), meneruskan (forward), atau menyukai (like) materi "
     "kampanye calon di grup percakapan.",
     [("prohibition", "Pegawai puskesmas dilarang mengunggah (upload), meneruskan (forward), atau menyukai (like) "
                      "materi kampanye calon di grup percakapan")]),
    ('Edaran itu memuat larangan menulis status, menanggapi, meneruskan ("forward"), menyukai ("like"), '
     'hingga mengikuti akun relawan calon.',
     [("prohibition", 'larangan menulis status, menanggapi, meneruskan ("forward"), menyukai ("like"), '
                      'hingga mengikuti akun relawan calon')]),
    ("Perangkat desa dilarang memasang spanduk (baliho) calon, membagikan (share) unggahan calon dan "
     "menghadiri kampanye.",
     [("prohibition", "Perangkat desa dilarang memasang spanduk (baliho) calon"),
      ("prohibition", "membagikan (share) unggahan calon"),
      ("prohibition", "menghadiri kampanye")]),
])
def test_gloss_in_brackets(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Bawaslu mengimbau para kandidat jangan mengajak guru saat mendaftar atau melibatkan mereka dalam "
     "tahapan pemilihan.",
     [("prohibition", "mengimbau para kandidat jangan mengajak guru saat mendaftar"),
      ("prohibition", "melibatkan mereka dalam tahapan pemilihan")]),
    ("Camat melarang kepala desa membawa perangkatnya ketika berkampanye dan memasang baliho di balai desa.",
     [("prohibition", "melarang kepala desa membawa perangkatnya ketika berkampanye"),
      ("prohibition", "memasang baliho di balai desa")]),
])
def test_time_clause_verb_before_joiner(text, expected):
    assert kinds(text) == expected


def test_verbs_sharing_an_object_stay_one_act():
    assert kinds("Kepala desa dilarang memasang dan membagikan stiker calon.") == [
        ("prohibition", "Kepala desa dilarang memasang dan membagikan stiker calon")]


@pytest.mark.parametrize("text,expected", [
    ("Perawat wajib setia pada sumpah profesinya serta tidak membeda-bedakan pasien karena pilihan politiknya.",
     [("obligation", "Perawat wajib setia pada sumpah profesinya"),
      ("prohibition", "tidak membeda-bedakan pasien karena pilihan politiknya")]),
    ("Setiap penyuluh harus taat pada kode etik profesi dan tidak mengarahkan petani memilih siapa pun.",
     [("obligation", "Setiap penyuluh harus taat pada kode etik profesi"),
      ("prohibition", "tidak mengarahkan petani memilih siapa pun")]),
])
def test_negated_act_after_verbless_duty(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Camat menegaskan para lurah harus netral alias tidak berpihak kepada kandidat bupati mana pun.",
     [("obligation", "para lurah harus netral"),
      ("prohibition", "tidak berpihak kepada kandidat bupati mana pun")]),
    ("Bidan desa wajib bersikap adil alias tidak membeda-bedakan pasien pendukung calon mana pun.",
     [("obligation", "Bidan desa wajib bersikap adil"),
      ("prohibition", "tidak membeda-bedakan pasien pendukung calon mana pun")]),
])
def test_alias_restates_duty_as_prohibition(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("“Mereka bukan juru kampanye, melainkan harus bersikap adil, ” ujar anggota Panwaslu Kota Lembah, "
     "Rian Ponto, di Lembah, Senin.",
     [("obligation", "harus bersikap adil")]),
    ("“Guru wajib mengunci gerbang setelah jam pelajaran, ” ujar Kepala Dinas Pendidikan Teluk Jati.",
     [("obligation", "Guru wajib mengunci gerbang setelah jam pelajaran")]),
])
def test_curly_close_after_a_space_ends_the_quote(text, expected):
    """A curly closing mark opens nothing: after a space too it ends the quote before the attribution."""
    assert kinds(text) == expected


def test_negated_acts_in_a_proviso_stay_with_the_permission():
    """'..., asalkan tidak A dan tidak B': the proviso's acts are no rules of their own."""
    found = kinds("Camat Sungai Lebar menambahkan, guru yang ingin menonton debat tetap diperbolehkan, asalkan tidak "
                  "memakai seragam dan tidak membawa kendaraan dinas.")
    assert [k for k, _ in found] == ["permission"]


@pytest.mark.parametrize("text,expected", [
    ("Imbauan itu mencakup antara lain tidak memasang foto calon, menulis komentar, meneruskan pesan kampanye "
     "serta memberi tanda suka pada unggahan calon.",
     [("prohibition", "tidak memasang foto calon"), ("prohibition", "menulis komentar"),
      ("prohibition", "meneruskan pesan kampanye"), ("prohibition", "memberi tanda suka pada unggahan calon")]),
    ("Sinta menjelaskan, imbauan bagi perawat agar santun dalam berselancar daring mencakup antara lain tidak "
     "mengunggah spanduk calon, mengirim stiker, dan menyebarkan video kampanye.",
     [("prohibition", "tidak mengunggah spanduk calon"), ("prohibition", "mengirim stiker"),
      ("prohibition", "menyebarkan video kampanye")]),
    ("Larangan bagi bidan meliputi memasang stiker calon, membagikan kalender calon dan memakai mobil dinas "
     "untuk kampanye.",
     [("prohibition", "memasang stiker calon"), ("prohibition", "membagikan kalender calon"),
      ("prohibition", "memakai mobil dinas untuk kampanye")]),
])
def test_rule_noun_lists_one_clause_per_act(text, expected):
    """A noun of rule listing acts ('... mencakup antara lain tidak A, B serta C'): one clause per
    act, the last part cut at its joiner; under one negator every act is forbidden."""
    assert kinds(text) == expected
