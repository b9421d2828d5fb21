"""Cue-less ordinal paragraphs whose actor is a run of actors ('Ketiga, prajurit dan PNS
TNI tidak ...') or whose ordinal follows a noun naming the item ('Perintah pertama, ...',
'Poin kedua, ...'): one more item of the announced list (cues.json ordinal_actor_joiners,
ordinal_lead_words). A block of other stories' headlines between two ordinals does not end
the list. All texts are invented."""
from clause_helpers import kinds


def test_joined_actors_before_a_negated_act():
    text = ("Komandan Kodim menyebut lima hal yang dilarang bagi anggota selama pilkada. "
            "Perintah pertama, bintara dan PNS Kodim tidak menghadiri rapat umum pasangan calon.\n"
            "Poin kedua, bintara hingga perwira tidak memberikan arahan kepada keluarga soal pilihan.")
    assert kinds(text) == [
        ("prohibition", "bintara dan PNS Kodim tidak menghadiri rapat umum pasangan calon"),
        ("prohibition", "bintara hingga perwira tidak memberikan arahan kepada keluarga soal pilihan"),
    ]


def test_related_headlines_between_ordinals_do_not_end_the_list():
    text = ("Kapolres Tirtajaya menyebut empat hal yang dilarang bagi personel. "
            "Pertama, polisi serta PNS Polri tidak menghadiri deklarasi pasangan calon.\n"
            "- Kapolres Tirtajaya Pimpin Apel Gelar Pasukan Pengamanan Pilkada\n"
            "- Warga Sukamaju Gelar Lomba Perahu Hias Jelang Hari Jadi Kabupaten\n"
            "- Harga Cabai Merah Turun Drastis di Pasar Induk Kota Tirtajaya\n"
            "- Dinas Pendidikan Umumkan Jadwal Penerimaan Siswa Baru Tahun Ini\n"
            "Kemudian kedua, polisi maupun PNS Polri tidak mengunggah foto bersama calon.")
    assert kinds(text) == [
        ("prohibition", "polisi serta PNS Polri tidak menghadiri deklarasi pasangan calon"),
        ("prohibition", "polisi maupun PNS Polri tidak mengunggah foto bersama calon"),
    ]


def test_an_ordinal_paragraph_without_an_act_stays_out():
    text = ("Ada tiga hal yang dilarang bagi pegawai. Pertama, pegawai tidak memasang baliho calon.\n"
            "Poin kedua, pelanggaran akan diproses sesuai aturan yang berlaku.")
    assert kinds(text) == [("prohibition", "pegawai tidak memasang baliho calon")]


# -- session 20: an attribution set off by commas after the ordinal ---------------------------

def test_an_attribution_after_the_ordinal_keeps_the_item():
    text = ("Kapolres menyampaikan beberapa larangan bagi personel. Pertama, personel dilarang memasang atribut "
            "partai di asrama.\n\nKedua, kata Kapolres, tidak menghadiri kampanye pasangan calon.\n\n"
            "Ketiga, lanjutnya, tidak berfoto dengan simbol jari bersama calon.")
    assert kinds(text)[1:] == [("prohibition", "tidak menghadiri kampanye pasangan calon"),
                               ("prohibition", "tidak berfoto dengan simbol jari bersama calon")]


def test_an_attribution_after_the_ordinal_in_running_text():
    text = ("Ada tiga hal yang ditekankan Dandim Lembah Raya. Pertama, kata dia, prajurit wajib menjaga netralitas. "
            "Kedua, ujar Dandim, tidak memberi komentar soal calon di media sosial.")
    assert kinds(text) == [("obligation", "prajurit wajib menjaga netralitas"),
                           ("prohibition", "tidak memberi komentar soal calon di media sosial")]
