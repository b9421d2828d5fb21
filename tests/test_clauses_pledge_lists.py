"""Pledge lists (session 15): a sentence that counts a pledge's points announces its items;
each item's own negator decides its kind, whatever rule came before; a closing formula ends
the last item; "dan keempat" inside an item opens the next one; numbered items "1) ... 2)"
run on in the text are items too."""
from clause_helpers import kinds


def test_counted_pledge_points_are_duties_after_a_ban():
    text = ("\"Pegawai tidak boleh ikut kubu mana pun,\" kata Bupati Lerep.\n"
            "Pembacaan dipimpin sekda. Ada lima butir ikrar. Pertama, mendukung lancarnya pilkada "
            "di Kabupaten Lerep. Kedua, menolak segala bentuk politik uang dan hoaks.\n"
            "Ketiga, menjaga netralitas pegawai dalam melayani warga.")
    assert kinds(text) == [("prohibition", "Pegawai tidak boleh ikut kubu mana pun"),
                           ("obligation", "mendukung lancarnya pilkada di Kabupaten Lerep"),
                           ("obligation", "menolak segala bentuk politik uang dan hoaks"),
                           ("obligation", "menjaga netralitas pegawai dalam melayani warga")]


def test_pledge_counted_by_its_subject_keeps_item_polarity():
    text = ("Janji netralitas para guru Kota Wirasena itu memuat tiga poin.\n"
            "Pertama, menghindari konflik kepentingan, serta tidak memihak calon tertentu.\n"
            "Kedua, mencegah kampanye di lingkungan sekolah.")
    assert kinds(text) == [("obligation", "menghindari konflik kepentingan"),
                           ("prohibition", "tidak memihak calon tertentu"),
                           ("obligation", "mencegah kampanye di lingkungan sekolah")]


def test_numbered_points_after_the_count_in_one_paragraph():
    text = ("Para guru membacakan 4 poin pernyataan sikap yaitu 1) Mendukung pilkada damai di Kota "
            "Wirasena. 2) Menolak kampanye hitam di sekolah. 3) Tidak memihak kepada calon tertentu.\n"
            "Poin keempat adalah menjaga netralitas guru dalam mengajar.")
    assert kinds(text) == [("obligation", "Mendukung pilkada damai di Kota Wirasena"),
                           ("obligation", "Menolak kampanye hitam di sekolah"),
                           ("prohibition", "Tidak memihak kepada calon tertentu"),
                           ("obligation", "menjaga netralitas guru dalam mengajar")]
    text = ("Perangkat desa Sukamaju mengucapkan 3 butir ikrar, yakni 1) Menjaga ketertiban balai desa. "
            "2) Tidak memasang alat peraga di kantor desa. 3) Melaporkan pelanggaran ke panwascam.")
    assert kinds(text) == [("obligation", "Menjaga ketertiban balai desa"),
                           ("prohibition", "Tidak memasang alat peraga di kantor desa"),
                           ("obligation", "Melaporkan pelanggaran ke panwascam")]


def test_next_ordinal_inside_an_item_opens_the_next_item():
    text = ("Ikrar netralitas itu berisi tiga butir.\n"
            "Pertama, memakai media sosial secara santun dan tidak menyebarkan fitnah dan kedua "
            "menolak pemberian dari calon bupati.")
    assert kinds(text) == [("obligation", "memakai media sosial secara santun"),
                           ("prohibition", "tidak menyebarkan fitnah"),
                           ("obligation", "menolak pemberian dari calon bupati")]
    text = ("Ada empat poin ikrar pegawai Kecamatan Tanjung.\n"
            "Ketiga, tidak mengunggah dukungan kepada calon, dan keempat, melaporkan dugaan "
            "pelanggaran kepada atasan.")
    assert kinds(text) == [("prohibition", "tidak mengunggah dukungan kepada calon"),
                           ("obligation", "melaporkan dugaan pelanggaran kepada atasan")]


def test_ordinal_word_as_both_is_no_new_item():
    text = ("Ada dua butir ikrar.\n"
            "Pertama, menjaga netralitas bersama keluarga dan kedua anaknya di rumah.")
    assert kinds(text) == [("obligation", "menjaga netralitas bersama keluarga dan kedua anaknya di rumah")]


def test_closing_formula_ends_the_last_item():
    text = ("Ikrar itu berisi dua poin.\n"
            "Kedua, menolak politik uang dalam bentuk apa pun demikian ikrar ini kami ucapkan "
            "dan laksanakan dengan penuh tanggung jawab.")
    assert kinds(text) == [("obligation", "menolak politik uang dalam bentuk apa pun")]
    text = ("Pakta integritas lurah Kota Lembah memuat tiga butir.\n"
            "Ketiga, tidak menghadiri deklarasi calon. Demikian pernyataan ini dibuat dengan "
            "sadar dan tanpa paksaan.")
    assert kinds(text) == [("prohibition", "tidak menghadiri deklarasi calon")]


