"""What is not a rule (patterns 13-15) gives no clause. All texts are invented."""
import pytest

from clause_helpers import kinds, only_clause


@pytest.mark.parametrize("text", [
    "Tunjangan itu tidak dikenai pajak tambahan.",
    "ASN yang tidak hadir dalam apel akan didata oleh bagian umum.",
    "Jika tidak netral, sanksi menanti para pegawai.",
    "Apabila tidak bisa hadir, camat mengirim sekretaris.",
    "Insentif bulan ini tidak termasuk uang makan.",
    "Pegawai yang sudah melapor tidak perlu melapor ulang.",
    "Masyarakat dapat menyampaikan laporan melalui kanal pengaduan resmi.",
    "Banyak pegawai bertanya apa saja yang masih boleh dilakukan menjelang pemungutan suara.",
    "\"Surat edaran ini bukan untuk menakut-nakuti pegawai,\" kata Sekda.",
])
def test_descriptions_conditions_and_possibilities_are_not_rules(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Jangan lupa subscribe kanal YouTube kami untuk berita terbaru.",
    "Jangan lewatkan berita menarik lainnya di portal kami.",
    "Jangan sampai ketinggalan info pilkada, ikuti akun kami.",
    "Ayo dukung jurnalisme daerah dengan berlangganan.",
])
def test_calls_to_readers_are_not_rules(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Penerima bantuan:\n\nGuru honorer di sekolah negeri\n\nPerangkat desa yang aktif",
    "Jadwal pelantikan sebagai berikut:\n\nSenin: camat dan lurah\n\nSelasa: kepala sekolah",
    "Tidak termasuk penerima:\n\nPegawai yang sedang tugas belajar\n\nPegawai yang cuti di luar tanggungan negara",
])
def test_eligibility_and_schedule_lists_give_no_clause(text):
    assert kinds(text) == []


def test_article_without_rules_gives_none():
    text = ("KOTA PELITA – Pemerintah Kota Pelita menyalurkan bantuan beras kepada 3.000 keluarga. "
            "Penyaluran dilakukan di kantor kelurahan sejak Senin pagi.\n\n"
            "\"Kami ingin bantuan sampai tepat waktu,\" kata Kepala Dinas Sosial, Ani.\n\n"
            "Warga yang belum menerima bantuan dapat menghubungi kelurahan masing-masing.\n\n"
            "Jangan lewatkan berita terbaru lainnya.")
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "\"Jangan sungkan. Bisa lapor melalui akun Instagram kami,\" ujar Ketua Bawaslu Pelita.",
    "Jangan ragu menghubungi redaksi kami jika menemukan pelanggaran.",
])
def test_encouragements_to_readers_are_not_rules(text):
    assert kinds(text) == []


# -- session 7 (clauses8): causes of spurious clauses on an unseen set, each on two or more
# invented wordings -------------------------------------------------------------------------

# a modal inside a doubt or a question reported ("bingung harus ...", "apakah boleh ...")
@pytest.mark.parametrize("text", [
    "\"Kalau lurahnya ikut berkampanye, warga jadi bingung harus ikut siapa,\" kata Rahmat.",
    "Banyak perangkat desa tidak tahu harus bertanya ke mana soal aturan kampanye.",
    "Guru honorer itu kebingungan harus melapor kepada siapa ketika diajak tim sukses.",
    "Ia menanyakan apakah boleh tetap mengajar di sekolah milik yayasan pengurus partai.",
    "Pertanyaan yang sering muncul adalah sejauh mana kepala desa boleh terlibat dalam kampanye.",
    "Warga ingin tahu seberapa jauh ASN boleh berkomentar di media sosial soal pilkada.",
])
def test_a_modal_in_a_doubt_or_a_reported_question_is_no_rule(text):
    assert kinds(text) == []


