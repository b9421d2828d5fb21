"""Who speaks, two misreadings of an official as someone else (speakers.json voices):
a resident's word inside an office's name ('Kepala Biro Penerangan Masyarakat', 'Dinas
Pemberdayaan Masyarakat') is no role (`office_words`), and a speaker set in the middle of
a sentence ('..., lanjut Budi, partai politik tidak diperkenankan ...') does not take the
words after the next comma, which go on with the sentence's rule. All texts are invented."""
from clause_helpers import kinds


def test_resident_word_inside_an_office_name_is_no_role():
    text = ("Menurut Kepala Biro Penerangan Masyarakat Polda Sukamaju, Kombes Rudi Hartono, ada sanksi "
            "bagi anggota yang berpihak.\n"
            '"Anggota Polri dilarang memberi arahan kepada keluarga soal pilihan," ujarnya.')
    assert kinds(text) == [("prohibition", "Anggota Polri dilarang memberi arahan kepada keluarga soal pilihan")]


def test_resident_word_inside_an_agency_name_is_no_role():
    text = ("Hal itu disampaikan Kepala Dinas Pemberdayaan Masyarakat dan Desa Tirtajaya, Sri Wahyuni.\n"
            '"Kepala desa wajib menjaga netralitas selama masa kampanye," kata Sri.')
    assert kinds(text) == [("obligation", "Kepala desa wajib menjaga netralitas selama masa kampanye")]


def test_a_speaker_in_the_middle_keeps_the_rule_after_it():
    text = ("Karena kantor desa milik bersama, lanjut Hendra, tim kampanye tidak diperkenankan "
            "berkegiatan di balai desa.\n"
            '"Jangan libatkan perangkat desa dalam acara calon," tegas Hendra.')
    assert kinds(text) == [
        ("prohibition", "tim kampanye tidak diperkenankan berkegiatan di balai desa"),
        ("prohibition", "Jangan libatkan perangkat desa dalam acara calon"),
    ]


def test_a_speaker_in_the_middle_with_a_bare_name():
    text = ("Sebab sekolah tempat belajar, tambah Wirawan, simpatisan partai dilarang "
            "membagikan brosur di halaman sekolah.")
    assert kinds(text) == [("prohibition", "dilarang membagikan brosur di halaman sekolah")]


def test_a_resident_still_speaks_an_opinion():
    text = ('"Pemerintah harus tegas kepada ASN yang berpihak," kata Dedi, warga Desa Sukamulya.\n'
            "Menurut pengamat politik Universitas Tirtajaya, Arif, pemerintah harus menindak camat yang berpihak.")
    assert kinds(text) == []
