"""Acts inside one sentence (patterns 6, 7, 10, 11). All texts are invented."""
import pytest

from clause_helpers import clauses_of, kinds


@pytest.mark.parametrize("text,acts", [
    ("SE itu melarang pegawai bersikap memihak, misalnya menempel stiker calon di kendaraan dinas, "
     "menyebarkan brosur, hadir di rapat umum, bahkan menjadi juru bicara pasangan calon.",
     ["melarang pegawai bersikap memihak", "menempel stiker calon di kendaraan dinas", "menyebarkan brosur",
      "hadir di rapat umum", "menjadi juru bicara pasangan calon"]),
    ("Bupati Karangjati melarang ASN berpolitik praktis, seperti mengikuti konvoi kampanye, "
     "memasang bendera partai di rumah dinas, termasuk mengantar calon mendaftar.",
     ["melarang ASN berpolitik praktis", "mengikuti konvoi kampanye", "memasang bendera partai di rumah dinas",
      "mengantar calon mendaftar"]),
])
def test_enumeration_after_a_cue_gives_the_head_act_and_each_example(text, acts):
    found = clauses_of(text)
    assert [c.text for c in found] == acts
    assert {c.kind for c in found} == {"prohibition"}


@pytest.mark.parametrize("text", [
    "ASN dilarang mengikuti kegiatan seperti pertemuan, pengajian politik, atau arisan calon.",
    "Pegawai dilarang menghadiri acara misalnya deklarasi dan konser kampanye.",
])
def test_enumeration_of_nouns_is_one_act(text):
    assert len(clauses_of(text)) == 1


@pytest.mark.parametrize("text,acts", [
    ("ASN dilarang ikut kampanye, kampanye memakai atribut partai, dan menjadi peserta kampanye dengan mengerahkan ASN lain.",
     ["ASN dilarang ikut kampanye", "kampanye memakai atribut partai",
      "menjadi peserta kampanye dengan mengerahkan ASN lain"]),
    ("Camat diwajibkan mengawasi lurah, melaporkan pelanggaran kepada inspektorat, serta menegur staf yang lalai.",
     ["Camat diwajibkan mengawasi lurah", "melaporkan pelanggaran kepada inspektorat", "menegur staf yang lalai"]),
])
def test_comma_joined_acts_share_one_cue(text, acts):
    assert [c.text for c in clauses_of(text)] == acts


@pytest.mark.parametrize("text", [
    "ASN dilarang membuat unggahan, menyukai, membagikan konten calon.",
    "Pegawai tidak boleh mengomentari, menyukai dan membagikan video kampanye pasangan calon.",
])
def test_run_of_verbs_sharing_one_object_is_one_act(text):
    assert len(clauses_of(text)) == 1


@pytest.mark.parametrize("text,expected", [
    ("ASN diperbolehkan hadir saat kampanye, tapi tidak boleh ikut bersorak.",
     [("permission", "ASN diperbolehkan hadir saat kampanye"), ("prohibition", "tidak boleh ikut bersorak")]),
    ("Pegawai boleh menonton debat di rumah, namun dilarang mengunggah komentar dukungan.",
     [("permission", "Pegawai boleh menonton debat di rumah"), ("prohibition", "dilarang mengunggah komentar dukungan")]),
    ("Yang dilarang adalah menjadi juru kampanye.", [("prohibition", "Yang dilarang adalah menjadi juru kampanye")]),
    ("\"Yang kami larang adalah memakai seragam dinas di panggung kampanye,\" ujarnya.",
     [("prohibition", "Yang kami larang adalah memakai seragam dinas di panggung kampanye")]),
])
def test_mixed_modality_and_free_relatives(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,tail", [
    ("Sekadar menonton debat di rumah, itu sah-sah saja dan boleh.",
     "Sekadar menonton debat di rumah, itu sah-sah saja dan boleh"),
    ("\"Misalnya, mengantar deklarasi, meminjamkan mobil kantor untuk tim sukses, itu semua tidak diperbolehkan,\" tutupnya.",
     "meminjamkan mobil kantor untuk tim sukses, itu semua tidak diperbolehkan"),
    ("“Buat kami, memakai ruang rapat untuk kepentingan calon itu pantang,” katanya.",
     "memakai ruang rapat untuk kepentingan calon itu pantang"),
])
def test_a_cue_closing_its_sentence_judges_the_acts_before_it(text, tail):
    found = clauses_of(text)
    assert found and found[-1].text == tail
    assert len({c.kind for c in found}) == 1


