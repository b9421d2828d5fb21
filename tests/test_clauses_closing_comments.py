"""A speaker's comment or vocative after the comma that ends a clause ("..., ya,
Bapak-Ibu", "..., itu saja") is no part of it; a negating frame before a permission
("bukan berarti", "tidak sama dengan", "tidak otomatis") turns it into a prohibition, and
one before a duty cancels it. All texts are invented."""
import pytest

from clause_helpers import clauses_of, kinds


@pytest.mark.parametrize("text,expected", [
    ("ASN dilarang berfoto dengan calon, ya, Bapak-Ibu.",
     ("prohibition", "ASN dilarang berfoto dengan calon")),
    ("ASN tidak boleh ikut kampanye, itu saja.",
     ("prohibition", "ASN tidak boleh ikut kampanye")),
    ('"Pegawai wajib masuk kantor seperti biasa, ya, teman-teman," ujarnya.',
     ("obligation", "Pegawai wajib masuk kantor seperti biasa")),
    ("Kepala sekolah dilarang memasang baliho calon di pagar sekolah, sekian.",
     ("prohibition", "Kepala sekolah dilarang memasang baliho calon di pagar sekolah")),
])
def test_a_closing_comment_or_vocative_is_cut(text, expected):
    assert kinds(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    # an address word inside the act, and an aside that qualifies it, stay
    ("Pegawai dilarang menerima hadiah dari bapak calon bupati.",
     ("prohibition", "Pegawai dilarang menerima hadiah dari bapak calon bupati")),
    ("ASN dilarang memasang foto calon, baik di rumah maupun di kantor.",
     ("prohibition", "ASN dilarang memasang foto calon, baik di rumah maupun di kantor")),
])
def test_words_of_the_act_are_kept(text, expected):
    assert kinds(text) == [expected]


@pytest.mark.parametrize("text,actor", [
    ("Hadir di acara itu tidak sama dengan boleh berkampanye.", None),
    ("ASN yang sedang cuti tidak otomatis boleh berkampanye.", "ASN yang sedang cuti"),
    ("Netral bukan berarti ASN boleh ikut kampanye terbatas.", "ASN"),
    ("Status cuti tidak serta-merta membuat guru boleh menjadi juru kampanye.", "guru"),
])
def test_a_negating_frame_turns_a_permission_into_a_prohibition(text, actor):
    out = clauses_of(text)
    assert [c.kind for c in out] == ["prohibition"]
    assert out[0].actor == actor


@pytest.mark.parametrize("text", [
    "Netral bukan berarti guru harus diam saja.",
    "Cuti tidak sama dengan wajib ikut kampanye.",
])
def test_a_negating_frame_cancels_a_duty(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,actor", [
    ('"Teman-teman guru, jangan ikut grup pemenangan," ujarnya.', "Teman-teman guru"),
    ("“Untuk kalian para pegawai, sudahlah, jangan ikut-ikutan memasang stiker calon,” kata Sekda.",
     "kalian para pegawai"),
    ("“Rekan-rekan perawat, ayolah, jangan unggah foto bersama calon,” ujar Direktur.", "Rekan-rekan perawat"),
])
def test_an_address_word_joins_the_addressee_and_an_interjection_stays_out(text, actor):
    out = clauses_of(text)
    assert [(c.kind, c.actor) for c in out] == [("prohibition", actor)]