# a duty under a negating frame is denied, not stated
@pytest.mark.parametrize("text", [
    "Netral bukan berarti guru harus bisu soal demokrasi.",
    "Tidak berarti ASN wajib menghapus semua akun media sosialnya menjelang pemilu.",
])
def test_a_duty_under_a_negating_frame_is_no_rule(text):
    assert kinds(text) == []


# talk about a rule: its repetition, its source, where it is written
@pytest.mark.parametrize("text", [
    "Larangan ini bahkan diulang dua kali dalam edaran yang sama.",
    "Ia menyebut larangan bagi kepala desa bersumber dari UU Desa dan UU Pemilu.",
    "Kewajiban itu tertuang dalam surat edaran bupati yang terbit pekan lalu.",
    "Menurut pengamat, larangan bagi perangkat kampung itu memicu perdebatan di kalangan warga pemilu.",
])
def test_talk_about_a_rule_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Larangan keras juga berlaku bagi ASN untuk menjadi saksi pasangan calon di TPS.",
     [("prohibition", "Larangan keras juga berlaku bagi ASN untuk menjadi saksi pasangan calon di TPS")]),
    ("Bupati menegaskan larangan bagi ASN untuk menghadiri deklarasi calon.",
     [("prohibition", "larangan bagi ASN untuk menghadiri deklarasi calon")]),
])
def test_a_rule_noun_that_binds_an_act_stays_a_rule(text, expected):
    assert kinds(text) == expected


# a comment that negates no act ("tidak ada pengecualian") is no part of the rule
@pytest.mark.parametrize("text,expected", [
    ("Kewajiban menjaga netralitas berlaku sama, tidak ada pengecualian.",
     [("obligation", "Kewajiban menjaga netralitas berlaku sama")]),
    ("Semua pegawai wajib hadir dalam apel siaga, tidak ada yang dikecualikan.",
     [("obligation", "Semua pegawai wajib hadir dalam apel siaga")]),
])
def test_a_comment_after_a_rule_is_no_rule(text, expected):
    assert kinds(text) == expected


# a permission whose actor follows a proviso is the condition of another rule
@pytest.mark.parametrize("text,expected", [
    ("Lurah tetap boleh menerima kunjungan calon, asalkan semua pasangan calon diberi kesempatan yang sama.",
     [("permission", "Lurah tetap boleh menerima kunjungan calon")]),
    ("Camat boleh meminjamkan aula, asal seluruh tim kampanye mendapat kesempatan yang setara.",
     [("permission", "Camat boleh meminjamkan aula")]),
])
def test_a_permission_inside_a_proviso_is_no_rule(text, expected):
    assert kinds(text) == expected


# an act judged by a negated prohibition with a proviso after it is a permission
@pytest.mark.parametrize("text,expected", [
    ("Yusuf menjawab, mengajar tidak dilarang, sepanjang yang bersangkutan tidak ikut kegiatan kampanye.",
     [("permission", "mengajar tidak dilarang")]),
    ("Menurut Camat, menghadiri pengajian calon tidak dilarang, asalkan tidak memakai seragam dinas.",
     [("permission", "menghadiri pengajian calon tidak dilarang")]),
    ("Datang ke rapat umum sebagai warga boleh, sepanjang tidak memakai atribut.",
     [("permission", "Datang ke rapat umum sebagai warga boleh")]),
])
def test_an_act_judged_before_a_proviso(text, expected):
    assert kinds(text) == expected


# a negated predicate after a subject's relative clause makes a request a prohibition;
# a negated relative clause does not
@pytest.mark.parametrize("text,kind", [
    ("Hamzah mengingatkan para kepala desa agar kantor desa yang dipinjamkan sebagai sekretariat PPS "
     "tidak dipakai untuk pertemuan tim kampanye.", "prohibition"),
    ("Bupati meminta supaya mobil dinas yang dipakai camat tidak dibawa ke lokasi kampanye.", "prohibition"),
    ("Bupati meminta agar ASN yang sudah terdaftar sebagai pemilih tidak golput.", "prohibition"),
    ("Kami minta agar pegawai yang tidak hadir segera melapor ke atasan.", "obligation"),
    ("Sekda meminta agar guru yang belum menerima undangan segera menghubungi PPS.", "obligation"),
])
def test_negation_after_a_subjects_relative_clause(text, kind):
    assert [k for k, _ in kinds(text)] == [kind]


