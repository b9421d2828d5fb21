"""Sentence-level shapes of unseen news (issue 9, session 6, clauses6): acts named before
their judgement, alternatives of one act, permissions without a modal, negated duties,
imperatives and the precision cases around them. All texts are invented; each rule is
tested on two or more wordings."""
import pytest

from clause_helpers import kinds


# -- "entah A ataupun B" / "baik A maupun B": ways of one act, not acts -----------------------
@pytest.mark.parametrize("text,expected", [
    ("\"Kaus, topi, atau pin calon dilarang dipakai pegawai, entah dipakai di badan sendiri ataupun ditempel "
     "di sepeda motor,\" ujarnya.",
     [("prohibition", "Kaus, topi, atau pin calon dilarang dipakai pegawai, entah dipakai di badan sendiri "
                      "ataupun ditempel di sepeda motor")]),
    ("Atribut partai tidak boleh dibawa pegawai ke kantor, baik dipakai di badan maupun disimpan di laci meja.",
     [("prohibition", "Atribut partai tidak boleh dibawa pegawai ke kantor, baik dipakai di badan maupun "
                      "disimpan di laci meja")]),
    # the alternatives end at the next separator: the act after it is one of its own
    ("Guru dilarang mengajak murid memilih calon, entah lewat kelas ataupun lewat grup orang tua, dan dilarang "
     "memasang foto calon di sekolah.",
     [("prohibition", "Guru dilarang mengajak murid memilih calon, entah lewat kelas ataupun lewat grup orang tua"),
      ("prohibition", "dilarang memasang foto calon di sekolah")]),
])
def test_alternatives_after_a_comma_stay_in_the_one_act(text, expected):
    assert kinds(text) == expected


# -- "A, itu yang tidak boleh": a cleft judging the act before it -------------------------------
@pytest.mark.parametrize("text,expected", [
    ("\"Memilih itu hak. Tapi jadi juru kampanye, itu yang tidak boleh,\" tegasnya.",
     [("prohibition", "jadi juru kampanye, itu yang tidak boleh")]),
    ("Menurut Kapolres, mengantar calon ke lokasi kampanye itulah yang dilarang, siang maupun malam.",
     [("prohibition", "mengantar calon ke lokasi kampanye itulah yang dilarang")]),
    ("Datang ke kampanye untuk mendengar visi misi, itu yang boleh.",
     [("permission", "Datang ke kampanye untuk mendengar visi misi, itu yang boleh")]),
])
def test_a_cleft_judges_the_act_before_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Hal-hal yang tidak boleh dilakukan ASN diatur dalam surat edaran itu.",
    "Itu yang tidak boleh kami ulangi tahun ini karena anggarannya terbatas.",
])
def test_a_relative_cue_that_closes_nothing_is_no_cleft(text):
    assert kinds(text) == []


# -- an act judged after it, with a doer, a source frame, or a time adjunct after the cue ----
@pytest.mark.parametrize("text,expected", [
    ("\"Kades naik panggung kampanye itu terlarang. Mau joget, mau pidato, sama saja.\"",
     [("prohibition", "Kades naik panggung kampanye itu terlarang")]),
    ("Lurah membagikan sembako bergambar calon itu jelas terlarang.",
     [("prohibition", "Lurah membagikan sembako bergambar calon itu jelas terlarang")]),
    ("Menurut dia, ikut mengajak warga memilih calon tertentu pun terhitung pelanggaran bila pelakunya ASN.",
     [("prohibition", "ikut mengajak warga memilih calon tertentu pun terhitung pelanggaran")]),
    ("Menurut Bawaslu, memasang foto calon di ruang kelas merupakan pelanggaran.",
     [("prohibition", "memasang foto calon di ruang kelas merupakan pelanggaran")]),
    ("Tapi begitu ikut meneriakkan yel-yel pasangan calon, itu sudah masuk kategori pelanggaran, kata Hendra.",
     [("prohibition", "ikut meneriakkan yel-yel pasangan calon, itu sudah masuk kategori pelanggaran")]),
    ("Begitu pegawai ikut membagikan brosur calon, itu termasuk pelanggaran, tegas camat.",
     [("prohibition", "pegawai ikut membagikan brosur calon, itu termasuk pelanggaran")]),
])
def test_a_judged_act_keeps_its_doer_and_drops_its_frame(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Bawaslu menemukan unggahan itu merupakan pelanggaran.",
    "Camat menduga bahwa unggahan itu merupakan pelanggaran.",
    "Panwascam menilai kegiatan itu termasuk pelanggaran.",
])
def test_a_judgement_reported_about_a_named_thing_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Ikut pawai, memakai atribut, atau membagikan kartu nama calon tetap terlarang, siang maupun malam.",
     [("prohibition", "Ikut pawai"), ("prohibition", "memakai atribut"),
      ("prohibition", "membagikan kartu nama calon tetap terlarang")]),
    ("Memasang foto calon di ruang guru itu tidak boleh, tanpa kecuali.",
     [("prohibition", "Memasang foto calon di ruang guru itu tidak boleh")]),
])
def test_a_short_adjunct_after_a_closing_cue_keeps_it_closing(text, expected):
    assert kinds(text) == expected


