"""corpus_tools.html on layouts of batch 6 (issue 11, html5): an article only in a
<noscript> fallback or an <iframe srcdoc>, lists written as blocks of their own, a
transcript box after the body, hashtag lines, "Berita Terkini" link lists. Each rule on
two differently worded pages, and the cases it must leave alone."""
from __future__ import annotations

import html as htmllib

import pytest

from corpus_tools.html import clean_html
from corpus_tools.settings import Settings

GENERIC = Settings(sections={"html": {"use_profiles": False}})

NAV = ("<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/daerah'>Daerah</a></li>"
       "<li><a href='/politik'>Politik</a></li></ul></nav>")
FOOT = "<footer><p>© 2024 Media Contoh. Hak cipta dilindungi.</p></footer>"


def _page(main: str, title: str = "Berita Daerah") -> str:
    return (f"<html><head><title>{title}</title></head><body>{NAV}<main>{main}</main>"
            f"{FOOT}</body></html>")


def _paras(html: str) -> list[str]:
    return clean_html(html, "page", settings=GENERIC).text.split("\n\n")


ARTICLES = [
    ["Bupati Sukamaju menerbitkan surat edaran tentang netralitas pegawai menjelang pemilihan "
     "kepala daerah, dan edaran itu sudah dibagikan ke semua kantor kecamatan pekan ini.",
     "Kepala badan kepegawaian mengatakan edaran itu memuat larangan yang paling sering dilanggar "
     "pegawai pada pemilihan sebelumnya. Pegawai dilarang melakukan hal berikut:",
     "Pelanggar dapat dijatuhi hukuman disiplin mulai dari teguran tertulis sampai penurunan "
     "jabatan, kata kepala badan kepegawaian di kantornya, Senin.",
     "Warga yang menemukan dugaan pelanggaran diminta melapor ke posko pengaduan yang dibuka di "
     "kantor inspektorat selama masa kampanye berlangsung."],
    ["Wali Kota Tirtajaya mengingatkan guru dan tenaga kesehatan agar tidak ikut berkampanye, "
     "karena mereka bertemu warga setiap hari di sekolah dan puskesmas.",
     "Pengingat itu disampaikan dalam rapat bersama kepala sekolah di aula balai kota pada Kamis "
     "pagi. Dalam edaran wali kota, guru tidak boleh:",
     "Kepala sekolah diminta mencatat setiap pelanggaran dan mengirim laporannya kepada dinas "
     "pendidikan paling lambat akhir bulan ini.",
     "Dinas kesehatan akan mengirim surat serupa kepada kepala puskesmas dan direktur rumah "
     "sakit daerah dalam waktu dekat."],
]
ITEMS = [
    ["memasang spanduk bakal calon di pagar kantor maupun rumah dinas;",
     "menjadi admin grup percakapan tim pemenangan pasangan calon;",
     "mengangkut peserta kampanye dengan kendaraan dinas."],
    ["membagikan brosur pasangan calon kepada murid dan orang tua murid;",
     "mengajak pasien memilih calon tertentu di ruang tunggu puskesmas;",
     "memakai seragam dinas ketika hadir di lokasi kampanye terbuka."],
]


def _article(k: int) -> str:
    paras, items = ARTICLES[k], ITEMS[k]
    return (f"<p>{paras[0]}</p><p>{paras[1]}</p><ol>"
            + "".join(f"<li>{it}</li>" for it in items)
            + f"</ol><p>{paras[2]}</p><p>{paras[3]}</p>")


def _expected(k: int) -> list[str]:
    paras, items = ARTICLES[k], ITEMS[k]
    return paras[:2] + [f"{n}. {it}" for n, it in enumerate(items, 1)] + paras[2:]


# --- an article only in <noscript> or <iframe srcdoc> ---------------------------------------

SKELETON = ("<div class='shell'><div class='skeleton'></div><div class='skeleton'></div></div>"
            "<div class='trend'><h3>Sedang Tren</h3><ul><li><a href='/a'>Harga cabai di pasar "
            "induk turun menjelang akhir pekan</a></li><li><a href='/b'>Jadwal kapal penyeberangan "
            "bertambah mulai bulan depan</a></li></ul></div>")


