"""Shapes of unseen news that session 5 found the rules missing (issue 9). Every
mechanism is tested on at least two wordings; all texts are invented (regions, outlets
and officials included)."""
import pytest

from clause_helpers import clauses_of, kinds
from corpus_tools.settings import Settings


# -- a list whose kind is named only after it -------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Kepala BKPSDM Sukamaju menjelaskan isi edaran itu. Rinciannya sebagai berikut:\n"
     "1. Menjadi pengurus partai politik atau tim sukses calon;\n"
     "2. Memasang baliho calon di kantor dan kendaraan dinas;\n"
     "3. Pegawai wajib memberikan hak pilihnya di TPS.\n"
     "Poin satu dan dua, kata dia, termasuk larangan dalam PP 94 Tahun 2021.",
     [("prohibition", "Menjadi pengurus partai politik atau tim sukses calon"),
      ("prohibition", "Memasang baliho calon di kantor dan kendaraan dinas"),
      ("obligation", "Pegawai wajib memberikan hak pilihnya di TPS")]),
    ("Dalam surat itu, Wali Kota Tirtajaya menyebut beberapa hal:\n\n"
     "- Mengunggah foto bersama calon di media sosial\n\n"
     "- Menghadiri deklarasi bakal calon\n\n"
     "Semua itu tidak boleh dilakukan oleh aparatur pemerintah kota.",
     [("prohibition", "Mengunggah foto bersama calon di media sosial"),
      ("prohibition", "Menghadiri deklarasi bakal calon")]),
    ("Edaran Camat Lembah Hijau memuat empat poin berikut:\n"
     "1. Menyampaikan data pegawai yang cuti kepada camat;\n"
     "2. Menjaga aset kantor selama masa kampanye;\n"
     "3. Memasang stiker calon di pagar kantor desa;\n"
     "4. Memakai mobil desa untuk mengantar massa kampanye.\n"
     "Poin ketiga hingga keempat merupakan larangan, sedangkan sisanya kewajiban perangkat desa.",
     [("prohibition", "Memasang stiker calon di pagar kantor desa"),
      ("prohibition", "Memakai mobil desa untuk mengantar massa kampanye")]),
])
def test_a_sentence_after_a_kindless_list_names_its_items_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # a call to follow the items names no kind
    "Isi edaran itu sebagai berikut:\n1. Menjadi pengurus partai politik;\n2. Menghadiri deklarasi calon.\n"
    "Hal-hal tersebut wajib dipatuhi seluruh pegawai.",
    # no back reference: a new sentence with its own subject
    "Agenda pekan ini sebagai berikut:\n1. Menanam pohon di halaman kantor;\n2. Menggelar senam pagi bersama.\n"
    "Bupati tidak boleh absen dalam acara itu, kata panitia.",
])
def test_no_back_reference_or_a_call_to_comply_leaves_the_items_without_kind(text):
    assert not [c for c in clauses_of(text) if c.list_marker]


# -- passive command verbs as list lead-ins ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Dalam petunjuk itu, prajurit dan PNS TNI diperintahkan untuk:\n\n- tidak memberikan dukungan kepada salah "
    "satu peserta pemilu;\n\n- menjaga jarak dengan seluruh peserta pemilu dan tim suksesnya.",
    "Setiap anggota Satpol PP di Kota Tirtajaya diperintahkan:\n1. Tidak memakai seragam saat menonton kampanye.\n"
    "2. Mengawal kegiatan pemilu sesuai surat tugas.",
])
def test_diperintahkan_opens_a_list_of_duties_with_negated_items_forbidden(text):
    assert [k for k, _ in kinds(text)] == ["prohibition", "obligation"]


@pytest.mark.parametrize("text,actor", [
    ("Danramil diminta aktif memantau kegiatan Babinsa agar tidak disalahgunakan.", "Danramil"),
    ("Para camat diminta proaktif mengawasi perangkat desa selama masa kampanye.", "Para camat"),
])
def test_an_adverb_of_manner_between_passive_cue_and_verb(text, actor):
    found = clauses_of(text)
    assert len(found) == 1 and found[0].kind == "obligation" and found[0].actor == actor


