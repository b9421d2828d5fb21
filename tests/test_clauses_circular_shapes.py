"""Shapes of real regional-circular news (bupati / wali kota / gubernur / sekda edaran on ASN
neutrality) that the extractor failed (issue 9, session 8, realfix_a). Each shape is a general
mechanism tested on two or more invented wordings with different actors, regions and verbs; no
sentence of a real article is copied here."""
import pytest

from clause_helpers import kinds


# -- 1. a continuation sentence that opens with two example markers ----------------------------
@pytest.mark.parametrize("text,expected", [
    ("Perangkat desa juga dilarang terlibat secara aktif. Seperti misalnya mengumpulkan warga, "
     "membagikan kupon, serta mengarahkan pilihan warga ke calon tertentu.",
     [("prohibition", "Perangkat desa juga dilarang terlibat secara aktif"),
      ("prohibition", "mengumpulkan warga"),
      ("prohibition", "membagikan kupon"),
      ("prohibition", "mengarahkan pilihan warga ke calon tertentu")]),
    ("Guru honorer di Kecamatan Lembah Hijau tidak boleh ikut kampanye. Contohnya misalnya, "
     "memakai kaus calon di kelas, atau menempel stiker partai di ruang guru.",
     [("prohibition", "Guru honorer di Kecamatan Lembah Hijau tidak boleh ikut kampanye"),
      ("prohibition", "memakai kaus calon di kelas"),
      ("prohibition", "menempel stiker partai di ruang guru")]),
])
def test_two_example_markers_in_a_row_open_the_acts_of_a_continuation(text, expected):
    assert kinds(text) == expected


# -- 2. "dan sejenisnya" / "dan sebagainya" close a list, they open no act ------------------------
@pytest.mark.parametrize("text,expected", [
    ("Pegawai kelurahan dilarang menghadiri rapat tim sukses, dan sejenisnya memakai kaus calon "
     "di kantor.",
     [("prohibition", "Pegawai kelurahan dilarang menghadiri rapat tim sukses, dan sejenisnya memakai "
                      "kaus calon di kantor")]),
    ("Bidan desa tidak boleh melakukan hal-hal misalnya mengajak pasien memilih calon, "
     "membagikan brosur partai di posyandu, dan sebagainya.",
     [("prohibition", "Bidan desa tidak boleh melakukan hal-hal"),
      ("prohibition", "mengajak pasien memilih calon"),
      ("prohibition", "membagikan brosur partai di posyandu, dan sebagainya")]),
])
def test_and_the_like_stays_in_the_act_before_it(text, expected):
    assert kinds(text) == expected


def test_and_the_like_after_a_plain_list_gives_no_clause_of_its_own():
    text = "Camat tidak boleh memasang baliho calon, menyebar selebaran partai, dan lain-lain."
    assert [t for _, t in kinds(text)] == ["Camat tidak boleh memasang baliho calon",
                                            "menyebar selebaran partai, dan lain-lain"]


# -- 3. a semicolon closes an act that has its object -------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Dalam masa tenang, ASN dilarang melakukan swafoto dengan calon wali kota; menyukai, "
     "membagikan, dan mengomentari unggahan tim pemenangan; menjadi pembawa acara kampanye.",
     [("prohibition", "ASN dilarang melakukan swafoto dengan calon wali kota"),
      ("prohibition", "menyukai, membagikan, dan mengomentari unggahan tim pemenangan"),
      ("prohibition", "menjadi pembawa acara kampanye")]),
    ("Perangkat desa tidak boleh memasang stiker calon di rumah dinas; mengunggah, menanggapi, "
     "atau menyebarkan video calon; serta hadir di deklarasi.",
     [("prohibition", "Perangkat desa tidak boleh memasang stiker calon di rumah dinas"),
      ("prohibition", "mengunggah, menanggapi, atau menyebarkan video calon"),
      ("prohibition", "hadir di deklarasi")]),
])
def test_a_semicolon_after_an_act_with_its_object_ends_that_act(text, expected):
    assert kinds(text) == expected