# -- permissions without a modal: "bebas", "silakan" before an addressee, a free relative -----
@pytest.mark.parametrize("text,expected", [
    ("Mahasiswa bebas menyalurkan aspirasi politiknya di luar kampus, namun organisasi kemahasiswaan dilarang "
     "menyatakan dukungan atas nama lembaga.",
     [("permission", "Mahasiswa bebas menyalurkan aspirasi politiknya di luar kampus"),
      ("prohibition", "organisasi kemahasiswaan dilarang menyatakan dukungan atas nama lembaga")]),
    ("Guru honorer bebas mengikuti kegiatan partai di luar jam mengajar.",
     [("permission", "Guru honorer bebas mengikuti kegiatan partai di luar jam mengajar")]),
])
def test_bebas_before_an_act_grants_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Ada yang bilang tuha peut bebas karena bukan pegawai.",
    "Kawasan kantor bupati kini bebas dari spanduk calon.",
])
def test_bebas_without_an_act_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("\"Silakan dosen jadi narasumber di televisi sebagai pakar, itu hak akademik.\"",
     [("permission", "Silakan dosen jadi narasumber di televisi sebagai pakar")]),
    ("Silakan para guru mengikuti sosialisasi tahapan pemilu dari KPU.",
     [("permission", "Silakan para guru mengikuti sosialisasi tahapan pemilu dari KPU")]),
])
def test_silakan_before_an_addressee_and_an_act_permits_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Yang masih dibolehkan, Bapak tetap memberikan suara di TPS dan menghadiri acara keluarga sepanjang tidak "
     "ada kegiatan kampanye di dalamnya.",
     [("permission", "Bapak tetap memberikan suara di TPS"),
      ("permission", "menghadiri acara keluarga sepanjang tidak ada kegiatan kampanye di dalamnya")]),
    ("Yang diperbolehkan, pegawai menghadiri debat terbuka tanpa memakai atribut.",
     [("permission", "pegawai menghadiri debat terbuka tanpa memakai atribut")]),
])
def test_a_free_relative_cue_answered_after_a_comma(text, expected):
    assert kinds(text) == expected


# -- "tidak memiliki hak pilih": a status, not an act forbidden; having the vote alone is a
# status too, a permission only when conceded before a restriction (docs/evaluate.md; session 7)
@pytest.mark.parametrize("text", [
    "Prajurit aktif, lanjutnya, memang tidak memiliki hak pilih.",
    "Anggota Polri tidak mempunyai hak pilih pada pemilu kali ini.",
])
def test_not_having_the_vote_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Yohanis menegaskan ASN tetap memiliki hak pilih.",
    "Kepala kampung, kata dia, tetap mempunyai hak pilih seperti warga lain.",
])
def test_having_the_vote_alone_is_a_status(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("\"Meskipun pegawai memiliki hak pilih, mereka tidak boleh mengajak warga memilih calon,\" ujarnya.",
     [("permission", "pegawai memiliki hak pilih"), ("prohibition", "mereka tidak boleh mengajak warga memilih calon")]),
    ("Walaupun perangkat desa mempunyai hak suara, mereka dilarang berkampanye.",
     [("permission", "perangkat desa mempunyai hak suara"), ("prohibition", "mereka dilarang berkampanye")]),
    # conceded by the contrast after it
    ("Guru honorer memiliki hak pilih, namun tidak boleh berkampanye di sekolah.",
     [("permission", "Guru honorer memiliki hak pilih"), ("prohibition", "tidak boleh berkampanye di sekolah")]),
    ("\"Kades mempunyai hak suara sebagai warga, tetapi dilarang memihak,\" kata Camat.",
     [("permission", "Kades mempunyai hak suara sebagai warga"), ("prohibition", "dilarang memihak")]),
])
def test_the_vote_conceded_before_a_restriction_is_a_permission(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("PNS tetap memiliki hak pilih dan dapat menggunakannya di TPS sesuai tempat tinggal.",
     [("permission", "dapat menggunakannya di TPS sesuai tempat tinggal")]),
    ("Perangkat desa tetap mempunyai hak pilih dan dapat mencoblos di TPS terdekat.",
     [("permission", "dapat mencoblos di TPS terdekat")]),
])
def test_a_status_still_binds_the_actor_of_the_rule_after_it(text, expected):
    assert kinds(text) == expected