# a headline kept in the body (another story's title, a quote used as a title) states no rule
@pytest.mark.parametrize("text", [
    "- Jalan Lintas Selatan Putus, Truk Bermuatan Berat Dilarang Melintas Sementara",
    "Kepala BKPSDM Sukamaju: \"ASN Boleh Punya Pilihan, Asal Disimpan di Bilik Suara\"",
    "Pemilih Dilarang Bawa Ponsel ke Bilik Suara, Ini Alasannya",
])
def test_a_title_case_headline_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("ASN Dilarang Foto Bersama Calon.", [("prohibition", "ASN Dilarang Foto Bersama Calon")]),
    ("ASN dilarang foto bersama calon", [("prohibition", "ASN dilarang foto bersama calon")]),
])
def test_a_sentence_with_a_stop_or_in_lower_case_keeps_its_rule(text, expected):
    assert kinds(text) == expected


# "silakan" + the people addressed + the act
@pytest.mark.parametrize("text,expected", [
    ("\"Silakan Ibu-ibu mencoblos sesuai hati nurani. Tapi jangan bawa nama kesatuan,\" katanya.",
     [("permission", "Silakan Ibu-ibu mencoblos sesuai hati nurani"), ("prohibition", "jangan bawa nama kesatuan")]),
    ("\"Silakan bapak-bapak datang ke TPS dan memilih sesuai pilihan masing-masing,\" ujar Dandim.",
     [("permission", "Silakan bapak-bapak datang ke TPS dan memilih sesuai pilihan masing-masing")]),
])
def test_silakan_with_an_addressee_then_the_act(text, expected):
    assert kinds(text) == expected


def test_silakan_with_an_addressee_and_no_act_is_no_rule():
    assert kinds("Silakan ibu-ibu cek ke bendahara.") == []


# a directive that binds by itself: the act after the addressee, "untuk" inside that act
@pytest.mark.parametrize("text,kind", [
    ("Darmawan meminta para kades memastikan balai desa yang dipinjamkan untuk PPS tidak dipakai "
     "untuk pertemuan tim pemenangan.", "obligation"),
    ("Bupati meminta seluruh camat mengawasi perangkat kelurahan untuk mencegah politik uang.", "obligation"),
    ("Sekda meminta ASN yang hadir untuk tidak mengunggah foto kegiatan itu.", "prohibition"),
])
def test_a_directive_act_before_a_purpose(text, kind):
    assert [k for k, _ in kinds(text)] == [kind]


# a verb describing a rule noun's addressee is not the act; a report frame governs "bahwa"
@pytest.mark.parametrize("text", [
    "Larangan bagi guru berstatus ASN memang sudah lama ada.",
    "Larangan bagi pegawai bertugas di kecamatan itu sudah lama dikenal warga.",
    "\"Yang bersangkutan mengaku tidak tahu bahwa unggahan seperti itu dilarang,\" kata Sukmawati.",
    "Kepala dusun itu mengakui bahwa ia tidak boleh ikut kampanye, tetapi tetap datang.",
])
def test_an_addressees_kind_or_a_reported_knowledge_is_no_rule(text):
    assert kinds(text) == []


