"""Negated acts with no cue word that still state a rule (session 15): a subjectless
"Tidak V ..." in a paragraph whose rule goes on or whose next sentence states one, an
actor with an adverb of time from now on, a commitment to refrain, and a principle
defined by what an actor does not do. Narrative negation stays no clause."""
from clause_helpers import kinds


# --- a subjectless negated act in a rule context --------------------------------------

def test_negated_opener_before_a_rule_sentence():
    text = ("Tidak menyebarkan materi kampanye lewat grup sekolah. Kadis juga mengingatkan guru "
            "agar tidak hadir di deklarasi calon.")
    assert kinds(text) == [("prohibition", "Tidak menyebarkan materi kampanye lewat grup sekolah"),
                           ("prohibition", "mengingatkan guru agar tidak hadir di deklarasi calon")]


def test_negated_opener_after_a_rule_paragraph():
    text = ("Kepala BKD Sumbawa meminta pegawai tidak memasang stiker calon di mobil dinas.\n\n"
            "Tidak memberikan komentar soal hasil survei di grup percakapan kantor.")
    assert kinds(text) == [("prohibition", "meminta pegawai tidak memasang stiker calon di mobil dinas"),
                           ("prohibition", "Tidak memberikan komentar soal hasil survei di grup percakapan kantor")]


def test_negated_opener_before_a_cue_in_its_sentence():
    text = ('"Tidak memakai mobil dinas untuk mengantar calon, dilarang mengajak murid ke lokasi kampanye," '
            'kata Kadis Pendidikan Lombok Timur.')
    assert kinds(text) == [("prohibition", "Tidak memakai mobil dinas untuk mengantar calon"),
                           ("prohibition", "dilarang mengajak murid ke lokasi kampanye")]


def test_negated_opener_without_rule_context_or_as_aside():
    assert kinds("Tidak menggunakan gedung sekolah untuk rapat, panitia memilih balai warga.") == []
    assert kinds("Tidak menutup kemungkinan ada guru yang ikut kampanye. Karena itu guru dilarang "
                 "hadir di deklarasi calon.") == [("prohibition", "guru dilarang hadir di deklarasi calon")]
    assert kinds("Kepala desa dilarang ikut kampanye.\n\nTidak menemukan pelanggaran, Panwascam menutup "
                 "pemeriksaan itu.") == [("prohibition", "Kepala desa dilarang ikut kampanye")]
    assert kinds("Tidak ada laporan pelanggaran di Kecamatan Sukajadi. ASN wajib netral.") == \
        [("obligation", "ASN wajib netral")]


# --- an actor, an adverb of time from now on, a negated act -----------------------------

def test_standing_negation_of_an_actor():
    assert kinds('"Anggota Koramil dan PNS TNI mulai hari ini tidak berpose dengan simbol jari, karena bisa '
                 'dianggap dukungan," kata Danramil.') == \
        [("prohibition", "Anggota Koramil dan PNS TNI mulai hari ini tidak berpose dengan simbol jari")]
    assert kinds("Para kepala desa di Kabupaten Sigi ke depan tidak memasang foto calon di kantor desa.") == \
        [("prohibition", "Para kepala desa di Kabupaten Sigi ke depan tidak memasang foto calon di kantor desa")]


def test_standing_negation_needs_the_adverb_and_an_act():
    assert kinds("Kepala desa kemarin tidak memasang foto calon di kantor desa.") == []
    assert kinds("Kepala desa mulai sekarang tidak hadir di kantor karena cuti.") == []
    assert kinds("Warga mulai sekarang tidak membuang sampah di sungai.") == []


# --- a commitment to refrain ------------------------------------------------------------

def test_commitment_to_refrain_binds_the_committer():
    assert kinds("Prajurit Kodim Tuban berkomitmen untuk tidak mendukung calon, partai, atau caleg, "
                 "dan tidak memberikan fasilitas kantor kepada mereka.") == \
        [("prohibition", "Prajurit Kodim Tuban berkomitmen untuk tidak mendukung calon, partai, atau caleg"),
         ("prohibition", "tidak memberikan fasilitas kantor kepada mereka")]
    assert kinds("Para guru di Kecamatan Sukamaju bertekad tidak memasang spanduk calon di sekolah.") == \
        [("prohibition", "Para guru di Kecamatan Sukamaju bertekad tidak memasang spanduk calon di sekolah")]
    assert kinds("Para lurah berikrar untuk tidak memakai kendaraan dinas saat kampanye.") == \
        [("prohibition", "Para lurah berikrar untuk tidak memakai kendaraan dinas saat kampanye")]