@pytest.mark.parametrize("k", [0, 1])
def test_article_only_in_a_noscript_fallback_is_read(k):
    html = _page(SKELETON + f"<noscript><article><h1>Judul</h1>{_article(k)}</article>"
                 "<p>Aktifkan JavaScript untuk membaca.</p></noscript>")
    assert _paras(html) == _expected(k)


@pytest.mark.parametrize("k", [0, 1])
def test_article_in_an_iframe_srcdoc_is_read(k):
    inner = f"<!DOCTYPE html><html><body>{_article(k)}</body></html>"
    html = _page("<div class='head'><h1>Siaran Pers</h1><p>Nomor: 12/SP/2024 | Diunduh: 9 kali</p></div>"
                 f"<iframe title='isi' srcdoc=\"{htmllib.escape(inner, quote=True)}\"></iframe>"
                 "<div class='side'><h3>Kontak</h3><p>Jl. Merdeka No. 1, telepon 0411 555.</p></div>")
    assert _paras(html) == _expected(k)


@pytest.mark.parametrize("k", [0, 1])
def test_a_noscript_copy_of_the_visible_body_is_not_read_twice(k):
    html = _page(f"<article>{_article(k)}</article><noscript><div>{_article(k)}</div></noscript>")
    assert _paras(html) == _expected(k)


def test_short_noscript_and_srcdoc_stay_out():
    ad = htmllib.escape("<html><body><p>Pasang iklan di sini, hubungi kami.</p></body></html>", quote=True)
    html = _page(f"<article>{_article(0)}</article><noscript><img src='/pixel.gif'>"
                 f"<p>Aktifkan JavaScript untuk pengalaman terbaik.</p></noscript>"
                 f"<iframe srcdoc=\"{ad}\"></iframe>")
    assert _paras(html) == _expected(0)


# --- lists written as blocks of their own ---------------------------------------------------

def _div_list(items: list[str], marks: str) -> str:
    return "<div class='daftar'>" + "".join(
        f"<div class='item'><span class='no'>{m}</span> <span>{it}</span></div>"
        for m, it in zip(marks, items)) + "</div>"


# trafilatura (fast) keeps a short list of marked <div>s, and drops it from a longer body:
# three paragraphs on each side
def _long_body(k: int, middle: str) -> tuple[str, list[str], list[str]]:
    a, b = ARTICLES[k], ARTICLES[1 - k]
    before, after = [a[0], b[0], a[1]], [a[2], b[2], a[3]]
    html = "".join(f"<p>{p}</p>" for p in before) + middle + "".join(f"<p>{p}</p>" for p in after)
    return html, before, after


@pytest.mark.parametrize("k,marks", [(0, ["a.", "b.", "c."]), (1, ["1)", "2)", "3)"])])
def test_a_list_of_marked_blocks_between_paragraphs_is_body(k, marks):
    body, before, after = _long_body(k, _div_list(ITEMS[k], marks))
    html = _page(f"<article><div class='post-content'>{body}</div></article>")
    expected = before + [f"{m} {it}" for m, it in zip(marks, ITEMS[k])] + after
    assert _paras(html) == expected
    off = Settings(sections={"html": {"use_profiles": False, "recover_lists": False}})
    assert clean_html(html, "page", settings=off).text.split("\n\n") == before + after


@pytest.mark.parametrize("marks", [["a.", "c.", "d."], ["b.", "c.", "d."]], ids=["gap", "no-start"])
def test_marked_blocks_out_of_sequence_are_not_a_list(marks):
    body, before, after = _long_body(0, _div_list(ITEMS[0], marks))
    html = _page(f"<article><div class='post-content'>{body}</div></article>")
    assert _paras(html) == before + after


# --- a transcript box after the body --------------------------------------------------------

TRANSCRIPTS = [
    ["Pemerintah kabupaten menerbitkan edaran tentang netralitas pegawai menjelang pilkada.",
     "Dalam edaran itu pegawai dilarang bergabung dengan grup percakapan tim pemenangan.",
     "Pegawai juga tidak boleh memasang foto profil bergambar pasangan calon.",
     "Camat wajib melaporkan setiap temuan pelanggaran kepada bupati dalam tiga hari."],
    ["Sahabat pemirsa, wali kota meminta guru tidak membawa urusan politik ke kelas.",
     "Guru yang kedapatan membagikan brosur calon kepada murid akan diperiksa dinas.",
     "Kepala sekolah diminta mengawasi kegiatan di sekolah sampai hari pemungutan suara.",
     "Laporan dapat disampaikan melalui posko pengaduan di kantor dinas pendidikan."],
]


