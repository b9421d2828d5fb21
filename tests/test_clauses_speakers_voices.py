"""Who speaks a quote or a reported statement (speakers.SpeechTracker, speakers.json
``voices``): what a resident, a candidate, a campaign team or an observer says is an
opinion, not a rule of the circular, so it gives no clause; an official's words and orders
stay; an unknown speaker is read as before. The speaker is named by the attribution
("kata Dedi, warga ...", "ujar warga ..., Siti", "Menurut pengamat ...", a subject before
a speech verb), a name said before with a role, or a pronoun ("ujarnya"); an embedded
post by its account. All texts are invented."""
import pytest

from clause_helpers import kinds


# --- residents, candidates, observers: no rule ------------------------------------------------

@pytest.mark.parametrize("text", [
    '"Pemerintah daerah harus tegas kepada pegawai yang ikut kampanye," kata Yusuf, warga Desa Karang Sari.',
    "“Pecat saja pegawai yang ikut konvoi. Awasi juga kepala desanya,” ujar warga Kelurahan Tanah Merah, Siti Aminah.",
    '"Jangan pilih calon yang memakai pegawai untuk kampanye," tutur Ketua RT 07 Dusun Krajan, Paiman.',
])
def test_a_residents_quote_gives_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    '"Ayo pilih nomor 3! Datang ke TPS sebelum jam sepuluh," ucap calon bupati Sukmawati di hadapan pendukungnya.',
    "“Tolak politik uang, laporkan ke pengawas,” kata Ketua Tim Pemenangan pasangan nomor urut 1, Darmawan.",
])
def test_a_candidates_or_campaign_teams_call_gives_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Menurut pengamat politik Lukman Hakim, pemerintah harus menindak pegawai yang tidak netral.",
    "Pengamat kebijakan publik dari Universitas Bukit Raya, Wulan Sari, menilai ASN harus menjauhi grup relawan.",
    '"ASN seharusnya tidak boleh hadir di deklarasi calon," ungkap akademisi Institut Teknologi Pesisir, Bayu Prakoso.',
])
def test_an_observers_opinion_gives_no_rule(text):
    assert kinds(text) == []


# --- the speaker carried through the article ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hartono, warga Kampung Baru, mengaku kecewa dengan camat setempat.\n\n"
    '"Pemerintah harus memberi sanksi. Periksa semua pegawai kecamatan.\n\n'
    '"Jangan sampai pelayanan terganggu," ujarnya.',
    "Calon wali kota nomor urut 2, Ratna Dewi, berjanji tidak memakai pegawai dalam kampanye.\n\n"
    "“Saya minta relawan tidak mengajak guru. Ayo menangkan pemilihan dengan jujur,” kata Ratna.",
])
def test_a_quote_by_someone_introduced_before_gives_no_rule(text):
    assert kinds(text) == []


def test_an_officials_quote_after_a_residents_stays():
    text = ('"Pemerintah harus tegas," kata Yusuf, warga Desa Karang Sari.\n\n'
            "“Simpan bukti setiap ajakan kampanye,” kata Kepala BKPSDM Karang Sari, Wahyuni.")
    assert kinds(text) == [("obligation", "Simpan bukti setiap ajakan kampanye")]


@pytest.mark.parametrize("text,expected", [
    ("Bupati Tanah Merah Agus Salim meminta pegawai menjaga jarak dari kegiatan calon.\n\n"
     '"Pastikan tidak ada stiker calon di mobil dinas. Laporkan atasan yang memaksa," kata Agus.',
     [("obligation", "meminta pegawai menjaga jarak dari kegiatan calon"),
      ("obligation", "Pastikan tidak ada stiker calon di mobil dinas"),
      ("obligation", "Laporkan atasan yang memaksa")]),
    ("Di hadapan warga dan tokoh masyarakat, Camat Bukit Raya Joko mengatakan pegawai dilarang ikut konvoi calon.",
     [("prohibition", "pegawai dilarang ikut konvoi calon")]),
])
def test_an_officials_words_stay(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Sertakan surat tugas kalau hadir di acara partai," kata Rudi Hartawan.',
     [("obligation", "Sertakan surat tugas kalau hadir di acara partai")]),
    ("“Pegawai tidak boleh berfoto dengan calon,” kata Marlina, seorang guru di Karang Sari.",
     [("prohibition", "Pegawai tidak boleh berfoto dengan calon")]),
])
def test_an_unknown_speaker_is_read_as_before(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Pegawai wajib melaporkan warga yang mengajak memilih calon tertentu.",
     [("obligation", "Pegawai wajib melaporkan warga yang mengajak memilih calon tertentu")]),
    ("Tim kampanye dilarang mengajak pegawai ikut konvoi. Dosen PNS tidak boleh menjadi tim sukses.",
     [("prohibition", "Tim kampanye dilarang mengajak pegawai ikut konvoi"),
      ("prohibition", "Dosen PNS tidak boleh menjadi tim sukses")]),
])
def test_a_role_word_as_a_rules_actor_is_no_speaker(text, expected):
    assert kinds(text) == expected


# --- embedded posts -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Pengawas juga mengunggah imbauan di akun media sosialnya.\n\n"
     "Simpan bukti ajakan kampanye dan kirimkan ke pengawas kecamatan. #PemiluDamai\n\n"
     "— Bawaslu Kabupaten Karang Sari (@bawaslukarangsari) 5 Februari 2024",
     # (two orders with their own objects: test_clauses_condition_orders)
     [("obligation", "Simpan bukti ajakan kampanye"), ("obligation", "kirimkan ke pengawas kecamatan")]),
    ("Unggahan serupa dibagikan akun resmi pemerintah kota.\n\n"
     "Sertakan surat tugas bila menghadiri acara partai. Copot stiker calon dari kendaraan dinas.\n\n"
     "Sebuah kiriman dibagikan oleh Humas Kota Tanah Merah (@humastanahmerah)",
     [("obligation", "Sertakan surat tugas bila menghadiri acara partai"),
      ("obligation", "Copot stiker calon dari kendaraan dinas")]),
])
def test_an_official_accounts_post_gives_orders(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Warganet pun ramai menanggapi.\n\n@yusuf_ks: Pastikan kepala desa tidak ikut kampanye! Tolak calon yang curang.",
    "Akun relawan salah satu calon ikut mengunggah ajakan.\n\n"
    "Ayo dukung nomor 2! Pegawai wajib ikut menyukseskan program calon kita.\n\n"
    "— Relawan Bersatu Karang Sari (@relawanbersatuks) 6 Februari 2024",
])
def test_a_personal_or_campaign_accounts_post_gives_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Pedagang pasar itu mengaku bingung, padahal pegawai dilarang membagikan kalender calon.",
     [("prohibition", "pegawai dilarang membagikan kalender calon")]),
    ("Sejumlah warga menilai camat berpihak, sementara ASN wajib bersikap netral.",
     [("obligation", "ASN wajib bersikap netral")]),
])
def test_a_rule_the_narrator_adds_after_a_residents_statement_stays(text, expected):
    assert kinds(text) == expected