def test_a_run_of_bare_verbs_before_a_semicolon_still_shares_its_object():
    text = "Pegawai dilarang menyukai, membagikan; mengomentari unggahan calon bupati."
    assert len(kinds(text)) == 1


# -- 4. a state with no verb, then a negated act of its own --------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Pegawai puskesmas dituntut untuk tetap profesional dan tidak berpihak kepada calon mana pun "
     "dan tidak memihak kepentingan partai.",
     [("obligation", "Pegawai puskesmas dituntut untuk tetap profesional"),
      ("prohibition", "tidak berpihak kepada calon mana pun"),
      ("prohibition", "tidak memihak kepentingan partai")]),
    ("Kepala desa harus tetap netral serta tidak memihak salah satu calon bupati.",
     [("obligation", "Kepala desa harus tetap netral"),
      ("prohibition", "tidak memihak salah satu calon bupati")]),
])
def test_a_state_joined_to_a_negated_act_gives_an_obligation_and_a_prohibition(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("ASN di Kota Tirtajaya harus netral dengan tidak memihak calon.",
     [("obligation", "ASN di Kota Tirtajaya harus netral dengan tidak memihak calon")]),
    ("Kami minta agar guru dan pegawai tidak ikut kampanye.",
     [("prohibition", "minta agar guru dan pegawai tidak ikut kampanye")]),
])
def test_a_manner_negation_and_a_coordinated_subject_keep_their_reading(text, expected):
    assert kinds(text) == expected


# -- 5. a speaker's frame before a modal whose subject is no party -------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Kepala BKPSDM Kabupaten Sukamaju yang juga membawahi bidang disiplin menegaskan edaran itu "
     "harus dipatuhi semua pegawai kecamatan.",
     [("obligation", "edaran itu harus dipatuhi semua pegawai kecamatan")]),
    ("LEMBAH HIJAU-Sekretaris daerah Rudi Hartanto, kembali menegaskan, kantor kelurahan tidak "
     "boleh dipakai untuk rapat tim sukses.",
     [("prohibition", "kantor kelurahan tidak boleh dipakai untuk rapat tim sukses")]),
])
def test_a_speech_verb_before_the_modal_is_left_out_of_the_clause(text, expected):
    assert kinds(text) == expected


def test_an_actor_after_the_speech_verb_still_opens_the_clause():
    text = "Wakil bupati mengatakan bahwa guru honorer wajib hadir di apel netralitas."
    assert kinds(text) == [("obligation", "guru honorer wajib hadir di apel netralitas")]


# -- 6. an exception stays inside the act it limits -----------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Pegawai dinas pendidikan dilarang menjadi moderator debat calon, kecuali untuk menjelaskan "
     "program sekolah sepanjang dilakukan dalam rangka tugas, disertai dengan surat tugas dari kepala dinas.",
     [("prohibition", "Pegawai dinas pendidikan dilarang menjadi moderator debat calon, kecuali untuk "
                      "menjelaskan program sekolah sepanjang dilakukan dalam rangka tugas, disertai dengan "
                      "surat tugas dari kepala dinas")]),
    ("Bidan desa tidak boleh memakai seragam dinas di acara partai, kecuali bertugas menjaga kesehatan "
     "peserta, dengan izin kepala puskesmas; memasang stiker calon; dan membagikan kupon.",
     [("prohibition", "Bidan desa tidak boleh memakai seragam dinas di acara partai, kecuali bertugas "
                      "menjaga kesehatan peserta, dengan izin kepala puskesmas"),
      ("prohibition", "memasang stiker calon"),
      ("prohibition", "membagikan kupon")]),
])
def test_an_exception_after_kecuali_opens_no_act_up_to_the_next_semicolon(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Camat tidak boleh ikut deklarasi calon istri saat tidak dalam status cuti, diluar tanggungan negara.",
    "Lurah dilarang berkampanye untuk suaminya, didalam maupun diluar jam kerja.",
])
def test_a_joined_preposition_is_no_passive_verb_opening_an_act(text):
    assert len(kinds(text)) == 1


