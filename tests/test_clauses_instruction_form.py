"""The instruction form of circulars, "<subject> agar <act>", holds where the subject opens
its sentence's clause: at its head, after an inference opener or connective ("Karenanya
pegawai agar tidak ...", "Oleh karena itu, para lurah agar ..."), or after a fronted frame
without a verb ("Dalam surat edaran itu, seluruh camat agar ..."). After a noun inside the
clause it is a purpose ("pelatihan bagi pegawai agar mampu ..."). All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Karenanya pegawai agar tidak berfoto dengan gaya jari yang menunjukkan nomor urut calon.",
     [("prohibition", "pegawai agar tidak berfoto dengan gaya jari yang menunjukkan nomor urut calon")]),
    ("Oleh karena itu, para lurah agar menjaga jarak dari tim sukses.",
     [("obligation", "para lurah agar menjaga jarak dari tim sukses")]),
    ("Dalam surat edaran itu, seluruh camat agar memantau kegiatan pegawai di wilayahnya.",
     [("obligation", "seluruh camat agar memantau kegiatan pegawai di wilayahnya")]),
    ("Selain itu, kepala sekolah supaya tidak memberi izin kampanye di halaman sekolah.",
     [("prohibition", "kepala sekolah supaya tidak memberi izin kampanye di halaman sekolah")]),
])
def test_a_subject_after_an_opener_takes_the_instruction_form(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Pemerintah kabupaten menggelar pelatihan bagi pegawai agar mampu melayani warga dengan cepat.",
    "Karenanya panitia menyiapkan tenda besar bagi pegawai agar tidak kepanasan saat upacara.",
])
def test_a_purpose_after_a_noun_inside_the_clause_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Pegawai harus netral supaya pemilu berjalan jujur dan adil.",
     [("obligation", "Pegawai harus netral supaya pemilu berjalan jujur dan adil")]),
    ("Lurah wajib hadir di kantor agar warga tetap terlayani.",
     [("obligation", "Lurah wajib hadir di kantor")]),
])
def test_agar_after_a_modal_is_its_purpose_not_a_second_rule(text, expected):
    # ("Pegawai harus netral" is no subject of an instruction form "... supaya ...")
    assert kinds(text) == expected