# -- an aggravated case after "apalagi" ------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Guru jangan mengarahkan, apalagi dengan iming-iming nilai.",
     ["Guru jangan mengarahkan", "dengan iming-iming nilai"]),
    ("Camat tidak boleh berpihak, apalagi sampai memakai mobil dinas.",
     ["Camat tidak boleh berpihak", "memakai mobil dinas"]),
])
def test_an_aggravated_case_is_a_clause_of_its_own(text, expected):
    found = clauses_of(text)
    assert [c.text for c in found] == expected and {c.kind for c in found} == {"prohibition"}


# -- "segera" + a bare verb: an instruction ------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Keempat, yang sudah jadi caleg dan masih berstatus ASN, segera urus pengunduran diri, jangan ditunda-tunda.",
     [("obligation", "yang sudah jadi caleg dan masih berstatus ASN, segera urus pengunduran diri"),
      ("prohibition", "jangan ditunda-tunda")]),
    ("Bagi pegawai yang namanya dicatut tim sukses, segera lapor ke BKPSDM.",
     [("obligation", "Bagi pegawai yang namanya dicatut tim sukses, segera lapor ke BKPSDM")]),
    ("Segera hapus foto bersama calon dari akun pribadi.",
     [("obligation", "Segera hapus foto bersama calon dari akun pribadi")]),
])
def test_segera_and_a_bare_verb_at_the_clause_head_is_an_instruction(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Pembangunan jembatan itu segera rampung bulan depan.",
    "Segera setelah itu, warga pulang ke rumah masing-masing.",
    "Laporan warga akan segera diproses oleh panitia.",
    "Pemkab segera membentuk tim terpadu penanganan banjir.",
])
def test_segera_describing_what_happens_next_is_no_instruction(text):
    assert clauses_of(text) == []


# -- an actor after another subject's verb ------------------------------------------------
@pytest.mark.parametrize("text,actor", [
    ("Kapolres Watu Ampar menegaskan seluruh personel Polres wajib menjaga netralitas.", "seluruh personel Polres"),
    ("Dandim menyebut setiap Babinsa harus menjauhi kegiatan kampanye.", "setiap Babinsa"),
])
def test_the_actor_of_a_modal_may_follow_another_subjects_verb(text, actor):
    found = clauses_of(text)
    assert len(found) == 1 and found[0].actor == actor and found[0].text.startswith(actor)


# -- duty nouns open a list; group labels of a flattened nested list ----------------------
@pytest.mark.parametrize("text", [
    "Edaran itu juga memuat tugas pimpinan unit kerja. Setiap kepala dinas dan camat diberi tanggung jawab "
    "sebagai berikut:\n\n1. Memberikan sosialisasi netralitas kepada pegawai.\n\n2. Menyampaikan laporan "
    "pengawasan setiap bulan kepada bupati.",
    "Tugas kepala sekolah dalam edaran tersebut:\n- Mendata guru yang menjadi penyelenggara pemilu\n"
    "- Menegur guru yang membawa atribut partai ke sekolah",
])
def test_a_lead_in_with_a_duty_noun_gives_its_items_obligation(text):
    found = clauses_of(text)
    assert len(found) == 2 and {c.kind for c in found} == {"obligation"}


@pytest.mark.parametrize("text", [
    "Tugas pengamanan kampanye dibagi antara polres dan kodim. Tanggung jawab panitia adalah menyiapkan lokasi.",
    "Petugas mengatakan tugas mereka adalah memeriksa tiket penumpang.",
])
def test_a_duty_noun_in_running_text_states_no_rule(text):
    assert clauses_of(text) == []


@pytest.mark.parametrize("text,n", [
    ("Berikut larangan bagi ASN dalam edaran itu:\n\n- Di media sosial\n\n- Mengunggah foto bersama calon\n\n"
     "- Membagikan materi kampanye\n\n- Di kantor\n\n- Menyimpan alat peraga kampanye di ruang kerja", 3),
    ("Larangan bagi kepala desa sebagai berikut:\n- Pada masa kampanye\n- Menghadiri rapat umum calon\n"
     "- Dalam pelayanan\n- Membedakan warga berdasarkan pilihan politiknya", 2),
])
def test_a_group_label_of_a_flattened_nested_list_is_no_item(text, n):
    found = clauses_of(text)
    assert len(found) == n and not any(c.text.lower().startswith(("di ", "pada ", "dalam ")) for c in found)