def test_noun_purpose_after_a_pledged_act_stays_out():
    text = ("Ada dua butir ikrar.\n"
            "Pertama, mendukung suksesnya pilkada demi terwujudnya pemerintahan yang bersih.")
    assert kinds(text) == [("obligation", "mendukung suksesnya pilkada")]
    assert kinds("Camat wajib menjaga ketertiban posko demi berjalannya pemungutan suara di "
                 "Desa Lerep.") == [("obligation", "Camat wajib menjaga ketertiban posko")]
    # the actor's own act as the purpose stays in
    assert kinds("Camat wajib hadir di kampanye kedua calon demi menjaga keadilan.") == [
        ("obligation", "Camat wajib hadir di kampanye kedua calon demi menjaga keadilan")]


def test_counted_pledge_without_items_is_no_rule():
    assert kinds("Ada enam butir ikrar yang dibacakan oleh seluruh pegawai di halaman kantor bupati.") == []
    assert kinds("Ikrar netralitas itu berisi empat poin.\n"
                 "Pembacaan ikrar diikuti ratusan pegawai Pemkot Wirasena.") == []


def test_pledged_state_or_future_act():
    assert kinds("Pegawai Kanwil Lerep berikrar akan netral dalam pilkada serentak tahun ini.") == [
        ("obligation", "Pegawai Kanwil Lerep berikrar akan netral dalam pilkada serentak tahun ini")]
    assert kinds("Para guru di Kota Wirasena berikrar untuk independen selama masa kampanye.") == [
        ("obligation", "Para guru di Kota Wirasena berikrar untuk independen selama masa kampanye")]
    assert kinds("Seluruh lurah Kecamatan Tanjung berikrar bakal menolak politik uang.") == [
        ("obligation", "Seluruh lurah Kecamatan Tanjung berikrar bakal menolak politik uang")]


def test_pledge_verb_without_act_or_state_is_no_rule():
    assert kinds("Para pegawai berikrar bersama di halaman kantor bupati.") == []
    assert kinds("Ratusan guru berikrar akan hal itu di aula sekolah.") == []


def test_pledge_told_in_prose_gives_its_acts():
    text = ("Berikutnya, ikrar itu bertujuan mencegah benturan kepentingan, agar tidak "
            "melakukan intimidasi kepada warga, serta tidak memihak kepada calon tertentu.")
    assert kinds(text) == [("obligation", "mencegah benturan kepentingan"),
                           ("prohibition", "tidak melakukan intimidasi kepada warga"),
                           ("prohibition", "tidak memihak kepada calon tertentu")]
    text = ("Janji netralitas itu juga menegaskan santun menggunakan media sosial dan tidak menyebarkan "
            "fitnah serta kabar bohong, dan menolak politik uang dalam bentuk apa pun.")
    assert kinds(text) == [("obligation", "santun menggunakan media sosial"),
                           ("prohibition", "tidak menyebarkan fitnah serta kabar bohong"),
                           ("obligation", "menolak politik uang dalam bentuk apa pun")]
    text = "Ikrar para perangkat desa itu adalah komitmen untuk memelihara dan menaati aturan di Desa Sukamaju."
    assert kinds(text) == [("obligation", "memelihara dan menaati aturan di Desa Sukamaju")]


def test_pledge_told_as_event_or_aim_is_no_rule():
    assert kinds("Ikrar itu diikuti ratusan pegawai di halaman kantor bupati.") == []
    assert kinds("Ikrar tersebut menegaskan komitmen pemerintah daerah Kota Lembah.") == []
    assert kinds("Ikrar yang dibacakan bupati berisi empat poin.") == []


def test_item_acts_go_on_past_a_full_stop():
    text = ("Berikut isi ikrar pegawai Kota Lembah:\n1. Menjaga persatuan bangsa.\n"
            "2. Pegawai dilarang memasang spanduk atau baliho calon. Menghadiri deklarasi kampanye, "
            "dan ikut konvoi pendukung.\n3. Taat kepada hukum yang berlaku.")
    assert kinds(text) == [("obligation", "Menjaga persatuan bangsa"),
                           ("prohibition", "Pegawai dilarang memasang spanduk atau baliho calon"),
                           ("prohibition", "Menghadiri deklarasi kampanye"),
                           ("prohibition", "ikut konvoi pendukung"),
                           ("obligation", "Taat kepada hukum yang berlaku")]
    text = ("Pakta integritas kepala desa Sukamaju memuat hal berikut:\n"
            "- Kepala desa wajib melayani warga tanpa membeda-bedakan. Mencatat setiap laporan warga.\n"
            "- Tidak memihak calon tertentu.")
    assert kinds(text) == [("obligation", "Kepala desa wajib melayani warga tanpa membeda-bedakan"),
                           ("obligation", "Mencatat setiap laporan warga"),
                           ("prohibition", "Tidak memihak calon tertentu")]