# an opportunity is a permission only over an act; equal opportunity is fair treatment
@pytest.mark.parametrize("text", [
    "Dalam debat itu setiap pasangan calon mendapat kesempatan yang setara.",
    "Menurut panitia, semua tim kampanye diberi kesempatan yang sama di panggung hiburan rakyat pemilu.",
])
def test_equal_opportunity_is_no_permission(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Pegawai diberi kesempatan datang terlambat ke kantor sampai pukul 11.00 WITA.",
     [("permission", "Pegawai diberi kesempatan datang terlambat ke kantor sampai pukul 11.00 WITA")]),
    ("ASN diberikan kesempatan untuk menggunakan hak pilihnya sebelum masuk kantor.",
     [("permission", "ASN diberikan kesempatan untuk menggunakan hak pilihnya sebelum masuk kantor")]),
])
def test_an_opportunity_over_an_act_is_a_permission(text, expected):
    assert kinds(text) == expected


# discourse frames, history, what is not needed, wishes for things
@pytest.mark.parametrize("text", [
    "Harus diakui, partisipasi pemilih di kampung itu meningkat tajam pada pemilu kali ini.",
    "Kita harus akui sosialisasi netralitas belum menjangkau desa terpencil.",
    "Perlu dicatat, jumlah TPS di pulau itu bertambah dua dibanding pemilu lalu.",
    "Pada era Orde Baru, pegawai negeri wajib memilih partai pemerintah.",
    "Dulu, pegawai diwajibkan ikut apel pemenangan setiap pemilu.",
    "\"Saya kira tidak perlu dilarang, cukup diingatkan saja,\" kata pengamat pemilu itu.",
    "Menurut akademisi itu, kampanye di kampus tidak perlu diizinkan secara khusus.",
    "Pemilu harus berjalan jujur dan adil tanpa intimidasi.",
    "Pilkada di kabupaten itu harus terlaksana dengan damai.",
])
def test_frames_history_and_wishes_are_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Perlu diketahui, ASN dilarang memasang baliho calon di rumah dinas.",
     [("prohibition", "ASN dilarang memasang baliho calon di rumah dinas")]),
    ("Kegiatan harus berjalan tertib dan ASN dilarang hadir.", [("prohibition", "ASN dilarang hadir")]),
    ("ASN harus berjalan bersama warga menjaga pemilu damai.",
     [("obligation", "ASN harus berjalan bersama warga menjaga pemilu damai")]),
])
def test_rules_next_to_frames_and_wishes_stay(text, expected):
    assert kinds(text) == expected


# eligibility, circumstance and sanctions stated as duties are no rules
@pytest.mark.parametrize("text", [
    "Anggota KPPS wajib berusia paling rendah 17 tahun.",
    "Calon anggota PPS harus berdomisili di desa setempat.",
    "Karena hujan, upacara apel netralitas terpaksa harus dipindahkan ke aula.",
    "Jadwal kampanye akbar di lapangan kota terpaksa harus diundur sepekan.",
    "ASN yang kedapatan berkampanye harus siap menerima sanksi.",
    "Pegawai yang melanggar wajib menanggung sanksi sesuai aturan disiplin pemilu.",
    "Saya boleh bilang kampanye pemilu tahun ini lebih tertib.",
])
def test_eligibility_circumstance_and_sanctions_are_no_rules(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("ASN wajib menerima pemeriksaan Bawaslu bila dipanggil.",
     [("obligation", "ASN wajib menerima pemeriksaan Bawaslu bila dipanggil")]),
    ("Pegawai wajib menolak pemberian uang dari tim kampanye.",
     [("obligation", "Pegawai wajib menolak pemberian uang dari tim kampanye")]),
])
def test_duties_to_receive_or_refuse_stay_rules(text, expected):
    assert kinds(text) == expected


# an ability over a service verb offers a service, it grants no act
@pytest.mark.parametrize("text", [
    "Pegawai yang masih ragu dapat berkonsultasi langsung ke kantor BKPSDM pada jam kerja.",
    "ASN dapat mengunduh salinan surat edaran pilkada itu di laman resmi pemerintah kabupaten.",
])
def test_a_service_offered_is_no_permission(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("ASN dapat menghadiri kampanye sebagai peserta tanpa atribut.",
     [("permission", "ASN dapat menghadiri kampanye sebagai peserta tanpa atribut")]),
    ("ASN tidak dapat menonton kampanye dengan seragam dinas.",
     [("prohibition", "ASN tidak dapat menonton kampanye dengan seragam dinas")]),
])
def test_abilities_over_acts_stay_rules(text, expected):
    assert kinds(text) == expected