# -- a second weak modal after "dan" shares the first clause's actor ------------------------
@pytest.mark.parametrize("text,expected", [
    ("Pegawai wajib menolak ajakan tersebut dan dapat melaporkannya ke Inspektorat.",
     [("obligation", "Pegawai wajib menolak ajakan tersebut"),
      ("permission", "dapat melaporkannya ke Inspektorat")]),
    ("Kepala desa harus bersikap netral dan dapat menegur perangkatnya yang berpihak.",
     [("obligation", "Kepala desa harus bersikap netral"),
      ("permission", "dapat menegur perangkatnya yang berpihak")]),
])
def test_dapat_after_dan_shares_the_actor_of_the_clause_before(text, expected):
    assert kinds(text) == expected


# -- a negated predicate item in a list of a circular's points ---------------------------------
@pytest.mark.parametrize("text,item", [
    ("Surat edaran Bupati Sukamaju berisi lima poin. Kelima poin tersebut adalah:\n\n1. ASN tidak boleh menjadi "
     "juru kampanye.\n\n2. Balai desa tidak dipakai untuk pertemuan tim pemenangan.",
     "Balai desa tidak dipakai untuk pertemuan tim pemenangan"),
    ("Isi surat edaran Wali Kota Tirtajaya antara lain:\n- Pegawai dilarang memasang stiker calon.\n"
     "- Mobil dinas tidak digunakan untuk mengangkut massa kampanye.",
     "Mobil dinas tidak digunakan untuk mengangkut massa kampanye"),
])
def test_a_negated_predicate_item_in_a_circulars_list_is_a_prohibition(text, item):
    assert ("prohibition", item) in kinds(text)


def test_a_descriptive_item_in_a_circulars_list_stays_out():
    text = ("Edaran Bupati Sukamaju berisi beberapa poin:\n\n1. ASN tidak boleh menjadi juru kampanye.\n\n"
            "2. Pegawai yang tidak hadir apel dicatat oleh atasan.")
    assert kinds(text) == [("prohibition", "ASN tidak boleh menjadi juru kampanye")]


# -- an act judged a violation ---------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Pemberian barang atau uang kepada calon dan tim kampanye termasuk pelanggaran netralitas.",
     [("prohibition", "Pemberian barang atau uang kepada calon dan tim kampanye termasuk pelanggaran")]),
    ("Memasang foto pasangan calon sebagai foto profil merupakan bentuk pelanggaran kode etik.",
     [("prohibition", "Memasang foto pasangan calon sebagai foto profil merupakan bentuk pelanggaran")]),
    ("Menonton debat calon dari rumah tidak termasuk pelanggaran.",
     [("permission", "Menonton debat calon dari rumah tidak termasuk pelanggaran")]),
])
def test_an_act_judged_a_violation_is_forbidden(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Bawaslu menilai unggahan itu merupakan pelanggaran netralitas.",
    "Tindakan itu termasuk pelanggaran berat.",
    "Kasus di Desa Mekar merupakan pelanggaran pertama tahun ini.",
])
def test_a_violation_found_or_named_by_anaphor_is_no_rule(text):
    assert clauses_of(text) == []


# -- a bare answer whose next sentence states the rule ---------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Apakah ASN boleh menyumbang untuk syukuran calon?\n\nTidak boleh. Pemberian barang kepada calon termasuk "
     "pelanggaran netralitas.", [("prohibition", "Pemberian barang kepada calon termasuk pelanggaran")]),
    ("Bagaimana jika diminta menjadi pembawa acara kampanye?\n\nTidak boleh. Pegawai yang diminta wajib "
     "menolaknya.", [("obligation", "Pegawai yang diminta wajib menolaknya")]),
])
def test_a_bare_answer_yields_to_the_rule_after_it(text, expected):
    assert kinds(text) == expected


def test_a_bare_answer_alone_rules_on_the_questions_act():
    # (session 6: the act asked about, with the answer's kind; see test_clauses_structure.py)
    assert kinds("Bolehkah ASN menjadi pembawa acara kampanye?\n\nTidak boleh.") == [
        ("prohibition", "menjadi pembawa acara kampanye")]