# trafilatura (fast) takes a block whose class names an article body and stops there
DESC = ["article-content", "entry-content"]


def _tv_page(k: int, box_attrs: str = "class='transcript-box'", line_link: bool = False) -> str:
    lines = "".join(
        f"<div class='line'><span class='ts'>00:{9 * n:02d}</span> "
        + (f"<a href='/u{n}'>Pemirsa {n}</a> " if line_link else "") + f"<span>{t}</span></div>"
        for n, t in enumerate(TRANSCRIPTS[k]))
    return _page(
        "<div class='col'><h1>Judul Video</h1><div class='player'><iframe src='https://video.example/e/1'>"
        "</iframe></div>"
        f"<div class='{DESC[k]}'><p>{ARTICLES[k][0]}</p><p>{ARTICLES[k][2]}</p></div>"
        f"<div {box_attrs}><h3>Transkrip</h3>{lines}</div>"
        "<div class='more'><h3>Video Lainnya</h3><ul><li><a href='/v1'>Debat publik calon bupati "
        "digelar pekan depan</a> <span>02:31</span></li><li><a href='/v2'>KPU tetapkan daftar pemilih "
        "tetap</a> <span>01:48</span></li></ul></div></div>")


@pytest.mark.parametrize("k", [0, 1])
def test_a_transcript_right_after_the_body_is_body(k):
    got = _paras(_tv_page(k))
    assert got == [ARTICLES[k][0], ARTICLES[k][2], "Transkrip"] + [
        f"00:{9 * n:02d} {t}" for n, t in enumerate(TRANSCRIPTS[k])]


@pytest.mark.parametrize("attrs,link", [("class='comments-area'", False), ("class='box'", True)],
                         ids=["named-comments", "linked-names"])
def test_a_comment_thread_after_the_body_stays_out(attrs, link):
    got = _paras(_tv_page(0, attrs, link))
    assert got == [ARTICLES[0][0], ARTICLES[0][2]]


def test_continuation_knob_off_keeps_the_old_body():
    off = Settings(sections={"html": {"use_profiles": False, "recover_continuation": False}})
    got = clean_html(_tv_page(1), "page", settings=off).text.split("\n\n")
    assert got == [ARTICLES[1][0], ARTICLES[1][2]]


# --- boilerplate lines ----------------------------------------------------------------------

@pytest.mark.parametrize("line", ["#netralitasasn #pilkada2024 #sukamaju",
                                  "#ASN, #PemiluDamai, #tirtajaya-bersatu"])
def test_a_line_of_hashtags_is_dropped(line):
    paras = ARTICLES[0]
    html = _page(f"<article><p>{paras[0]}</p><p>{paras[2]}</p><p>{paras[3]}</p><p>{line}</p></article>")
    doc = clean_html(html, "page", settings=GENERIC)
    assert doc.text.split("\n\n") == [paras[0], paras[2], paras[3]]
    assert any(r.reason == "boilerplate:hashtags" for r in doc.removed)


@pytest.mark.parametrize("line", [
    "Artikel ini bisa dilihat di : https://www.contoh.tv/regional/1/judul-berita",
    "Berita ini telah tayang di Kabarcontoh.com dengan judul: Bupati Larang ASN Berkampanye",
    "Artikel ini telah ditulis oleh Rahmat dan diedit oleh Sinta."])
def test_republished_and_written_by_lines_are_dropped(line):
    paras = ARTICLES[1]
    html = _page(f"<article><p>{paras[0]}</p><p>{paras[2]}</p><p>{paras[3]}</p><p>{line}</p></article>")
    assert _paras(html) == [paras[0], paras[2], paras[3]]