# -- 7. a comma after the marker of a named rule noun's acts --------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Camat Lembah Hijau membacakan instruksi bupati kepada para lurah. Instruksi tersebut di antaranya, "
     "mengawasi pegawai kelurahan selama masa kampanye, menindaklanjuti laporan warga tentang pelanggaran.",
     [("obligation", "mengawasi pegawai kelurahan selama masa kampanye"),
      ("obligation", "menindaklanjuti laporan warga tentang pelanggaran")]),
    ("Sekda Kota Tirtajaya menyebut kewajiban kepala OPD. Kewajiban itu antara lain: memantau akun "
     "media sosial pegawai, melaporkan pelanggaran kepada inspektorat.",
     [("obligation", "memantau akun media sosial pegawai"),
      ("obligation", "melaporkan pelanggaran kepada inspektorat")]),
])
def test_a_comma_after_the_marker_of_a_named_rule_noun_still_opens_its_acts(text, expected):
    assert [k for k in kinds(text) if k[1] in {e[1] for e in expected}] == expected


# -- 8. a circular's purpose is no rule; its addressee comes with a preposition -------------------
@pytest.mark.parametrize("text", [
    '"Kami terbitkan surat edaran wali kota Nomor 7 Tahun 2024 untuk menjaga netralitas aparatur '
    'kelurahan," kata Sekda Kota Tirtajaya.',
    "Tujuan diterbitkannya surat edaran itu adalah untuk terwujudnya pegawai Pemkab Sukamaju yang "
    "netral dan profesional.",
])
def test_the_purpose_of_a_circular_is_no_obligation(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Bupati Lembah Hijau mengirim surat edaran kepada seluruh camat untuk memantau netralitas kepala desa.",
     [("obligation", "surat edaran kepada seluruh camat untuk memantau netralitas kepala desa")]),
    ("Wali kota menerbitkan surat edaran agar seluruh guru honorer bersikap netral.",
     [("obligation", "surat edaran agar seluruh guru honorer bersikap netral")]),
    ("Gubernur mengeluarkan surat edaran yang mengingatkan para kepala dinas untuk menjaga jarak dari tim sukses.",
     # (session 13: the relative's own directive on a named rule source opens the clause,
     # as "mengingatkan PP Nomor 9 yang melarang ..." does; tests/test_clauses_directive_shapes.py)
     [("obligation", "mengingatkan para kepala dinas untuk menjaga jarak dari tim sukses")]),
])
def test_a_circular_with_an_addressee_still_binds_it(text, expected):
    assert kinds(text) == expected


# -- 9. a noun of rule that is spread or judged is talked about, not stated -----------------------
@pytest.mark.parametrize("text", [
    "Panwascam Lembah Hijau telah menyosialisasikan larangan kepala desa memasang stiker calon di "
    "kantor desa.",
    "Pengamat politik Rudi Hartanto menilai larangan bagi guru untuk mengunggah foto calon dapat "
    "menekan politik uang.",
    "Anggota dewan itu mempertanyakan kewajiban pegawai untuk melaporkan akun media sosialnya.",
])
def test_a_noun_of_rule_after_a_verb_of_spreading_or_judging_gives_no_clause(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Camat Sukamaju menyampaikan larangan bagi kepala desa untuk ikut kampanye.",
     [("prohibition", "larangan bagi kepala desa untuk ikut kampanye")]),
    ("Sekda menegaskan kewajiban pegawai untuk melaporkan ajakan berkampanye.",
     [("obligation", "kewajiban pegawai untuk melaporkan ajakan berkampanye")]),
])
def test_a_noun_of_rule_after_a_verb_of_saying_keeps_its_rule(text, expected):
    assert kinds(text) == expected


# -- 10. a directive verb that opens a sentence judged at its end is the act ---------------------
@pytest.mark.parametrize("text,expected", [
    ("Meminta warga desa memilih calon tertentu juga dilarang.",
     [("prohibition", "Meminta warga desa memilih calon tertentu juga dilarang")]),
    ('"Menginstruksikan staf kecamatan memasang baliho calon itu jelas tidak boleh," kata camat.',
     [("prohibition", "Menginstruksikan staf kecamatan memasang baliho calon itu jelas tidak boleh")]),
])
def test_a_sentence_opening_directive_judged_by_a_closing_cue_is_one_prohibition(text, expected):
    assert kinds(text) == expected