# -- precision: reported experiences, wishes about outcomes, invitations ----------------------
@pytest.mark.parametrize("text", [
    "Menurut peneliti, sebagian responden yang menolak ajakan itu mengaku tidak diizinkan mengikuti pelatihan.",
    "Seorang guru honorer mengeluhkan tidak boleh ikut seleksi karena berkasnya terlambat.",
    "Rekomendasi itu tidak mengikat, tetapi diharapkan menjadi bahan perbaikan sistem pengaduan.",
    "Kegiatan ini diharapkan dapat meningkatkan kesadaran pegawai tentang pemilu.",
    "Kami mengajak warga datang ke TPS pada 27 November.",
    "Laporan itu menyebut ada kepala desa yang terang-terangan mengajak warganya mendukung calon tertentu.",
])
def test_reports_wishes_and_invitations_state_no_rule(text):
    assert clauses_of(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Seluruh ASN diharapkan dapat menjaga netralitas.",
     [("obligation", "Seluruh ASN diharapkan dapat menjaga netralitas")]),
    ("Kepala desa diminta bisa menahan diri dari kegiatan kampanye.",
     [("prohibition", "Kepala desa diminta bisa menahan diri dari kegiatan kampanye")]),
    ("Bupati mengajak seluruh ASN untuk menjaga netralitas.",
     [("obligation", "mengajak seluruh ASN untuk menjaga netralitas")]),
])
def test_an_auxiliary_after_a_passive_cue_and_an_invitation_with_untuk(text, expected):
    assert kinds(text) == expected


# -- root verbs of colloquial speech ---------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Silakan datang kalau ingin tahu program calon.",
     [("permission", "Silakan datang kalau ingin tahu program calon")]),
    ("Kalau mau bersedekah, silakan pakai uang pribadi.",
     [("permission", "silakan pakai uang pribadi")]),
])
def test_silakan_before_a_root_verb_is_a_permission(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Silakan datang kalau ingin tahu program calon.\n\nMeski begitu, ia mengingatkan ada batas yang harus dijaga.",
    "ASN boleh menonton debat di rumah.\n\nMeski demikian, Bupati menyebut hukuman berat menanti pelanggar.",
])
def test_meski_opens_no_continuation_of_the_rule_before(text):
    assert len(clauses_of(text)) == 1


# -- enumerations that open with a noun act; particles; attributions inside -----------------
@pytest.mark.parametrize("text,acts", [
    ("Ia menyebut belasan poin larangan, yakni ASN dilarang untuk kampanye lewat media sosial, menghadiri "
     "deklarasi bakal calon, ikut serta sebagai panitia kampanye, dan mencalonkan diri tanpa mundur dari ASN.",
     ["ASN dilarang untuk kampanye lewat media sosial", "menghadiri deklarasi bakal calon",
      "ikut serta sebagai panitia kampanye", "mencalonkan diri tanpa mundur dari ASN"]),
    ("Perangkat desa dilarang untuk kampanye di balai desa, memasang stiker calon, atau turut serta sebagai "
     "saksi partai.",
     ["Perangkat desa dilarang untuk kampanye di balai desa", "memasang stiker calon",
      "turut serta sebagai saksi partai"]),
])
def test_an_enumeration_whose_first_act_is_a_noun_is_split(text, acts):
    assert [c.text for c in clauses_of(text)] == acts


@pytest.mark.parametrize("text,act", [
    ("Menggelar kegiatan yang mengarah pada keberpihakan kepada calon, tegasnya, juga haram dilakukan ASN.",
     "Menggelar kegiatan yang mengarah pada keberpihakan kepada calon"),
    ("Memakai mobil dinas untuk mengantar tim sukses, katanya, jelas tidak diperbolehkan.",
     "Memakai mobil dinas untuk mengantar tim sukses"),
])
def test_an_attribution_inside_a_fronted_act_is_cut(text, act):
    assert [c.text for c in clauses_of(text)] == [act]


@pytest.mark.parametrize("text,n", [
    ("Pegawai dilarang memasang baliho calon.\n\nDilarang Ikut Kampanye\n\nPegawai juga dilarang menghadiri "
     "deklarasi calon.", 2),
    ("Kepala desa wajib menjaga netralitas.\n\nWajib Lapor Atasan\n\nPerangkat desa harus melapor ke camat.", 2),
])
def test_a_title_case_subheading_is_no_clause(text, n):
    found = clauses_of(text)
    assert len(found) == n and not any(c.text[:1].isupper() and c.text.istitle() for c in found)


