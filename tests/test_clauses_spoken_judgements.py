"""Colloquial spoken judgements of an act named before them (docs/evaluate.md: "an act named
before its judgement runs from the act to the cue"): a speaker's hedge between act and verdict,
a resumptive "itu" after the conditional, a proviso at the head, "aja" and a statement with its
own subject after the verdict, and "silakan" after a condition without a comma. All sentences
are invented."""
import pytest

from clause_helpers import kinds


def test_opinion_hedge_between_act_and_verdict():
    # the act's object before "saya pikir" is no actor; the act runs through the hedge
    assert ("permission", "Mengajak warga saya pikir sah-sah saja") in \
        kinds('"Mengajak warga saya pikir sah-sah saja," kata Rudi.')
    found = kinds('"Menonton debat calon kami kira boleh-boleh saja, tapi mereka wajib tetap netral," kata Sinta.')
    assert ("permission", "Menonton debat calon kami kira boleh-boleh saja") in found
    assert any(k == "obligation" and t.startswith("mereka wajib tetap netral") for k, t in found)


def test_hedge_keeps_actor_before_it():
    found = kinds('"Guru saya kira boleh hadir di acara itu," katanya.')
    assert found and found[0][0] == "permission" and found[0][1].startswith("Guru")


def test_resumptive_itu_after_condition_or_head_proviso():
    assert ("permission", "membagikan jadwal debat saya rasa sah-sah saja") in \
        kinds('"Kalau itu membagikan jadwal debat saya rasa sah-sah saja," tutur Hendra.')
    assert ("permission", "menyimak visi misi saya kira sah saja") in \
        kinds('"Asalkan itu menyimak visi misi saya kira sah saja," kata Sinta.')


def test_statement_with_own_subject_after_verdict():
    found = kinds('"Kalau datang ke rapat umum boleh aja, dia punya hak pilih," ujar Doni.')
    assert found == [("permission", "datang ke rapat umum boleh")]
    found = kinds('"Kalau mengajak warga sah-sah saja, tapi dia harus netral," ujarnya.')
    assert ("permission", "mengajak warga sah-sah saja") in found
    assert any(k == "obligation" and t.startswith("dia harus netral") for k, t in found)


def test_silakan_after_condition_without_comma():
    assert kinds('"Kalau sekadar menonton debat silakan aja," kata Doni.') == \
        [("permission", "sekadar menonton debat silakan")]
    assert ("permission", "ikut mengunggah foto pawai silakan") in \
        kinds('"Kalau ikut mengunggah foto pawai silakan saja, mereka punya hak pilih," kata Sinta.')


def test_judgements_of_no_act_stay_out():
    assert kinds('"Kalau ada pertanyaan silakan saja," kata Sinta.') == []
    assert kinds('"Cuacanya itu tidak masalah," ujarnya.') == []
    assert kinds('"Kalau jalannya licin tidak masalah juga, kami tetap berangkat," ujarnya.') == []


@pytest.mark.parametrize("text,expected", [
    ("Ketua panwascam menerangkan bahwa kampanye yang berisi hasutan tidak diperbolehkan.",
     ("prohibition", "kampanye yang berisi hasutan tidak diperbolehkan")),
    ("Camat menegaskan bahwa memasang baliho di kantor desa tetap terlarang.",
     ("prohibition", "memasang baliho di kantor desa tetap terlarang")),
    # the relative's verbs after commas stay in the one act judged
    ("Selain itu, Rahmat menerangkan bahwa kampanye yang menyebarkan hasutan, menghina lawan, atau mengadu "
     "domba warga tidak dibolehkan.",
     ("prohibition", "kampanye yang menyebarkan hasutan, menghina lawan, atau mengadu domba warga tidak dibolehkan")),
])
def test_a_report_frame_before_bahwa_stays_out_of_the_act_judged(text, expected):
    # session 18: "X menjelaskan bahwa <act> tidak diperbolehkan": the act from after "bahwa"
    assert kinds(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Pengerahan anak sekolah ke rapat umum ditekankan sebagai pelanggaran berat.",
     ("prohibition", "Pengerahan anak sekolah ke rapat umum ditekankan sebagai pelanggaran")),
    ("Mengunggah foto bersama calon dinilai sebagai pelanggaran kode etik.",
     ("prohibition", "Mengunggah foto bersama calon dinilai sebagai pelanggaran")),
])
def test_an_act_stressed_or_rated_as_a_violation(text, expected):
    # session 18: "ditekankan / dinilai sebagai pelanggaran" judge the act before them, no duty
    assert kinds(text) == [expected]


def test_a_duty_stressed_is_no_violation():
    assert kinds("Netralitas ditekankan sebagai kewajiban semua pegawai.")[0][0] == "obligation"
