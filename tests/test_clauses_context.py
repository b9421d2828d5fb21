"""Rules whose shape spans more than a cue and its object: a lead-in whose kind is named
sentences earlier, manner lists ("dengan cara A, B, C"), nominal rules with examples,
bare command verbs and addressees outside the actor lexicon, subjects between an
advisory cue and its negation, parenthetical attributions. All texts are invented."""
import pytest

from clause_helpers import clauses_of, kinds


@pytest.mark.parametrize("text", [
    "Bupati Sungai Tenang menyebarkan selebaran berisi larangan bagi pegawai menjelang pilkada. "
    "Selebaran itu beredar sejak Selasa.\n\nMenurut dia, isinya merangkum keputusan bersama lima lembaga.\n\n"
    "Isi selebaran tersebut sebagai berikut :\n\n1. Memasang baliho bakal calon,\n\n2. Menghadiri deklarasi pasangan calon.",
    "Wali Kota Pantai Indah mengedarkan pengumuman tentang larangan untuk aparatur sipil negara.\n\n"
    "Pengumuman itu dibagikan lewat grup percakapan dinas.\n\nPoin-poinnya sebagai berikut:\n\n"
    "a. Mengunggah foto bersama calon\n\nb. Menjadi pengurus tim pemenangan",
])
def test_lead_in_takes_the_kind_named_a_few_sentences_before(text):
    found = clauses_of(text)
    assert [c.kind for c in found] == ["prohibition", "prohibition"], [(c.kind, c.text) for c in found]
    assert all(c.list_marker for c in found)


@pytest.mark.parametrize("text,acts", [
    ("ASN dilarang mendukung calon bupati dengan cara ikut berkampanye, memakai atribut partai, "
     "serta memanfaatkan fasilitas negara.",
     ["ikut berkampanye", "memakai atribut partai", "memanfaatkan fasilitas negara"]),
    ("Pegawai kontrak dilarang membantu pasangan calon dengan cara menyebarkan brosur, memasang stiker, "
     "dan mengantar logistik kampanye.",
     ["menyebarkan brosur", "memasang stiker", "mengantar logistik kampanye"]),
])
def test_a_manner_list_of_acts_gives_one_clause_per_act(text, acts):
    found = kinds(text)
    assert [t for _, t in found[1:]] == acts and all(k == "prohibition" for k, _ in found)


@pytest.mark.parametrize("text", [
    "Pegawai dilarang mendukung bakal calon dengan cara memasang spanduk atau baliho.",
    "ASN dilarang membantu calon dengan cara memasang spanduk, baliho atau alat peraga lainnya.",
])
def test_one_act_after_a_manner_marker_is_the_head_acts_manner(text):
    assert kinds(text) == [("prohibition", text.rstrip("."))]


@pytest.mark.parametrize("text,acts", [
    ("Larangan bagi ASN tersebut tetap berlaku selama masa cuti, seperti menggunakan fasilitas negara, "
     "menggerakkan pegawai lain, dan menjadi pembicara dalam kampanye.",
     ["menggerakkan pegawai lain", "menjadi pembicara dalam kampanye"]),
    ("Larangan untuk pegawai honorer juga berlaku di hari libur, misalnya menghadiri deklarasi, "
     "menempel stiker calon, dan membagikan kaus partai.",
     ["menempel stiker calon", "membagikan kaus partai"]),
])
def test_a_nominal_rule_with_examples_gives_each_example(text, acts):
    found = clauses_of(text)
    assert all(c.kind == "prohibition" and c.cue_canonical == "larangan" for c in found)
    assert set(acts) <= {c.text for c in found}, [c.text for c in found]
    assert found[0].actor in ("ASN", "pegawai honorer")


@pytest.mark.parametrize("text,kind,actor", [
    ("Saya minta kepala OPD memantau anak buahnya.", "obligation", "kepala OPD"),
    ("Kami minta para camat mendata baliho di kantor kecamatan.", "obligation", "para camat"),
    ("Syamsul juga mengimbau pengurus RT dan RW tidak terlibat dalam agenda kampanye.", "prohibition",
     "pengurus RT dan RW"),
    ("Sekda meminta ketua karang taruna menjaga ketertiban saat kampanye.", "obligation", "ketua karang taruna"),
])
def test_command_verbs_bind_an_addressee_outside_the_lexicon(text, kind, actor):
    found = clauses_of(text)
    assert [(c.kind, c.actor) for c in found] == [(kind, actor)], [(c.kind, c.actor, c.text) for c in found]