# -- a second cue after a comma opens a clause of its own ------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Kepala desa dilarang ikut sebagai pelaksana kampanye, harus netral sebagai kepala desa.",
     [("prohibition", "Kepala desa dilarang ikut sebagai pelaksana kampanye"),
      ("obligation", "harus netral sebagai kepala desa")]),
    ("Guru tidak boleh menjadi tim sukses, wajib menjaga jarak dengan semua calon.",
     [("prohibition", "Guru tidak boleh menjadi tim sukses"),
      ("obligation", "wajib menjaga jarak dengan semua calon")]),
])
def test_a_cue_after_a_comma_that_closes_a_rule_has_no_actor_before_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # (session 15: a verb after "saling" + verb and "dan" is an act of its own, so two duties;
    #  the negated cue in the relative still gives none)
    ("Kepala desa dan pengawas harus saling mendukung dan menjelaskan apa yang harus dan tidak harus dikerjakan.",
     ["obligation", "obligation"]),
    ("Bawaslu akan menyosialisasikan hal yang boleh dan tidak boleh dilakukan pegawai.", []),
])
def test_a_negated_cue_coordinated_with_a_relative_one_is_no_rule(text, expected):
    assert [k for k, _ in kinds(text)] == expected


@pytest.mark.parametrize("text", [
    "Pemkab Sukamaju mengirim surat edaran kepada semua camat untuk diteruskan ke perangkat desa.",
    "Bupati meminta sekretariat daerah untuk disebarluaskan ke seluruh kantor kelurahan.",
])
def test_a_text_sent_on_binds_no_one(text):
    assert clauses_of(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Kepala desa harus menjauhi politik praktis dan tetap menjalankan tugasnya secara profesional.",
     ["obligation", "obligation"]),
    ("Pegawai harus menghindari kegiatan partai, seperti menghadiri rapat umum, memasang baliho, atau membagikan "
     "stiker.", ["obligation", "prohibition", "prohibition", "prohibition"]),
])
def test_only_the_examples_of_an_avoidance_are_forbidden(text, expected):
    assert [k for k, _ in kinds(text)] == expected


# -- one cue said twice; a modal inside a directive ----------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Siapa pun yang digaji dari anggaran negara harus dan wajib menjunjung tinggi asas netralitas.",
     [("obligation", "Siapa pun yang digaji dari anggaran negara harus dan wajib menjunjung tinggi asas netralitas")]),
    ("Kepala desa wajib dan harus bersikap netral selama tahapan pilkada.",
     [("obligation", "Kepala desa wajib dan harus bersikap netral selama tahapan pilkada")]),
])
def test_a_cue_repeated_with_dan_is_one_rule(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Bupati meminta seluruh pegawai harus menjaga netralitas dan tidak boleh terlibat dalam aksi dukung mendukung.",
     [("obligation", "seluruh pegawai harus menjaga netralitas"),
      ("prohibition", "tidak boleh terlibat dalam aksi dukung mendukung")]),
    ("Wali kota mengingatkan para camat wajib mengawasi perangkat kelurahan.",
     [("obligation", "para camat wajib mengawasi perangkat kelurahan")]),
])
def test_a_modal_after_a_directives_addressee_is_one_rule(text, expected):
    assert kinds(text) == expected


# -- intransitive verbs in an enumeration; a thing as the subject of a passive -----------------
@pytest.mark.parametrize("text,acts", [
    ("Sebaliknya dilarang bagi pegawai hadir secara aktif, bertanya, memobilisasi massa dan mengarahkan pilihan.",
     ["dilarang bagi pegawai hadir secara aktif", "bertanya", "memobilisasi massa", "mengarahkan pilihan"]),
    ("Guru tidak boleh berkampanye, berorasi, atau membagikan stiker calon di sekolah.",
     ["Guru tidak boleh berkampanye", "berorasi", "membagikan stiker calon di sekolah"]),
])
def test_a_bare_intransitive_verb_is_an_act_of_its_own(text, acts):
    assert [c.text for c in clauses_of(text)] == acts


@pytest.mark.parametrize("text,clause", [
    ("Mobil dinas camat dilarang digunakan untuk mengangkut massa kampanye.",
     "Mobil dinas camat dilarang digunakan untuk mengangkut massa kampanye"),
    ("Seragam dinas pegawai tidak boleh dipakai saat menghadiri kampanye.",
     "Seragam dinas pegawai tidak boleh dipakai saat menghadiri kampanye"),
])
def test_an_actor_word_inside_the_thing_a_passive_rule_is_about(text, clause):
    found = clauses_of(text)
    assert [(c.kind, c.text, c.actor) for c in found] == [("prohibition", clause, None)]


