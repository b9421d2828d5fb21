"""Rules stated through a reporting or hoping verb (session 14): a passive verb of saying
between the actor and the cue, a hope verb used as a directive to an addressee, an example
act after the judgement of a fronted act, and ordinal items that go on in a new paragraph
or quote without a cue. All texts are invented."""
import pytest

from clause_helpers import clauses_of, kinds


@pytest.mark.parametrize("text,kind,actor,span", [
    ("Pegawai kelurahan ditegaskan tidak boleh menjadi pengurus partai politik.",
     "prohibition", "Pegawai kelurahan", "Pegawai kelurahan ditegaskan tidak boleh menjadi pengurus partai politik"),
    ("Kepala desa ditegaskan wajib bersikap netral selama masa kampanye.",
     "obligation", "Kepala desa", "Kepala desa ditegaskan wajib bersikap netral selama masa kampanye"),
    ("Para lurah diingatkan tidak boleh mengunggah foto bersama calon bupati.",
     "prohibition", "Para lurah", "Para lurah diingatkan tidak boleh mengunggah foto bersama calon bupati"),
    ("Pegawai honorer juga diingatkan kembali tidak boleh memakai atribut partai.",
     "prohibition", "Pegawai honorer", "Pegawai honorer juga diingatkan kembali tidak boleh memakai atribut partai"),
    ("Perangkat desa dikatakan juga harus menjaga jarak dari tim pemenangan.",
     "obligation", "Perangkat desa", "Perangkat desa dikatakan juga harus menjaga jarak dari tim pemenangan"),
    ("Guru sekolah dasar disebutkan dilarang ikut konvoi pasangan calon.",
     "prohibition", "Guru sekolah dasar", "Guru sekolah dasar disebutkan dilarang ikut konvoi pasangan calon"),
])
def test_passive_speech_verb_before_cue_is_one_rule(text, kind, actor, span):
    found = clauses_of(text)
    assert [(c.kind, c.text, c.actor) for c in found] == [(kind, span, actor)]


@pytest.mark.parametrize("text", [
    "Larangan ini ditegaskan dalam Peraturan Pemerintah Nomor 94 Tahun 2021.",
    "Ketentuan tersebut dijelaskan dalam surat edaran bupati pekan lalu.",
])
def test_rule_talk_with_speech_passive_stays_no_clause(text):
    assert kinds(text) == []


def test_passive_speech_directive_with_complementizer_kept():
    assert kinds("Para camat diingatkan agar tidak ikut menghadiri deklarasi calon.") == [
        ("prohibition", "Para camat diingatkan agar tidak ikut menghadiri deklarasi calon")]


@pytest.mark.parametrize("text,kind,actor", [
    ("Bupati Lembah Hijau mengharapkan kepada seluruh pegawai kecamatan untuk menaati ketentuan netralitas.",
     "obligation", "seluruh pegawai kecamatan"),
    ("Wali kota mengharapkan para camat agar tidak ikut kampanye pasangan calon.",
     "prohibition", "para camat"),
    ("Ia berharap kepada seluruh kepala desa agar tidak terlibat politik praktis.",
     "prohibition", "seluruh kepala desa"),
    ("Saya harapkan seluruh ASN untuk menjaga netralitas selama tahapan pilkada.",
     "obligation", "seluruh ASN"),
])
def test_hope_verb_with_addressee_is_advisory_rule(text, kind, actor):
    found = clauses_of(text)
    assert len(found) == 1, [(c.kind, c.text) for c in found]
    assert (found[0].kind, found[0].actor, found[0].force) == (kind, actor, "advisory")


@pytest.mark.parametrize("text", [
    "Ia berharap pemilu berjalan damai.",
    "Ketua panitia mengharapkan agar pesta demokrasi di Lembah Hijau berjalan lancar.",
    "Kami mengharapkan dukungan masyarakat untuk menyukseskan pemilihan.",
    "Kapolres mengharapkan pemilihan berlangsung aman dan tertib.",
    "Kami harapkan pemilu di Lembah Hijau berjalan damai.",
])
def test_plain_wish_stays_no_clause(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Mengenakan kaos partai dilarang, contohnya memasang stiker calon di mobil dinas juga tidak diperbolehkan.",
     [("prohibition", "Mengenakan kaos partai dilarang"),
      ("prohibition", "memasang stiker calon di mobil dinas juga tidak diperbolehkan")]),
    ("Berfoto dengan calon tidak boleh, termasuk mengunggah foto itu ke media sosial.",
     [("prohibition", "Berfoto dengan calon tidak boleh"),
      ("prohibition", "mengunggah foto itu ke media sosial")]),
    ("Ikut konvoi pasangan calon tidak diperbolehkan, misalnya share poster calon juga tidak boleh.",
     [("prohibition", "Ikut konvoi pasangan calon tidak diperbolehkan"),
      ("prohibition", "share poster calon juga tidak boleh")]),
])
def test_example_act_after_judged_fronted_act(text, expected):
    assert kinds(text) == expected


