"""Orders in speech without a classic cue (session 15): a "-lah" order on an adjective or
adverb ("sabarlah", "segeralah"), a "-lah" order mid-sentence, a hortative ("mari", "ayo")
mid-sentence, an order after a ban that names no act, a bare order after a discourse phrase
("Selain itu", "Yang penting"), and a rule drawn after a closing judgement ("..., makanya
harus ...")."""
from clause_helpers import kinds


def test_particle_order_on_an_adjective_or_adverb():
    assert kinds('"Di tahun politik ini, sabarlah menghadapi ajakan kampanye dari tetangga," '
                 'kata Kepala BKPSDM Sragen.') == [
        ("obligation", "sabarlah menghadapi ajakan kampanye dari tetangga")]
    assert kinds('"Para guru, waspadalah terhadap ajakan foto bersama calon," '
                 'ujar Kepala Dinas Pendidikan Bantul.') == [
        ("obligation", "waspadalah terhadap ajakan foto bersama calon")]


def test_particle_order_after_a_condition_keeps_the_condition_outside():
    assert kinds('"Kalau sudah ditetapkan sebagai calon, segeralah untuk mengajukan pengunduran diri," '
                 'kata Sekda Klaten.') == [
        ("obligation", "segeralah untuk mengajukan pengunduran diri")]


def test_particle_order_after_a_ban_is_an_order_of_its_own():
    assert kinds('"Jangan gampang membagikan unggahan politik, tenanglah sebelum berkomentar," '
                 'ujar Bupati Wonogiri.') == [
        ("prohibition", "Jangan gampang membagikan unggahan politik"),
        ("obligation", "tenanglah sebelum berkomentar")]
    assert kinds('"Jangan terpancing isu di grup percakapan, tahanlah jempol tahanlah emosi," '
                 'kata Kepala Diskominfo Kendal.') == [
        ("prohibition", "Jangan terpancing isu di grup percakapan"),
        ("obligation", "tahanlah jempol"),
        ("obligation", "tahanlah emosi")]


def test_particle_word_in_narration_or_a_reported_slogan_is_no_order():
    assert kinds("Warga yang datang pun tenanglah suasana balai desa.") == []
    assert kinds('"Saya melihat ada relawan yang meneriakkan pilihlah calon kami di pasar," kata Dedi.') == []


def test_hortative_mid_sentence_opens_an_order():
    assert kinds('"Kepada semua lurah, mari kita bersama-sama awasi penggunaan mobil dinas," '
                 'kata Camat Depok.') == [
        ("obligation", "awasi penggunaan mobil dinas")]
    assert kinds('"Bapak dan Ibu pegawai, ayo jaga netralitas sampai hari pencoblosan," '
                 'ujar Wali Kota Magelang.') == [
        ("obligation", "jaga netralitas sampai hari pencoblosan")]


def test_outlet_call_and_narration_stay_none():
    assert kinds("Mari simak berita lainnya di kanal kami.") == []
    assert kinds("Ia lalu jaga pos di perbatasan desa.") == []


def test_order_after_a_ban_that_names_no_act():
    assert kinds('"Ini tidak usah, laporkan saja ke pengawas kecamatan," kata Kapolsek Tegalrejo.') == [
        ("obligation", "laporkan saja ke pengawas kecamatan")]
    assert kinds('"Itu jangan, catat nomor kendaraannya," ujar Ketua Panwascam Mlati.') == [
        ("obligation", "catat nomor kendaraannya")]


def test_bare_ban_before_a_worse_act_is_unchanged():
    assert kinds('"Itu jangan, apalagi ikut kampanye," ujar Ketua Panwascam Mlati.') == [
        ("prohibition", "jangan, apalagi ikut kampanye")]


def test_order_after_a_discourse_phrase():
    assert kinds('"Selain itu lepas dulu atribut dinasnya," kata Kepala Dinas Kesehatan Purworejo.') == [
        ("obligation", "lepas dulu atribut dinasnya")]
    assert kinds('"Yang penting dokumentasikan setiap pertemuan dengan calon," '
                 'ujar Inspektur Kabupaten Batang.') == [
        ("obligation", "dokumentasikan setiap pertemuan dengan calon")]
    assert kinds("Selain itu warga mengikuti senam pagi di alun-alun.") == []


def test_rule_drawn_after_a_closing_judgement():
    assert kinds('"Memakai seragam saat kampanye termasuk pelanggaran disiplin, makanya harus ganti '
                 'pakaian dulu," kata Kepala BKD Pati.') == [
        ("prohibition", "Memakai seragam saat kampanye termasuk pelanggaran"),
        ("obligation", "harus ganti pakaian dulu")]
    assert kinds('"Mengunggah foto calon di grup kantor dianggap sebagai pelanggaran, jadi wajib '
                 'menghapusnya hari ini," ujar Sekda Rembang.') == [
        ("prohibition", "Mengunggah foto calon di grup kantor dianggap sebagai pelanggaran"),
        ("obligation", "wajib menghapusnya hari ini")]


def test_rule_inside_a_relative_after_a_closing_judgement_stays_out():
    assert kinds('"Mengunggah foto calon di grup kantor dianggap sebagai pelanggaran yang harus '
                 'ditindak," ujar Sekda Rembang.') == [
        ("prohibition", "Mengunggah foto calon di grup kantor dianggap sebagai pelanggaran")]


def test_duty_with_an_auxiliary_and_a_reciprocal_is_one_act():
    assert kinds('"Jadi harus bisa saling menjaga, menegur," kata Kepala Inspektorat Tuban.') == [
        ("obligation", "harus bisa saling menjaga, menegur")]
    assert kinds('"Makanya harus mampu saling menghormati pilihan," kata Kepala Dinsos Blitar.') == [
        ("obligation", "harus mampu saling menghormati pilihan")]


def test_wish_for_a_thing_with_an_auxiliary_stays_none():
    assert kinds("Pemilu harus bisa berjalan damai.") == []


def test_a_hortative_run_of_preventive_orders():
    # (session 22) "cegah", "stop", "hentikan", "berantas": bare orders of a slogan run in speech
    assert kinds('"Rekan ASN dan kades di Sikka, pemilihan bupati sudah dekat, mari kita cegah hoaks, '
                 'cegah fitnah, jaga netralitas dan stop politik uang," ajak Ketua Bawaslu.') == [
        ("obligation", "cegah hoaks"), ("obligation", "cegah fitnah"),
        ("obligation", "jaga netralitas"), ("obligation", "stop politik uang")]
    assert kinds('"Ayo kita berantas politik uang dan hentikan kampanye hitam di desa," kata Camat Tabanan.') == [
        ("obligation", "berantas politik uang"), ("obligation", "hentikan kampanye hitam di desa")]


def test_a_preventive_word_in_narration_is_no_order():
    assert kinds("Stop kontak di ruang rapat kantor camat itu rusak sejak pekan lalu.") == []