# -- negation across "akan/bisa" and light verbs; more advisory forms ----------------------------
@pytest.mark.parametrize("text,expected", [
    ("Kami tidak akan mengizinkan calon mana pun masuk sekolah untuk berkampanye.",
     [("prohibition", "tidak akan mengizinkan calon mana pun masuk sekolah untuk berkampanye")]),
    ("Kepala sekolah memastikan tidak akan memberi izin bagi pasangan calon memasuki lingkungan sekolah.",
     [("prohibition", "tidak akan memberi izin bagi pasangan calon memasuki lingkungan sekolah")]),
    ("Camat tidak bisa mengizinkan balai kecamatan dipakai untuk rapat tim pemenangan.",
     [("prohibition", "tidak bisa mengizinkan balai kecamatan dipakai untuk rapat tim pemenangan")]),
])
def test_a_negator_reaches_the_cue_across_akan_bisa_and_light_verbs(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Guru seyogianya membimbing pemilih pemula memakai hak suaranya.",
     [("obligation", "Guru seyogianya membimbing pemilih pemula memakai hak suaranya")]),
    ("Pegawai semestinya menjaga jarak dari semua calon.",
     [("obligation", "Pegawai semestinya menjaga jarak dari semua calon")]),
    ("\"Tetap jaga netralitas di mana pun bertugas,\" kata Sekda.",
     [("obligation", "Tetap jaga netralitas di mana pun bertugas")]),
])
def test_advisory_forms_of_should_and_imperatives_after_an_adverb(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Seharusnya pelantikan digelar kemarin, tetapi undangan terlambat dikirim.",
    "Jembatan itu semestinya rampung tahun lalu.",
])
def test_should_without_an_actor_is_no_rule(text):
    assert clauses_of(text) == []


# -- a table given cell by cell ------------------------------------------------------------------
TABLE_WITH_KIND_IN_LEAD = (
    "Bentuk larangan dalam surat edaran itu sebagai berikut:\n\nNo\n\nLarangan\n\n1\n\nMenjadi pengurus partai politik\n\n"
    "2\n\nMemasang baliho calon di kantor\n\n3\n\nMengunggah foto bersama calon\n\nBupati meminta pegawai mematuhinya.")
TABLE_WITH_KIND_IN_HEADER = (
    "Berikut rincian yang dimuat pedoman itu:\n\nNo\n\nBentuk pelanggaran\n\nSanksi\n\n1\n\nMenghadiri deklarasi "
    "bakal calon\n\nHukuman disiplin berat\n\n2\n\nMenjadi konsultan bakal calon\n\nHukuman disiplin sedang\n\n"
    "Pelanggaran kode etik dijatuhi sanksi moral.")


@pytest.mark.parametrize("text,items", [
    (TABLE_WITH_KIND_IN_LEAD, ["Menjadi pengurus partai politik", "Memasang baliho calon di kantor",
                               "Mengunggah foto bersama calon"]),
    (TABLE_WITH_KIND_IN_HEADER, ["Menghadiri deklarasi bakal calon", "Menjadi konsultan bakal calon"]),
])
def test_the_rows_of_a_table_given_cell_by_cell_are_list_items(text, items):
    found = [c for c in clauses_of(text) if c.list_marker]
    assert [c.text for c in found] == items
    assert {c.kind for c in found} == {"prohibition"}
    assert [c.list_marker for c in found] == [f"{n}." for n in range(1, len(items) + 1)]


def test_numbers_that_are_no_table_rows_are_left_alone():
    text = ("Hasil rekapitulasi di kecamatan sebagai berikut:\n\n3\n\nDesa Mekar memperoleh suara terbanyak\n\n"
            "7\n\nDesa Jaya menyusul di urutan kedua")
    assert clauses_of(text) == []


@pytest.mark.parametrize("text,n", [
    ("Adapun hukuman yang dijatuhkan berbeda sesuai tingkat pelanggaran, yaitu:\n\na. penundaan kenaikan pangkat "
     "selama satu tahun;\n\nb. pernyataan tidak puas secara tertulis.", 0),
    ("Berikut bentuk pelanggaran netralitas menurut pedoman itu:\n\n1. Memasang spanduk calon di kantor;\n\n"
     "2. Menjadi anggota tim kampanye.", 2),
])
def test_pelanggaran_names_a_list_of_forbidden_acts_but_not_of_sanctions(text, n):
    found = clauses_of(text)
    assert len(found) == n and all(c.kind == "prohibition" for c in found)


