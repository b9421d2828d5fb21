"""corpus_tools.html on layouts of batch 5 (issue 11, html4): infographic slide captions,
nested lists, a body only in JSON-LD. Each rule on two differently worded pages."""
from __future__ import annotations

import json

import pytest

from corpus_tools.html import clean_html
from corpus_tools.settings import Settings

GENERIC = Settings(sections={"html": {"use_profiles": False}})


def _page(body: str, *, head: str = "", title: str = "Berita Daerah") -> str:
    return (f"<html><head><title>{title}</title>{head}</head><body>"
            "<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/daerah'>Daerah</a></li>"
            "<li><a href='/politik'>Politik</a></li></ul></nav>"
            f"<main><article><h1>{title}</h1><div class='isi'>{body}</div></article></main>"
            "<footer><p>© 2024 Media Contoh. Hak cipta dilindungi.</p></footer></body></html>")


def _paras(html: str) -> list[str]:
    return clean_html(html, "page", settings=GENERIC).text.split("\n\n")


PROSE = [
    "Pemerintah kabupaten menerbitkan surat edaran tentang netralitas pegawai menjelang pemilihan "
    "kepala daerah tahun ini, dan edaran itu sudah dikirim ke semua kantor kecamatan.",
    "Kepala badan kepegawaian mengatakan ringkasan edaran dibuat dalam bentuk gambar supaya mudah "
    "dibaca oleh pegawai di desa yang jauh. Berikut isi ringkasan tersebut:",
    "Pelanggaran atas larangan itu dapat dijatuhi hukuman disiplin, mulai dari teguran tertulis "
    "sampai penurunan jabatan, kata kepala badan kepegawaian di kantornya.",
    "Warga yang menemukan dugaan pelanggaran diminta melapor ke posko pengaduan yang dibuka di "
    "kantor inspektorat selama masa kampanye berlangsung.",
]


# --- infographic slides -------------------------------------------------------------------

SLIDES = [
    ["Pegawai dilarang memasang spanduk bakal calon di pagar rumah dinas maupun kantor.",
     "Pegawai tidak boleh menjadi admin grup percakapan tim pemenangan pasangan calon.",
     "Pegawai boleh menghadiri debat terbuka selama tidak mengenakan atribut pasangan calon."],
    ["1/3 | Kepala desa dilarang mengumpulkan warga untuk mendengar janji bakal calon.",
     "2/3 | Perangkat desa tidak diperkenankan membagikan sembako atas nama calon tertentu.",
     "3/3 | Kepala dusun wajib melaporkan pertemuan politik di balai dusun kepada camat."],
]


def _carousel(captions: list[str], tag: str = "amp-carousel") -> str:
    figs = "".join(f"<figure><amp-img src='/s{i}.png' width='4' height='5'></amp-img>"
                   f"<figcaption>{c}</figcaption></figure>" for i, c in enumerate(captions))
    return f"<{tag} type='slides' layout='responsive'>{figs}</{tag}>"


@pytest.mark.parametrize("captions", SLIDES, ids=["plain", "numbered"])
def test_infographic_slides_between_paragraphs_are_body(captions):
    body = (f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p>{_carousel(captions)}"
            f"<p>{PROSE[2]}</p><p>{PROSE[3]}</p>")
    paras = _paras(_page(body))
    i = paras.index(PROSE[1])
    assert paras[i + 1:i + 1 + len(captions)] == captions
    assert paras[-1] == PROSE[3]


@pytest.mark.parametrize("captions", SLIDES, ids=["plain", "numbered"])
def test_infographic_slides_closing_the_article_after_a_lead_in(captions):
    body = f"<p>{PROSE[0]}</p><p>{PROSE[3]}</p><p>{PROSE[1]}</p>{_carousel(captions, 'div')}"
    paras = _paras(_page(body))
    assert paras[-len(captions):] == captions


@pytest.mark.parametrize("credits", [
    ["Warga antre di tempat pemungutan suara nomor lima pada Rabu pagi. (Foto: Dok. Media Contoh)",
     "Petugas menghitung surat suara di balai desa hingga larut malam. (Foto: Dok. Media Contoh)"],
    ["Suasana apel netralitas pegawai di halaman kantor bupati, Senin pagi. ANTARA FOTO/Rahmat",
     "Bupati menyerahkan salinan surat edaran kepada para camat di aula. ANTARA FOTO/Rahmat"],
], ids=["foto-dok", "antara-foto"])
def test_photo_gallery_captions_stay_out(credits):
    body = (f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p>{_carousel(credits)}"
            f"<p>{PROSE[2]}</p><p>{PROSE[3]}</p>")
    text = "\n\n".join(_paras(_page(body)))
    assert all(c not in text for c in credits)
    assert PROSE[2] in text


@pytest.mark.parametrize("headlines", [
    ["Debat Calon Bupati Digelar di Gedung Serbaguna Pekan Depan", "Harga Beras di Pasar Induk Naik Lagi"],
    ["Jembatan Gantung Desa Hilir Putus Diterjang Banjir Bandang", "Festival Layang-layang Pantai Digelar"],
], ids=["a", "b"])
def test_lone_caption_and_linked_carousel_stay_out(headlines):
    lone = "Ilustrasi pegawai negeri mengikuti apel pagi di halaman kantor bupati pekan lalu."
    linked = "".join(f"<figure><figcaption><a href='/r{i}'>{h}</a></figcaption></figure>"
                     for i, h in enumerate(headlines))
    body = (f"<p>{PROSE[0]}</p><figure><img src='/a.jpg'><figcaption>{lone}</figcaption></figure>"
            f"<p>{PROSE[2]}</p><div class='rel'>{linked}</div><p>{PROSE[3]}</p>")
    text = "\n\n".join(_paras(_page(body)))
    assert lone not in text and all(h not in text for h in headlines)


