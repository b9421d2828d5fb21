"""Rules said informally (session 13): acts named before their judgement, pseudo-clefts
after a discourse word, orders after a condition without a comma, and acts joined under
"jangan". All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    # "jangan A atau B": neither act, one clause each
    ("Selain itu, jangan berkampanye lewat grup percakapan atau memposting calon idola.",
     [("prohibition", "jangan berkampanye lewat grup percakapan"), ("prohibition", "memposting calon idola")]),
    ("Para guru jangan mengunggah foto calon atau membagikan selebaran partai di sekolah.",
     [("prohibition", "Para guru jangan mengunggah foto calon"),
      ("prohibition", "membagikan selebaran partai di sekolah")]),
])
def test_jangan_with_atau_forbids_each_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # after "tidak" the hold-out gold keeps the alternatives in one clause
    ("Namun, mereka diminta tidak mengacungkan jari atau memperagakan nomor urut calon.",
     [("prohibition", "mereka diminta tidak mengacungkan jari atau memperagakan nomor urut calon")]),
    ("Pegawai honorer diminta tidak menyukai unggahan calon atau mengomentari akun partai.",
     [("prohibition", "Pegawai honorer diminta tidak menyukai unggahan calon atau mengomentari akun partai")]),
])
def test_tidak_with_atau_stays_one_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun said as the verb after the negator, a parenthesis and an aggravator without a comma
    ("Selain itu, jangan kampanye lewat medsos (WhatsApp) atau posting calon idola apa lagi berfoto dengan calon.",
     ["jangan kampanye lewat medsos (WhatsApp)", "posting calon idola", "berfoto dengan calon"]),
    ("Guru jangan kampanye di kelas atau mengajak murid ke posko apalagi menjadi tim sukses.",
     ["Guru jangan kampanye di kelas", "mengajak murid ke posko", "menjadi tim sukses"]),
])
def test_noun_act_and_aggravator_without_comma(text, expected):
    assert kinds(text) == [("prohibition", t) for t in expected]


@pytest.mark.parametrize("text,expected", [
    ("Kepala desa dilarang ikut kampanye apalagi menjelang hari pencoblosan.",
     "Kepala desa dilarang ikut kampanye apalagi menjelang hari pencoblosan"),
    ("Perangkat nagari dilarang berpolitik apalagi di balai nagari.",
     "Perangkat nagari dilarang berpolitik apalagi di balai nagari"),
])
def test_aggravator_without_comma_needs_a_verb(text, expected):
    assert kinds(text) == [("prohibition", expected)]


@pytest.mark.parametrize("text,expected", [
    ("Justru yang dilarang adalah guru honorer mengajak murid ke posko pemenangan.",
     ("prohibition", "yang dilarang adalah guru honorer mengajak murid ke posko pemenangan")),
    ("Namun yang tidak boleh adalah kepala desa memasang baliho calon di balai desa.",
     ("prohibition", "yang tidak boleh adalah kepala desa memasang baliho calon di balai desa")),
    ('"Jadi yang boleh datang cuma mahasiswa dan pengajar honorer," ujar Wakil Rektor Universitas Pesisir.',
     ("permission", "yang boleh datang cuma mahasiswa dan pengajar honorer")),
    ("Yang boleh ikut hanya warga yang sudah terdaftar di posko.",
     ("permission", "Yang boleh ikut hanya warga yang sudah terdaftar di posko")),
])
def test_pseudo_cleft_after_a_discourse_word(text, expected):
    assert kinds(text) == [expected]


@pytest.mark.parametrize("text", [
    "Calon yang boleh hadir hanya dua orang.",
    "Ia menjelaskan yang dilarang adalah guru honorer mengajak murid.",
])
def test_relative_inside_a_sentence_is_no_cleft(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ('"Jangankan begitu, untuk menyukai unggahan partai atau calon bupati saja dilarang," kata Yusuf.',
     "untuk menyukai unggahan partai atau calon bupati saja dilarang"),
    ('"Jangankan seperti itu, untuk menekan tombol suka di akun partai saja dilarang," ujar Sekda Batu Hijau.',
     "untuk menekan tombol suka di akun partai saja dilarang"),
])
def test_jangankan_frame_without_act_stays_outside(text, expected):
    assert kinds(text) == [("prohibition", expected)]


@pytest.mark.parametrize("text,expected", [
    ("Selama masa kampanye, kepala desa memasang baliho calon termasuk pelanggaran.",
     "kepala desa memasang baliho calon termasuk pelanggaran"),
    ("Menjelang hari pencoblosan, memasang foto calon di kantor dinas tidak dibenarkan.",
     "memasang foto calon di kantor dinas tidak dibenarkan"),
])
def test_judged_act_after_a_fronted_time(text, expected):
    assert kinds(text) == [("prohibition", expected)]


@pytest.mark.parametrize("text", [
    '"Guru PNS itu bersifat netral dan independen, jangan berafiliasi ke partai mana pun," ujar Sutrisno.',
    '"Guru sesuai aturan yang ada bersifat netral jangan berafiliasi ke partai mana pun," kata Kadis.',
])
def test_subject_of_another_predicate_is_no_actor(text):
    assert kinds(text) == [("prohibition", "jangan berafiliasi ke partai mana pun")]


@pytest.mark.parametrize("text,expected", [
    ('"Guru harus netral. Kalau pun memakai hak suaranya gunakan hak pilih sesuai hati nurani," ujarnya.',
     [("obligation", "Guru harus netral"), ("obligation", "gunakan hak pilih sesuai hati nurani")]),
    ('"Kalau menemukan pelanggaran laporkan ke Panwascam Sungai Lintang," ujar Ketua Bawaslu.',
     [("obligation", "laporkan ke Panwascam Sungai Lintang")]),
])
def test_order_after_a_condition_without_comma_in_speech(text, expected):
    assert kinds(text) == expected


def test_order_after_a_condition_without_comma_in_narration_is_none():
    assert kinds("Kalau menemukan pelanggaran laporkan ke Panwascam.") == []