def test_a_right_to_an_act_is_still_a_permission():
    assert kinds("ASN berhak memilih calon sesuai hati nurani.") == [
        ("permission", "ASN berhak memilih calon sesuai hati nurani")]


# -- a condition or object after the cue stays in the clause -----------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Ia menambahkan, petugas kesehatan yang ditunjuk sebagai anggota KPPS wajib mengantongi izin tertulis dari "
     "kepala puskesmas sebelum mengikuti bimbingan teknis.",
     [("obligation", "petugas kesehatan yang ditunjuk sebagai anggota KPPS wajib mengantongi izin tertulis dari "
                     "kepala puskesmas sebelum mengikuti bimbingan teknis")]),
    ("Guru yang menjadi saksi partai harus mengajukan izin kepada kepala sekolah paling lambat sepekan sebelumnya.",
     [("obligation", "Guru yang menjadi saksi partai harus mengajukan izin kepada kepala sekolah paling lambat "
                     "sepekan sebelumnya")]),
])
def test_a_noun_of_permission_as_the_acts_object_is_no_cue(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tenaga kesehatan diperkenankan melayani peserta kampanye yang sakit, sepanjang bertugas atas penugasan "
     "resmi dinas.",
     [("permission", "Tenaga kesehatan diperkenankan melayani peserta kampanye yang sakit")]),
    ("Pegawai boleh menonton debat di balai desa, sepanjang tidak memakai atribut calon.",
     [("permission", "Pegawai boleh menonton debat di balai desa")]),
])
def test_sepanjang_after_a_comma_is_the_proviso_of_a_permission(text, expected):
    assert kinds(text) == expected


# -- a negated duty is a prohibition: the first act of an enumeration, a list item whose
# subjects are enumerated before the negator ---------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Dalam amanatnya, Dandim membacakan lima penekanan pimpinan TNI yang wajib dipatuhi selama pilkada, yakni "
     "(1) tidak memberikan dukungan dalam bentuk apa pun kepada salah satu pasangan calon; (2) tidak menggunakan "
     "hak pilih; serta (3) siap membantu Polri mengamankan jalannya pilkada bila diminta.",
     [("prohibition", "tidak memberikan dukungan dalam bentuk apa pun kepada salah satu pasangan calon"),
      ("prohibition", "tidak menggunakan hak pilih"),
      ("obligation", "siap membantu Polri mengamankan jalannya pilkada bila diminta")]),
    ("Ada beberapa hal yang harus dilakukan kepala desa, antara lain tidak memasang baliho calon di kantor desa, "
     "dan melaporkan pelanggaran ke camat.",
     [("prohibition", "tidak memasang baliho calon di kantor desa"),
      ("obligation", "melaporkan pelanggaran ke camat")]),
])
def test_the_first_act_of_an_enumeration_negated_is_a_prohibition(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Bupati Sukamaju menandatangani Instruksi Bupati Nomor 2 Tahun 2024 tentang Netralitas Pemerintah Desa. "
     "Berikut bunyi diktumnya:\n\nKESATU: Kepala desa, perangkat desa dan anggota BPD tidak menjadi pengurus "
     "partai politik.\n\nKEDUA: Camat melakukan pembinaan terhadap pemerintah desa.",
     [("prohibition", "Kepala desa, perangkat desa dan anggota BPD tidak menjadi pengurus partai politik"),
      ("obligation", "Camat melakukan pembinaan terhadap pemerintah desa")]),
    ("Surat edaran wali kota itu memuat instruksi sebagai berikut:\n\n1. Lurah, sekretaris lurah, dan kepala "
     "seksi tidak memasang alat peraga calon di kantor kelurahan.",
     [("prohibition", "Lurah, sekretaris lurah, dan kepala seksi tidak memasang alat peraga calon di kantor "
                      "kelurahan")]),
])
def test_an_item_negated_after_its_enumerated_subjects_is_a_prohibition(text, expected):
    assert kinds(text) == expected


