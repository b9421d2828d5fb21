"""Forms of an official's speech that state a rule: a hortative "mari / ayo / yuk" before an
order, "tetap" + a state or an order ("Tetap netral"), "silakan (saja) kalau ..." with the
act in the condition, and the directives "menuntut / mendesak ... agar / untuk"."""
import pytest

from clause_helpers import kinds, only_clause


@pytest.mark.parametrize("text,act", [
    ('"Mari kita jaga netralitas pegawai sampai penetapan calon terpilih," ajak Sekda Lembah Hijau.',
     "jaga netralitas pegawai sampai penetapan calon terpilih"),
    ('"Ayo, laporkan kalau ada lurah yang membagikan sembako calon," kata Camat Pantai Indah.',
     "laporkan kalau ada lurah yang membagikan sembako calon"),
    ('"Yuk kita tunjukkan bahwa guru bisa bersikap adil," ujar Kepala Dinas Pendidikan.',
     "tunjukkan bahwa guru bisa bersikap adil"),
])
def test_a_hortative_before_an_order_in_speech_is_an_obligation(text, act):
    assert kinds(text) == [("obligation", act)]


@pytest.mark.parametrize("text,acts", [
    ('"Tetap netral, layani warga tanpa membedakan pilihan," pesan Bupati Tanjung Raya.',
     ["Tetap netral", "layani warga tanpa membedakan pilihan"]),
    ('"Bapak-Ibu kepala puskesmas, tetap layani semua pasien dengan baik," kata Kadinkes.',
     ["tetap layani semua pasien dengan baik"]),
])
def test_staying_neutral_or_serving_said_as_an_order_is_an_obligation(text, acts):
    assert kinds(text) == [("obligation", a) for a in acts]


def test_remaining_neutral_narrated_is_no_order():
    assert kinds("Menurut dia, sebagian besar pegawai tetap netral selama tahapan pilkada berlangsung.") == []


@pytest.mark.parametrize("text,act", [
    ('"Silakan saja kalau ada guru yang mau menonton debat," kata Kepala Dinas Pendidikan Bukit Jaya.',
     "guru yang mau menonton debat"),
    ('"Monggo, jika pegawai ingin menghadiri kampanye sebagai warga biasa," ujar Sekda.',
     "menghadiri kampanye sebagai warga biasa"),
    ('"Silahkan kalau mau hadir di rapat umum, asal tidak berseragam," ujarnya.',
     "hadir di rapat umum"),
])
def test_silakan_over_a_condition_allows_the_conditions_act(text, act):
    kind_found, clause = only_clause(text)
    assert kind_found == "permission" and act in clause


def test_silakan_over_a_condition_with_no_act_gives_nothing():
    assert kinds('"Silakan saja kalau hujan sudah reda," kata petugas.') == []


@pytest.mark.parametrize("text,kind,act", [
    ("Bupati Sungai Lebar menuntut agar seluruh ASN tidak terlibat politik praktis selama pilkada.",
     "prohibition", "ASN tidak terlibat politik praktis"),
    ("Gubernur mendesak para kepala dinas untuk menertibkan pegawai yang memasang foto calon.",
     "obligation", "menertibkan pegawai yang memasang foto calon"),
])
def test_a_demand_of_an_official_binds_its_addressee(text, kind, act):
    kind_found, clause = only_clause(text)
    assert kind_found == kind and act in clause


@pytest.mark.parametrize("text", [
    "Sejumlah warga menuntut agar bupati mundur dari jabatannya.",
    "Mahasiswa mendesak Bawaslu untuk menindak pegawai yang berkampanye.",
])
def test_a_demand_of_residents_or_students_gives_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,kind,act", [
    ('"Tolong untuk tidak memasang foto calon di status WhatsApp," ujar Kepala BKPSDM Lembah Hijau.',
     "prohibition", "tidak memasang foto calon di status WhatsApp"),
    ('"Mohon untuk menjaga sikap selama masa tenang," kata Sekda Pantai Indah.',
     "obligation", "menjaga sikap selama masa tenang"),
    ("Seluruh guru honorer dimohon untuk tidak mengenakan kaus bergambar calon di sekolah.",
     "prohibition", "tidak mengenakan kaus bergambar calon di sekolah"),
    ("Kami memohon kepada seluruh kepala desa agar tidak memihak kepada calon mana pun.",
     "prohibition", "tidak memihak kepada calon mana pun"),
    ('"Tolong dijaga netralitasnya sampai hari pencoblosan," kata Camat Teluk Biru.',
     "obligation", "dijaga netralitasnya sampai hari pencoblosan"),
])
def test_a_plea_of_an_official_states_its_rule(text, kind, act):
    kind_found, clause = only_clause(text)
    assert kind_found == kind and act in clause


@pytest.mark.parametrize("text", [
    "Warga memohon agar jalan desa segera diperbaiki sebelum musim hujan.",
    '"Kami mohon maaf kepada warga atas keterlambatan distribusi logistik," ujar Ketua KPU.',
])
def test_a_plea_of_residents_or_an_apology_gives_no_rule(text):
    assert kinds(text) == []
