"""A polite request to hold back ("mohon ditahan untuk tidak ...", "mohon menahan diri untuk
tidak ...") forbids the act. 'mohon' states a request only where it opens its clause (at
the head, after a comma, after the speaker's pronoun): a word before it names who asks
("Warga mohon agar ..."); an apology, a blessing asked or a text to forward is no rule.
All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Kami mohon ditahan untuk tidak mengunggah foto bersama calon," kata Sekda Rantau Baru.',
     [("prohibition", "mohon ditahan untuk tidak mengunggah foto bersama calon")]),
    ('"Saya mohon ditahan dulu untuk tidak memasang foto profil bergambar calon," ujar Camat Lembah Hijau.',
     [("prohibition", "mohon ditahan dulu untuk tidak memasang foto profil bergambar calon")]),
    ('"Mohon menahan diri untuk tidak berkomentar soal pasangan calon di grup dinas," pesan Kepala BKD Tirtajaya.',
     [("prohibition", "Mohon menahan diri untuk tidak berkomentar soal pasangan calon di grup dinas")]),
    ('Dalam apel pagi, Wali Kota Pulau Rindu berpesan, mohon menahan diri dari membagikan konten kampanye.',
     [("prohibition", "mohon menahan diri dari membagikan konten kampanye")]),
])
def test_a_request_to_hold_back_forbids_the_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Warga Desa Sukamaju mohon agar jalan ke TPS segera diperbaiki.",
    "Redaksi mohon maaf atas kekeliruan penulisan nama calon.",
    '"Kami mohon doa restu agar pilkada berjalan lancar," kata Ketua KPU Tirtajaya.',
    "Mohon diteruskan ke grup masing-masing. Terima kasih",
])
def test_a_request_that_binds_no_one_gives_nothing(text):
    assert kinds(text) == []