# claims denied and events witnessed are no rules; a rule a report states stays
@pytest.mark.parametrize("text", [
    "Bupati menepis tudingan bahwa dirinya memerintahkan camat mengerahkan warga.",
    "Kepala dinas itu membantah isu bahwa ia meminta guru honorer memilih calon tertentu.",
    "Dalam video yang viral itu, seorang kepala dinas terdengar meminta stafnya memilih pasangan tertentu.",
    "Seorang lurah kedapatan menyuruh warga memasang stiker calon di rumahnya.",
])
def test_claims_and_witnessed_events_are_no_rules(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Laporan itu menyebut bahwa ASN dilarang memakai mobil dinas untuk kampanye.",
     [("prohibition", "ASN dilarang memakai mobil dinas untuk kampanye")]),
    ("Bupati menegaskan bahwa ia meminta seluruh camat menjaga netralitas.",
     [("obligation", "meminta seluruh camat menjaga netralitas")]),
])
def test_a_rule_stated_in_a_that_clause_stays(text, expected):
    assert kinds(text) == expected


# an ability over a consequence or an exhortation role grants nothing
@pytest.mark.parametrize("text", [
    "ASN dapat menjadi contoh bagi masyarakat dalam menjaga pemilu damai.",
    "Guru bisa menjadi teladan bagi siswa dalam bersikap netral saat pemilu.",
    "ASN dapat kehilangan jabatannya jika terbukti tidak netral.",
    "Kepala desa bisa terancam pidana penjara jika berkampanye.",
])
def test_an_ability_over_a_consequence_or_a_role_model_is_no_permission(text):
    assert kinds(text) == []


def test_an_ability_to_take_a_role_stays_a_permission():
    assert kinds("Guru honorer dapat menjadi anggota KPPS di desanya.") == [
        ("permission", "Guru honorer dapat menjadi anggota KPPS di desanya")]


@pytest.mark.parametrize("text", [
    "Untuk Pulau Karang Kecil, kotak suara harus diangkut dengan perahu motor karena belum ada kapal reguler.",
    "PPK di hulu sungai harus menempuh perjalanan sekitar lima jam jika air sedang surut.",
    "Pemilih di kelurahan itu harus mengantre sejak pukul tujuh pagi.",
])
def test_what_the_place_or_the_weather_demands_is_no_rule(text):
    assert kinds(text) == []


def test_a_duty_with_another_verb_in_the_same_story_stays():
    kind_found, clause = only_clause("Anggota PPK harus melapor ke KPU setiap malam selama distribusi logistik.")
    assert kind_found == "obligation" and "harus melapor ke KPU setiap malam" in clause


@pytest.mark.parametrize("text", [
    '"Jangan sampai nanti ada lurah yang dipanggil Bawaslu gara-gara unggahan di grup," kata Camat Tepian Raya.',
    '"Jangan sampai karier Bapak-Ibu hancur hanya karena satu foto bersama calon," ujar Sekda.',
    '"Jangan sampai kena sanksi disiplin," pesan Kepala BKPSDM Bukit Lima.',
])
def test_a_warning_of_what_may_befall_is_no_prohibition(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,act", [
    ('"Jangan sampai ada ASN yang ikut kampanye," tegas Bupati Tepian Raya.', "ikut kampanye"),
    ('"Jangan sampai ada pegawai yang memanggil warga untuk memilih calon tertentu," ujarnya.', "memanggil warga"),
])
def test_jangan_sampai_over_an_act_still_forbids_it(text, act):
    kind_found, clause = only_clause(text)
    assert kind_found == "prohibition" and act in clause