def test_item_sentence_without_verb_opening_is_no_act():
    text = ("Berikut isi ikrar pegawai Kota Lembah:\n"
            "1. Pegawai dilarang memasang baliho calon. Hal ini sesuai peraturan yang berlaku.\n"
            "2. Menjaga persatuan bangsa.")
    assert kinds(text) == [("prohibition", "Pegawai dilarang memasang baliho calon"),
                           ("obligation", "Menjaga persatuan bangsa")]


def test_pledge_uttered_by_named_pledgers_gives_their_acts():
    text = ("Adapun ikrar diucapkan para pegawai di lingkungan Kecamatan Tanjung menaati aturan "
            "netralitas dan tidak memihak calon mana pun.")
    assert kinds(text) == [("obligation", "menaati aturan netralitas"),
                           ("prohibition", "tidak memihak calon mana pun")]
    text = "Janji netralitas itu dilafalkan seluruh guru SD Negeri 2 Wirasena menolak segala pemberian dari calon."
    assert kinds(text) == [("obligation", "menolak segala pemberian dari calon")]


def test_pledge_uttered_without_act_is_an_event():
    assert kinds("Ikrar itu dibacakan oleh para guru SD Negeri 2 Wirasena dengan lantang.") == []
    assert kinds("Ikrar dibacakan oleh sekda di aula kantor bupati Lerep.") == []


def test_long_pledge_list_keeps_each_items_own_kind_past_the_gap():
    # the fourth item is four paragraphs after the lead-in: its gap counts from the item before
    text = ("Seluruh kepala sekolah membacakan ikrar.\n\n"
            "Berikut isi ikrar netralitas guru Kabupaten Bukit Jaya. Pertama, menjaga netralitas dalam "
            "pelayanan pendidikan.\n\n"
            "Kedua, menghindari konflik kepentingan, tidak mengintimidasi orang tua murid serta tidak memihak "
            "kepada calon tertentu.\n\n"
            "Ketiga, memakai media sosial dengan santun dan tidak menyebarkan kabar bohong.\n\n"
            "Keempat, menolak pemberian uang dari tim sukses.\n\n"
            "Kelima, tidak menjadi pengurus partai politik.")
    assert kinds(text) == [
        ("obligation", "menjaga netralitas dalam pelayanan pendidikan"),
        ("obligation", "menghindari konflik kepentingan"),
        ("prohibition", "tidak mengintimidasi orang tua murid"),
        ("prohibition", "tidak memihak kepada calon tertentu"),
        ("obligation", "memakai media sosial dengan santun"),
        ("prohibition", "tidak menyebarkan kabar bohong"),
        ("obligation", "menolak pemberian uang dari tim sukses"),
        ("prohibition", "tidak menjadi pengurus partai politik")]


def test_an_ordinal_point_after_a_source_frame_is_an_item():
    # (session 22) "Menurut X, yang kedua ...": the writer tells the next point in the speaker's name
    assert kinds('Jelang pemilu, pegawai Pemkab Alor membacakan ikrar netralitas berisi tiga poin. '
                 '"Pertama menjunjung netralitas dalam pelayanan publik," katanya. '
                 'Menurut Sekda, yang kedua menjauhi konflik kepentingan, tidak mengintimidasi bawahan '
                 'serta tidak memihak calon tertentu.') == [
        ("obligation", "menjunjung netralitas dalam pelayanan publik"),
        ("obligation", "menjauhi konflik kepentingan"),
        ("prohibition", "tidak mengintimidasi bawahan"),
        ("prohibition", "tidak memihak calon tertentu")]
    assert kinds('Menjelang pilkada, guru di Seram membacakan ikrar netralitas berisi empat poin. '
                 'Pertama, menjaga netralitas di sekolah. '
                 'Menurut Kepala Dinas, kedua tidak mengarahkan murid memilih calon tertentu.') == [
        ("obligation", "menjaga netralitas di sekolah"),
        ("prohibition", "tidak mengarahkan murid memilih calon tertentu")]


def test_a_point_that_tells_its_topic_is_no_item():
    # (session 22) "Poin kedua mengatur ...": the point's topic; its rule is the next sentence
    assert kinds('Menjelang pilkada, direksi PDAM menerbitkan surat edaran berisi empat poin. '
                 'Poin pertama, pegawai dilarang memakai atribut calon. '
                 'Poin kedua mengatur penggunaan kendaraan operasional. '
                 'Mobil tangki dilarang ditempeli stiker calon.') == [
        ("prohibition", "pegawai dilarang memakai atribut calon"),
        ("prohibition", "Mobil tangki dilarang ditempeli stiker calon")]
    assert kinds('Jelang pemilu, rektor menerbitkan edaran berisi tiga butir. '
                 'Butir pertama, dosen wajib menjaga netralitas di kampus. '
                 'Butir kedua memuat aturan pemakaian ruang kuliah. '
                 'Ruang kuliah tidak boleh dipakai untuk kampanye.') == [
        ("obligation", "dosen wajib menjaga netralitas di kampus"),
        ("prohibition", "Ruang kuliah tidak boleh dipakai untuk kampanye")]
