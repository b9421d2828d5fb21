"""Verdicts in pairs after their acts (session 15): an elliptic pair whose last verdict
carries an intensifier or a scope ("..., nah itu yang tidak boleh sama sekali"); a pair of
conditions each judged, the first verdict with a short complement ("Kalau mengundang calon
boleh semua pasangan, kalau cuma satu pasangan tidak boleh"); and a ban with an elliptic
object followed by the order it contrasts with ("jangan satu calon, hadirkan semuanya").
All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Berswafoto boleh, tapi diunggah ke status WA itu yang tidak boleh sama sekali," tegas Kasat.',
     [("permission", "Berswafoto boleh"), ("prohibition", "diunggah ke status WA itu yang tidak boleh")]),
    ("Menonton debat boleh, tapi menyebarkan potongannya dilarang apa pun alasannya.",
     [("permission", "Menonton debat boleh"), ("prohibition", "menyebarkan potongannya dilarang")]),
])
def test_a_scope_after_the_last_verdict_keeps_the_pair(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Kalau mengundang calon bupati boleh semua pasangan, kalau cuma satu pasangan tidak boleh," katanya.',
     [("permission", "mengundang calon bupati boleh semua pasangan"),
      ("prohibition", "cuma satu pasangan tidak boleh")]),
    ('"Kalau menyambangi posko boleh semua kubu, kalau hanya satu kubu dilarang," ujar Sekda.',
     [("permission", "menyambangi posko boleh semua kubu"), ("prohibition", "hanya satu kubu dilarang")]),
])
def test_a_conditional_pair_judges_each_condition(text, expected):
    assert kinds(text) == expected


def test_a_verdict_with_a_complement_and_no_pair_is_no_rule():
    assert kinds('"Kalau mengundang calon boleh semua pasangan," katanya.') == []


@pytest.mark.parametrize("text,expected", [
    ('"Kalau membuat forum, jangan satu calon, hadirkan semuanya," kata Dekan.',
     [("prohibition", "jangan satu calon"), ("obligation", "hadirkan semuanya")]),
    ('"Jangan sebagian pegawai, libatkan seluruhnya," kata Sekda.',
     [("prohibition", "Jangan sebagian pegawai"), ("obligation", "libatkan seluruhnya")]),
    ('"Kalau membuat forum jangan satu calon," kata Dekan.',
     [("prohibition", "jangan satu calon")]),
    ('"Kalau ke kantor jangan pakai kaus partai," kata Sekda.',
     [("prohibition", "jangan pakai kaus partai")]),
])
def test_an_order_after_a_ban_on_an_elliptic_object_is_an_order(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the ban names its verb: the next act is one more act under it
    ('"Jangan pasang baliho, hadirkan semuanya," kata Bupati.',
     [("prohibition", "Jangan pasang baliho"), ("prohibition", "hadirkan semuanya")]),
    # a warning of an outcome is no ban of an object
    ('"Jangan sampai satu calon, hadirkan semuanya," kata Bupati.',
     [("prohibition", "Jangan sampai satu calon, hadirkan semuanya")]),
])
def test_no_order_splits_off_a_ban_with_its_own_verb(text, expected):
    assert kinds(text) == expected


# a pair of closing verdicts after a fronted frame (session 19)
@pytest.mark.parametrize("text,expected", [
    ('"Bagi ASN, mencoblos boleh, ikut berkampanye tidak boleh," kata Sekda.',
     [("permission", "mencoblos boleh"), ("prohibition", "ikut berkampanye tidak boleh")]),
    ('"Untuk guru, datang ke TPS boleh, berkampanye di kelas tidak boleh," tegasnya.',
     [("permission", "datang ke TPS boleh"), ("prohibition", "berkampanye di kelas tidak boleh")]),
])
def test_each_act_of_a_verdict_pair_takes_its_own_verdict(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("\"Pokoknya wajib netral, mencoblos boleh, ikut rapat tim sukses tidak boleh,\" ujar Kepala Kesbangpol.",
     [("obligation", "wajib netral"), ("permission", "mencoblos boleh"),
      ("prohibition", "ikut rapat tim sukses tidak boleh")]),
    ("\"Harus netral, datang ke TPS boleh, berkampanye tidak boleh, saya sudah sampaikan ke camat,\" katanya.",
     [("obligation", "Harus netral"), ("permission", "datang ke TPS boleh"),
      ("prohibition", "berkampanye tidak boleh")]),
])
def test_a_rule_before_a_pair_of_verdicts_ends_at_its_comma(text, expected):
    assert kinds(text) == expected
