"""Wishes and purposes around a rule on real news articles (session 10, real probe):
'diharapkan seluruh ASN dapat menjaga netralitas' is an advisory duty, not a permission;
'dapat' after 'berharap agar <actor>' is the ability wished for; a purpose after a comma
('..., guna memastikan ...') is no act. Invented wordings only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Untuk itu, diharapkan seluruh perangkat desa di Kecamatan Sumber Agung dapat menjaga netralitas selama pilkada.",
     [("obligation", "diharapkan seluruh perangkat desa di Kecamatan Sumber Agung dapat menjaga netralitas selama pilkada")]),
    ("Diharapkan para guru honorer bisa menahan diri dari kegiatan kampanye.",
     [("prohibition", "Diharapkan para guru honorer bisa menahan diri dari kegiatan kampanye")]),
    ("Sekda meminta seluruh kepala dinas dapat mengawasi bawahannya.",
     [("obligation", "meminta seluruh kepala dinas dapat mengawasi bawahannya")]),
])
def test_an_advisory_cue_before_actor_and_auxiliary_is_a_duty(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Wali kota berharap agar para lurah dapat menjaga suasana tetap kondusif.",
    "Ketua panitia mengajak warga bisa datang lebih pagi ke TPS.",
    "Pemkab menyediakan aula supaya warga bisa menonton debat calon bersama-sama.",
])
def test_the_ability_wished_for_is_no_permission(text):
    assert all(k != "permission" for k, _ in kinds(text))


@pytest.mark.parametrize("text,expected", [
    # the permission itself, and a permission granted by a directive over an auxiliary
    ("Pegawai kecamatan dapat menghadiri kampanye sebagai pendengar.",
     [("permission", "Pegawai kecamatan dapat menghadiri kampanye sebagai pendengar")]),
    ("Kepala dinas mengizinkan guru dapat hadir di kampanye akbar.",
     [("permission", "mengizinkan guru dapat hadir di kampanye akbar")]),
])
def test_a_permission_stays_one_clause(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Selain itu, diharapkan pegawai RSUD dapat menjaga netralitas, guna memastikan layanan tetap adil.",
     [("obligation", "diharapkan pegawai RSUD dapat menjaga netralitas")]),
    ("Camat wajib mengawasi kepala desa, demi menjaga kepercayaan warga kepada pemerintah.",
     [("obligation", "Camat wajib mengawasi kepala desa")]),
    ("Bidan desa dilarang memasang baliho, menghadiri deklarasi, guna menjaga netralitas dinas.",
     [("prohibition", "Bidan desa dilarang memasang baliho"), ("prohibition", "menghadiri deklarasi")]),
])
def test_a_purpose_after_a_comma_is_no_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Kepala BKD menyebut pegawai tetap dan tenaga kontrak dapat lebih berhati-hati saat mengunggah sesuatu.",
    "Camat mengatakan para lurah dapat lebih menahan diri selama masa kampanye pemilihan bupati.",
])
def test_ability_with_a_degree_word_is_a_change_hoped_for(text):
    assert not any(k == "permission" for k, _ in kinds(text))