def test_positive_commitment_or_public_is_no_rule():
    # a person's positive commitment is a pledged duty (test_clauses_pledge_runs); an
    # institution's commitment to a programme is no rule
    assert kinds("Pemkab Sigi berkomitmen untuk membangun jalan desa tahun depan.") == []
    assert kinds("Warga sepakat untuk tidak datang ke balai desa.") == []


# --- a principle defined by what an actor does not do ----------------------------------

def test_principle_defined_by_negated_acts():
    assert kinds("Menurut Kepala BKD Gowa, netral itu dalam artian guru tidak mendukung salah satu "
                 "kandidat dan tidak memakai atribut partai.") == \
        [("prohibition", "guru tidak mendukung salah satu kandidat"),
         ("prohibition", "tidak memakai atribut partai")]
    assert kinds("Camat menegaskan, pegawai kecamatan wajib memegang asas netralitas, yang berarti bahwa "
                 "setiap pegawai ASN tidak berpihak kepada calon mana pun dan tidak memihak kepada "
                 "kepentingan golongan.") == \
        [("obligation", "pegawai kecamatan wajib memegang asas netralitas"),
         ("prohibition", "setiap pegawai ASN tidak berpihak kepada calon mana pun"),
         ("prohibition", "tidak memihak kepada kepentingan golongan")]


def test_rule_source_then_bahwa_and_actorless_gloss():
    assert kinds("Sesuai Peraturan Pemerintah Nomor 42, bahwa setiap PNS tidak menjadi anggota partai politik.") == \
        [("prohibition", "setiap PNS tidak menjadi anggota partai politik")]
    assert kinds("Kapolres menjelaskan, sikap netral menjadi pedoman bagi seluruh anggota yaitu tidak "
                 "memihak dan mendukung salah satu pasangan calon.") == \
        [("prohibition", "tidak memihak dan mendukung salah satu pasangan calon")]


def test_reported_negation_is_no_definition():
    assert kinds("Laporan netralitas itu menyebutkan bahwa kepala desa tidak hadir dalam rapat.") == []
    assert kinds("Hasil pengawasan netralitas yaitu tidak ditemukan pelanggaran oleh ASN.") == []
    assert kinds("Camat mengatakan bahwa warga tidak datang ke TPS karena hujan.") == []


def test_likewise_naming_another_law_is_no_act():
    assert kinds("Guru dilarang ikut kampanye. Begitu juga dengan Peraturan Pemerintah Nomor 53 perihal "
                 "kode etik PNS.") == [("prohibition", "Guru dilarang ikut kampanye")]
    assert kinds("Lurah dilarang memasang baliho calon. Demikian pula dengan Undang-Undang Desa yang "
                 "mengatur hal serupa.") == [("prohibition", "Lurah dilarang memasang baliho calon")]


# --- an ordinal item whose act follows a manner phrase ------------------------------------

def test_ordinal_item_opening_with_a_manner_phrase():
    text = ("Kapolres menyebut larangan bagi anggota. Pertama, dilarang memberi komentar soal calon di media sosial.\n\n"
            "Kedua, secara perorangan atau kelompok terlibat dalam kampanye calon.\n\n"
            "Ketiga, secara langsung menyambut dan mengantar rombongan peserta pilkada.")
    assert kinds(text) == [("prohibition", "dilarang memberi komentar soal calon di media sosial"),
                           ("prohibition", "secara perorangan atau kelompok terlibat dalam kampanye calon"),
                           ("prohibition", "secara langsung menyambut dan mengantar rombongan peserta pilkada")]


def test_manner_phrase_without_an_act_is_no_item():
    text = ("Danramil menyebut larangan bagi prajurit. Pertama, dilarang hadir di kampanye calon.\n\n"
            "Kedua, secara umum situasi di Kecamatan Tawang aman.")
    assert kinds(text) == [("prohibition", "dilarang hadir di kampanye calon")]


def test_a_law_said_to_state_what_an_actor_does_not_do():
    # session 18: a law's noun and a verb of saying within three words, no "bahwa"
    assert kinds("Kepala BKD menerangkan undang-undang tersebut menyatakan pegawai ASN tidak berpihak dari segala "
                 "bentuk pengaruh manapun dan tidak memihak kepada kepentingan siapapun.") == \
        [("prohibition", "pegawai ASN tidak berpihak dari segala bentuk pengaruh manapun"),
         ("prohibition", "tidak memihak kepada kepentingan siapapun")]
    assert kinds("Peraturan tersebut menyatakan kepala desa tidak memasang baliho calon di kantor desa.") == \
        [("prohibition", "kepala desa tidak memasang baliho calon di kantor desa")]


def test_a_law_said_to_report_a_description_is_no_rule():
    assert kinds("UU itu menyebut pegawai tidak mengetahui isinya.") == []
    assert kinds("Ketua panitia menyebut pegawai tidak memasang baliho di kantor desa.") == []
