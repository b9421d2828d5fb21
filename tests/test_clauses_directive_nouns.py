"""Nouns of a call to do and the root form of 'menekankan' (session 20, real probes): 'arahan
agar ...' states a duty as 'imbauan agar ...' does; 'instruksi' (a noun that otherwise names a
list only in a lead-in) does when 'agar' / 'supaya' follows it, past a short manner or time
('instruksi dengan tegas agar ...', cues.json noun_adjunct_heads); the content's subject may be one
plain word ('agar anggota ...'); a call heeded ('mendengar arahan', 'sesuai imbauan', cues.json
heeding_words) is another act's object; 'saya tekankan untuk ...' is a directive. All texts are
invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Kepala dinas memberikan arahan agar para guru tidak memasang stiker calon di ruang kelas.",
     [("prohibition", "arahan agar para guru tidak memasang stiker calon di ruang kelas")]),
    ("Camat memberi arahan pada apel pagi supaya lurah menjaga jarak dari tim sukses.",
     [("obligation", "arahan pada apel pagi supaya lurah menjaga jarak dari tim sukses")]),
])
def test_a_call_noun_before_its_content_states_a_rule(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Danramil telah mengeluarkan instruksi secara lisan agar prajurit menjaga jarak dan tidak berpolitik.",
     [("obligation", "instruksi secara lisan agar prajurit menjaga jarak"), ("prohibition", "tidak berpolitik")]),
    ("Wali kota mengeluarkan instruksi pada 4 Oktober agar pegawai tetap melayani warga dan tidak memihak calon.",
     [("obligation", "instruksi pada 4 Oktober agar pegawai tetap melayani warga"),
      ("prohibition", "tidak memihak calon")]),
])
def test_an_instruction_with_a_manner_or_time_before_its_content(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Instruksi itu dibagi dalam empat diktum.",
    "Pegawai bekerja sesuai imbauan agar tetap netral.",
    "Arahan bupati disampaikan dalam apel pagi di halaman kantor.",
])
def test_a_call_noun_without_its_own_content_states_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Kepala desa dilarang mengumpulkan warga untuk mendengar arahan memilih calon tertentu.",
     [("prohibition", "Kepala desa dilarang mengumpulkan warga untuk mendengar arahan memilih calon tertentu")]),
    ("Lurah dilarang mengajak warga mengikuti arahan tim sukses di balai kelurahan.",
     [("prohibition", "Lurah dilarang mengajak warga mengikuti arahan tim sukses di balai kelurahan")]),
])
def test_a_call_heeded_is_part_of_the_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Khusus bagi guru madrasah, saya tekankan untuk bersikap adil kepada murid dan tidak ikut kampanye.",
     [("obligation", "tekankan untuk bersikap adil kepada murid"), ("prohibition", "tidak ikut kampanye")]),
    ("Kami tekankan agar perangkat kampung tidak memasang bendera partai.",
     [("prohibition", "tekankan agar perangkat kampung tidak memasang bendera partai")]),
])
def test_the_root_of_menekankan_after_its_subject_is_a_directive(text, expected):
    assert kinds(text) == expected
