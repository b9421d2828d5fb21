"""The concept vocabulary (compare.json `concepts`, keys only): paraphrases news use for the
SKB rows and duties align with the right baseline item. Two invented wordings per concept,
and controls that must stay apart."""
from __future__ import annotations

import pytest

from corpus_tools.compare import compare_documents
from tests.test_compare import clause, document

UMBRELLA = {"PP94-5n", "UU20-52(3)j"}


def aligned(actor, text, kind="prohibition", cue="dilarang"):
    doc = document("k1", [clause("k1", 1, f"{actor} {cue} {text}", kind=kind, cue=cue, actor=actor)],
                   number="800/55/BKPSDM/2024")
    [circ] = compare_documents([doc])["circulars"]
    return {r["baseline_id"] for r in circ["alignment"] if r["status"] in ("identical", "modified", "covered")
            and r.get("how") != "implied by its items"} - UMBRELLA


@pytest.mark.parametrize("text, items", [
    # forwarding is sharing; a written comment is commenting (SKB-6's posting/comment/share/like)
    ("meneruskan konten akun pemenangan calon di media sosial", {"SKB-6"}),
    ("ikut meneruskan unggahan akun pemenangan calon", {"SKB-6"}),
    ("memberi komentar bernada dukungan pada unggahan calon", {"SKB-6"}),
    ("menulis komentar yang mendukung calon di akun pemenangan", {"SKB-6"}),
    # joining a campaign group
    ("masuk grup WhatsApp tim pemenangan calon", {"SKB-6"}),
    ("bergabung ke grup pemenangan pasangan calon di media sosial", {"SKB-6"}),
    # an upload supporting a candidate is social-media campaigning (SKB-2)
    ("membuat unggahan yang mendukung calon presiden", {"SKB-2"}),
    ("mengunggah konten bernada dukungan kepada calon bupati", {"SKB-2"}),
    # campaign props: APK, stickers
    ("memasang APK pasangan calon di kantor", {"SKB-1"}),
    ("memasang stiker calon di kendaraan dinas", {"SKB-1"}),
    # handing out goods is 'pemberian barang' (PP94-5n6 / SKB-8)
    ("membagikan bingkisan kepada pegawai di unit kerjanya atas nama calon", {"PP94-5n6", "SKB-8"}),
    ("membagikan sembako bergambar calon kepada masyarakat", {"PP94-5n6", "SKB-8"}),
    # colleagues are the PNS of one's work unit: inviting them to vote for someone is an 'ajakan'
    ("mengajak rekan kerja atau bawahan untuk mendukung salah satu calon", {"PP94-5n6", "SKB-8"}),
    ("mengajak teman sekantor memilih pasangan calon tertentu", {"PP94-5n6", "SKB-8"}),
    # photos with a finger pose, attending a declaration (kept from earlier sessions)
    ("berfoto bersama calon dengan pose jari", {"SKB-7"}),
    ("hadir dalam deklarasi bakal pasangan calon", {"SKB-4"}),
])
def test_a_paraphrase_aligns_with_its_item(text, items):
    got = aligned("ASN", text)
    assert got & items and not got - items, got


@pytest.mark.parametrize("text", [
    "membentuk tim pemantau netralitas di unit kerjanya",
    "membentuk gugus tugas pengawasan netralitas pegawai",
])
def test_a_monitoring_team_is_the_task_force_duty(text):
    assert aligned("kepala perangkat daerah", text, kind="obligation", cue="wajib") == {"DUTY-5"}


@pytest.mark.parametrize("text", [
    # 'ikut' before a social-media act is no 'ikut kampanye'
    "ikut meneruskan video kampanye pasangan calon",
    "ikut membagikan video kampanye calon di media sosial",
])
def test_ikut_before_another_act_is_not_joining_a_campaign(text):
    assert not aligned("ASN", text) & {"PP94-5n1", "SKB-12"}


@pytest.mark.parametrize("text", [
    # the words of a concept elsewhere: no alignment
    "menerima bingkisan lebaran dari rekan kerja",
    "memasang stiker imbauan netralitas di ruang pelayanan",
])
def test_a_concept_word_in_another_act_stays_apart(text):
    got = aligned("ASN", text, kind="obligation", cue="wajib")
    assert not got & {"PP94-5n6", "SKB-8", "SKB-1"}, got


@pytest.mark.parametrize("actor, text", [
    ("kepala perangkat daerah", "mengawasi bawahan masing-masing selama masa kampanye"),
    ("kepala OPD", "melakukan pengawasan terhadap rekan kerja dan bawahan di unit kerjanya"),
])
def test_supervising_colleagues_stays_the_supervision_duty(actor, text):
    got = aligned(actor, text, kind="obligation", cue="wajib")
    assert "DUTY-3" in got and not got & {"PP94-5n6", "SKB-8"}, got