# --- nested lists ------------------------------------------------------------------------

@pytest.mark.parametrize("outer,inner,shape", [
    ("ul", "ul", ["- {0}", "  - {1}", "  - {2}", "- {3}"]),
    ("ol", "ol type='a'", ["1. {0}", "  a. {1}", "  b. {2}", "2. {3}"]),
    ("ol", "ol", ["1. {0}", "  1. {1}", "  2. {2}", "2. {3}"]),
    ("ul", "ol", ["- {0}", "  1. {1}", "  2. {2}", "- {3}"]),
], ids=["ul-ul", "ol-ol-a", "ol-ol", "ul-ol"])
@pytest.mark.parametrize("items", [
    ["Terlibat dalam kampanye pasangan calon, antara lain:", "menjadi juru kampanye;",
     "mengerahkan bawahan untuk hadir;", "Menerima hadiah dari tim pemenangan."],
    ["Melakukan pengawasan terhadap bawahan dengan cara:", "memantau daftar hadir harian;",
     "mencatat cuti yang diajukan pegawai;", "Melaporkan dugaan pelanggaran kepada bupati."],
], ids=["larangan", "kewajiban"])
def test_nested_list_items_keep_their_level(outer, inner, shape, items):
    tag = inner.split()[0]
    lst = (f"<{outer}><li>{items[0]}<{inner}><li>{items[1]}</li><li>{items[2]}</li></{tag}></li>"
           f"<li>{items[3]}</li></{outer}>")
    body = f"<p>{PROSE[0]}</p><p>Surat edaran itu memuat ketentuan berikut:</p>{lst}<p>{PROSE[2]}</p>"
    paras = _paras(_page(body))
    i = paras.index("Surat edaran itu memuat ketentuan berikut:")
    assert paras[i + 1:i + 5] == [s.format(*items) for s in shape]


def test_three_levels_indent_twice():
    lst = ("<ol><li>Dilarang berkampanye, meliputi:<ul><li>di media sosial, yaitu:"
           "<ul><li>mengunggah foto calon;</li></ul></li></ul></li><li>Dilarang menerima hadiah.</li></ol>")
    body = f"<p>{PROSE[0]}</p><p>Isinya sebagai berikut:</p>{lst}<p>{PROSE[2]}</p>"
    paras = _paras(_page(body))
    assert "    - mengunggah foto calon;" in paras
    assert "2. Dilarang menerima hadiah." in paras


# --- a body only in JSON-LD -----------------------------------------------------------------

JSON_BODIES = [
    "KOTA CONTOH - Wali kota menerbitkan surat edaran netralitas pegawai menjelang pemilihan.\n\n"
    "Berikut larangan dalam surat edaran tersebut:\n1. Menjadi anggota tim kampanye pasangan calon.\n"
    "2. Membagikan unggahan pasangan calon di media sosial.\n\n"
    "Kepala badan kepegawaian meminta camat dan lurah ikut mengawasi pegawai di wilayahnya masing-masing.",
    "<p>TANJUNG CONTOH - Bupati mengingatkan kepala desa agar tidak berpihak pada pemilihan bupati tahun ini.</p>"
    "<p>Kepala desa dilarang:</p><ol><li>mengumpulkan warga untuk kampanye;</li>"
    "<li>memakai mobil desa untuk mengangkut massa.</li></ol>"
    "<p>Camat diminta melaporkan setiap pelanggaran kepada inspektorat dalam waktu tiga hari kerja.</p>",
]


@pytest.mark.parametrize("body,expected", [
    (JSON_BODIES[0], ["Berikut larangan dalam surat edaran tersebut:",
                      "1. Menjadi anggota tim kampanye pasangan calon.",
                      "2. Membagikan unggahan pasangan calon di media sosial."]),
    (JSON_BODIES[1], ["Kepala desa dilarang:", "1. mengumpulkan warga untuk kampanye;",
                      "2. memakai mobil desa untuk mengangkut massa."]),
], ids=["text-lines", "html"])
def test_json_ld_article_body_keeps_its_paragraphs(body, expected):
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "x"},
        {"@type": "NewsArticle", "headline": "Surat Edaran Netralitas", "articleBody": body}]}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    html = ("<html><head><title>Surat Edaran Netralitas</title>" + head + "</head><body>"
            "<div id='app'><header><a href='/'>Media Contoh</a></header><div class='skeleton'>Memuat...</div>"
            "</div><footer><p>Media Contoh, media siber terverifikasi.</p></footer></body></html>")
    doc = clean_html(html, "page", settings=GENERIC)
    paras = doc.text.split("\n\n")
    i = paras.index(expected[0])
    assert paras[i:i + len(expected)] == expected
    assert len(paras) == 5                   # the dateline lead, the lead-in, two items, the close
    assert any(r.reason.startswith("fallback:") for r in doc.removed)