# -- "bila diminta", "jika diperlukan": a condition of the act, no cue of its own ------------------
@pytest.mark.parametrize("text,expected", [
    ("Prajurit juga wajib siap membantu Polri mengamankan jalannya pilkada bila diminta.",
     [("obligation", "Prajurit juga wajib siap membantu Polri mengamankan jalannya pilkada bila diminta")]),
    ("Babinsa harus mendampingi petugas KPPS jika diperlukan.",
     [("obligation", "Babinsa harus mendampingi petugas KPPS jika diperlukan")]),
])
def test_a_passive_cue_after_a_conditional_is_a_condition(text, expected):
    assert kinds(text) == expected


# -- instructions after a condition: the imperative opens the clause ---------------------------
@pytest.mark.parametrize("text,expected", [
    ("Kalau menemukan keuchik yang berpihak, laporkan ke Panwaslih kecamatan disertai bukti foto atau rekaman.",
     [("obligation", "laporkan ke Panwaslih kecamatan disertai bukti foto atau rekaman")]),
    ("Bila melihat pegawai memasang stiker calon di mobil dinas, lapor ke inspektorat.",
     [("obligation", "lapor ke inspektorat")]),
    ("Jika ada kepala sekolah yang mengarahkan guru, sampaikan ke dinas pendidikan lewat kanal aduan.",
     [("obligation", "sampaikan ke dinas pendidikan lewat kanal aduan")]),
])
def test_an_instruction_after_a_condition_starts_at_the_imperative(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Laporkan ke Bawaslu jika menemukan politik uang di lingkungan Anda.",
    "Sampaikan salam saya kepada keluarga di kampung.",
])
def test_a_report_verb_at_the_head_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("\"Kalau ada acara calon di dekat pos, silakan dokumentasikan untuk laporan ke pimpinan,\" katanya.",
     [("permission", "silakan dokumentasikan untuk laporan ke pimpinan")]),
    ("Pegawai yang menemukan baliho di kantor silakan turunkan dan serahkan ke Satpol PP.",
     [("permission", "Pegawai yang menemukan baliho di kantor silakan turunkan dan serahkan ke Satpol PP")]),
])
def test_silakan_before_a_bare_imperative_permits_it(text, expected):
    assert kinds(text) == expected


# -- precision: exhortations, sanctions after a condition, readers' questions, bare answers ----
@pytest.mark.parametrize("text", [
    "Wiryatama mengatakan, kampus negeri yang dosennya berstatus aparatur sipil negara (ASN) harus menjadi contoh.",
    "Camat diharapkan menjadi teladan bagi perangkat desa dalam menjaga netralitas.",
])
def test_an_exhortation_to_be_a_model_is_no_rule(text):
    assert kinds(text) == []


def test_becoming_a_member_is_still_an_act():
    assert kinds("ASN dilarang menjadi anggota partai politik.") == [
        ("prohibition", "ASN dilarang menjadi anggota partai politik")]


@pytest.mark.parametrize("text,expected", [
    ("\"Raja dan saniri memang dilarang terlibat kampanye, dan kalau melanggar bisa dipidana,\" kata Siti.",
     [("prohibition", "dilarang terlibat kampanye")]),
    ("Pegawai dilarang memasang baliho calon, dan jika melanggar akan dijatuhi sanksi disiplin.",
     [("prohibition", "Pegawai dilarang memasang baliho calon")]),
])
def test_a_sanction_after_a_condition_is_no_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Apakah saya boleh ikut membantu kampanyenya, misalnya jadi ketua tim di gampong? (Mukhlis, Krueng Baro)",
    "Kalau malam hari di luar jam kerja, boleh tidak kami ikut pawai calon? (Nurhayati, Peudada Baroh)",
])
def test_a_readers_question_signed_in_brackets_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Waalaikumsalam, Pak Keuchik. Jawabannya tidak boleh. Keuchik dilarang menjadi anggota tim kampanye.",
     [("prohibition", "Keuchik dilarang menjadi anggota tim kampanye")]),
    ("Singkatnya, tidak boleh. Guru wajib menolak ajakan itu.",
     [("obligation", "Guru wajib menolak ajakan itu")]),
])
def test_a_bare_answer_word_before_a_closing_cue_is_no_clause(text, expected):
    assert kinds(text) == expected


