"""Shapes found in real news on ASN neutrality circulars that the earlier rules missed
(issue 9, session 4). Every mechanism is tested on at least two wordings; all texts
are invented (regions, outlets and officials included)."""
import pytest

from clause_helpers import clauses_of, kinds


# -- an enumeration that opens the sentence after a noun of rule ----------------------
@pytest.mark.parametrize("text,acts,kind", [
    ("Kepala BKPSDM Kabupaten Sukamaju, Rina, mengatakan ada beberapa larangan yang sering diabaikan pegawai. "
     "Misalnya, memasang bingkai foto calon di akun pribadi, meneruskan pesan kampanye di grup kantor, atau "
     "menyukai unggahan partai.",
     ["memasang bingkai foto calon di akun pribadi", "meneruskan pesan kampanye di grup kantor",
      "menyukai unggahan partai"], "prohibition"),
    ("Edaran itu juga memuat sejumlah kewajiban bagi camat.\n\nAntara lain mendata pegawai yang mengambil cuti "
     "kampanye, lalu melaporkannya kepada bupati setiap pekan.",
     ["mendata pegawai yang mengambil cuti kampanye", "melaporkannya kepada bupati setiap pekan"], "obligation"),
])
def test_enumeration_in_the_next_sentence_takes_the_kind_of_the_noun_before(text, acts, kind):
    found = clauses_of(text)
    assert [c.text for c in found] == acts
    assert {c.kind for c in found} == {kind}


@pytest.mark.parametrize("text", [
    "Harga cabai naik tajam pekan ini. Misalnya, di Pasar Baru harga cabai rawit mencapai Rp80 ribu.",
    "Larangan mudik sudah dicabut tahun lalu. Misalnya, warga kini bebas bepergian ke kampung halaman.",
    "Pemkot Tirtajaya menyiapkan banyak kegiatan. Misalnya, menggelar lomba senam dan jalan sehat.",
])
def test_an_enumeration_without_a_rule_before_it_gives_nothing(text):
    assert clauses_of(text) == []


# -- a sanction paragraph is no item of the list before it ----------------------------
@pytest.mark.parametrize("text,n", [
    ("Pertama, ASN dilarang memasang baliho calon.\n\nKedua, pegawai yang pasangannya menjadi calon boleh "
     "mendampingi saat pendaftaran.\n\nKetiga, pelanggaran atas edaran ini akan diproses sesuai aturan.", 2),
    ("Isi edaran itu sebagai berikut:\n1. Pegawai dilarang memasang spanduk calon.\n2. Tidak menghadiri "
     "deklarasi calon.\n3. Bagi pegawai yang melanggar akan dijatuhi hukuman disiplin.", 2),
    ("Kesatu, pegawai boleh menonton debat sebagai pendengar. Kedua, ASN yang terbukti melanggar dikenai "
     "sanksi sedang.", 1),
])
def test_a_sanction_after_ordinals_or_items_gives_no_clause(text, n):
    found = clauses_of(text)
    assert len(found) == n
    assert not any("melanggar" in c.text or "pelanggaran" in c.text for c in found)


def test_a_negated_ordinal_after_a_permission_is_a_prohibition():
    found = kinds("Pertama, pegawai boleh menghadiri kampanye sebagai pendengar.\n\nKedua, tidak memakai "
                  "atribut partai di lokasi kampanye.")
    assert found == [("permission", "pegawai boleh menghadiri kampanye sebagai pendengar"),
                     ("prohibition", "tidak memakai atribut partai di lokasi kampanye")]


# -- "A ataupun B", "A maupun B": two full acts ---------------------------------------
@pytest.mark.parametrize("text,acts", [
    ("Yang dilarang, lanjut dia, adalah menjadi juru kampanye ataupun menyebarkan materi kampanye di grup kantor.",
     ["menjadi juru kampanye", "menyebarkan materi kampanye di grup kantor"]),
    ("Pegawai tidak boleh menjadi tim sukses maupun mengumpulkan dukungan warga untuk calon.",
     ["Pegawai tidak boleh menjadi tim sukses", "mengumpulkan dukungan warga untuk calon"]),
])
def test_acts_joined_by_ataupun_or_maupun_are_two(text, acts):
    assert [c.text for c in clauses_of(text)] == acts


@pytest.mark.parametrize("text", [
    "Pegawai dilarang memasang spanduk ataupun baliho calon.",
    "ASN tidak boleh mengunggah maupun membagikan konten calon.",
])
def test_nouns_or_verbs_sharing_an_object_joined_by_maupun_stay_one(text):
    assert len(clauses_of(text)) == 1


