""""Jangan sampai" forbids an act only when one follows it; an event pointed at ("jangan sampai
itu terjadi"), nobody named ("jangan sampai ada yang viral"), a reason ("jangan sampai karena
..."), a state feared ("jangan sampai kita tidak rukun") or what a thing may become ("jangan
sampai media menjadi sarana ...") is a worry, no rule (cues._warns_of_outcome). All texts are
invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    '"Jangan sampai itu terjadi di desa kita," kata Camat Ulu Gading.',
    '"Kami sudah sosialisasi, jangan sampai ada yang viral lagi," ujarnya.',
    '"Jangan sampai kita tidak akur hanya karena beda pilihan," katanya.',
    "Ia berharap jangan sampai grup kantor menjadi tempat kampanye terselubung.",
    '"Jangan sampai karena ulah keluarga, pegawainya yang kena teguran," ujarnya.',
    '"Jangan sampai ada yang viral lagi dari kantor ini," ujarnya.',
])
def test_a_worry_after_jangan_sampai_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ('"Jangan sampai ada guru yang ikut kampanye," kata Kadisdik.', "Jangan sampai ada guru yang ikut kampanye"),
    ('"Jangan sampai ada yang kedapatan memakai motor dinas untuk kampanye," katanya.',
     "Jangan sampai ada yang kedapatan memakai motor dinas untuk kampanye"),
    ('"Jangan sampai lurah menjadi juru kampanye," ujarnya.', "Jangan sampai lurah menjadi juru kampanye"),
    ('"Tetapi jangan sampai terlibat dalam kegiatan kampanye," katanya.',
     "jangan sampai terlibat dalam kegiatan kampanye"),
])
def test_an_act_after_jangan_sampai_is_forbidden(text, expected):
    assert kinds(text) == [("prohibition", expected)]


@pytest.mark.parametrize("text", [
    '"Perbedaan pilihan itu jangan sampai menjadi pemicu perpecahan warga," kata Camat Waingapu.',
    '"Jangan sampai kericuhan di kampung sebelah terulang di desa kita," ujar Kapolsek.',
    '"Kita jangan sampai jadi korban kabar bohong," tutur Sekda.',
])
def test_a_feared_event_or_becoming_a_victim_is_no_rule(text):
    # (session 22) outcome_words += terjadi, terulang, pemicu, penyebab, perpecahan, korban
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ('"Jangan sampai guru menjadi tim sukses," kata Kadis.',
     [("prohibition", "Jangan sampai guru menjadi tim sukses")]),
    ("Cara mendukung calon jangan sampai berlebihan sehingga keributan itu tidak terjadi lagi.",
     [("prohibition", "jangan sampai berlebihan sehingga keributan itu tidak terjadi lagi")]),
])
def test_an_act_before_a_result_stays_forbidden(text, expected):
    assert kinds(text) == expected