def test_noun_example_after_judgement_is_no_act():
    found = kinds("Mengenakan kaos partai dilarang, misalnya kaos bergambar calon.")
    assert all(not t.startswith("kaos bergambar") for _, t in found)


@pytest.mark.parametrize("text,expected", [
    ("Kepala Dinas Pendidikan Kabupaten Sukamaju, Rudi Hartono, menyebut ada lima hal yang dilarang bagi guru. "
     "Pertama, guru dilarang ikut kampanye. Kedua, guru tidak boleh memakai atribut partai.\n\n"
     "“Ketiga, tidak memberikan komentar atas unggahan calon di media sosial. Keempat, tidak menghadiri "
     "deklarasi pasangan calon,” katanya.",
     [("prohibition", "guru dilarang ikut kampanye"),
      ("prohibition", "guru tidak boleh memakai atribut partai"),
      ("prohibition", "tidak memberikan komentar atas unggahan calon di media sosial"),
      ("prohibition", "tidak menghadiri deklarasi pasangan calon")]),
    ("Camat Lembah Hijau, Sarah Wulandari, mengingatkan aturan bagi pegawai kecamatan. Pertama, pegawai "
     "kecamatan dilarang memasang spanduk calon. Kedua, wajib menjaga sikap di media sosial.\n\n"
     "Ketiga, tidak ikut mengantar calon saat mendaftar ke KPU. Keempat, tidak memakai mobil dinas untuk kampanye.",
     [("prohibition", "pegawai kecamatan dilarang memasang spanduk calon"),
      ("obligation", "wajib menjaga sikap di media sosial"),
      ("prohibition", "tidak ikut mengantar calon saat mendaftar ke KPU"),
      ("prohibition", "tidak memakai mobil dinas untuk kampanye")]),
])
def test_ordinal_items_go_on_in_new_paragraph(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an excerpt that opens mid-list: the negated ordinal item before an ordinal rule
    ("“Keempat, tidak mengunggah dukungan kepada pasangan calon di media sosial. Kelima, pimpinan satuan "
     "memeriksa anggota yang dilaporkan. Keenam, anggota yang maju sebagai calon bupati wajib mengundurkan "
     "diri dari dinas,” kata Kepala Penerangan Kodim Lembah Hijau.",
     [("prohibition", "tidak mengunggah dukungan kepada pasangan calon di media sosial"),
      ("obligation", "anggota yang maju sebagai calon bupati wajib mengundurkan diri dari dinas")]),
    ("Ketiga, tidak menghadiri deklarasi calon di balai desa. Keempat, perangkat desa harus melayani semua "
     "warga tanpa membedakan pilihan.",
     [("prohibition", "tidak menghadiri deklarasi calon di balai desa"),
      ("obligation", "perangkat desa harus melayani semua warga tanpa membedakan pilihan")]),
])
def test_negated_ordinal_item_before_a_later_ordinal_rule(text, expected):
    assert kinds(text) == expected


def test_ordinal_statement_without_rule_after_stays_no_clause():
    assert kinds("Ketiga, panitia tidak menyediakan kursi tambahan. Keempat, acara selesai pukul sembilan.") == []


@pytest.mark.parametrize("text", [
    "Aturan kepegawaian sudah jelas. Pada bagian ketiga disebutkan “Setiap pegawai bekerja "
    "berdasarkan asas profesionalitas”.",
    "Dalam pasal 3 dijelaskan “Pegawai melayani masyarakat tanpa membedakan golongan”.",
])
def test_passive_of_saying_right_before_a_quote_is_no_crash(text):
    # the reporting verb is the last word before the quote: the look for a cue after it
    # ran past the end of its words (an IndexError that failed the whole document)
    assert kinds(text) == []
