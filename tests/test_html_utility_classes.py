"""corpus_tools.html on app pages whose blocks all share one utility class (CSS-in-JS
hashes like "css-1dbjc4n", utility-first names like "flex flex-col"): the body box's
siblings with that class (byline, a key-points box, reactions, comments) are not body
chunks. Body chunks named by a class of their own (split around an ad) still join."""
from __future__ import annotations

import pytest

from corpus_tools.html import clean_html
from corpus_tools.settings import Settings

GENERIC = Settings(sections={"html": {"use_profiles": False}})

BODIES = [
    ["Bupati Sungai Limau melarang seluruh camat menjadi pembicara atau pemberi sambutan dalam "
     "kegiatan yang digelar pasangan calon kepala daerah.",
     "Menurut bupati, kehadiran camat di panggung acara pasangan calon akan dibaca warga sebagai "
     "sikap resmi pemerintah kecamatan.",
     "Camat yang melanggar akan diperiksa inspektorat dan dapat dicopot dari jabatannya, kata "
     "bupati kepada wartawan di kantornya.",
     "Ketua pengawas pemilihan menyambut baik surat edaran itu dan akan memantau acara pasangan "
     "calon yang dihadiri aparatur pemerintah."],
    ["Wali kota melarang lurah memakai aula kelurahan untuk pertemuan tim pemenangan pasangan "
     "calon selama masa kampanye berlangsung.",
     "Larangan itu disampaikan dalam rapat koordinasi bersama seluruh lurah di balai kota pada "
     "Selasa pagi kemarin.",
     "Lurah juga diminta melaporkan setiap undangan dari pasangan calon yang diterima kantor "
     "kelurahan kepada camat.",
     "Pengawas kelurahan akan mencatat setiap kegiatan pasangan calon yang dihadiri aparatur "
     "kelurahan sampai hari pemungutan suara."],
]
EXTRAS = [
    ["Kabarin Sumatera21 Oktober 2024 16:05 WIB",
     "Camat dilarang menjadi pembicara di acara pasangan calon dan meminjamkan aula kecamatan.",
     "Bagaimana reaksi Anda terhadap berita ini?",
     "Bagus sekali, semoga camat-camat benar-benar netral sampai pencoblosan nanti dan tidak cuma di atas kertas saja."],
    ["Redaksi Kota12 November 2024 09:30 WIB",
     "Lurah dilarang meminjamkan aula kelurahan untuk pertemuan tim pemenangan pasangan calon.",
     "Bagaimana pendapat Anda tentang berita ini?",
     "Di kelurahan kami aula sudah dipakai rapat tim sejak bulan lalu, apakah itu juga akan diperiksa nanti?"],
]
CLASSES = ["css-1dbjc4n", "flex flex-col gap-4"]


def _app(k: int, cls: str) -> str:
    byline, keypoint, react, comment = EXTRAS[k]
    body = "".join(f"<div class='{cls}'><span>{p}</span></div>" for p in BODIES[k])
    return (f"<html><head><title>Berita</title></head><body><div id='app' class='{cls}'>"
            f"<div class='{cls}'><a href='/'>Kabarin</a><a href='/news'>News</a><a href='/tekno'>Tekno</a></div>"
            f"<div class='{cls}'><h1>Judul Berita</h1>"
            f"<div class='{cls}'>{byline}</div>"
            f"<div class='{cls}'><b>Poin Penting</b><ul><li>{keypoint}</li></ul>"
            f"<span>Ringkasan ini dibuat otomatis dan ditinjau redaksi.</span></div>"
            f"<div class='{cls}'>{body}</div>"
            f"<div class='{cls}'>{react}</div>"
            f"<div class='{cls}'><b>Komentar (1)</b><div class='{cls}'>{comment}</div></div>"
            f"</div></div></body></html>")


@pytest.mark.parametrize("k", range(len(BODIES)))
@pytest.mark.parametrize("cls", CLASSES)
def test_utility_class_siblings_are_not_body_chunks(k, cls):
    text = clean_html(_app(k, cls), "p", settings=GENERIC).text
    assert text.split("\n\n") == BODIES[k]


@pytest.mark.parametrize("k", range(len(BODIES)))
def test_body_chunks_with_a_class_of_their_own_still_join(k):
    paras = BODIES[k]
    chunk = "<div class='txt-chunk'>{}</div>"
    body = (chunk.format("".join(f"<p>{p}</p>" for p in paras[:3]))
            + "<div class='ads-inarticle'><span>ADVERTISEMENT</span></div>"
            + chunk.format(f"<p>{paras[3]}</p>"))
    html = (f"<html><head><title>Berita</title></head><body><nav><a href='/'>Beranda</a></nav><main>"
            f"<article><h1>Judul</h1><div class='read'>{body}</div></article></main>"
            f"<footer>© 2024 Media Contoh</footer></body></html>")
    assert clean_html(html, "p", settings=GENERIC).text.split("\n\n") == paras
