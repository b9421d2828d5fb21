"""Lists of violations: acts named as violations are prohibitions, whatever duty a lead-in
puts on them ("pelanggaran yang harus dijaga"); an item opened by a noun of prohibition and
an ordinal ("Pelanggaran keempat ...") is one more item; kinds of violation
("jenis pelanggaran yang ...") announce prohibitions; command verbs bind a "bahwa" clause;
"salah satunya" marks examples. An item's own cue still decides its kind."""
from clause_helpers import kinds


def test_violations_announced_with_duty_are_prohibitions():
    found = kinds("Ada enam pelanggaran yang harus diwaspadai para lurah. Pertama, memasang baliho "
                  "calon di kantor kelurahan. Kedua, menghadiri deklarasi pasangan calon.")
    assert found == [("prohibition", "memasang baliho calon di kantor kelurahan"),
                     ("prohibition", "menghadiri deklarasi pasangan calon")]
    found = kinds("Kepala BKD menyebut empat larangan yang wajib diperhatikan perangkat desa. "
                  "Pertama, mengunggah foto bersama calon. Kedua, tidak memakai seragam saat kampanye.")
    assert [k for k, _ in found] == ["prohibition", "prohibition"]


def test_ordinal_violation_heads():
    found = kinds("Ada tujuh pelanggaran yang harus dicegah para lurah. Pertama, memasang baliho calon "
                  "di kantor. Pelanggaran kedua yang harus dijaga lurah, yakni ikut dalam deklarasi "
                  "pasangan calon. Pelanggaran ketiga menjadi pengurus partai politik. Pelanggaran yang "
                  "keempat, harus benar-benar dicegah oleh semua lurah, yakni menggunakan mobil dinas "
                  "untuk kampanye.")
    assert found == [("prohibition", "memasang baliho calon di kantor"),
                     ("prohibition", "ikut dalam deklarasi pasangan calon"),
                     ("prohibition", "menjadi pengurus partai politik"),
                     ("prohibition", "menggunakan mobil dinas untuk kampanye")]


def test_violation_told_by_its_act_and_after_a_sequence_word():
    found = kinds("Camat Lembah Jati menyebut lima pelanggaran yang harus dihindari kepala desa. "
                  "Pertama, pelanggaran tentang kepala desa yang masuk grup relawan calon. Selanjutnya "
                  "pelanggaran memasang spanduk calon di balai desa.")
    assert found == [("prohibition", "pelanggaran tentang kepala desa yang masuk grup relawan calon"),
                     ("prohibition", "memasang spanduk calon di balai desa")]


def test_violation_item_keeps_its_own_cue_and_cases_stay_out():
    found = kinds("Kepala dinas menyebut ada lima larangan bagi guru honorer. Larangan kedua, guru "
                  "tidak boleh mengajak murid ke lokasi kampanye. Larangan ketiga ialah memakai kaus "
                  "bergambar calon saat mengajar.")
    assert found == [("prohibition", "guru tidak boleh mengajak murid ke lokasi kampanye"),
                     ("prohibition", "memakai kaus bergambar calon saat mengajar")]
    # a case told, with no list of violations before it
    assert kinds("Bawaslu mencatat dua pelanggaran. Pelanggaran pertama terjadi di Desa Sukamaju.") == []
    assert kinds("Ada tiga pelanggaran yang harus dijaga pegawai. Pertama, mengunggah foto calon. "
                 "Pelanggaran kedua akan dikenai sanksi berat.") == [("prohibition", "mengunggah foto calon")]


def test_kinds_of_violation_announce_prohibitions():
    found = kinds("Camat menguraikan setiap jenis pelanggaran yang bisa saja diperbuat oleh perangkat desa. "
                  "Mulai dari mengunggah foto calon di media sosial, menempel stiker atau poster calon "
                  "di rumah dinas.")
    assert found == [("prohibition", "mengunggah foto calon di media sosial"),
                     ("prohibition", "menempel stiker atau poster calon di rumah dinas")]
    found = kinds("Panwascam Rawa Indah memaparkan bentuk pelanggaran yang kerap ditemukan pada pegawai "
                  "honorer, misalnya memasang bendera partai di kantor desa dan membagikan sembako atas "
                  "nama calon.")
    assert found == [("prohibition", "memasang bendera partai di kantor desa"),
                     ("prohibition", "membagikan sembako atas nama calon")]


def test_command_verb_binds_that_clause():
    assert kinds("Kepala Dinas Pendidikan Kabupaten Lembah Hijau melarang bahwa setiap kepala sekolah "
                 "terlibat kampanye pasangan calon.") == [
        ("prohibition", "melarang bahwa setiap kepala sekolah terlibat kampanye pasangan calon")]
    assert kinds("Bupati Tanjung Karang juga mewajibkan bahwa seluruh camat melaporkan kegiatan "
                 "kampanye di wilayahnya setiap pekan.") == [
        ("obligation", "mewajibkan bahwa seluruh camat melaporkan kegiatan kampanye di wilayahnya setiap pekan")]
    assert kinds("Bupati mengingatkan bahwa pemilihan tinggal sebulan lagi.") == []


def test_salah_satunya_marks_examples():
    found = kinds("Ada beberapa bentuk kegiatan yang dilarang bagi kepala desa salah satunya menjadi "
                  "pengurus partai politik dan menghadiri deklarasi calon.")
    assert found == [("prohibition", "menjadi pengurus partai politik"),
                     ("prohibition", "menghadiri deklarasi calon")]
    found = kinds("Lurah dilarang berpolitik praktis, salah satunya menjadi juru kampanye pasangan calon.")
    assert found == [("prohibition", "Lurah dilarang berpolitik praktis"),
                     ("prohibition", "menjadi juru kampanye pasangan calon")]


def test_directive_with_addressee_set_off_by_commas():
    found = kinds("Ia meminta, seluruh lurah di Kota Batu Hijau, tidak menggunakan mobil dinas untuk "
                  "kampanye, tidak membuat keputusan yang menguntungkan salah satu calon.")
    assert found == [
        ("prohibition", "meminta, seluruh lurah di Kota Batu Hijau, tidak menggunakan mobil dinas untuk kampanye"),
        ("prohibition", "tidak membuat keputusan yang menguntungkan salah satu calon")]
    assert kinds("Bupati Sawah Lebar juga mengimbau, para kepala sekolah, menjaga netralitas selama "
                 "masa kampanye.") == [
        ("obligation", "mengimbau, para kepala sekolah, menjaga netralitas selama masa kampanye")]
    assert kinds("Ia meminta, ASN yang melanggar, akan diproses.") == []