@pytest.mark.parametrize("text", [
    "Surat itu seolah-olah mewajibkan seluruh ASN menghadiri deklarasi dukungan kepada calon presiden.",
    "Pesan berantai itu seakan-akan melarang pegawai memilih calon tertentu.",
])
def test_a_hoax_as_if_frame_states_no_rule(text):
    assert clauses_of(text) == []


@pytest.mark.parametrize("text,acts", [
    ("Ada pula tindakan yang dikategorikan pelanggaran kode etik, antara lain ikut kampanye tanpa dukungan aktif, "
     "menghadiri acara partai politik, serta berfoto dengan gaya yang menunjukkan keberpihakan.",
     ["ikut kampanye tanpa dukungan aktif", "menghadiri acara partai politik",
      "berfoto dengan gaya yang menunjukkan keberpihakan"]),
    ("Perbuatan yang termasuk pelanggaran disiplin, misalnya memasang stiker calon dan menjadi saksi partai.",
     ["memasang stiker calon", "menjadi saksi partai"]),
])
def test_a_relative_violation_frame_over_an_enumeration(text, acts):
    found = clauses_of(text)
    assert [c.text for c in found] == acts and {c.kind for c in found} == {"prohibition"}


# -- the noun heading a relative enumeration; instructions in diktum form ------------------------
@pytest.mark.parametrize("text,kind", [
    ("Dandim menyebut ada sejumlah larangan yang harus dipatuhi, di antaranya memberikan dukungan kepada calon, "
     "dan menghadiri kampanye dengan pakaian dinas.", "prohibition"),
    ("Kapolres menyebut beberapa larangan yang wajib diingat anggota, antara lain berfoto dengan calon dan "
     "mengunggah simbol jari.", "prohibition"),
])
def test_a_noun_of_rule_before_yang_decides_the_enumerations_kind(text, kind):
    found = clauses_of(text)
    assert len(found) == 2 and {c.kind for c in found} == {kind}


@pytest.mark.parametrize("text,expected", [
    ("Isi instruksi dibagi dalam tiga diktum. Salinannya berbunyi:\n\nKESATU : Menjaga kampus bebas dari kampanye.\n\n"
     "KEDUA : Tidak menerbitkan izin penggunaan aula untuk satu peserta pemilu.\n\nKETIGA : Melaporkan rencana "
     "kegiatan partai kepada rektor.",
     ["obligation", "prohibition", "obligation"]),
    ("Perintah Pangdam itu dibacakan di depan pasukan. Bunyinya sebagai berikut:\n1. Menjaga netralitas satuan.\n"
     "2. Tidak meminjamkan kendaraan dinas kepada tim sukses.",
     ["obligation", "prohibition"]),
])
def test_a_noun_of_instruction_before_a_kindless_lead_in(text, expected):
    assert [k for k, _ in kinds(text)] == expected


@pytest.mark.parametrize("text", [
    "Tekanan itu jarang berbentuk perintah tertulis, kata peneliti.",
    "Ia dilarang memberi instruksi kepada bawahan untuk mendukung calon.",
])
def test_a_noun_of_instruction_in_running_text_is_no_cue(text):
    assert not [c for c in clauses_of(text) if c.cue.lower() in ("perintah", "instruksi")]


@pytest.mark.parametrize("text,expected", [
    ("\"Kalau dosen atau mahasiswa mau jadi tim sukses, silakan. Itu hak warga negara,\" ujarnya.",
     [("permission", "Kalau dosen atau mahasiswa mau jadi tim sukses, silakan")]),
    ("Jika pegawai ingin menonton debat di rumah, silakan saja.",
     [("permission", "Jika pegawai ingin menonton debat di rumah, silakan")]),
])
def test_silakan_closing_a_condition_permits_the_conditions_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ia menyebut kewajiban prajurit. Pertama, prajurit wajib menjaga jarak dengan calon. Kedua, prajurit tidak "
     "memberikan tanggapan soal hasil hitung cepat.",
     [("obligation", "prajurit wajib menjaga jarak dengan calon"),
      ("prohibition", "prajurit tidak memberikan tanggapan soal hasil hitung cepat")]),
    ("Pertama, guru dilarang berkampanye di kelas. Kedua, kepala sekolah tidak meminjamkan aula kepada calon.",
     [("prohibition", "guru dilarang berkampanye di kelas"),
      ("prohibition", "kepala sekolah tidak meminjamkan aula kepada calon")]),
])
def test_an_ordinal_with_its_own_actor_and_a_negated_act(text, expected):
    assert kinds(text) == expected