@pytest.mark.parametrize("text", [
    "Bupati meminta maaf kepada warga atas keterlambatan bantuan.",
    "Panitia meminta keterangan dari tiga saksi di lokasi.",
])
def test_a_command_verb_without_an_act_is_no_clause(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Gubernur menegaskan, sebaiknya ASN tidak menghadiri acara syukuran pencalonan.",
    "Menurut dia, sebaiknya para pegawai tidak mengganti foto profil dengan nomor urut calon.",
    "Gubernur mengeluarkan imbauan agar aparatur sipil negara tidak mengunggah dukungan kepada peserta pemilu.",
    "Ada pula himbauan supaya pegawai honorer tidak ikut konvoi kampanye.",
])
def test_negation_after_the_subject_of_an_advisory_cue_is_a_prohibition(text):
    found = clauses_of(text)
    assert [(c.kind, c.force) for c in found] == [("prohibition", "advisory")], [(c.kind, c.text) for c in found]


@pytest.mark.parametrize("text,start", [
    ("Yang dilarang, lanjut dia, adalah menjadi juru kampanye bagi calon mana pun.", "menjadi juru kampanye"),
    ("Yang tidak boleh, kata Sekda, adalah memakai mobil dinas untuk kampanye.", "memakai mobil dinas"),
])
def test_a_free_relative_rule_survives_a_parenthetical_attribution(text, start):
    # the attribution inside the frame is no part of the clause: it opens at the act
    found = clauses_of(text)
    assert [c.kind for c in found] == ["prohibition"] and found[0].text.startswith(start)


@pytest.mark.parametrize("text", [
    "Tidak boleh juga menggunakan jabatan untuk mengajak warga memilih calon tertentu.",
    "ASN dilarang memakai atribut calon, menyebut nomor urut, dan mengajak orang lain memilih pasangan tertentu.",
])
def test_a_command_verb_inside_a_prohibitions_acts_belongs_to_it(text):
    assert {k for k, _ in kinds(text)} == {"prohibition"}


@pytest.mark.parametrize("text,kind,acts", [
    ("Edaran itu juga menyebutkan beberapa hal yang wajib dilakukan kepala perangkat daerah, di antaranya "
     "mendata pegawai yang mencalonkan diri, memastikan aset kantor tidak dipakai untuk kampanye, serta "
     "melaporkan dugaan pelanggaran kepada wali kota.", "obligation",
     ["mendata pegawai yang mencalonkan diri", "memastikan aset kantor tidak dipakai untuk kampanye",
      "melaporkan dugaan pelanggaran kepada wali kota"]),
    ("Ada beberapa hal yang dilarang bagi pegawai, antara lain memasang baliho calon, hadir di deklarasi, "
     "dan memakai kaus partai.", "prohibition",
     ["memasang baliho calon", "hadir di deklarasi", "memakai kaus partai"]),
])
def test_a_relative_cue_over_an_enumeration_gives_each_act(text, kind, acts):
    assert kinds(text) == [(kind, a) for a in acts]


@pytest.mark.parametrize("text", [
    "Data itu tersimpan di server yang dapat diakses publik, misalnya wartawan.",
    "Ia menunjukkan berkas yang wajib dibawa, seperti KTP dan kartu pegawai.",
])
def test_a_relative_cue_over_nouns_is_a_description(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,kind", [
    ("Yang penting, ASN tidak menunjukkan pilihannya di depan umum.", "prohibition"),
    ("Pokoknya pegawai tidak memakai seragam dinas di acara partai.", "prohibition"),
])
def test_a_requirement_frame_over_a_negated_act_is_a_prohibition(text, kind):
    found = clauses_of(text)
    assert [(c.kind, c.force) for c in found] == [(kind, "advisory")]


@pytest.mark.parametrize("text", [
    "Yang penting sehat dan bisa datang ke TPS.",
    "Intinya pegawai jangan memasang foto calon di ruang kerja.",     # the cue's own rule, once
])
def test_a_requirement_frame_adds_nothing_without_its_own_negated_act(text):
    assert len(kinds(text)) == (1 if "jangan" in text else 0)


@pytest.mark.parametrize("text,act", [
    ("Like dan komentar di akun kandidat itu tidak diperbolehkan.",
     "Like dan komentar di akun kandidat itu tidak diperbolehkan"),
    ("Berswafoto dengan pasangan calon itu tidak boleh, kata dia.", "Berswafoto dengan pasangan calon itu tidak boleh"),
])
def test_a_fronted_act_keeps_an_actor_word_inside_it(text, act):
    found = clauses_of(text)
    assert [(c.kind, c.text) for c in found] == [("prohibition", act)] and found[0].actor is None


@pytest.mark.parametrize("text", [
    "Pada hari pencoblosan pegawai diberi kesempatan datang terlambat ke kantor.",
    "Guru yang menjadi anggota KPPS diberikan kesempatan pulang lebih awal.",
])
def test_a_given_opportunity_is_a_permission(text):
    assert [k for k, _ in kinds(text)] == ["permission"]