@pytest.mark.parametrize("label", ["Berita Terkini:", "Rekomendasi untuk Anda"])
def test_a_latest_news_list_between_paragraphs_is_dropped(label):
    paras = ARTICLES[0]
    links = ["Jembatan gantung kampung nelayan rampung Desember",
             "Atlet dayung raih dua emas di pekan olahraga provinsi",
             "Polisi ringkus komplotan pencuri motor di pasar"]
    lst = "<ul>" + "".join(f"<li><a href='/n{i}'>{t}</a></li>" for i, t in enumerate(links)) + "</ul>"
    html = _page(f"<article><p>{paras[0]}</p><p>{paras[2]}</p><p><strong>{label}</strong></p>{lst}"
                 f"<p>{paras[3]}</p></article>")
    assert _paras(html) == [paras[0], paras[2], paras[3]]


# --- a table pasted from a word processor: one <p> per cell -----------------------------------

def _word_table(items: list[str], head: tuple[str, str], numbers: list[str]) -> str:
    rows = "".join(
        f"<tr><td width='30' valign='top'><p class='MsoNormal' align='center'><span lang='IN'>{n}</span></p></td>"
        f"<td valign='top'><p class='MsoNormal' style='text-align:justify'><span lang='IN'>{it}</span></p></td></tr>"
        for n, it in zip(numbers, items))
    return (f"<table class='MsoTableGrid' border='1'><tbody><tr><td><p><b>{head[0]}</b></p></td>"
            f"<td><p><b>{head[1]}</b></p></td></tr>{rows}</tbody></table>")


@pytest.mark.parametrize("k,head,numbers", [(0, ("No", "Larangan"), ["1.", "2.", "3."]),
                                            (1, ("No.", "Bentuk Pelanggaran"), ["1", "2", "3"])])
def test_rows_of_a_word_processor_table_are_lines(k, head, numbers):
    body, before, after = _long_body(k, _word_table(ITEMS[k], head, numbers))
    got = _paras(_page(f"<article><div class='post-content'>{body}</div></article>"))
    rows = [f"{head[0]} | {head[1]}"] + [f"{n}. {it}" for n, it in enumerate(ITEMS[k], 1)]
    assert got == before + rows + after


def test_a_layout_table_with_paragraphs_in_its_cells_stays_cell_by_cell():
    a, b = ARTICLES[0], ARTICLES[1]
    cell = lambda ps: "<td>" + "".join(f"<p>{p}</p>" for p in ps) + "</td>"
    html = _page(f"<table><tr>{cell(a)}{cell(b)}</tr></table>")
    got = _paras(html)
    assert not any(" | " in p for p in got)
    assert a[0] in got


# --- the list a lead-in announces, set after the text box -------------------------------------

def _text_then_list(k: int, last: str, lst: str) -> tuple[str, list[str]]:
    a, b = ARTICLES[k], ARTICLES[1 - k]
    paras = [a[0], b[0], b[1], a[2], last]
    return (f"<article><div class='text'>" + "".join(f"<p>{p}</p>" for p in paras) + f"</div>{lst}"
            "<div class='tags'>Tag: <a href='/t/asn'>asn</a> <a href='/t/pilkada'>pilkada</a></div></article>",
            paras)


@pytest.mark.parametrize("k,tag", [(0, "ol"), (1, "ul")])
def test_the_announced_list_after_the_text_box_is_body(k, tag):
    lst = f"<{tag}>" + "".join(f"<li>{it}</li>" for it in ITEMS[k]) + f"</{tag}>"
    html, paras = _text_then_list(k, ARTICLES[k][1], lst)
    marks = [f"{n}. " for n in range(1, 4)] if tag == "ol" else ["- "] * 3
    assert _paras(_page(html)) == paras + [m + it for m, it in zip(marks, ITEMS[k])]


@pytest.mark.parametrize("case", ["no-lead-in", "linked-items"])
def test_a_list_after_the_text_box_without_lead_in_or_with_links_stays_out(case):
    if case == "no-lead-in":
        lst = "<ol>" + "".join(f"<li>{it}</li>" for it in ITEMS[0]) + "</ol>"
        html, paras = _text_then_list(0, ARTICLES[0][3], lst)
    else:
        lst = "<ul>" + "".join(f"<li><a href='/b{i}'>{it}</a></li>" for i, it in enumerate(ITEMS[0])) + "</ul>"
        html, paras = _text_then_list(0, ARTICLES[0][1], lst)
    assert _paras(_page(html)) == paras


