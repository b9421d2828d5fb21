"""corpus_tools.html on pull quotes: a sentence of the body repeated in a box (a
WordPress ``wp-block-pullquote`` figure, an ``<aside>``, a quote block before the
paragraph it quotes). The paragraph that says it must be kept, once; the box must not
take its place. Two wordings each, and a real quotation that must stay."""
from __future__ import annotations

import pytest

from corpus_tools.html import clean_html
from corpus_tools.settings import Settings

GENERIC = Settings(sections={"html": {"use_profiles": False}})

NAV = ("<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/daerah'>Daerah</a></li>"
       "<li><a href='/politik'>Politik</a></li></ul></nav>")
FOOT = "<footer><p>© 2024 Media Contoh. Hak cipta dilindungi.</p></footer>"

# (opening paragraphs, the quote, the rest of the paragraph holding it, closing paragraphs)
ARTICLES = [
    (["Sekretaris Daerah Kabupaten Sukamaju menegaskan kewajiban netral berlaku bagi pegawai "
      "negeri sipil dan juga bagi pegawai kontrak yang digaji dari anggaran daerah.",
      "Penegasan itu disampaikan dalam rapat bersama kepala dinas di ruang rapat sekretariat "
      "daerah pada Rabu pagi, dihadiri sekitar empat puluh pejabat."],
     "Siapa pun yang digaji dari anggaran daerah tidak boleh menjadi tim sukses pasangan calon",
     "kata sekretaris daerah. Menurut dia, pegawai kontrak yang ketahuan berkampanye tidak akan "
     "diperpanjang kontraknya tahun depan.",
     ["Ia meminta kepala dinas mengumpulkan surat pernyataan netral dari setiap pegawai paling "
      "lambat akhir bulan ini sebagai dasar pemeriksaan.",
      "Badan kepegawaian juga membuka nomor pengaduan khusus bagi warga yang melihat pegawai "
      "ikut berkampanye selama masa kampanye berlangsung."]),
    (["Kepala Badan Kepegawaian Kota Tirtajaya menerbitkan daftar larangan bagi aparatur "
      "menurut tahapan pemilihan wali kota yang dibagikan ke semua kelurahan.",
      "Daftar itu dibuat karena banyak pegawai bingung membedakan kegiatan yang boleh dan yang "
      "tidak boleh pada setiap tahapan pemilihan."],
     "Kebingungan paling banyak muncul saat pendaftaran calon karena dukungan sudah ramai di media sosial",
     "ujar kepala badan kepegawaian di kantornya. Ia menyebut laporan terbanyak datang dari "
     "grup percakapan warga.",
     ["Pegawai yang melanggar akan diperiksa tim gabungan inspektorat dan bagian hukum, lalu "
      "hasilnya dilaporkan kepada badan kepegawaian nasional.",
      "Lurah juga diminta menyebarkan daftar itu kepada guru dan bidan desa yang paling sering "
      "bertemu warga di wilayahnya."]),
]

BOXES = {
    "wp-figure": lambda q: (f"<figure class='wp-block-pullquote'><blockquote><p>“{q}.”</p>"
                            f"<cite>Pejabat Daerah</cite></blockquote></figure>"),
    "aside": lambda q: (f"<aside class='article__pullquote'><span class='mark'>“</span>"
                        f"<p class='pullquote__text'>{q}.</p><p class='pullquote__by'>Pejabat Daerah"
                        f"</p></aside>"),
}


def _page(k: int, box: str, before: bool) -> tuple[str, str]:
    opening, quote, rest, closing = ARTICLES[k]
    para = f"“{quote},” {rest}"
    pull = BOXES[box](quote)
    middle = f"{pull}<p>{para}</p>" if before else f"<p>{para}</p>{pull}"
    body = "".join(f"<p>{p}</p>" for p in opening) + middle + "".join(f"<p>{p}</p>" for p in closing)
    html = (f"<html><head><title>Berita Daerah</title></head><body>{NAV}<main><article>"
            f"<h1>Judul Berita Daerah</h1><div class='entry-content'>{body}</div></article></main>"
            f"{FOOT}</body></html>")
    return html, para


