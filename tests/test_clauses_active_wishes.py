"""An official's active wish about how a named group should act (session 14, helper "wish"):
"Kami berharap semua X menjaga ...", "Saya harap X tidak ...", "berharap, setiap X dapat tetap
..." is an advisory duty of that group (a prohibition when the act is negated), spanned from
the wish verb like a directive. A wish about an outcome, or one with no human addressee, stays
no clause (cues.json "outcome_verbs"). An auxiliary with adverbs before the act ("dapat terus
memantau") ends the addressee of any directive. Invented wordings only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Kami berharap seluruh lurah di Kecamatan Batu Merah menjaga sikap netral selama masa kampanye.",
     [("obligation", "berharap seluruh lurah di Kecamatan Batu Merah menjaga sikap netral selama masa kampanye")]),
    ("Bupati Sungai Lebar mengharapkan para penyuluh pertanian tetap netral hingga hari pencoblosan.",
     [("obligation", "mengharapkan para penyuluh pertanian tetap netral hingga hari pencoblosan")]),
    ("Kami harapkan para bidan desa mengikuti aturan netralitas yang berlaku.",
     [("obligation", "harapkan para bidan desa mengikuti aturan netralitas yang berlaku")]),
])
def test_a_wish_that_a_group_acts_is_an_advisory_duty(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Saya harap guru honorer tidak ikut berkampanye di lingkungan sekolah.",
     [("prohibition", "harap guru honorer tidak ikut berkampanye di lingkungan sekolah")]),
    ("Sekda Tanah Rata berharap seluruh kepala dusun tidak memasang atribut calon di balai dusun.",
     [("prohibition", "berharap seluruh kepala dusun tidak memasang atribut calon di balai dusun")]),
])
def test_a_wish_that_a_group_refrains_is_a_prohibition(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ia berharap, setiap guru maupun tenaga kontrak dapat tetap menjaga netralitasnya.",
     [("obligation", "berharap, setiap guru maupun tenaga kontrak dapat tetap menjaga netralitasnya")]),
    ("Camat Lubuk Raya meminta jajaran Panwascam dapat terus memantau kegiatan perangkat desa.",
     [("obligation", "meminta jajaran Panwascam dapat terus memantau kegiatan perangkat desa")]),
])
def test_an_auxiliary_and_adverbs_before_the_act_end_the_addressee(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Wali kota berharap pilkada di Kota Pasir Putih berjalan aman dan damai.",
    "Kami berharap tidak ada pegawai kecamatan yang dilaporkan ke Panwaslu.",
    "Ketua panitia berharap warga datang lebih pagi ke TPS.",
    "Kapolres berharap, seluruh tahapan pemilihan dapat berjalan lancar.",
    "Kepala dinas berharap para guru menjadi teladan bagi murid-muridnya.",
])
def test_a_wish_for_an_outcome_or_of_the_public_is_no_clause(text):
    assert kinds(text) == []