# -- one act: a motion to a place and the act done there --------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("\"Silakan datang ke TPS, coblos sesuai hati. Itu hak pribadi,\" katanya.",
     [("permission", "Silakan datang ke TPS, coblos sesuai hati")]),
    ("\"Silakan datang ke TPS dan mencoblos sesuai hati nurani.\"",
     [("permission", "Silakan datang ke TPS dan mencoblos sesuai hati nurani")]),
    ("Pegawai wajib pergi ke TPS dan menggunakan hak pilihnya pada hari pemungutan suara.",
     [("obligation", "Pegawai wajib pergi ke TPS dan menggunakan hak pilihnya pada hari pemungutan suara")]),
])
def test_a_motion_to_a_place_and_the_act_there_are_one_act(text, expected):
    assert kinds(text) == expected


# -- two acts after a passive verb of a time clause ---------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Sesuai aturan, petugas KPPS wajib membacakan tata cara pencoblosan sebelum TPS dibuka dan memperlihatkan "
     "kotak suara yang masih kosong kepada saksi.",
     [("obligation", "petugas KPPS wajib membacakan tata cara pencoblosan sebelum TPS dibuka"),
      ("obligation", "memperlihatkan kotak suara yang masih kosong kepada saksi")]),
    ("Camat harus memeriksa segel kotak suara setelah TPS ditutup dan mengumumkan hasil penghitungan.",
     [("obligation", "Camat harus memeriksa segel kotak suara setelah TPS ditutup"),
      ("obligation", "mengumumkan hasil penghitungan")]),
])
def test_an_act_after_a_passive_verb_and_a_joiner_is_an_act_of_its_own(text, expected):
    assert kinds(text) == expected


def test_passive_verbs_sharing_an_object_stay_one_act():
    assert kinds("ASN dilarang memakai atribut yang dibagikan dan dipasang tim kampanye.") == [
        ("prohibition", "ASN dilarang memakai atribut yang dibagikan dan dipasang tim kampanye")]


# -- an unquoted attribution after the act is no part of it ------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Anggota Linmas hanya boleh berjaga di luar TPS dan tidak ikut masuk ke area bilik suara, kata Kepala Satpol "
     "PP Sesayap Hilir, Hendrik Lumbantobing.",
     [("permission", "boleh berjaga di luar TPS"), ("prohibition", "tidak ikut masuk ke area bilik suara")]),
    ("Guru dilarang memajang foto calon di ruang kelas, ujar Kepala Dinas Pendidikan Sukamaju, Rina Hapsari.",
     [("prohibition", "Guru dilarang memajang foto calon di ruang kelas")]),
])
def test_an_attribution_at_the_end_of_the_sentence_ends_the_act(text, expected):
    assert kinds(text) == expected


# -- a free relative answered after its passive verb and a comma --------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Yang harus dijaga, kepala desa tidak memakai jabatannya untuk mengarahkan warga memilih anggota keluarganya.",
     [("prohibition", "kepala desa tidak memakai jabatannya untuk mengarahkan warga memilih anggota keluarganya")]),
    ("Yang harus diperhatikan, pegawai tetap melayani warga tanpa membedakan pilihan politiknya.",
     [("obligation", "pegawai tetap melayani warga tanpa membedakan pilihan politiknya")]),
])
def test_a_free_relative_with_its_passive_verb_is_answered_after_the_comma(text, expected):
    assert kinds(text) == expected


# -- reports and notices that are no rules ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Selain pidana badan, terdakwa dituntut membayar uang pengganti Rp412 juta.",
    "Dilarang mengutip sebagian atau seluruh isi berita tanpa izin tertulis redaksi.",
    "Dilarang keras mengutip atau menyalin artikel ini tanpa mencantumkan sumber.",
])
def test_a_prosecution_and_a_copyright_notice_are_no_rules(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("ASN dituntut menjaga netralitas.", [("obligation", "ASN dituntut menjaga netralitas")]),
    ("Seluruh anggota dilarang mengambil cuti sejak tujuh hari sebelum hari pencoblosan.",
     [("prohibition", "Seluruh anggota dilarang mengambil cuti sejak tujuh hari sebelum hari pencoblosan")]),
])
def test_the_same_words_with_an_actor_keep_their_rule(text, expected):
    assert kinds(text) == expected


