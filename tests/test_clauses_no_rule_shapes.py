"""Cue words that state no rule where they stand (session 15): a cue capitalised inside a
title quoted in running text, information asked for ("meminta keterangan ..."), a wish
about the public's outcome ("jangan sampai masyarakat ..."), "wajib" as an adjective on a
noun ("urusan wajib yang ..."), what a sanction does ("ditunda ... atau dia tidak boleh ..."),
a sanction asked for ("merekomendasikan ... agar dijatuhi sanksi") and an activist's voice."""
from tests.clause_helpers import kinds


def test_cue_inside_a_quoted_title_is_no_rule():
    assert kinds("Pelanggaran itu diatur dalam Perbup Nomor 7 tentang Etika Aparatur Larang Pejabat "
                 "Berkampanye.") == []
    assert kinds("Kepala sekolah diminta membaca ulang Surat Edaran Sekda Wajib Pegawai Tetap Netral "
                 "di setiap rapat guru.") == [
        ("obligation", "Kepala sekolah diminta membaca ulang Surat Edaran Sekda Wajib Pegawai Tetap Netral "
                       "di setiap rapat guru")]


def test_lower_case_cue_after_a_name_stays_a_rule():
    assert kinds("Bupati Lombok Timur melarang camat ikut kampanye.") == [
        ("prohibition", "melarang camat ikut kampanye")]


def test_asking_for_information_is_no_order():
    assert kinds("Panwaslu Kecamatan Pamulang meminta penjelasan enam guru honorer yang berfoto "
                 "dengan calon di halaman sekolah.") == []
    assert kinds("Bawaslu Kota Kupang meminta klarifikasi dari dua lurah, lalu meneruskan kasus itu ke KASN.") == []


def test_asking_an_addressee_to_give_information_stays_an_order():
    assert kinds("Bawaslu meminta lurah memberikan keterangan secara jujur.") == [
        ("obligation", "meminta lurah memberikan keterangan secara jujur")]


def test_jangan_sampai_the_public_is_a_wish_about_an_outcome():
    assert kinds('"Jangan sampai masyarakat salah memilih bupati," ujar Camat Sarmin.') == []
    assert kinds("Jangan sampai para pemilih termakan janji politik uang di Kabupaten Alor.") == []


def test_jangan_sampai_an_official_stays_a_prohibition():
    assert kinds("Jangan sampai camat ikut berkampanye.") == [
        ("prohibition", "Jangan sampai camat ikut berkampanye")]


def test_wajib_after_a_noun_before_yang_is_an_adjective():
    assert kinds("Dinas tetap menjalankan urusan wajib yang berkaitan dengan pendidikan dasar.") == []
    assert kinds("Semua mata pelajaran wajib yang diujikan tetap diajarkan di SMP Negeri 3 Larantuka.") == []


def test_wajib_after_an_actor_stays_a_duty():
    assert kinds("Pegawai wajib netral selama pilkada.") == [("obligation", "Pegawai wajib netral selama pilkada")]


def test_what_a_sanction_does_is_no_rule():
    assert kinds("Hukumannya bermacam-macam, misalnya ditunda kenaikan gajinya atau dia tidak boleh "
                 "mengikuti seleksi jabatan.") == []
    assert kinds("Kepala seksi itu akhirnya dicopot dan tidak boleh menduduki jabatan apa pun selama dua tahun.") == []


def test_sanctioned_actor_in_a_relative_stays_a_rule():
    assert kinds("Pegawai yang dimutasi tetap tidak boleh ikut kampanye.") == [
        ("prohibition", "Pegawai yang dimutasi tetap tidak boleh ikut kampanye")]


def test_sanction_asked_for_is_no_rule():
    assert kinds("Panwaslu Kabupaten Sikka akan merekomendasikan dua kepala desa ke bupati agar dijatuhi "
                 "sanksi karena berpihak.") == []
    assert kinds("Bawaslu meminta BKD supaya diberhentikan saja guru yang memasang baliho calon.") == []


def test_directive_of_conduct_stays_a_rule():
    assert kinds("Bawaslu meminta camat agar tidak ikut kampanye.") == [
        ("prohibition", "meminta camat agar tidak ikut kampanye")]


def test_activist_voice_is_an_opinion():
    text = ("Ketua Gerakan Pemuda Peduli Lingkungan Rahmat Hidayat mengatakan, sebagai pejabat, Kepala "
            "Puskesmas wajib untuk bersikap netral dan tidak berpihak selama pilkada.\n"
            "Menurut Rahmat Hidayat, Bupati hendaknya membentuk tim untuk memeriksa kasus tersebut.")
    assert kinds(text) == []
    assert kinds("Koordinator Aliansi Warga Sadar Pemilu, Nanda Putri, mengatakan camat harus segera "
                 "dicopot.") == []


def test_official_coordinator_voice_stays():
    assert kinds("Koordinator Divisi Pengawasan Bawaslu Kota Madiun, Sri Wahyuni, mengatakan camat harus "
                 "netral.") == [("obligation", "camat harus netral")]


def test_rule_in_doubt_is_talk_about_the_rule():
    assert kinds("Menurut Ketua Bawaslu, mengenai perangkat desa boleh menjadi pengurus koperasi partai, "
                 "hingga kini masih terdapat ketidakjelasan.") == []
    assert kinds("Soal pegawai kontrak wajib cuti saat kampanye, aturannya masih multitafsir di Kota Tual.") == []


def test_rule_without_doubt_stays():
    assert kinds("Perangkat desa tidak boleh menjadi pengurus partai.") == [
        ("prohibition", "Perangkat desa tidak boleh menjadi pengurus partai")]


def test_duty_noun_naming_a_role_is_no_rule():
    assert kinds("Setiap pegawai memiliki tanggung jawab sebagai abdi masyarakat.") == []
    assert kinds("Para bidan punya kewajiban sebagai tenaga kesehatan di Puskesmas Oebobo.") == []


def test_duty_noun_with_an_act_after_the_role_stays():
    assert kinds("Guru mempunyai kewajiban sebagai pendidik untuk menjaga netralitas.") == [
        ("obligation", "Guru mempunyai kewajiban sebagai pendidik untuk menjaga netralitas")]


def test_noun_example_sentence_after_a_rule_is_no_act():
    assert kinds("Selain itu, ASN tidak boleh menunjukkan pilihan politiknya di depan umum. Termasuk grup "
                 "percakapan.") == [("prohibition", "ASN tidak boleh menunjukkan pilihan politiknya di depan umum")]
    assert kinds("Camat dilarang memasang spanduk calon. Termasuk kantor kelurahan.") == [
        ("prohibition", "Camat dilarang memasang spanduk calon")]


def test_outcome_asked_for_is_no_order():
    assert kinds("Gubernur meminta agar pelaksanaan pilkada tidak berujung pada munculnya kerusuhan di daerah.") == []
    assert kinds("Wali Kota Ternate meminta agar pemungutan suara berjalan tertib.") == []


def test_act_done_to_a_thing_stays_an_order():
    assert kinds("Camat meminta agar balai desa tidak dijadikan posko kampanye.") == [
        ("prohibition", "balai desa tidak dijadikan posko kampanye")]