@pytest.mark.parametrize("text,acts", [
    ("ASN dilarang memasang atribut calon. Kemudian tidak berpihak kepada salah satu calon. Apalagi terlibat dalam deklarasi.",
     ["ASN dilarang memasang atribut calon", "tidak berpihak kepada salah satu calon", "terlibat dalam deklarasi"]),
    ("\"Pegawai harus netral. Kemudian tidak memihak dalam pelayanan, apalagi ikut menggalang dukungan warga,\" kata Bupati.",
     ["Pegawai harus netral", "tidak memihak dalam pelayanan", "ikut menggalang dukungan warga"]),
])
def test_negated_continuations_are_prohibitions(text, acts):
    found = clauses_of(text)
    assert [c.text for c in found] == acts
    assert [c.kind for c in found][1:] == ["prohibition", "prohibition"]


@pytest.mark.parametrize("text,second", [
    ("Setiap ASN wajib menjaga netralitas dan tidak terlibat politik praktis.", "tidak terlibat politik praktis"),
    ("Pegawai harus bersikap adil serta tidak memihak dalam melayani warga.", "tidak memihak dalam melayani warga"),
])
def test_negated_act_under_an_obligation_is_a_prohibition(text, second):
    assert [k for k, _ in kinds(text)] == ["obligation", "prohibition"]
    assert kinds(text)[1][1] == second


@pytest.mark.parametrize("text", [
    "Bupati menginstruksikan para camat untuk mengawasi bawahannya dan melaporkan setiap dugaan pelanggaran.",
    "Wali kota memerintahkan kepala dinas untuk menegur pegawainya dan mencatat setiap pelanggaran netralitas.",
])
def test_acts_with_their_own_objects_joined_by_dan_are_two_acts(text):
    found = clauses_of(text)
    assert [c.kind for c in found] == ["obligation", "obligation"]
    assert found[1].actor == found[0].actor


@pytest.mark.parametrize("text,tail", [
    ("\"Pegawai dilarang memberikan dukungan kepada bakal calon bupati. Dengan cara memasang spanduk di rumah dinas. "
     "Melakukan kampanye di grup pesan,\" tegas edaran Bupati Sukamaju.",
     ["memasang spanduk di rumah dinas", "Melakukan kampanye di grup pesan"]),
    ("ASN Kota Pelita juga dilarang menghadiri deklarasi pasangan calon.\n\n"
     "Membuat dan menyukai unggahan kampanye di akun pribadi.\n\n"
     "Seperti lanjutnya menjadi admin akun relawan calon.",
     ["Membuat dan menyukai unggahan kampanye di akun pribadi", "menjadi admin akun relawan calon"]),
])
def test_subjectless_sentences_after_a_rule_continue_its_acts(text, tail):
    found = clauses_of(text)
    assert [c.text for c in found][1:] == tail
    assert {c.kind for c in found} == {"prohibition"} and len({c.actor for c in found}) == 1


@pytest.mark.parametrize("text", [
    "ASN Kota Pelita dilarang menghadiri deklarasi pasangan calon.\n\nMenanggapi hal itu, Ketua DPRD meminta edaran segera disebar.",
    "Pegawai dilarang memasang baliho calon.\n\nMengingat banyaknya laporan, Bawaslu membuka posko pengaduan.",
])
def test_a_new_paragraph_opening_with_a_framing_verb_is_not_a_continuation(text):
    assert len(clauses_of(text)) == 1


@pytest.mark.parametrize("text,expected", [
    ("“Menerima uang untuk memilih calon itu haram, begitu juga memberikannya,” kata Ketua MUI Pelita.",
     "Menerima uang untuk memilih calon itu haram"),
    ("Ia menambahkan, bagi pegawai pemerintah, menjaga netralitas wajib hukumnya karena mereka digaji negara.",
     "menjaga netralitas wajib"),
])
def test_closing_cue_after_framing_and_before_a_reason(text, expected):
    assert [c.text for c in clauses_of(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Pegawai dilarang memakai program pemerintah seperti bantuan bibit dan pupuk untuk kampanye, serta tidak menempelkan gambar calon pada bantuan.",
    "ASN dilarang menghadiri acara seperti pengajian dan arisan calon, dan tidak membagikan sembako bergambar calon.",
])
def test_negated_act_after_a_noun_example_list_is_its_own(text):
    found = clauses_of(text)
    assert [c.kind for c in found] == ["prohibition", "prohibition"] and found[1].text.startswith("tidak ")


@pytest.mark.parametrize("text,first", [
    ("\"ASN memiliki hak untuk memilih, namun suara mereka tidak boleh ikut serta dalam politik,\" katanya.",
     "ASN memiliki hak untuk memilih"),
    ("Pegawai boleh menonton kampanye, tetapi pegawai yang berseragam tidak boleh hadir di panggung.",
     "Pegawai boleh menonton kampanye"),
])
def test_an_act_ends_at_a_contrast_before_the_next_cue(text, first):
    found = clauses_of(text)
    assert [c.kind for c in found] == ["permission", "prohibition"] and found[0].text == first