# -- shapes read in real news (paraphrased, invented wording) --------------------------------------
@pytest.mark.parametrize("text,expected", [
    # ("Prajurit harus membatasi diri agar tidak singgah ke lokasi kampanye" is a duty with a
    #  purpose since session 15: tests/test_clauses_kind_scope.py)
    ("Pegawai diimbau menahan diri untuk tidak mengomentari unggahan calon.",
     [("prohibition", "Pegawai diimbau menahan diri untuk tidak mengomentari unggahan calon")]),
])
def test_restraining_oneself_from_an_act_forbids_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Bahkan, sekadar berswafoto dalam kegiatan kampanye saja bisa dianggap pelanggaran.",
     [("prohibition", "sekadar berswafoto dalam kegiatan kampanye saja bisa dianggap pelanggaran")]),
    ("Hanya menyukai unggahan calon pun dapat dikategorikan sebagai pelanggaran kode etik.",
     [("prohibition", "Hanya menyukai unggahan calon pun dapat dikategorikan sebagai pelanggaran")]),
])
def test_a_restricted_act_that_may_be_judged_a_violation_is_forbidden(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("\"Pokoknya boleh datang secara pasif. Sebaliknya dilarang bagi pegawai datang secara aktif, bertanya, "
     "mengerahkan massa dan mengarahkan pilihan,\" jelasnya.",
     [("permission", "boleh datang secara pasif"), ("prohibition", "dilarang bagi pegawai datang secara aktif"),
      ("prohibition", "bertanya"), ("prohibition", "mengerahkan massa"), ("prohibition", "mengarahkan pilihan")]),
    ("Pertama adalah anggota Satpol PP tidak boleh mendaftarkan diri sebagai calon sebelum mengundurkan diri.",
     [("prohibition", "anggota Satpol PP tidak boleh mendaftarkan diri sebagai calon sebelum mengundurkan diri")]),
    ("Berikutnya, dilarang mengunggah, membagikan dan mengomentari konten akun calon bupati untuk mengajak warga "
     "memilihnya.",
     [("prohibition", "dilarang mengunggah, membagikan dan mengomentari konten akun calon bupati untuk mengajak "
                      "warga memilihnya")]),
    ("\"Kades itu tidak boleh dilibatkan, tidak boleh membuat kebijakan yang menguntungkan salah satu pihak,\" "
     "ucapnya.",
     [("prohibition", "Kades itu tidak boleh dilibatkan"),
      ("prohibition", "tidak boleh membuat kebijakan yang menguntungkan salah satu pihak")]),
])
def test_news_shapes_of_rules_in_running_text(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("\"Jangankan mengunggah foto calon atau mengampanyekan pasangan tertentu, memberi tanda suka saja di media "
     "sosial itu tidak boleh,\" tegas Kadis.",
     [("prohibition", "mengunggah foto calon"), ("prohibition", "mengampanyekan pasangan tertentu"),
      ("prohibition", "memberi tanda suka saja di media sosial itu tidak boleh")]),
    ("Jangankan berkampanye, berfoto dengan calon saja tidak diperbolehkan bagi lurah.",
     [("prohibition", "berkampanye"), ("prohibition", "berfoto dengan calon saja tidak diperbolehkan")]),
])
def test_jangankan_forbids_the_act_a_fortiori(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Guru diharapkan menaati beberapa poin penting, di antaranya dilarang menghadiri deklarasi bakal calon dengan "
     "atau tanpa atribut partai, dilarang menjadi pembicara pada pertemuan partai.",
     [("prohibition", "dilarang menghadiri deklarasi bakal calon dengan atau tanpa atribut partai"),
      ("prohibition", "dilarang menjadi pembicara pada pertemuan partai")]),
    ("Pegawai wajib mematuhi larangan dalam edaran itu, antara lain tidak memasang baliho calon dan tidak "
     "mengunggah foto calon.",
     [("prohibition", "tidak memasang baliho calon"), ("prohibition", "tidak mengunggah foto calon")]),
])
def test_obeying_the_listed_rules_is_no_act_of_its_own(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pegawai wajib mengikuti apel pagi seperti biasa selama masa kampanye.",
     [("obligation", "Pegawai wajib mengikuti apel pagi seperti biasa selama masa kampanye")]),
    ("Kepala dinas wajib memperhatikan kesejahteraan pegawainya selama masa kampanye.",
     [("obligation", "Kepala dinas wajib memperhatikan kesejahteraan pegawainya selama masa kampanye")]),
])
def test_an_act_without_a_listed_rule_after_it_stays(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("\"Bersikaplah netral dan jangan mau mengikuti bujukan tim calon,\" ujarnya.",
     [("obligation", "Bersikaplah netral"), ("prohibition", "jangan mau mengikuti bujukan tim calon")]),
    ("Bersikaplah adil kepada semua warga yang datang ke kantor desa.",
     [("obligation", "Bersikaplah adil kepada semua warga yang datang ke kantor desa")]),
])
def test_bersikaplah_is_an_imperative(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pegawai, guru, dan tenaga kesehatan memiliki kewajiban yang tegas untuk tidak menyukai, mengomentari, atau "
     "membagikan unggahan pasangan calon.",
     [("prohibition", "kewajiban yang tegas untuk tidak menyukai, mengomentari, atau membagikan unggahan pasangan "
                      "calon")]),
    ("Kepala desa punya kewajiban yang jelas untuk melaporkan dana desa setiap bulan.",
     [("obligation", "kewajiban yang jelas untuk melaporkan dana desa setiap bulan")]),
])
def test_a_noun_of_rule_with_a_short_qualifier_keeps_its_act(text, expected):
    assert kinds(text) == expected


