"""A question about a rule answered in the same paragraph, right after it ("Boleh atau
tidak hadir di kampanye calon? Tidak!", "Apakah ... boleh ...? Tidak boleh."): one clause
from the question's act to the verdict, of the verdict's kind. A bare "Tidak!" denies the
question's permission, a bare "Ya"/"Boleh!" grants it. An unanswered question stays no
rule (docs/evaluate.md, "talk about a rule is no rule"). All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Boleh atau tidak mengikuti pawai calon bupati? Tidak! Boleh atau tidak mencoblos di TPS? Boleh!",
     [("prohibition", "mengikuti pawai calon bupati? Tidak"), ("permission", "mencoblos di TPS? Boleh")]),
    ("Apakah kepala dusun boleh memasang bendera partai di balai dusun? Tidak boleh.",
     [("prohibition", "memasang bendera partai di balai dusun? Tidak boleh")]),
    ('"Bolehkah perangkat nagari menyukai unggahan calon wali nagari? Tidak!" kata Kabag Pemerintahan.',
     [("prohibition", "menyukai unggahan calon wali nagari? Tidak")]),
    ("Boleh atau tidak bahas pilkada di ruang guru? Ya.",
     [("permission", "bahas pilkada di ruang guru? Ya")]),
])
def test_a_question_answered_at_once_is_a_rule(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # a bare "Tidak" after a question on a duty says only that it is not required
    "Harus atau tidak lurah melapor ke camat? Tidak.",
    # what follows the question is no verdict: the question stays unanswered
    "Boleh atau tidak pegawai kelurahan ikut senam bersama calon? Pertanyaan itu sering muncul di grup.",
    "Apakah ASN boleh menghadiri rapat umum? Pertanyaan ini diajukan seorang guru di Sampit.",
])
def test_a_question_without_a_verdict_after_it_is_no_rule(text):
    assert kinds(text) == []
