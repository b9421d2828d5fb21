"""A judgement whose subject only refers back is no clause (session 15; all texts invented):
a linking word and a comma before it ("Pastinya, ...", "Namun, ...") and a reason after the
verdict (", karena ...") do not make it one. A subject that names a doer or an act keeps
the clause."""
import pytest

from tests.clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "Kepala sekolah bertanya soal rapat komite. Pastinya, hal itu diperbolehkan.",
    "Penyuluh sempat menanyakan soal itu. Namun, hal tersebut tidak diperbolehkan, karena melanggar kode etik.",
    "Ada juga perangkat yang menjadi saksi. Tentunya, hal itu dilarang.",
])
def test_back_reference_judged_is_no_clause(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Pastinya, guru honorer diperbolehkan hadir di TPS.",
     [("permission", "guru honorer diperbolehkan hadir di TPS")]),
    ("Namun, memasang baliho calon di balai desa tidak diperbolehkan, karena melanggar aturan.",
     [("prohibition", "memasang baliho calon di balai desa tidak diperbolehkan")]),
])
def test_a_named_doer_or_act_keeps_the_clause(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    '"Makanya hal ini dilarang," ujar Kepala BKPSDM Sumba Timur.',
    "Karena itu hal tersebut tidak diperbolehkan.",
    "Menurutnya, itu diperbolehkan.",
    "\"Apa pun bentuknya, itu dilarang,\" tegas Sekda."
])
def test_a_verdict_on_a_back_reference_after_a_frame_is_no_rule(text):
    # (session 22) an inference opener ("Makanya", "Karena itu") or a short frame set off by a comma
    # ("Menurutnya,", "Apa pun bentuknya,") before "hal ini" / "itu": the act was named before
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Karena itu ASN dilarang ikut kampanye.", [("prohibition", "ASN dilarang ikut kampanye")]),
    ('"Kalau hadir untuk mendengarkan visi misi, itu boleh," ujarnya.',
     [("permission", "Kalau hadir untuk mendengarkan visi misi, itu boleh")]),
])
def test_a_named_actor_or_a_judged_condition_stays(text, expected):
    assert kinds(text) == expected