@pytest.mark.parametrize("k", range(len(ARTICLES)))
@pytest.mark.parametrize("box", sorted(BOXES))
@pytest.mark.parametrize("before", [False, True])
def test_pull_quote_does_not_take_the_place_of_its_paragraph(k, box, before):
    html, para = _page(k, box, before)
    text = clean_html(html, "page", settings=GENERIC).text
    paras = text.split("\n\n")
    assert para in paras                                  # the paragraph saying it, whole
    assert text.count(ARTICLES[k][1]) == 1                # the quote once
    for p in ARTICLES[k][0] + ARTICLES[k][3]:
        assert p in paras


@pytest.mark.parametrize("k", range(len(ARTICLES)))
def test_quotation_not_in_the_body_stays(k):
    """A quote box whose words the body does not say elsewhere is no repeat: the real
    quotation of a regulation in a blockquote stays in the body."""
    opening, _, _, closing = ARTICLES[k]
    quoted = ("Setiap pegawai dilarang memberikan dukungan kepada calon kepala daerah dengan "
              "cara terlibat dalam kegiatan kampanye atau menggunakan fasilitas jabatan")
    body = ("".join(f"<p>{p}</p>" for p in opening) + f"<blockquote><p>{quoted}.</p></blockquote>"
            + "".join(f"<p>{p}</p>" for p in closing))
    html = (f"<html><head><title>Berita</title></head><body>{NAV}<main><article><h1>Judul</h1>"
            f"<div class='entry-content'>{body}</div></article></main>{FOOT}</body></html>")
    text = clean_html(html, "page", settings=GENERIC).text
    assert text.count(quoted) == 1


SENTENCES = [
    ("Kalau ada pegawai yang ragu sebuah kegiatan termasuk kampanye atau bukan, lebih baik "
     "bertanya dulu kepada atasan sebelum hadir.",
     "Pesan itu diulang sekretaris daerah beberapa kali sebelum menutup rapat dengan ikrar "
     "netralitas bersama seluruh peserta."),
    ("Pegawai kelurahan tidak boleh menyimpan titipan paket bergambar calon di gudang kantor "
     "walaupun hanya semalam.",
     "Wali kota meminta lurah mencatat nama orang yang menitipkan barang itu dan melapor kepada "
     "camat pada hari yang sama."),
]


@pytest.mark.parametrize("k", range(len(SENTENCES)))
@pytest.mark.parametrize("before", [False, True])
def test_quote_block_repeating_a_paragraph_is_dropped(k, before):
    """A quote block that trafilatura keeps, repeating the start (or a sentence) of a body
    paragraph next to it: the words come out once, in the paragraph."""
    opening, _, _, closing = ARTICLES[k]
    sentence, more = SENTENCES[k]
    para = f"{sentence} {more}"
    box = f"<blockquote class='wp-block-quote is-style-large'><p>{sentence}</p></blockquote>"
    middle = f"{box}<p>{para}</p>" if before else f"<p>{para}</p>{box}"
    body = "".join(f"<p>{p}</p>" for p in opening) + middle + "".join(f"<p>{p}</p>" for p in closing)
    html = (f"<html><head><title>Berita</title></head><body>{NAV}<main><article><h1>Judul</h1>"
            f"<div class='entry-content'>{body}</div></article></main>{FOOT}</body></html>")
    text = clean_html(html, "page", settings=GENERIC).text
    assert para in text.split("\n\n")
    assert text.count(sentence) == 1


@pytest.mark.parametrize("k", range(len(SENTENCES)))
def test_list_item_restating_a_sentence_stays(k):
    """An item that restates a sentence of the paragraph before it is part of a list, not
    a pull quote: it stays."""
    opening, _, _, closing = ARTICLES[k]
    sentence, more = SENTENCES[k]
    item = sentence[0].lower() + sentence[1:]
    body = ("".join(f"<p>{p}</p>" for p in opening)
            + f"<p>Isi edaran itu: {item} {more}</p><p>Rinciannya sebagai berikut:</p>"
            + f"<ol><li>{item}</li><li>tidak memakai mobil dinas untuk mengantar peserta kampanye ke lokasi acara;</li></ol>"
            + "".join(f"<p>{p}</p>" for p in closing))
    html = (f"<html><head><title>Berita</title></head><body>{NAV}<main><article><h1>Judul</h1>"
            f"<div class='entry-content'>{body}</div></article></main>{FOOT}</body></html>")
    paras = clean_html(html, "page", settings=GENERIC).text.split("\n\n")
    assert f"1. {item}" in paras