def test_a_noun_of_rule_with_a_relative_verb_is_no_rule():
    assert kinds("Ada larangan yang dibuat pemerintah untuk menertibkan spanduk.") == []


@pytest.mark.parametrize("text,expected", [
    ("Pemkab Sukamaju mengimbau para camat mulai H-7 menjelang pemilu dilarang bepergian ke luar kota.",
     [("prohibition", "mengimbau para camat mulai H-7 menjelang pemilu dilarang bepergian ke luar kota")]),
    ("Bupati meminta seluruh kepala dinas dilarang memakai mobil dinas untuk kampanye.",
     [("prohibition", "meminta seluruh kepala dinas dilarang memakai mobil dinas untuk kampanye")]),
])
def test_a_request_whose_content_is_a_prohibition_forbids(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("\"Jangan ditutup-tutupi, nanti malah kepala OPD-nya ikut kena,\" tegas Hendra.",
     [("prohibition", "Jangan ditutup-tutupi")]),
    ("Pegawai dilarang menyimpan stiker calon di laci kantor, akibatnya bisa dikira tim sukses.",
     [("prohibition", "Pegawai dilarang menyimpan stiker calon di laci kantor")]),
])
def test_a_consequence_after_the_act_is_no_part_of_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Netral itu bukan berarti tidak boleh punya pilihan, tapi pilihan itu cukup disalurkan di bilik suara.",
    "Menjaga netralitas tidak berarti pegawai tidak boleh berdiskusi soal politik di rumah.",
    "\"Kampus harus jadi ruang bebas berpikir, bukan pasar suara,\" ujarnya.",
    "Balai desa harus menjadi tempat yang nyaman bagi semua warga.",
])
def test_clarifications_and_wishes_for_things_are_no_rules(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Pegawai harus menjadi pemilih yang cerdas.", [("obligation", "Pegawai harus menjadi pemilih yang cerdas")]),
    ("Status cuti tidak berarti ASN boleh ikut berkampanye.", [("prohibition", "ASN boleh ikut berkampanye")]),
])
def test_an_actor_to_be_something_and_a_negated_permission_keep_their_rule(text, expected):
    assert kinds(text) == expected


