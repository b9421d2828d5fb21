"""corpus_tools.html on a lead set apart above the body a site profile pins: the first
paragraph, with its dateline ("WAI KABU - ..."), in a lead box of its own before the body
box (tagDiv's ``td-post-content``, JNews's ``content-inner``). The lead must be kept, in
front; a deck or excerpt above the body (no dateline) and a box above a body that opens
with its own dateline must not be."""
from __future__ import annotations

import pytest

from corpus_tools.html import clean_html
from corpus_tools.settings import Settings

WITH_PROFILES = Settings()

BODIES = [
    ["Menurut bupati, deklarasi relawan kini menjadi cara paling sering dipakai untuk menarik "
     "aparatur wilayah ke dalam barisan pendukung pasangan calon.",
     "Ia juga meminta camat tidak mengizinkan kantor kecamatan dipakai untuk rapat tim "
     "pemenangan, termasuk kendaraan dinas dan pengeras suara milik kantor.",
     "Bupati menyebut pihaknya sudah menerima dua laporan warga tentang lurah yang ikut "
     "berfoto dengan spanduk relawan, dan keduanya sedang diperiksa inspektorat."],
    ["Kepala badan kepegawaian menjelaskan guru yang menjadi juru kampanye akan diperiksa "
     "bersama pengawas pemilihan di tingkat kecamatan.",
     "Pemeriksaan itu dapat berujung pada hukuman disiplin sedang sampai berat, tergantung "
     "pada dampak pelanggaran yang ditemukan pemeriksa.",
     "Dinas pendidikan juga meminta kepala sekolah mengumpulkan surat pernyataan netral dari "
     "seluruh guru paling lambat pekan depan."],
]
LEADS = [
    "WAI KABU - Penjabat Bupati Wai Kabu melarang seluruh camat dan lurah menghadiri deklarasi "
    "relawan pasangan calon bupati, baik di gedung pertemuan maupun di rumah warga.",
    "Lembah Sari, KABARSARI.COM - Dinas Pendidikan Lembah Sari melarang guru menjadi juru "
    "kampanye pasangan calon selama tahapan pemilihan, termasuk di luar jam sekolah.",
]
DECK = ("Camat dan lurah diminta menolak setiap undangan acara relawan yang berujung pada "
        "deklarasi dukungan kepada pasangan calon.")


def _tagdiv(above: str, body: list[str]) -> str:
    return ("<html><head><title>Berita</title></head><body><div class='td-main-content'>"
            "<article><header><h1 class='entry-title'>Judul Berita</h1>"
            "<div class='td-module-meta-info'><a href='/author/a'>Redaksi</a> <time>2 Oktober 2024</time></div>"
            "</header><div class='td-post-featured-image'><figure><img src='a.jpg'>"
            "<figcaption>Bupati memimpin apel. (Foto: Dok)</figcaption></figure></div>"
            f"<div class='td-post-lead'><p>{above}</p></div>"
            "<div class='td-post-content tagdiv-type'>" + "".join(f"<p>{p}</p>" for p in body)
            + "</div><div class='td-post-source-tags'><a href='/tag/x'>netralitas</a></div>"
            "</article></div><footer>© 2024 Media Contoh</footer></body></html>")


def _jnews(above: str, body: list[str]) -> str:
    return ("<html><head><title>Berita</title></head><body><div class='jeg_main'>"
            "<div class='jeg_inner_content'><h1 class='jeg_post_title'>Judul Berita</h1>"
            "<div class='jeg_meta_container'><span class='jeg_meta_author'>Oleh <a href='/a'>Redaksi</a>"
            "</span></div><div class='jeg_share_top_container'><a href='#'>Share</a></div>"
            f"<div class='jeg_post_lead'><p>{above}</p></div>"
            "<div class='entry-content'><div class='content-inner'>" + "".join(f"<p>{p}</p>" for p in body)
            + "</div></div></div></div><footer>© 2024 Media Contoh</footer></body></html>")


TEMPLATES = {"tagdiv": _tagdiv, "jnews": _jnews}


@pytest.mark.parametrize("k", range(len(LEADS)))
@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_lead_above_the_pinned_body_is_kept_in_front(k, template):
    paras = clean_html(TEMPLATES[template](LEADS[k], BODIES[k]), "p", settings=WITH_PROFILES).text.split("\n\n")
    assert paras == [LEADS[k], *BODIES[k]]


@pytest.mark.parametrize("k", range(len(LEADS)))
@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_deck_without_dateline_above_the_pinned_body_stays_out(k, template):
    paras = clean_html(TEMPLATES[template](DECK, BODIES[k]), "p", settings=WITH_PROFILES).text.split("\n\n")
    assert paras == BODIES[k]


@pytest.mark.parametrize("k", range(len(LEADS)))
def test_box_above_a_body_with_its_own_dateline_stays_out(k):
    """The body opens with its dateline: the article starts there, what is above it (here
    a summary box that happens to carry a dateline too) is not its lead."""
    body = [LEADS[1 - k], *BODIES[k]]
    paras = clean_html(_tagdiv(LEADS[k], body), "p", settings=WITH_PROFILES).text.split("\n\n")
    assert paras == body


CREDITS = [
    "KABARSARI.COM/SITI NURHALIZA - Ketua pengawas pemilihan saat ditemui wartawan di kantornya kemarin.",
    "WARTAKITA.ID/ANDI - Para camat mengikuti apel netralitas di halaman kantor bupati pagi tadi.",
]


@pytest.mark.parametrize("k", range(len(CREDITS)))
@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_photo_credit_above_the_pinned_body_stays_out(k, template):
    """"OUTLET.COM/NAME - caption" reads like a dateline but credits a photo."""
    paras = clean_html(TEMPLATES[template](CREDITS[k], BODIES[k]), "p", settings=WITH_PROFILES).text.split("\n\n")
    assert paras == BODIES[k]