# --- an accordion's or a tab's hidden panels ----------------------------------------------------

QUESTIONS = ["Bolehkah pegawai hadir di lokasi kampanye terbuka?",
             "Apakah pegawai boleh berfoto dengan calon?",
             "Bagaimana jika pasangan pegawai menjadi calon?"]
ANSWERS = ["Boleh sebatas mendengarkan, tetapi pegawai dilarang memakai seragam dinas dan atribut partai.",
           "Tidak boleh apabila foto itu memperlihatkan simbol jari atau nomor urut pasangan calon.",
           "Pegawai tersebut wajib mengambil cuti di luar tanggungan negara selama masa kampanye."]


def _bootstrap(qs: list[str], ans: list[str]) -> str:
    return "<div class='accordion' id='faq'>" + "".join(
        f"<div class='accordion-item'><h2 class='accordion-header'><button class='accordion-button collapsed' "
        f"type='button' data-bs-toggle='collapse'>{q}</button></h2><div class='accordion-collapse collapse'>"
        f"<div class='accordion-body'>{a}</div></div></div>" for q, a in zip(qs, ans)) + "</div>"


def _spoilers(qs: list[str], ans: list[str]) -> str:
    return "".join(
        f"<div class='su-spoiler su-spoiler-closed'><div class='su-spoiler-title'>{q}</div>"
        f"<div class='su-spoiler-content'><p>{a}</p></div></div>" for q, a in zip(qs, ans))


@pytest.mark.parametrize("widget", [_bootstrap, _spoilers], ids=["accordion", "spoilers"])
def test_hidden_panels_between_body_paragraphs_are_body(widget):
    a, b = ARTICLES[0], ARTICLES[1]
    before, after = [a[0], b[0], a[1]], [a[2], b[2]]
    html = _page("<article><div class='entry-content'>" + "".join(f"<p>{p}</p>" for p in before)
                 + widget(QUESTIONS, ANSWERS) + "".join(f"<p>{p}</p>" for p in after) + "</div></article>")
    got = _paras(html)
    for q, ans in zip(QUESTIONS, ANSWERS):
        assert q in got and ans in got
    assert got[:3] == before and got[-2:] == after
    assert got.index(QUESTIONS[0]) < got.index(ANSWERS[0]) < got.index(QUESTIONS[1])


def test_a_collapsed_panel_of_links_stays_out():
    a, b = ARTICLES[0], ARTICLES[1]
    links = ("<div class='collapse' id='more'><ul>" + "".join(
        f"<li><a href='/r{i}'>Berita lain nomor {i} tentang pemilihan di kabupaten tetangga</a></li>"
        for i in range(3)) + "</ul></div>")
    html = _page("<article><div class='entry-content'>" + "".join(f"<p>{p}</p>" for p in [a[0], b[0], a[1]])
                 + links + "".join(f"<p>{p}</p>" for p in [a[2], b[2]]) + "</div></article>")
    assert _paras(html) == [a[0], b[0], a[1], a[2], b[2]]


@pytest.mark.parametrize("line", [
    "Share on FacebookShare on Twitter",
    "Share on Facebook Share on Twitter Share on WhatsApp",
    "Bagikan ke Facebook | Bagikan via WhatsApp"])
def test_share_bars_with_on_ke_via_are_dropped(line):
    paras = ARTICLES[0]
    html = _page(f"<article><p>{paras[0]}</p><p>{line}</p><p>{paras[2]}</p><p>{paras[3]}</p></article>")
    assert _paras(html) == [paras[0], paras[2], paras[3]]


@pytest.mark.parametrize("line", [
    "📷 Ilustrasi pegawai negeri sipil saat apel pagi. (Foto: Dok)",
    "▶ Ilustrasi kotak suara di gudang logistik KPU.",
    'Baca artikel detiknews, "Bupati Larang ASN Ikut Kampanye" selengkapnya https://news.contoh.com/d-1/bupati',
    'Baca artikel kabarcontoh, “Camat Minta Pegawai Netral” selengkapnya di sini',
    "Klik di sini untuk mengikuti saluran kami di WhatsApp",
    "Klik disini untuk bergabung dengan grup Telegram Kabar Contoh",
    "Pilihan Untuk Anda", "Editor's Pick",
    "Oleh : Asyari Usman*", "Oleh: Redaksi Kabar Contoh"])