# -- an actor whose qualifier lists places between commas ----------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Poin pertama, seluruh tenaga kesehatan di puskesmas, pustu, dan rumah sakit daerah dilarang menempelkan "
     "stiker calon di ruang pelayanan.",
     [("prohibition", "seluruh tenaga kesehatan di puskesmas, pustu, dan rumah sakit daerah dilarang menempelkan "
                      "stiker calon di ruang pelayanan")]),
    ("Guru di SD, SMP, dan SMA negeri dilarang mengajak murid memilih calon.",
     [("prohibition", "Guru di SD, SMP, dan SMA negeri dilarang mengajak murid memilih calon")]),
])
def test_an_actor_with_a_list_of_places_opens_the_clause(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Menurut Bupati, pegawai dilarang memasang baliho.", [("prohibition", "pegawai dilarang memasang baliho")]),
    ("Setelah apel, camat membagikan edaran, lalu menegaskan dilarang memasang baliho di kantor.",
     [("prohibition", "dilarang memasang baliho di kantor")]),
])
def test_a_clause_before_a_comma_is_no_actor_list(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pegawai boleh-boleh saja ikut kampanye untuk sekadar mendengarkan visi-misi calon, namun tidak dibenarkan "
     "bila ada pegawai yang terlibat langsung berkampanye.",
     [("permission", "Pegawai boleh-boleh saja ikut kampanye untuk sekadar mendengarkan visi-misi calon"),
      ("prohibition", "tidak dibenarkan bila ada pegawai yang terlibat langsung berkampanye")]),
    ("Guru boleh-boleh saja berdiskusi soal visi calon di ruang guru.",
     [("permission", "Guru boleh-boleh saja berdiskusi soal visi calon di ruang guru")]),
])
def test_boleh_boleh_saja_permits(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Camat, sebagai ASN, dilarang melibatkan diri, mengajak orang lain, atau menyuruh orang lain untuk mendukung "
     "pasangan calon.",
     [("prohibition", "Camat, sebagai ASN, dilarang melibatkan diri"), ("prohibition", "mengajak orang lain"),
      ("prohibition", "menyuruh orang lain untuk mendukung pasangan calon")]),
    ("Lurah, sebagai pegawai negeri, wajib menjaga netralitas.",
     [("obligation", "Lurah, sebagai pegawai negeri, wajib menjaga netralitas")]),
])
def test_an_aside_naming_the_actors_status_stays_inside_the_actor(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("\"Sabtu dan Minggu pun enggak boleh. Pokoknya enggak boleh,\" kata anggota Bawaslu.",
     [("prohibition", "Sabtu dan Minggu pun enggak boleh")]),
    ("Pokoknya pegawai tidak boleh ikut kampanye.", [("prohibition", "pegawai tidak boleh ikut kampanye")]),
])
def test_pokoknya_alone_before_a_closing_cue_repeats_a_rule(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Darwin juga mengingatkan bahwa mengajak rekan guru memilih calon tertentu pun terhitung pelanggaran bila "
     "pelakunya ASN.",
     [("prohibition", "mengajak rekan guru memilih calon tertentu pun terhitung pelanggaran")]),
    ("Bawaslu menegaskan bahwa memasang foto calon di ruang kelas merupakan pelanggaran.",
     [("prohibition", "memasang foto calon di ruang kelas merupakan pelanggaran")]),
    ("Mengajak warga memilih calon tertentu termasuk pelanggaran netralitas.",
     [("prohibition", "Mengajak warga memilih calon tertentu termasuk pelanggaran")]),
])
def test_an_act_judged_after_a_reported_bahwa_or_as_a_speech_verb(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Camat menilai unggahan itu merupakan pelanggaran.",
    "Menegaskan hal itu, Bawaslu menyebut unggahan tersebut merupakan pelanggaran.",
])
def test_a_judgement_by_a_speaker_about_a_thing_stays_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("\"Kalau ASN sekadar menonton debat di televisi, ya silakan,\" kata Kepala BKPSDM.",
     [("permission", "Kalau ASN sekadar menonton debat di televisi, ya silakan")]),
    ("\"Kalau guru mau jadi saksi partai, silakan, asal cuti dulu,\" ujarnya.",
     [("permission", "Kalau guru mau jadi saksi partai, silakan")]),
])
def test_silakan_closing_a_condition_before_an_attribution(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Berswafoto dengan calon di acara pernikahan warga sah-sah saja, asal tanpa pose jari.",
     [("permission", "Berswafoto dengan calon di acara pernikahan warga sah-sah saja")]),
    ("Menghadiri hajatan keluarga pegawai itu tidak masalah, katanya.",
     [("permission", "Menghadiri hajatan keluarga pegawai itu tidak masalah")]),
])
def test_an_actor_word_modifying_a_noun_stays_in_the_judged_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Kalau ada guru yang diajak tim sukses, kami minta segera melapor ke dinas.",
     [("obligation", "kami minta segera melapor ke dinas")]),
    ("Jika ada lurah yang memasang baliho calon, saya minta mencopotnya hari ini juga.",
     [("obligation", "saya minta mencopotnya hari ini juga")]),
])
def test_a_speakers_request_after_a_condition_naming_the_addressee(text, expected):
    assert kinds(text) == expected


def test_a_speakers_apology_after_a_condition_is_no_rule():
    assert kinds("Kalau cuaca buruk, kami minta maaf atas keterlambatan jadwal.") == []


@pytest.mark.parametrize("text,expected", [
    ("Jangan berkampanye lewat media sosial atau mengunggah calon yang disukai, apa lagi berfoto dengan calon "
     "pilihan.",
     [("prohibition", "Jangan berkampanye lewat media sosial"), ("prohibition", "mengunggah calon yang disukai"),
      ("prohibition", "berfoto dengan calon pilihan")]),
    ("Pegawai dilarang memasang stiker calon di meja kerja, apa lagi membagikannya kepada warga.",
     [("prohibition", "Pegawai dilarang memasang stiker calon di meja kerja"),
      ("prohibition", "membagikannya kepada warga")]),
])
def test_a_two_word_aggravator_opens_a_worse_act(text, expected):
    assert kinds(text) == expected
