"""Talk about a rule and narration around it, found in session 14 (all texts invented):

- a rule itself as the subject of a duty to follow it ('Aturan yang ditetapkan itu, ujar
  X, tentunya harus ditaati', 'Petunjuk-petunjuk ini harus ditindaklanjuti menjelang
  ...') names no act: talk about the rule or a generic exhortation (docs/evaluate.md);
- an anaphor over a compliance passive and a 'bahwa' clause ('Itu harus dipahami bahwa
  ...') gives only the rule inside the 'bahwa' clause;
- a sentence that opens with a passive verb of saying ('Disebutkannya pula ...',
  'Dikatakannya juga ...') reports; it does not continue the rule before it;
- a notice sent ('surat imbauan dilayangkan melalui ...', '... diedarkan ke ...') is
  talk about the notice;
- a quoted sentence that opens with a fronted adjunct and has its own subject ('Sebagai
  wujud ..., kami berupaya ...') and one that opens with 'tergantung' do not continue the
  rule before;
- the content of a noun of rule whose own predicate is an aspect marker and a word of
  rule talk ("ketentuan agar X harus netral sudah diatur dalam UU ...") is talk too;
- a directive verb followed by a prepositional or time phrase ('mengingatkan dalam
  menjalankan tugasnya, ...') binds no addressee and no act.
"""
from clause_helpers import kinds


def test_rule_noun_subject_of_compliance_passive():
    assert kinds("Aturan yang ditetapkan itu, ujar Darsono, tentunya harus ditaati. "
                 "Jika aturan itu dilanggar, pelanggar akan disanksi.") == []
    assert kinds('"Petunjuk-petunjuk ini harus ditindaklanjuti menjelang pilkada nanti," kata Rahmat.') == []
    assert kinds('"Arahan-arahan tersebut harus ditindaklanjuti dalam menghadapi pemilu," ujar Sekda Lembah.') == []
    assert kinds("Aturannya wajib dipatuhi oleh semua pegawai di Kabupaten Tanjung Hulu.") == []


def test_duty_with_its_own_act_stays():
    assert kinds("Kepala dinas harus menindaklanjuti arahan tersebut dalam rapat.") == [
        ("obligation", "Kepala dinas harus menindaklanjuti arahan tersebut dalam rapat")]
    assert kinds("Surat edaran itu harus dijadikan pedoman oleh camat.") == [
        ("obligation", "Surat edaran itu harus dijadikan pedoman oleh camat")]


def test_anaphor_understood_that():
    assert kinds('"Itu harus dipahami bahwa posisi guru memang harus netral," kata Sekda Wirasena.') == [
        ("obligation", "guru memang harus netral")]
    assert kinds('"Ini harus diketahui bahwa lurah dilarang berkampanye," ujar Camat Sungai Jernih.') == [
        ("prohibition", "lurah dilarang berkampanye")]


def test_passive_speech_frame_does_not_continue():
    assert kinds("Begitu pula dengan lurah dan perangkat kelurahan, jangan coba-coba bermain. "
                 "Disebutkannya pula sejak bulan lalu pemantauan dilakukan bagi semua pegawai dan lurah.") == [
        ("prohibition", "lurah dan perangkat kelurahan, jangan coba-coba bermain")]
    assert kinds("Lurah jangan memihak. Dikatakannya juga bahwa patroli digelar tiap pekan di semua kecamatan.") == [
        ("prohibition", "Lurah jangan memihak")]


def test_notice_sent_is_talk():
    assert kinds("Panwascam Lembah Hijau melakukan pencegahan sehingga surat imbauan dilayangkan "
                 "melalui pengawas desa se-Kabupaten Sukamaju.") == []
    assert kinds("Untuk itu surat imbauan netralitas dikirimkan ke seluruh kantor desa di Kecamatan Batu Putih.") == []


def test_fronted_adjunct_quote_does_not_continue():
    text = ('Sebagai pemilih, ASN diminta menyadari posisinya sesuai undang-undang.\n\n'
            '"Sebagai wujud tanggung jawab bersama dalam menjaga netralitas pegawai, kami berupaya untuk '
            'mengundang Ketua Ombudsman, sebagai pihak yang punya kewenangan," kata Sutrisno.')
    assert kinds(text) == [("obligation", "ASN diminta menyadari posisinya sesuai undang-undang")]
    text = ('Pegawai dilarang ikut kampanye.\n\n'
            '"Sebagai bentuk dukungan pada pemilu damai, kita menggelar apel siaga di alun-alun," ujar Bupati Rawa Indah.')
    assert kinds(text) == [("prohibition", "Pegawai dilarang ikut kampanye")]


def test_depends_is_no_act():
    text = ('Rudi juga melarang calon bupati memakai halaman sekolah.\n\n'
            '"Tergantung acaranya apa. Nanti kita cek apakah itu kampanye atau bukan. '
            'Kampanye di kelas tidak diizinkan," kata dia.')
    found = kinds(text)
    assert not any(t.startswith("Tergantung") for _, t in found)
    assert ("prohibition", "Kampanye di kelas tidak diizinkan") in found
    text = ('Camat dilarang memihak.\n\n"Bergantung situasinya di lapangan nanti. Kami akan pantau," kata Darmaji.')
    assert not any(t.startswith("Bergantung") for _, t in kinds(text))


def test_directive_with_adjunct_binds_no_act():
    assert kinds("Komandan juga mengingatkan dalam menjalankan tugasnya, prajurit harus patuh pada aturan.") == [
        ("obligation", "prajurit harus patuh pada aturan")]
    assert not any(t.startswith("mengingatkan") for _, t in kinds(
        "Kapolres mengingatkan saat bertugas di lapangan, polisi wajib bersikap netral."))


def test_rule_content_whose_predicate_is_rule_talk():
    assert kinds("Rahmat menyebut ketentuan agar guru harus netral sudah diatur dalam "
                 "Peraturan Bupati Nomor 17 Tahun 2022.") == []
    assert kinds("Ia menegaskan aturan bahwa lurah tidak boleh berkampanye sudah tertuang dalam UU Desa.") == []
    assert kinds("Ia menegaskan bahwa lurah tidak boleh berkampanye sejak ditetapkan sebagai pejabat.") == [
        ("prohibition", "lurah tidak boleh berkampanye sejak ditetapkan sebagai pejabat")]
