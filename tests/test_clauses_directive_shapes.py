"""Shapes of command verbs found in session 13 (all texts invented):

- warning verbs ('memperingatkan', 'mengultimatum', passive 'diperingatkan') order an
  addressee like 'mewanti-wanti';
- an active directive in a relative clause on a law, a letter or a policy named as an
  object ('mengingatkan PP Nomor 9 yang melarang ...', 'sejalan dengan kebijakan X, yang
  juga melarang ...') states that rule's content; on the sentence's subject, after a verb
  of rule talk or after a denied verb it does not;
- an addressee may be set off from its act by a comma, and a range of addressees
  ('mulai dari A, B hingga C') ends at its last member;
- a noun of rule received ('diberikan larangan keras untuk ...', 'mendapat instruksi
  untuk ...') is a modal cue; a 'yang' after it describes the noun;
- two negated modals of one kind coordinated ('tidak diperbolehkan atau tidak
  diperkenankan untuk ...') are one rule; after a word of evidence 'jika' reads as 'bahwa';
- a notice given in an act ('meminta camat untuk memberikan surat imbauan kepada kepala
  desa untuk tidak ...') leaves the act its addressee; the notice's content is a rule for
  that addressee.
"""
import pytest

from clause_helpers import kinds, only_clause, clauses_of


@pytest.mark.parametrize("text,expected", [
    ("Dinas PMD Kabupaten Sungai Lebar memperingatkan kepala dusun untuk tidak ikut berkampanye "
     "dalam pemilihan bupati.",
     ("prohibition", "memperingatkan kepala dusun untuk tidak ikut berkampanye dalam pemilihan bupati")),
    ("Camat Tanjung Raya mengultimatum para lurah agar tidak memasang spanduk calon di kantor kelurahan.",
     ("prohibition", "mengultimatum para lurah agar tidak memasang spanduk calon di kantor kelurahan")),
    ("Inspektorat memperingatkan para guru honorer agar menjaga netralitas selama masa kampanye.",
     ("obligation", "memperingatkan para guru honorer agar menjaga netralitas selama masa kampanye")),
    ("Kepala sekolah diperingatkan untuk tidak memobilisasi murid ke lokasi kampanye.",
     ("prohibition", "Kepala sekolah diperingatkan untuk tidak memobilisasi murid ke lokasi kampanye")),
])
def test_a_warning_verb_orders_its_addressee(text, expected):
    assert only_clause(text) == expected


@pytest.mark.parametrize("text", [
    "BMKG memperingatkan bahwa cuaca ekstrem bisa mengganggu distribusi logistik pemilu.",
    "Polisi memperingatkan warga akan bahaya hoaks menjelang pemungutan suara.",
])
def test_a_warning_of_a_danger_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Ketua Bawaslu mengingatkan PP 94 Tahun 2021 yang melarang guru PNS ikut dalam kegiatan kampanye.",
     ("prohibition", "melarang guru PNS ikut dalam kegiatan kampanye")),
    ("Langkah itu sejalan dengan sikap Menteri Dalam Negeri, yang juga melarang lurah berfoto dengan "
     "calon wali kota.",
     ("prohibition", "melarang lurah berfoto dengan calon wali kota")),
    ("Sekda merujuk pada Surat Edaran Nomor 7 yang mewajibkan pegawai melapor ke atasan sebelum cuti.",
     ("obligation", "mewajibkan pegawai melapor ke atasan sebelum cuti")),
])
def test_a_directive_on_a_cited_rule_states_its_content(text, expected):
    assert only_clause(text) == expected


@pytest.mark.parametrize("text", [
    "Aturan yang melarang itu dinilai terlalu keras oleh para guru.",
    "Aturan yang melarang guru berfoto dengan calon dinilai terlalu keras oleh para guru.",
    "Sejumlah guru menilai aturan yang melarang guru berfoto dengan calon terlalu keras.",
    "Bawaslu menemukan kepala desa yang meminta warga memilih calon tertentu.",
    '"Dinas tidak pernah menerbitkan surat yang mewajibkan pegawai ikut kegiatan politik. '
    'Itu jelas hoaks," kata Rini.',
])
def test_talk_about_a_rule_or_a_person_ordering_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Meski sudah diingatkan, pihaknya melarang para pegawai itu, mengacungkan jari layaknya memberi dukungan.",
     ("prohibition", "melarang para pegawai itu, mengacungkan jari layaknya memberi dukungan")),
    ("Kepala dinas mengimbau para guru, berhati-hati mengunggah konten politik di media sosial.",
     ("obligation", "mengimbau para guru, berhati-hati mengunggah konten politik di media sosial")),
    ("Bupati meminta camat, lurah, dan kepala desa, menjaga netralitas selama tahapan pilkada.",
     ("obligation", "meminta camat, lurah, dan kepala desa, menjaga netralitas selama tahapan pilkada")),
])
def test_a_comma_between_the_addressee_and_its_act(text, expected):
    assert only_clause(text) == expected


@pytest.mark.parametrize("text", [
    "Bupati mengingatkan para kades, menyusul temuan Bawaslu pekan lalu.",
    "Camat mengundang para kades, membahas persiapan pilkada.",
])
def test_no_order_after_the_comma(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,actor", [
    ("Wali kota melarang seluruh pegawai mulai dari kepala dinas, sekretaris hingga staf honorer "
     "terlibat dalam kampanye pilkada.",
     "seluruh pegawai mulai dari kepala dinas, sekretaris hingga staf honorer"),
    ("Direktur melarang semua pegawai mulai dari manajer, kepala seksi/kepala unit sampai petugas "
     "keamanan ikut menjadi tim sukses.",
     "semua pegawai mulai dari manajer, kepala seksi/kepala unit sampai petugas keamanan"),
])
def test_a_range_of_addressees(text, actor):
    (c,) = clauses_of(text)
    assert c.kind == "prohibition" and c.actor == actor and c.text.startswith("melarang ")


