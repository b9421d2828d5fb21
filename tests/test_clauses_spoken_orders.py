"""Bare orders in an official's speech that open after something other than the sentence's
head, or with a root verb: a chain whose first order has no object, an addressee named
before the order after a condition, openers without a comma, an attribution set in the
middle, root verbs (speech_imperatives, chain_imperatives), name-labelled turns of an
interview, and an elliptic pair whose second act is a noun. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    # the first order of a chain needs no object when a further order follows
    ('"Tolak saja, lalu laporkan ke Panwaslu Kecamatan," ujar Camat Lembah Biru.',
     ["Tolak saja", "laporkan ke Panwaslu Kecamatan"]),
    ("“Tolak aja, kemudian catat nama pemberinya,” kata Kapolsek Sungai Ambun.",
     ["Tolak aja", "catat nama pemberinya"]),
])
def test_an_order_without_object_opens_a_chain(text, expected):
    assert kinds(text) == [("obligation", t) for t in expected]


def test_an_order_without_object_or_chain_is_no_clause():
    assert kinds("“Tolak saja,” ujar Camat Lembah Biru.") == []


@pytest.mark.parametrize("text,expected", [
    # a root verb after a sequence word continues the chain
    ('"Kalau melihat ASN memasang baliho calon, lurah langsung tegur pegawai itu, lalu buat laporan tertulis," kata Sekda Rawa Indah.',
     ["langsung tegur pegawai itu", "buat laporan tertulis"]),
    ("“Jika ada guru yang ikut kampanye, pengawas sekolah catat namanya, kemudian buat berita acara,” ujar Kadisdik Pulau Nipah.",
     ["catat namanya", "buat berita acara"]),
    ("“Catat plat nomor kendaraannya, kemudian foto posko itu dari jalan,” kata Ketua Panwascam Tanjung Asri.",
     ["Catat plat nomor kendaraannya", "foto posko itu dari jalan"]),
])
def test_chain_roots_and_an_addressee_after_a_condition(text, expected):
    assert kinds(text) == [("obligation", t) for t in expected]


@pytest.mark.parametrize("text", [
    # at a sentence's head the same roots are no order: "buat" = "for", "foto" a noun
    "“Buat pegawai honorer, aturannya sama saja,” kata Kepala BKD Rawa Indah.",
    "“Foto bersama pejabat itu sudah beredar sejak pekan lalu,” kata Kepala BKD Rawa Indah.",
])
def test_chain_roots_open_no_order_at_the_head(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("“Antar pemilih lansia sampai pintu TPS, lalu tunggu di luar pagar,” ujar Ketua KPPS Bukit Rawi.",
     ["Antar pemilih lansia sampai pintu TPS", "tunggu di luar pagar"]),
    ("“Kalau bingung, tanya dulu ke sekretariat kami,” kata Kepala Inspektorat Teluk Sari.",
     ["tanya dulu ke sekretariat kami"]),
    ("“Kalau tim sukses datang ke sekolah, terima mereka dengan sopan,” kata Kadisdik Pulau Nipah.",
     ["terima mereka dengan sopan"]),
])
def test_root_verbs_give_orders_in_speech(text, expected):
    assert kinds(text) == [("obligation", t) for t in expected]


@pytest.mark.parametrize("text", [
    "“Terima kasih kepada seluruh pegawai yang hadir hari ini,” kata Kadisdik Pulau Nipah.",
    "Warga Desa Teluk Sari antar jemput anak sekolah dengan perahu setiap pagi.",
    "Simak selengkapnya di kanal kami. Baca juga berita lainnya.",
])
def test_root_verbs_give_nothing_elsewhere(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    # discourse openers and coordinators without a comma before an order or a polite word
    ("“Jadi copot dulu stiker calon dari motor dinas,” kata Camat Bukit Rawi.",
     ["copot dulu stiker calon dari motor dinas"]),
    ("“Dan tolong, kalau ada pimpinan yang memaksa ikut kampanye, laporkan ke inspektorat,” ujar Sekda Teluk Sari.",
     ["laporkan ke inspektorat"]),
])
def test_openers_without_comma(text, expected):
    assert kinds(text) == [("obligation", t) for t in expected]


@pytest.mark.parametrize("text,expected", [
    # an attribution set in the middle makes the sentence speech, and is skipped before the order
    ("Kepala BKD Rawa Indah, Marlina, memberi arahan. Para camat, kata dia, tolong awasi pegawai kecamatan selama masa tenang.",
     ["awasi pegawai kecamatan selama masa tenang"]),
    ("Sekda Pulau Nipah, Hendrik, menutup rapat itu. Kades, ujarnya, tolong catat warga yang menerima amplop.",
     ["catat warga yang menerima amplop"]),
])
def test_attribution_in_the_middle(text, expected):
    assert kinds(text) == [("obligation", t) for t in expected]


def test_name_labelled_turns_of_an_interview_are_speech():
    text = ("RK: Apa pesan Ibu untuk para guru?\n\n"
            "Yuliani: Guru tetap mengajar seperti biasa.\n\n"
            "RK: Bagaimana kalau ada yang memaksa?\n\n"
            "Yuliani: Itu tidak bisa dibenarkan. Kalau ada kepala sekolah yang memaksa, catat saja namanya.\n\n"
            "RK: Terima kasih.\n\n"
            "Yuliani: Sama-sama.")
    assert ("obligation", "catat saja namanya") in kinds(text)


@pytest.mark.parametrize("text,expected", [
    # an elliptic pair: after a verb's part, one noun of an activity is the second act
    ("“Hadir boleh, orasi jangan,” kata Camat Bukit Rawi.",
     [("permission", "Hadir boleh"), ("prohibition", "orasi jangan")]),
    ("“Menonton boleh, joget tidak,” ujar Kapolsek Teluk Sari.",
     [("permission", "Menonton boleh"), ("prohibition", "joget tidak")]),
])
def test_elliptic_pair_with_a_noun_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a run of orders to the reader goes on in bare imperatives after an imperative cue
    ("Jagalah sikap netral tanpa tekanan dari siapa pun. Tentukan pilihan yang terbaik untuk Teluk Sari.",
     [("obligation", "Jagalah sikap netral tanpa tekanan dari siapa pun"),
      ("obligation", "Tentukan pilihan yang terbaik untuk Teluk Sari")]),
    ("Patuhi aturan netralitas selama masa tenang. Simpan pilihan politik untuk bilik suara.",
     [("obligation", "Patuhi aturan netralitas selama masa tenang"),
      ("obligation", "Simpan pilihan politik untuk bilik suara")]),
])
def test_a_run_of_orders_goes_on(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # no imperative cue opens the run: a promotion, a narrated sentence, a question before
    "Simak berita lainnya di kanal kami. Dapatkan informasi terbaru setiap hari.",
    "Pegawai BKD Teluk Sari mengikuti apel pagi. Simpan berkas di lemari arsip.",
])
def test_no_run_without_an_imperative_cue(text):
    assert kinds(text) == []



@pytest.mark.parametrize("text,expected", [
    # an object in -nya fronted before a bare order in speech
    ("Sekda Teluk Sari memberi arahan. “Ponselnya simpan di loker sebelum masuk ruang rapat,” katanya.",
     [("obligation", "Ponselnya simpan di loker sebelum masuk ruang rapat")]),
    ("Camat Bukit Rawi memberi arahan. “Silakan hadir, tapi seragamnya lepas dulu,” katanya.",
     [("permission", "Silakan hadir"), ("obligation", "seragamnya lepas dulu")]),
])
def test_fronted_object_before_an_order(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # a person in -nya before the verb is its doer: a report, no order
    "Camat Bukit Rawi bercerita. “Anaknya tolak ajakan itu kemarin sore,” katanya.",
    "Camat Bukit Rawi bercerita. “Tetangganya catat semua tamu yang datang,” katanya.",
])
def test_a_person_before_the_verb_is_no_fronted_object(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    # in speech, an act judged by a one-word verdict, then a bare order
    ("Camat Bukit Rawi memberi arahan. “Hadir silakan, simpan atribut partai di rumah,” katanya.",
     [("permission", "Hadir silakan"), ("obligation", "simpan atribut partai di rumah")]),
    ("Sekda Teluk Sari memberi arahan. “Punya pilihan boleh, rahasiakan sampai hari pencoblosan,” ujarnya.",
     [("permission", "Punya pilihan boleh"), ("obligation", "rahasiakan sampai hari pencoblosan")]),
])
def test_verdict_then_order(text, expected):
    assert kinds(text) == expected


def test_verdict_then_order_needs_speech():
    assert kinds("Warga Desa Rawi bercerita tentang pesta. Hadir silakan, simpan atribut di rumah.") == []