# -- "X kami minta V"; a negated content after a short subject outside the lexicon --------------
@pytest.mark.parametrize("text,expected", [
    ("\"Camat kami minta memantau desa-desa di wilayahnya dan melapor ke DPMD tiap pekan,\" ujarnya.",
     [("obligation", "Camat kami minta memantau desa-desa di wilayahnya"),
      ("obligation", "melapor ke DPMD tiap pekan")]),
    ("Kepala sekolah saya instruksikan mendata guru yang menjadi penyelenggara pemilu.",
     [("obligation", "Kepala sekolah saya instruksikan mendata guru yang menjadi penyelenggara pemilu")]),
])
def test_an_addressee_before_kami_minta(text, expected):
    assert kinds(text) == expected


def test_a_vocative_before_saya_minta_is_no_rule():
    assert clauses_of("\"Bapak-bapak kepala kampung, saya minta dengan hormat. Warga punya pilihan sendiri.\"") == []


@pytest.mark.parametrize("text,clause", [
    ("Ia mengingatkan supaya pelayanan di puskesmas tidak dibeda-bedakan berdasarkan pilihan politik pasien.",
     "pelayanan di puskesmas tidak dibeda-bedakan berdasarkan pilihan politik pasien"),
    ("Bupati meminta agar mobil dinas tidak dipakai untuk kampanye.", "mobil dinas tidak dipakai untuk kampanye"),
])
def test_a_negated_content_after_a_short_subject_is_a_prohibition(text, clause):
    assert kinds(text) == [("prohibition", clause)]


def test_a_verb_content_with_a_later_negation_stays_an_obligation():
    assert [k for k, _ in kinds("Bupati meminta para camat memastikan kantor kecamatan tidak dipakai untuk rapat "
                                 "tim pemenangan.")] == ["obligation"]


# -- a directive whose act is another command verb; title-case item headings ---------------------
@pytest.mark.parametrize("text,expected", [
    ("Ia juga mengingatkan ASN yang menjadi anggota KPPS untuk meminta izin atasan sebelum bertugas.",
     [("obligation", "mengingatkan ASN yang menjadi anggota KPPS untuk meminta izin atasan sebelum bertugas")]),
    ("Bupati mengimbau camat agar mengajak kepala desa menjaga netralitas.",
     [("obligation", "mengimbau camat agar mengajak kepala desa menjaga netralitas")]),
])
def test_a_command_verb_that_is_the_act_of_a_directive(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Berikut larangan bagi PNS:\n\n1. Jadi Anggota Tim Sukses\n\nPNS tidak diperbolehkan menjadi anggota tim "
    "sukses.\n\n2. Berfoto dengan Gaya Tertentu\n\nBerfoto bersama calon sebenarnya tidak dilarang.",
    "Larangan bagi kepala desa:\n\n- Memakai Balai Desa\n\nBalai desa tidak boleh dipakai untuk rapat tim "
    "pemenangan.\n\n- Ikut Deklarasi\n\nKepala desa dilarang menghadiri deklarasi calon.",
])
def test_a_title_case_item_above_its_explanation_is_a_heading(text):
    assert not [c for c in clauses_of(text) if c.text.istitle()]


@pytest.mark.parametrize("text", [
    "Bupati menegaskan beberapa poin yang harus diperhatikan, di antaranya:\n\n1. Larangan Sokongan kepada "
    "Kandidat\n\nSeluruh pegawai dilarang memberikan dukungan kepada calon.\n\n2. Penggunaan Media Sosial\n\n"
    "Pegawai wajib bijak bermedia sosial.",
    "Berikut arahan camat soal netralitas lurah:\n\n- Sikap terhadap Tim Pemenangan\n\nLurah tidak boleh menerima tim pemenangan di "
    "kantor.\n\n- Pelayanan tanpa Pilih Kasih\n\nLurah wajib melayani semua warga.",
])
def test_a_title_case_item_with_small_words_is_a_heading(text):
    # session 18: a heading keeps its small words in lower case ("kepada", "terhadap", "tanpa")
    found = clauses_of(text, Settings())
    assert found and not [c for c in found if c.text[:1].isupper() and c.text.split()[0] in ("Larangan", "Sikap",
                                                                                              "Pelayanan")]
