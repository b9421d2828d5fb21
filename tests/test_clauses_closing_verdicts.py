"""Verdicts said after the act in speech (session 15): an act with a speech verb judged by
a bare verdict after a comma ("Menjelaskan program desa, ya wajib hukumnya"), a run of
things the act names closed by ", boleh", and a pseudo-cleft whose act follows an example
marker ("Yang tidak diperbolehkan misalnya, ikut berorasi di panggung"). All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Menyampaikan capaian sekolah, ya wajib hukumnya," kata Kadis.',
     [("obligation", "Menyampaikan capaian sekolah, ya wajib")]),
    ('"Menerangkan hasil musyawarah desa, ya boleh saja," ujar Camat.',
     [("permission", "Menerangkan hasil musyawarah desa, ya boleh")]),
])
def test_a_speech_verb_with_its_object_is_the_act_a_bare_verdict_judges(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Menerangkan capaian posyandu, pembangunan jembatan desa, boleh," ujarnya.',
     [("permission", "Menerangkan capaian posyandu, pembangunan jembatan desa, boleh")]),
    ('"Menjelaskan apa program desa yang berhasil, pembangunan jalan yang berhasil, boleh," ujarnya.',
     [("permission", "Menjelaskan apa program desa yang berhasil, pembangunan jalan yang berhasil, boleh")]),
])
def test_things_named_after_the_act_stay_in_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Yang tidak diperbolehkan misalnya, ikut berorasi di panggung," kata Camat.',
     [("prohibition", "Yang tidak diperbolehkan misalnya, ikut berorasi di panggung")]),
    ("Yang dilarang contohnya berorasi di panggung kampanye calon.",
     [("prohibition", "Yang dilarang contohnya berorasi di panggung kampanye calon")]),
])
def test_a_pseudo_cleft_with_an_example_marker_runs_from_its_frame(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a speech frame with no object before the comma stays outside
    ("Ia menambahkan, bagi pegawai, menjaga netralitas itu wajib.",
     [("obligation", "menjaga netralitas itu wajib")]),
    # an attribution or a bare comma inside the frame: the clause opens at the act
    ("Yang dilarang, lanjut dia, adalah menjadi juru kampanye.",
     [("prohibition", "menjadi juru kampanye")]),
    ('"Yang masih dibolehkan, pegawai tetap memberikan suara di TPS," katanya.',
     [("permission", "pegawai tetap memberikan suara di TPS")]),
    # an example that is a noun names no act
    ("Yang dilarang misalnya spanduk calon di kantor.", []),
])
def test_frames_without_an_act_before_the_verdict_do_not_change(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Tapi kalo ada warga yang memotret petugas yang sedang mengawal calon bupati tidak masalah," katanya.',
     [("permission", "ada warga yang memotret petugas yang sedang mengawal calon bupati tidak masalah")]),
    ('"Kalau memotret panitia yang sedang menata panggung debat tidak masalah," ujar Kasubag.',
     [("permission", "memotret panitia yang sedang menata panggung debat tidak masalah")]),
])
def test_a_condition_without_a_comma_is_the_act_a_closing_verdict_judges(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Kalau terbukti bersalah tidak masalah dipecat.",
    "Kalau ada waktu tidak masalah.",
])
def test_a_condition_naming_no_act_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text, act", [
    ("\"Menyukai unggahan calon saja tidak dibolehkan karena sanksinya bisa sampai pemberhentian,\" tegasnya.",
     "Menyukai unggahan calon saja tidak dibolehkan"),
    ("Memasang stiker paslon di kendaraan dinas dilarang sebab kendaraan itu milik negara.",
     "Memasang stiker paslon di kendaraan dinas dilarang"),
])
def test_reason_after_a_closing_verdict(text, act):
    assert kinds(text) == [("prohibition", act)]


@pytest.mark.parametrize("text, act", [
    ('"Membagikan kaus calon di pasar atau di balai desa tidak diperbolehkan sesuai ketentuan," kata Ketua KPU '
     'Sumba Barat.',
     "Membagikan kaus calon di pasar atau di balai desa tidak diperbolehkan"),
    ("Menempel stiker calon di mobil dinas dilarang oleh undang-undang, ujar Sekda Kolaka.",
     "Menempel stiker calon di mobil dinas dilarang"),
    ("Memakai seragam dinas saat kampanye tidak dibolehkan menurut surat edaran bupati.",
     "Memakai seragam dinas saat kampanye tidak dibolehkan"),
])
def test_the_source_after_a_closing_verdict_is_no_act(text, act):
    # (session 22) the source names where the verdict comes from; the act is before the cue
    assert kinds(text) == [("prohibition", act)]


@pytest.mark.parametrize("text", [
    "Sikap netral itu sudah diamanatkan dalam UU ASN yang baru.",
    "Sikap netral pegawai telah diamanahkan oleh peraturan pemerintah sejak lama.",
])
def test_a_duty_cited_from_its_law_is_no_verdict(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Memakai mobil dinas untuk konvoi juga sebuah pelanggaran.",
     [("prohibition", "Memakai mobil dinas untuk konvoi juga sebuah pelanggaran")]),
    ("Mengunggah foto bersama calon di akun pribadi adalah suatu pelanggaran.",
     [("prohibition", "Mengunggah foto bersama calon di akun pribadi adalah suatu pelanggaran")]),
])
def test_an_act_judged_a_violation_with_an_article(text, expected):
    # (session 22) "sebuah / suatu pelanggaran" judges the act before it like "merupakan pelanggaran"
    assert kinds(text) == expected


def test_a_violation_found_is_no_judgement():
    assert kinds("Bawaslu menemukan sebuah pelanggaran di TPS 3.") == []