@pytest.mark.parametrize("text,expected", [
    ("ASN di provinsi itu diberikan larangan keras untuk berpose dengan calon bupati.",
     ("prohibition", "ASN di provinsi itu diberikan larangan keras untuk berpose dengan calon bupati")),
    ("Para kepala desa mendapat larangan untuk menghadiri deklarasi pasangan calon.",
     ("prohibition", "Para kepala desa mendapat larangan untuk menghadiri deklarasi pasangan calon")),
    ("Guru honorer di Kabupaten Sirih Gading juga mendapatkan larangan tegas memasang atribut partai.",
     ("prohibition", "Guru honorer di Kabupaten Sirih Gading juga mendapatkan larangan tegas memasang atribut partai")),
    ("Pegawai kecamatan mendapat instruksi untuk memantau pelaksanaan kampanye.",
     ("obligation", "Pegawai kecamatan mendapat instruksi untuk memantau pelaksanaan kampanye")),
])
def test_a_rule_received(text, expected):
    assert only_clause(text) == expected


def test_a_rule_received_described_is_no_rule():
    assert kinds("ASN mendapat larangan yang lebih keras dibanding tahun lalu.") == []


@pytest.mark.parametrize("text,expected", [
    ("Pegawai tidak dibolehkan atau tidak diperkenankan untuk memakai kaus partai dalam bentuk apa pun.",
     ("prohibition", "Pegawai tidak dibolehkan atau tidak diperkenankan untuk memakai kaus partai "
                     "dalam bentuk apa pun")),
    ("Guru dan pegawai tidak semestinya dan tidak boleh untuk berkampanye.",
     ("prohibition", "Guru dan pegawai tidak semestinya dan tidak boleh untuk berkampanye")),
    ("Kepala desa tidak boleh dan tidak dibenarkan menjadi juru kampanye pasangan calon.",
     ("prohibition", "Kepala desa tidak boleh dan tidak dibenarkan menjadi juru kampanye pasangan calon")),
    ("Sudah sangat jelas jika guru tidak diperbolehkan memakai kaos partai.",
     ("prohibition", "guru tidak diperbolehkan memakai kaos partai")),
])
def test_paired_negated_modals_are_one_rule(text, expected):
    assert only_clause(text) == expected


def test_a_condition_still_vetoes():
    assert kinds("Jika guru tidak diperbolehkan memakai kaos partai, maka ia memakai kemeja.") == []


@pytest.mark.parametrize("text,expected", [
    ("Para tenaga kontrak (PTT atau THL) di Diknas kota juga diingatkan tak ikut politik praktis.",
     ("prohibition", "Para tenaga kontrak (PTT atau THL) di Diknas kota juga diingatkan tak ikut politik praktis")),
    ("Tenaga kontrak di Dikbud diingatkan tidak ikut kampanye.",
     ("prohibition", "Tenaga kontrak di Dikbud diingatkan tidak ikut kampanye")),
])
def test_an_agency_abbreviation_is_no_verb(text, expected):
    assert only_clause(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Kepala dinas juga meminta kepada setiap camat untuk memberikan surat imbauan kepada para kepala desa "
     "untuk tidak ikut terlibat kampanye.",
     [("obligation", "meminta kepada setiap camat untuk memberikan surat imbauan kepada para kepala desa"),
      ("prohibition", "tidak ikut terlibat kampanye")]),
    ("Camat wajib memberikan surat imbauan kepada kepala desa agar tidak memasang baliho calon.",
     [("obligation", "Camat wajib memberikan surat imbauan kepada kepala desa"),
      ("prohibition", "tidak memasang baliho calon")]),
])
def test_a_notice_given_in_an_act(text, expected):
    assert kinds(text) == expected


def test_a_contrast_after_the_comma_opens_no_act():
    assert kinds("Imbauan itu bukan hanya ditekankan kepada para guru saja, melainkan pegawai kontrak "
                 "Kabupaten Sirih Gading juga tidak diperbolehkan memberikan dukungan kepada calon.") == [
        ("prohibition", "pegawai kontrak Kabupaten Sirih Gading juga tidak diperbolehkan memberikan dukungan kepada calon")]


@pytest.mark.parametrize("text", [
    "Bupati tidak meminta ASN untuk hadir di kampanye pasangan calon.",
    "Ketua Bawaslu tidak mengimbau kepala desa untuk memasang baliho apa pun.",
])
def test_a_negated_request_is_no_rule(text):
    # (session 22) an advisory directive negated asks nothing and leaves nothing free
    assert kinds(text) == []


def test_a_negated_requirement_still_leaves_it_free():
    assert kinds("Bupati tidak mewajibkan ASN hadir di acara syukuran calon.") == [
        ("permission", "tidak mewajibkan ASN hadir di acara syukuran calon")]


def test_an_actors_negated_inviting_goes_on_with_the_list():
    assert kinds("Pegawai dilarang memasang stiker calon. Pegawai juga tidak mengajak rekan kerja untuk hadir "
                 "di kampanye.") == [
        ("prohibition", "Pegawai dilarang memasang stiker calon"),
        ("prohibition", "Pegawai juga tidak mengajak rekan kerja untuk hadir di kampanye")]
