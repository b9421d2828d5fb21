"""Shapes of rules that gave no clause at all (session 14, recall on real text): a passive
duty to a state, a modal chain whose actor is left out after an attribution, an order to
stay at it in speech, the reach of a rule after "tidak hanya", a request that no one does
an act, "bisa" over a thing put to use, an order after a sentence-opening contrast, and a
sanction condition after an order. All texts are invented."""
import pytest

from clause_helpers import kinds, only_clause


# -- a passive duty whose content is a state ("diwajibkan netral", "diminta netral")

@pytest.mark.parametrize("text,expected", [
    ("Pegawai kontrak di Dinas Perikanan selama masa kampanye bupati diwajibkan netral.",
     ("obligation", "Pegawai kontrak di Dinas Perikanan selama masa kampanye bupati diwajibkan netral")),
    ("Para dosen negeri diharuskan independen menjelang pemilihan wali kota.",
     ("obligation", "Para dosen negeri diharuskan independen menjelang pemilihan wali kota")),
])
def test_a_passive_duty_to_a_state_is_an_obligation(text, expected):
    assert only_clause(text) == expected


@pytest.mark.parametrize("text", [
    "Pegawai kontrak di Dinas Perikanan selama ini dinilai netral.",
    "Sikap para dosen disebut independen oleh pengamat.",
])
def test_a_state_after_a_passive_of_judgement_is_no_rule(text):
    assert kinds(text) == []


# -- a modal chain ("harus bisa ...") whose actor is left out

@pytest.mark.parametrize("text,expected", [
    ("Menjelang hari pencoblosan, menurutnya, harus bisa menjaga sikap di depan publik.",
     ("obligation", "harus bisa menjaga sikap di depan publik")),
    ("Selama masa tenang, lanjutnya, harus mampu mengendalikan unggahan di grup kantor.",
     ("obligation", "harus mampu mengendalikan unggahan di grup kantor")),
])
def test_a_modal_chain_without_its_actor_is_a_duty(text, expected):
    assert only_clause(text) == expected


@pytest.mark.parametrize("text", [
    "Pemungutan suara di Pulau Rindang harus bisa berjalan lancar.",
    "Menurut panitia, pelantikan petugas harus bisa terlaksana pekan depan.",
])
def test_a_modal_chain_over_an_outcome_stays_a_wish(text):
    assert kinds(text) == []


# -- "Tetap" with an active verb, at the head of an official's sentence

@pytest.mark.parametrize("text,expected", [
    ('"Tetap mengedepankan pelayanan warga selama masa kampanye," ujar Camat Rawa Indah.',
     [("obligation", "Tetap mengedepankan pelayanan warga selama masa kampanye")]),
    ('"Jadi, tetap menjaga jarak dari tim pemenangan," kata Kepala Dinas Koperasi Gunung Kidal.',
     [("obligation", "tetap menjaga jarak dari tim pemenangan")]),
])
def test_staying_at_an_act_is_an_order_in_speech(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    '"Kami tetap memantau perkembangan di lapangan," kata Ketua Panwascam Rawa Indah.',
    "Tetap menjaga kekompakan, warga kampung menggelar ronda malam.",
    '"Tetap memiliki hak pilih seperti warga lain," kata Camat Rawa Indah.',
])
def test_staying_at_an_act_in_a_statement_or_narration_is_no_order(text):
    assert kinds(text) == []


# -- "tidak hanya X tapi Y" after an act: the rule's reach, not a prohibition

@pytest.mark.parametrize("text,expected", [
    ('"Jaga netralitas, tidak hanya kepala sekolah tapi seluruh guru honorer," kata Kadisdik Tanah Merah.',
     [("obligation", "Jaga netralitas")]),
    ("Lurah wajib bersikap netral, tidak cuma lurah tetapi juga seluruh staf kelurahan.",
     [("obligation", "Lurah wajib bersikap netral")]),
])
def test_the_reach_after_not_only_is_no_prohibition(text, expected):
    assert kinds(text) == expected


# -- a request that no one does an act

