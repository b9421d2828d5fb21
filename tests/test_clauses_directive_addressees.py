"""Session 15: a directive's addressee then its act without a complementizer. After a comma, an
addressee and an act under an adverb of constancy (cues.json constancy_adverbs: "mengingatkan,
semua pegawai di X senantiasa menjaga ..."); an addressee outside the actor lexicon, an acronym
glossed in brackets included, then a bare -kan verb ("meminta KPU setempat optimalkan ...")."""
import pytest

from clause_helpers import kinds


# -- comma, addressee, adverb of constancy, act -----------------------------------------------

def test_comma_addressee_constancy_adverb_act():
    assert kinds("Kepala dinas mengingatkan, para guru di Kabupaten Morowali selalu menjaga sikap "
                 "netral.") == [
        ("obligation", "mengingatkan, para guru di Kabupaten Morowali selalu menjaga sikap netral")]


def test_comma_addressee_kept_act_then_negated_act():
    assert kinds("Sekda juga mengingatkan, semua pegawai dilingkungan Pemkab Tojo senantiasa menjaga "
                 "netralitas serta tidak memasang atribut calon.") == [
        ("obligation", "mengingatkan, semua pegawai dilingkungan Pemkab Tojo senantiasa menjaga netralitas"),
        ("prohibition", "tidak memasang atribut calon")]


def test_comma_addressee_with_tetap_under_imbauan():
    assert kinds("Kapolres mengimbau, seluruh personel Polri di jajaran Polres Donggala tetap menjaga "
                 "netralitas.") == [
        ("obligation", "mengimbau, seluruh personel Polri di jajaran Polres Donggala tetap menjaga netralitas")]


def test_comma_addressee_statement_reported_gives_nothing():
    assert kinds("Camat mengingatkan, seluruh kepala desa sudah menerima surat edaran itu.") == []
    assert kinds("Camat mengingatkan, seluruh kepala desa menghadiri rapat kemarin.") == []


# -- addressee, bare -kan verb ----------------------------------------------------------------

def test_addressee_then_bare_kan_verb():
    assert kinds("Bupati Sigi meminta KPU setempat optimalkan pendataan pemilih pemula.") == [
        ("obligation", "meminta KPU setempat optimalkan pendataan pemilih pemula")]
    assert kinds("Kapolda meminta Polres jajaran intensifkan patroli menjelang pencoblosan.") == [
        ("obligation", "meminta Polres jajaran intensifkan patroli menjelang pencoblosan")]


def test_addressee_with_bracketed_acronym_then_bare_kan_verb():
    assert kinds("Gubernur meminta Badan Pengawas Pemilu (Bawaslu) provinsi maksimalkan pengawasan di "
                 "desa terpencil.") == [
        ("obligation", "meminta Badan Pengawas Pemilu (Bawaslu) provinsi maksimalkan pengawasan di desa "
                       "terpencil")]


def test_addressee_without_act_gives_nothing():
    assert kinds("Bupati meminta KPU setempat.") == []
    # a noun of an act ending in -kan stays in the addressee ("pendidikan")
    assert kinds("Bupati meminta pimpinan lembaga pendidikan menjaga netralitas.") == [
        ("obligation", "meminta pimpinan lembaga pendidikan menjaga netralitas")]


def test_addressee_does_not_run_past_a_modal():
    # the bracketed acronym is no licence to swallow the modal of the sentence's own rule
    assert kinds("Gubernur mengingatkan Badan Pengawas Pemilu (Bawaslu) harus bersikap netral.") == [
        ("obligation", "harus bersikap netral")]


# -- a directive over an act named by its noun ------------------------------------------------

def test_ban_over_act_noun_with_object_list():
    assert kinds("Gubernur juga melarang pemasangan spanduk, umbul-umbul atau stiker calon di kantor "
                 "pemerintah.") == [
        ("prohibition", "melarang pemasangan spanduk, umbul-umbul atau stiker calon di kantor pemerintah")]


def test_ban_over_act_noun_keeps_election_pair():
    assert kinds("Edaran sekda melarang pembagian sembako oleh calon legislatif di sekolah menjelang "
                 "pileg dan pemilihan.") == [
        ("prohibition", "melarang pembagian sembako oleh calon legislatif di sekolah menjelang pileg dan "
                        "pemilihan")]


def test_ban_over_act_noun_without_object_gives_nothing():
    assert kinds("Bupati melarang pemasangan.") == []


# -- session 20: an addressee's post named in a relative clause -------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Panwaslih meminta pegawai yang bertugas di Kota Tanjung Sari menjaga jarak dan tidak memihak kandidat "
     "mana pun.",
     [("obligation", "meminta pegawai yang bertugas di Kota Tanjung Sari menjaga jarak"),
      ("prohibition", "tidak memihak kandidat mana pun")]),
    ("Bupati meminta guru yang mengajar di sekolah negeri menjaga jarak dari tim pemenangan.",
     [("obligation", "meminta guru yang mengajar di sekolah negeri menjaga jarak dari tim pemenangan")]),
])
def test_a_relative_naming_the_addressees_post_keeps_the_act(text, expected):
    assert kinds(text) == expected


def test_a_relative_with_an_act_of_its_own_binds_no_act():
    assert kinds("Bupati meminta pegawai yang berniat maju mengundurkan diri.") == []


def test_a_wish_to_members_of_a_body_keeps_its_acts():
    assert kinds("Gubernur berharap para guru yang tergabung dalam ikatan guru daerah memusatkan diri sebagai "
                 "pendidik serta tak terlibat proses politik.") == [
        ("obligation", "berharap para guru yang tergabung dalam ikatan guru daerah memusatkan diri sebagai "
                       "pendidik"),
        ("prohibition", "tak terlibat proses politik")]



@pytest.mark.parametrize("text,expected", [
    ("Wali kota mengeluarkan instruksi tertanggal 4 Juni supaya para lurah supaya tetap melayani warga dan "
     "tidak memihak kepada calon.",
     [("obligation", "instruksi tertanggal 4 Juni supaya para lurah supaya tetap melayani warga"),
      ("prohibition", "tidak memihak kepada calon")]),
    ("Camat mengeluarkan imbauan supaya para ketua RT supaya lebih berhati-hati saat membagikan kabar pilkada.",
     [("obligation", "imbauan supaya para ketua RT supaya lebih berhati-hati saat membagikan kabar pilkada")]),
])
def test_a_complementizer_said_again_after_the_addressee_before_an_adverb(text, expected):
    # (session 22) "instruksi agar X agar tetap ...": adverbs and degree words between it and the act
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Bupati meminta kepada jajaran KPU Kabupaten selaku penyelenggara pilkada di empat kecamatan di "
     "Kabupaten Sumba Tengah untuk berlaku jujur kepada setiap kandidat.",
     [("obligation", "meminta kepada jajaran KPU Kabupaten selaku penyelenggara pilkada di empat kecamatan di "
                     "Kabupaten Sumba Tengah untuk berlaku jujur kepada setiap kandidat")]),
    ('"Saya minta, Bawaslu di empat kabupaten di Provinsi Gorontalo untuk mengawasi setiap tahapan dengan ketat," '
     'ujarnya.',
     [("obligation", "minta, Bawaslu di empat kabupaten di Provinsi Gorontalo untuk mengawasi setiap tahapan "
                     "dengan ketat")]),
])
def test_an_addressee_too_long_to_bind_still_opens_the_directive(text, expected):
    # (session 22) the clause runs from the directive's verb, as with a short addressee
    assert kinds(text) == expected