def test_a_directive_with_its_own_rule_after_a_comma_keeps_both():
    text = "Bupati meminta camat mengawasi kepala desa, dan pegawai dilarang hadir di kampanye."
    assert [k for k, _ in kinds(text)] == ["obligation", "prohibition"]


# -- 11. "saya/kami ingatkan" with its addressee after a preposition ------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Saya ingatkan kepada seluruh perangkat desa untuk tidak ikut konvoi calon.",
     [("prohibition", "Saya ingatkan kepada seluruh perangkat desa untuk tidak ikut konvoi calon")]),
    ("Kami ingatkan bagi para guru honorer untuk menjaga jarak dengan tim sukses.",
     [("obligation", "Kami ingatkan bagi para guru honorer untuk menjaga jarak dengan tim sukses")]),
])
def test_an_addressee_after_a_preposition_is_bound_by_a_first_person_reminder(text, expected):
    assert kinds(text) == expected


def test_a_first_person_reminder_without_an_addressee_states_no_rule():
    assert kinds("Kami ingatkan, anggaran pemilu tahun ini sudah cair.") == []


# -- 12. an attribution set off by commas inside a cleft rule --------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Yang dilarang, kata Kepala BKPSDM Sukamaju Rudi Hartanto, adalah memasang stiker calon di mobil dinas.",
     [("prohibition", "memasang stiker calon di mobil dinas")]),
    ("Yang tidak boleh itu, lanjut camat, yakni pegawai menjadi pembawa acara kampanye.",
     [("prohibition", "pegawai menjadi pembawa acara kampanye")]),
])
def test_an_interposed_attribution_does_not_hide_the_copula_of_a_cleft_rule(text, expected):
    assert kinds(text) == expected


# -- 13. a new subject with a demonstrative after a comma ends the act -----------------------------
@pytest.mark.parametrize("text,expected", [
    ("Saya ingatkan kepada seluruh lurah untuk tidak memihak, pemilihan ini berbeda dengan pemilu lalu.",
     [("prohibition", "Saya ingatkan kepada seluruh lurah untuk tidak memihak")]),
    ("Bidan desa dilarang memasang stiker calon di posyandu, kampanye itu berlangsung sampai November.",
     [("prohibition", "Bidan desa dilarang memasang stiker calon di posyandu")]),
])
def test_a_demonstrative_subject_after_a_comma_opens_a_new_sentence(text, expected):
    assert kinds(text) == expected


# -- 14. a back-referring judgement inside a quote, before its attribution -------------------------
@pytest.mark.parametrize("text", [
    '"Di grup WhatsApp, dia menyukai unggahan calon, itu tanda dukungan. Itu tidak diperbolehkan," ujar Ketua Panwascam.',
    '"Kepala desa memasang stiker calon di balai desa. Perbuatan semacam itu tidak dibenarkan," tegasnya.',
])
def test_a_quoted_judgement_of_an_act_named_before_gives_no_clause(text):
    assert [t for _, t in kinds(text) if t.lower().startswith(("tidak diperbolehkan", "tidak dibenarkan"))] == []


# -- 15. accepting a sanction, with a doubled word written with a spaced dash ---------------------
@pytest.mark.parametrize("text", [
    "Jika terbukti mendukung calon, pegawai harus siap – siap menerima ganjarannya, berupa sanksi.",
    "Kalau ketahuan berkampanye, guru honorer harus siap-siap menerima ganjarannya.",
])
def test_being_ready_to_accept_a_sanction_is_no_obligation(text):
    assert kinds(text) == []


def test_being_ready_to_serve_is_still_an_obligation():
    assert kinds("Pegawai puskesmas harus siap – siap melayani warga pada hari pencoblosan.") != []
