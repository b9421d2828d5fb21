"""Where an actor phrase starts when its actor term is not its head (session 15): a noun of
membership that the term possesses ("seluruh anggota personil Polri", "istri para pegawai";
actors.json member_heads), a short head noun with a relative of status ("sang suami yang
berstatus polisi"; status_verbs) and a first-person pronoun with "sebagai" ("Kita sebagai ASN
... tidak boleh"; role_pronouns) open the actor phrase. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Seluruh anggota personil Polres Lembah Hijau harus bersikap netral dalam pilkada.",
     [("obligation", "Seluruh anggota personil Polres Lembah Hijau harus bersikap netral dalam pilkada")]),
    ("Istri para pegawai Dinas Perikanan pun diminta untuk tidak ikut berkampanye.",
     [("prohibition", "Istri para pegawai Dinas Perikanan pun diminta untuk tidak ikut berkampanye")]),
    ("Keluarga prajurit Kodim Tanjung Rawa boleh menggunakan hak pilihnya di TPS.",
     [("permission", "Keluarga prajurit Kodim Tanjung Rawa boleh menggunakan hak pilihnya di TPS")]),
])
def test_a_noun_of_membership_opens_the_actor(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Sang istri yang berstatus guru tetap harus netral.",
     [("obligation", "Sang istri yang berstatus guru tetap harus netral")]),
    ("Seorang kakak yang berprofesi perawat puskesmas juga wajib menjaga netralitas.",
     [("obligation", "Seorang kakak yang berprofesi perawat puskesmas juga wajib menjaga netralitas")]),
])
def test_a_head_with_a_relative_of_status_opens_the_actor(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Kita sebagai ASN yang ada di Kabupaten Sungai Jernih khususnya ASN Dinas Kesehatan itu tidak boleh "
     "berpolitik praktis.",
     [("prohibition", "Kita sebagai ASN yang ada di Kabupaten Sungai Jernih khususnya ASN Dinas Kesehatan itu "
                      "tidak boleh berpolitik praktis")]),
    ("Kami sebagai pegawai negeri di lingkungan Pemkot Batu Karang tidak boleh memihak.",
     [("prohibition", "Kami sebagai pegawai negeri di lingkungan Pemkot Batu Karang tidak boleh memihak")]),
])
def test_a_first_person_pronoun_with_sebagai_opens_the_actor(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a place with a relative of status before the term is no head: the clause starts at the term
    ("Di kantor yang berstatus sewaan pegawai dilarang memasang baliho calon.",
     [("prohibition", "pegawai dilarang memasang baliho calon")]),
    # a source frame before a term of membership stays outside
    ("Menurut ketua panitia anggota KPPS wajib hadir sejak pagi.",
     [("obligation", "anggota KPPS wajib hadir sejak pagi")]),
    # a pronoun with "sebagai" that is no actor before the cue
    ("Petugas kecamatan bekerja sebagai panitia, tetapi ASN tidak boleh memihak.",
     [("prohibition", "ASN tidak boleh memihak")]),
])
def test_other_words_before_the_term_stay_outside(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, ban", [
    ("Pegawai kecamatan Rantau Laut harus netral juga tidak boleh bergabung dengan relawan calon.",
     "tidak boleh bergabung dengan relawan calon"),
    ("Guru honorer wajib jujur dan adil pula tidak boleh ikut rapat tim pemenangan.",
     "tidak boleh ikut rapat tim pemenangan"),
])
def test_rule_before_an_additive_adverb_is_no_actor_of_the_next(text, ban):
    out = kinds(text)
    assert out[-1] == ("prohibition", ban) and out[0][0] == "obligation" and len(out) == 2


def test_modal_in_the_actors_relative_stays_in_the_actor():
    assert kinds("Pegawai yang wajib cuti dilarang memakai mobil dinas selama kampanye.") == [
        ("prohibition", "Pegawai yang wajib cuti dilarang memakai mobil dinas selama kampanye")]


@pytest.mark.parametrize("text, actor_start", [
    ("ASN yang sedang cuti dan tidak memakai seragam, tetap tidak diperbolehkan ikut kampanye terbuka.",
     "ASN yang sedang cuti"),
    ("Guru honorer yang mengajar di sekolah swasta, juga dilarang menjadi anggota tim pemenangan.",
     "Guru honorer yang mengajar"),
])
def test_adverb_after_the_qualifiers_comma_keeps_the_actor(text, actor_start):
    [(kind, span)] = kinds(text)
    assert kind == "prohibition" and span.startswith(actor_start)