@pytest.mark.parametrize("text,expected", [
    ('"Setelah penetapan calon, saya minta tidak ada lagi pegawai yang memakai kaus partai di kantor," '
     'ujar Bupati Teluk Damai.',
     [("prohibition", "tidak ada lagi pegawai yang memakai kaus partai di kantor")]),
    ('"Memasuki masa tenang, kami minta tidak ada lagi mengunggah gambar calon," kata Kapolres Bukit Jati.',
     [("prohibition", "tidak ada lagi mengunggah gambar calon")]),
])
def test_asking_that_no_one_acts_forbids_the_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Warga meminta tidak ada lagi banjir di kampung mereka.",
    "Hingga kini tidak ada pegawai yang memakai kaus partai di kantor.",
])
def test_no_one_without_a_request_or_an_act_is_no_rule(text):
    assert kinds(text) == []


# -- "bisa" over a thing put to use, "sebagai" a purpose of use

@pytest.mark.parametrize("text,expected", [
    ("Gedung serbaguna kecamatan bisa dipakai sebagai lokasi kampanye sepanjang ada izin camat.",
     ("permission", "Gedung serbaguna kecamatan bisa dipakai sebagai lokasi kampanye sepanjang ada izin camat")),
    ("Lapangan milik pemkab bisa disewa oleh semua pasangan calon.",
     ("permission", "Lapangan milik pemkab bisa disewa oleh semua pasangan calon")),
])
def test_bisa_over_a_thing_put_to_use_is_a_permission(text, expected):
    assert only_clause(text) == expected


@pytest.mark.parametrize("text", [
    "Gedung serbaguna itu bisa digunakan kembali setelah direnovasi.",
    "Pegawai bisa menggunakan mobil dinas untuk kampanye.",
])
def test_bisa_as_ability_stays_no_rule(text):
    assert kinds(text) == []


# -- an order after a contrast opening the sentence, and a sanction condition after an order

@pytest.mark.parametrize("text,expected", [
    ('"Sudah kami ingatkan jangan berswafoto dengan calon. Tapi, fokus mengamankan jalannya kampanye," '
     'ujar Kapolres Bukit Jati.',
     [("prohibition", "jangan berswafoto dengan calon"), ("obligation", "fokus mengamankan jalannya kampanye")]),
    ('"Namun, laporkan dulu ke atasan masing-masing," kata Kepala BKD Rawa Indah.',
     [("obligation", "laporkan dulu ke atasan masing-masing")]),
])
def test_an_order_after_an_opening_contrast(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Jaga netralitas, kalau ketahuan memasang foto calon akan dikenakan sanksi," ujar Kapolres Bukit Jati.',
     [("obligation", "Jaga netralitas")]),
    ('"Jangan ikut berkampanye, fokus melayani masyarakat, jika ketahuan berpihak bisa dipecat," '
     'kata Sekda Teluk Damai.',
     [("prohibition", "Jangan ikut berkampanye"), ("obligation", "fokus melayani masyarakat")]),
])
def test_a_sanction_condition_after_an_order_is_outside_it(text, expected):
    assert kinds(text) == expected


# -- "netral atau tidak memihak": the negated verb after "atau" glosses the state

@pytest.mark.parametrize("text,expected", [
    ("Perangkat kampung wajib netral atau tidak memihak pasangan mana pun.",
     [("obligation", "Perangkat kampung wajib netral atau tidak memihak pasangan mana pun")]),
    ("Para pengawas TPS diwajibkan bersikap independen atau tidak berpihak kepada calon tertentu.",
     [("obligation", "Para pengawas TPS diwajibkan bersikap independen atau tidak berpihak kepada calon tertentu")]),
])
def test_a_negated_gloss_of_a_state_is_one_rule(text, expected):
    assert kinds(text) == expected


def test_a_state_and_a_negated_act_joined_by_dan_stay_two_rules():
    assert kinds("Perangkat kampung wajib netral dan tidak memihak pasangan mana pun.") == [
        ("obligation", "Perangkat kampung wajib netral"),
        ("prohibition", "tidak memihak pasangan mana pun")]