def test_more_promo_caption_and_byline_lines_are_dropped(line):
    paras = ARTICLES[1]
    html = _page(f"<article><p>{paras[0]}</p><p>{paras[1]}</p><p>{line}</p><p>{paras[2]}</p>"
                 f"<p>{paras[3]}</p></article>")
    assert _paras(html) == [paras[0], paras[1], paras[2], paras[3]]


def test_a_sentence_starting_with_oleh_or_a_share_verb_stays():
    keep = ["Oleh karena itu, pegawai diminta tidak memberi tanda suka pada unggahan calon.",
            "Bagikan informasi ini kepada pegawai lain agar tidak ada yang melanggar edaran."]
    paras = ARTICLES[0]
    html = _page(f"<article><p>{paras[0]}</p><p>{keep[0]}</p><p>{paras[2]}</p><p>{keep[1]}</p>"
                 f"<p>{paras[3]}</p></article>")
    assert _paras(html) == [paras[0], keep[0], paras[2], keep[1], paras[3]]


# --- teaser cards without a label: linked headline + excerpt ----------------------------------

CARDS = [
    (["Bawaslu temukan tiga ASN unggah foto bersama bakal calon gubernur",
      "Pemkot gelar sosialisasi aturan cuti bagi pegawai yang pasangannya maju"],
     ["Pengawas pemilu menemukan tiga pegawai di lingkungan pemerintah kota mengunggah foto "
      "bersama bakal calon lengkap dengan simbol jari.",
      "Badan kepegawaian menjelaskan tata cara pengajuan cuti di luar tanggungan negara bagi "
      "pegawai yang pasangannya maju sebagai calon."]),
    (["Harga cabai rawit di pasar induk turun dua pekan berturut-turut",
      "Jembatan gantung kampung nelayan ditargetkan rampung akhir tahun"],
     ["Pedagang menyebut pasokan dari kabupaten tetangga kembali lancar setelah jalan provinsi "
      "selesai diperbaiki bulan lalu.",
      "Dinas pekerjaan umum memastikan pembangunan jembatan tidak terganggu musim hujan yang "
      "mulai turun sejak awal bulan."]),
]


@pytest.mark.parametrize("k", [0, 1])
def test_unlabelled_teaser_cards_between_paragraphs_are_dropped(k):
    heads, excerpts = CARDS[k]
    a, b = ARTICLES[k], ARTICLES[1 - k]
    cards = "<div class='baca'>" + "".join(
        f"<div class='card'><a href='/r{i}'><strong>{h}</strong></a> <span>{e}</span></div>"
        for i, (h, e) in enumerate(zip(heads, excerpts))) + "</div>"
    html = _page(f"<article><div class='entry-content'><p>{a[0]}</p><p>{b[0]}</p>{cards}"
                 f"<p>{a[2]}</p><p>{b[2]}</p></div></article>")
    doc = clean_html(html, "page", settings=GENERIC)
    assert doc.text.split("\n\n") == [a[0], b[0], a[2], b[2]]
    assert any(r.reason == "related-list" and heads[0] in r.text for r in doc.removed)


def test_body_paragraphs_opening_with_a_linked_name_stay():
    a, b = ARTICLES[0], ARTICLES[1]
    linked = [f"<a href='/tokoh/1'>Kepala Badan Kepegawaian Daerah</a> {a[1]}",
              f"<a href='/tokoh/2'>Inspektur Kabupaten Sukamaju Raya</a> {b[2]}"]
    html = _page(f"<article><div class='entry-content'><p>{a[0]}</p><p>{linked[0]}</p><p>{b[0]}</p>"
                 f"<p>{linked[1]}</p><p>{a[2]}</p></div></article>")
    got = _paras(html)
    assert got == [a[0], f"Kepala Badan Kepegawaian Daerah {a[1]}", b[0],
                   f"Inspektur Kabupaten Sukamaju Raya {b[2]}", a[2]]