# -- nouns of rule: an addressee then the act, and examples after a predicate -----------
@pytest.mark.parametrize("text,expected", [
    ("Dalam edaran itu juga tercantum larangan bagi pegawai menghadiri deklarasi bakal calon.",
     ("larangan bagi pegawai menghadiri deklarasi bakal calon", "pegawai")),
    ("Edaran itu memuat larangan bagi seluruh ASN memasang foto calon sebagai foto profil.",
     ("larangan bagi seluruh ASN memasang foto calon sebagai foto profil", "seluruh ASN")),
])
def test_a_noun_of_rule_with_its_addressee_then_the_act(text, expected):
    found = clauses_of(text)
    assert [(c.text, c.actor) for c in found] == [expected] and found[0].kind == "prohibition"


@pytest.mark.parametrize("text,acts", [
    ("Larangan bagi ASN tersebut tetap berlaku selama masa cuti, seperti menggunakan fasilitas negara, "
     "menggerakkan pegawai lain, dan menjadi pembicara dalam kampanye.",
     ["menggunakan fasilitas negara", "menggerakkan pegawai lain", "menjadi pembicara dalam kampanye"]),
    ("Kewajiban bagi para camat itu tidak berubah meski masa kampanye usai, antara lain mengawasi lurah "
     "dan memantau media sosial staf.",
     ["mengawasi lurah", "memantau media sosial staf"]),
])
def test_a_noun_of_rule_with_a_predicate_before_its_examples_gives_the_examples(text, acts):
    assert [c.text for c in clauses_of(text)] == acts


@pytest.mark.parametrize("text", [
    "Pegawai yang bertugas sebagai anggota KPPS mengurus izin tidak masuk kerja di bagian umum.",
    "Ia mengaku sudah mengantongi izin tidak hadir dari atasannya.",
])
def test_a_noun_of_rule_before_a_negator_names_a_thing(text):
    assert clauses_of(text) == []


# -- the acts of a content that opens with words before its verb ---------------------------
@pytest.mark.parametrize("text,acts", [
    ("\"Yang penting, ASN tidak menunjukkan pilihannya di depan umum, apalagi mengajak rekan kerja memilih "
     "calon tertentu,\" kata Hamzah.",
     ["Yang penting, ASN tidak menunjukkan pilihannya di depan umum", "mengajak rekan kerja memilih calon tertentu"]),
    ("Pegawai tidak boleh aktif ikut mengatur acara, hadir berkampanye, atau mengikuti yel-yel pemenangan.",
     ["Pegawai tidak boleh aktif ikut mengatur acara", "hadir berkampanye", "mengikuti yel-yel pemenangan"]),
])
def test_acts_are_split_when_the_content_opens_with_words_before_the_verb(text, acts):
    found = clauses_of(text)
    assert [c.text for c in found] == acts and {c.kind for c in found} == {"prohibition"}


# -- a modal cue followed by its addressee ---------------------------------------------------
@pytest.mark.parametrize("text,acts,actor", [
    ("Dilarang bagi seluruh ASN untuk memasang baliho calon, menghadiri deklarasi, dan membagikan materi kampanye.",
     ["Dilarang bagi seluruh ASN untuk memasang baliho calon", "menghadiri deklarasi", "membagikan materi kampanye"],
     "seluruh ASN"),
    ("Sebaliknya dilarang bagi pegawai hadir secara aktif, bertanya kepada calon, dan mengarahkan pilihan warga.",
     ["dilarang bagi pegawai hadir secara aktif", "bertanya kepada calon", "mengarahkan pilihan warga"], "pegawai"),
])
def test_a_modal_cue_then_bagi_and_its_addressee(text, acts, actor):
    found = clauses_of(text)
    assert [c.text for c in found] == acts and {c.actor for c in found} == {actor}


# -- a permission with a negated act after a contrast -----------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("ASN diperkenankan menonton debat di balai warga namun tidak bersorak mendukung calon.",
     [("permission", "ASN diperkenankan menonton debat di balai warga"),
      ("prohibition", "tidak bersorak mendukung calon")]),
    ("Seorang pegawai hanya dibolehkan untuk hadir tapi tidak memakai atribut kampanye.",
     [("permission", "Seorang pegawai hanya dibolehkan untuk hadir"), ("prohibition", "tidak memakai atribut kampanye")]),
])
def test_permission_then_a_negated_act_after_a_contrast(text, expected):
    assert kinds(text) == expected


# -- a new pronoun subject after a comma ends the act ---------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("\"Jangan coba-coba ikut politik praktis, kami akan jatuhkan sanksi berat,\" kata Sekda.",
     [("prohibition", "Jangan coba-coba ikut politik praktis")]),
    ("\"ASN tidak bisa ikut berkampanye, namun mereka bisa datang ke kampanye untuk menyimak visi calon,\" ujarnya.",
     [("prohibition", "ASN tidak bisa ikut berkampanye")]),
])
def test_a_clause_with_its_own_pronoun_subject_ends_the_act(text, expected):
    assert kinds(text) == expected
