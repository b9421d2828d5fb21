"""corpus_tools.html: general rules found on unseen pages (public benchmarks, new templates).

Each rule is tested on at least two differently worded invented pages."""
from __future__ import annotations

import pytest

from corpus_tools.html import _lower_compiled, clean_html
from corpus_tools.settings import Settings

NO_PROFILES = Settings(sections={"html": {"use_profiles": False}})


def _clean(html: str):
    return clean_html(html, "t", settings=NO_PROFILES)


# --- the article spread over small blocks, a long notice block after it ---------------

SECTIONS = {
    "funds": [
        ("Apa itu reksa dana indeks?",
         "Reksa dana indeks mengikuti satu tolok ukur pasar sedekat mungkin, sehingga sering "
         "disebut strategi investasi pasif yang biayanya rendah bagi pemodal kecil."),
        ("Mengapa biayanya rendah",
         "Pengelola tidak perlu memilih saham satu per satu. Biaya riset yang kecil itu "
         "diteruskan kepada pemodal dalam bentuk biaya tahunan yang lebih murah."),
        ("Risiko yang perlu diketahui",
         "Nilai reksa dana indeks tetap naik turun mengikuti pasar. Pemodal yang butuh dana "
         "dalam waktu dekat sebaiknya mempertimbangkan instrumen lain lebih dulu."),
        ("Cara memulai",
         "Pemodal cukup membuka rekening di agen penjual resmi, mengisi profil risiko, lalu "
         "menyetor dana awal yang di banyak tempat mulai dari seratus ribu rupiah."),
    ],
    "netral": [
        ("Siapa yang wajib netral?",
         "Seluruh pegawai negeri, pegawai dengan perjanjian kerja, dan tenaga honorer yang "
         "digaji dari anggaran daerah terikat ketentuan netralitas selama tahapan pemilu."),
        ("Apa yang dilarang",
         "Pegawai dilarang ikut kampanye, memasang atribut peserta pemilu di kantor, dan "
         "menyebarkan materi dukungan melalui grup percakapan yang dikelola instansi."),
        ("Ke mana melapor",
         "Warga yang melihat pelanggaran dapat melapor ke posko pengaduan di kantor "
         "kecamatan atau melalui nomor layanan yang diumumkan pemerintah kabupaten."),
        ("Sanksi bagi pelanggar",
         "Pegawai yang terbukti melanggar dijatuhi hukuman disiplin mulai dari teguran "
         "tertulis hingga penurunan jabatan, sesuai berat ringannya pelanggaran."),
    ],
}
NOTICE = ("Informasi pada halaman ini bukan ajakan untuk membeli atau menjual efek apa pun dan "
          "tidak boleh dianggap sebagai nasihat hukum, pajak, atau keuangan bagi pembaca. "
          "Setiap keputusan tetap menjadi tanggung jawab pembaca sepenuhnya, dan penerbit tidak "
          "bertanggung jawab atas kerugian yang timbul dari penggunaan informasi ini dalam bentuk "
          "apa pun, baik langsung maupun tidak langsung, pada masa kini maupun masa mendatang. ")


@pytest.mark.parametrize("topic", sorted(SECTIONS))
def test_an_article_in_small_blocks_is_not_lost_to_a_long_notice_after_it(topic):
    # trafilatura keeps the sections and the notice; the deepest element holding most of the
    # kept prose is the notice block: the sections before it must not be dropped
    # (each section ends with a short line: the sections are no run of lead paragraphs)
    blocks = "".join(f'<div class="grid"><div class="cell"><h2>{h}</h2><p>{p}</p>'
                     f'<p>Bagian {n} dari {len(SECTIONS[topic])}</p></div></div>'
                     for n, (h, p) in enumerate(SECTIONS[topic], 1))
    notice = "".join(f"<p>{NOTICE}Bagian {n}.</p>" for n in range(4))
    html = (f"<html><body><main><div class='page'>{blocks}</div>"
            f"<div class='disclosure'><div class='inner'>{notice}</div></div></main></body></html>")
    text = _clean(html).text
    for _, para in SECTIONS[topic]:
        assert para in text


@pytest.mark.parametrize("topic", sorted(SECTIONS))
def test_a_block_repeated_on_the_page_weighs_once(topic):
    # the same card printed five times (a template placeholder, a desktop and a mobile copy)
    # and kept five times by trafilatura must not out-weigh the article beside it
    import lxml.html
    from corpus_tools import html as H
    card = SECTIONS[topic][0][1]
    cards = "".join(f'<div class="card"><h3>Judul {n}</h3><p>{card}</p></div>' for n in range(5))
    body = "".join(f"<p>{p}</p>" for _, p in SECTIONS[topic][1:])
    tree = lxml.html.fromstring(f"<html><body><div class='cards'>{cards}</div>"
                                f"<div class='article'>{body}</div></body></html>")
    segments = H._segment(tree)
    for seg in segments:                     # what trafilatura kept on such a page
        seg.kept, seg.key = not seg.text.startswith("Judul"), H._key(seg.text)
    container = H._container(segments)
    assert container is not None and container.get("class") == "article"


# --- datelines set apart from the lead ---------------------------------------------

@pytest.mark.parametrize("stub,markup,place", [
    ("Sukamaju -", "<strong>Sukamaju</strong> -<br><br>", None),
    ("Kuala Jernih (ANTARA) -", "Kuala Jernih (ANTARA) -<br>", "Kuala Jernih"),
    ("BATU PUTIH, KABARBATU.com –", "<p><b>BATU PUTIH, KABARBATU.com –</b></p>", "BATU PUTIH"),
])
def test_a_dateline_on_its_own_line_is_joined_to_the_lead(stub, markup, place):
    lead = ("Pemerintah kabupaten menerbitkan surat edaran yang melarang pegawai ikut kampanye "
            "dan memasang atribut peserta pemilu di kantor.")
    rest = "".join(f"<p>Paragraf {n}: pegawai diminta menjaga netralitas selama tahapan pemilu "
                   f"berlangsung di seluruh kecamatan.</p>" for n in range(3))
    html = (f"<html><body><nav><a href='/'>Beranda</a> <a href='/d'>Kuala Jernih</a> "
            f"<a href='/s'>Sukamaju</a></nav><div class='post-content'>{markup}<p>{lead}</p>{rest}"
            f"</div></body></html>")
    doc = _clean(html)
    assert doc.text.startswith(f"{stub} {lead}")
    if place:
        assert doc.dateline == place


def test_a_short_line_ending_in_a_dash_inside_the_body_is_not_a_dateline_when_it_has_a_sentence():
    html = ("<html><body><article><p>Bupati menegaskan pegawai wajib netral selama pemilu, "
            "termasuk di media sosial dan grup percakapan.</p><p>Ini belum selesai. Lanjut -</p>"
            "<p>Pegawai yang melanggar akan diperiksa inspektorat dan dijatuhi sanksi disiplin.</p>"
            "</article></body></html>")
    paras = _clean(html).text.split("\n\n")
    assert "Pegawai yang melanggar akan diperiksa inspektorat dan dijatuhi sanksi disiplin." in paras


# --- promos, notices, paging -------------------------------------------------------------

FILLER = ("Pemerintah kabupaten meminta seluruh aparatur sipil negara menjaga netralitas "
          "selama tahapan pemilu berlangsung di daerah.")


@pytest.mark.parametrize("line", [
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs ini tanpa izin tertulis.",
    "Tidak diperkenankan menyalin artikel dari situs ini tanpa izin redaksi.",
    "Artikel ini telah tayang di Tribunsukamaju.com dengan judul Pegawai Dilarang Ikut Kampanye.",
    "Sebagian artikel ini sudah terbit di Kabarmaju.id.",
    "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi, silakan WhatsApp ke nomor Cek Fakta kami.",
    "Halaman 2/3",
    "Halaman: 1 dari 4",
])
def test_notice_promo_and_paging_lines_are_dropped(line):
    html = (f"<html><body><article><p>{FILLER}</p><p>{FILLER} Kedua.</p><p>{line}</p>"
            f"<p>{FILLER} Ketiga.</p></article></body></html>")
    assert line not in _clean(html).text


@pytest.mark.parametrize("line", [
    "ASN dilarang keras mengambil foto bersama pasangan calon tanpa izin atasan.",
    "Dilarang keras menggunakan kendaraan dinas untuk kampanye.",
    "Artikel dalam surat edaran ini memuat tujuh larangan bagi pegawai.",
    "Warga yang melihat pegawai ikut kampanye silakan WhatsApp ke nomor pengaduan Bawaslu 0812 3456 7890.",
    "Dilarang menggunakan isi akun resmi instansi untuk kampanye tanpa izin pimpinan.",
    "Fakta atau hoaks? Bupati memastikan kabar pegawai dimutasi karena beda pilihan tidak benar.",
])
def test_circular_lines_that_look_like_notices_stay(line):
    html = (f"<html><body><article><p>{FILLER}</p><p>{line}</p><p>{FILLER} Kedua.</p>"
            f"</article></body></html>")
    assert line in _clean(html).text.split("\n\n")


@pytest.mark.parametrize("heading,promo", [
    ("Jadilah Bagian dari Jurnalisme Berkualitas",
     "Belum selesai baca berita ini? Selesaikan dengan berlangganan konten digital premium."),
    ("Dukung Jurnalisme Daerah",
     "Berlangganan untuk membaca seluruh artikel tanpa iklan mulai Rp 20.000 per bulan."),
])
def test_a_paywall_box_ends_the_body_with_its_heading(heading, promo):
    body = "".join(f"<p>{FILLER} Paragraf {n}.</p>" for n in range(5))
    html = (f"<html><body><article><div class='body'>{body}<div class='paywall'><h3>{heading}</h3>"
            f"<p>{promo}</p><ul><li>Akses tanpa batas ke semua artikel</li><li>Arsip koran digital"
            f"</li></ul></div></div></article></body></html>")
    doc = _clean(html)
    assert doc.text.count("Pemerintah kabupaten meminta") == 5
    assert heading not in doc.text and "Akses tanpa batas" not in doc.text
    assert any(r.reason == "boilerplate:paywall" and r.text == heading for r in doc.removed)


# --- decks, credits, datelines -----------------------------------------------------------

@pytest.mark.parametrize("deck", [
    "Pemkot merinci pose foto yang dilarang bagi pegawai selama tahapan pemilu berlangsung.",
    "Pegawai yang melanggar terancam sanksi disiplin mulai dari teguran hingga penurunan pangkat.",
])
def test_the_deck_under_the_headline_is_not_taken_for_the_lead(deck):
    body = "".join(f"<p>{FILLER} Paragraf {n}.</p>" for n in range(4))
    html = (f"<html><body><h1>Pegawai Dilarang Berpose Jari</h1><h2 class='subtitle'>{deck}</h2>"
            f"<div class='credit'>Penulis: Yusuf | Editor: Dewi</div>"
            f"<div class='txt-article'>{body}</div></body></html>")
    assert deck not in _clean(html).text


@pytest.mark.parametrize("label,name", [("Editor:", "Sri Rahayu Ningsih"), ("Penyunting:", "Bagus Hartanto")])
def test_an_editor_label_and_name_in_two_blocks(label, name):
    body = "".join(f"<p>{FILLER} Paragraf {n}.</p>" for n in range(4))
    html = (f"<html><body><article><div class='body'>{body}</div><div class='editor'>"
            f"<div class='label'>{label}</div><div class='name'>{name}</div></div></article></body></html>")
    assert _clean(html).editor == name


@pytest.mark.parametrize("lead,outlet,place", [
    ("TELUK INDAH, KOMPAS — Gubernur menerbitkan surat edaran yang membatasi kehadiran pejabat.",
     "Kompas.id", "TELUK INDAH"),
    ("LEMBAH JATI, RADAR — Bupati meminta pegawai tidak hadir dalam deklarasi calon anggota dewan.",
     "Radar Lembah Jati", "LEMBAH JATI"),
])
def test_an_outlet_named_by_the_start_of_the_site_name(lead, outlet, place):
    # the last part of the dateline starts the site's name: it is the outlet, not a place
    body = "".join(f"<p>{FILLER} Paragraf {n}.</p>" for n in range(3))
    html = (f'<html><head><meta property="og:site_name" content="{outlet}"></head><body>'
            f"<article><p>{lead}</p>{body}</article></body></html>")
    doc = _clean(html)
    assert doc.dateline == place and doc.outlet == outlet


# --- rules on lower-cased text ------------------------------------------------------------

@pytest.mark.parametrize("pattern,text,hit", [
    (r"dapatkan\s+(?:update|berita)", "DAPATKAN UPDATE berita pilihan", True),
    (r"all\s+rights?\s+reserved", "All Rights Reserved.", True),
    (r"\(foto\s*:", "Kantor bupati (FOTO: istimewa)", True),
    (r"[A-Z]{3}\s+\d", "kode abc 12", True),      # an upper-case class: still case-insensitive
    (r"dapatkan\s+update", "Pegawai mendapat pembaruan", False),
])
def test_search_rules_stay_case_insensitive_on_lower_cased_text(pattern, text, hit):
    assert bool(_lower_compiled(pattern).search(text.lower())) is hit


# --- language rules come from the Settings ---------------------------------------------

def _lang_settings(tmp_path, edit) -> Settings:
    import json
    from corpus_tools.settings import Settings as S
    data = S().data("lang.json")
    data = json.loads(json.dumps(data))      # a copy to edit
    edit(data)
    path = tmp_path / "lang.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return S(sections={"html": {"use_profiles": False}}).with_data(**{"lang.json": path})


@pytest.mark.parametrize("month,iso", [("Dhesember", "2023-12-07"), ("Agustos", "2023-08-07")])
def test_a_users_month_names_reach_the_date_line_reader(tmp_path, month, iso):
    settings = _lang_settings(tmp_path, lambda d: d["months"].update({month.lower(): int(iso[5:7])}))
    body = "".join(f"<p>{FILLER} Paragraf {n}.</p>" for n in range(4))
    html = (f"<html><body><div class='meta'>Kamis, 7 {month} 2023</div>"
            f"<article>{body}</article></body></html>")
    assert clean_html(html, "t", settings=NO_PROFILES).published is None
    assert clean_html(html, "t", settings=settings).published == iso


@pytest.mark.parametrize("label,name", [("Peliput", "Andi Saputra"), ("Juru warta", "Maya Lestari")])
def test_a_users_byline_labels_reach_the_author_reader(tmp_path, label, name):
    settings = _lang_settings(tmp_path, lambda d: d["bylines"]["inline_author"].append(label.lower()))
    body = "".join(f"<p>{FILLER} Paragraf {n}.</p>" for n in range(4))
    html = (f"<html><body><div class='info'>{label}: {name} | Sabtu</div>"
            f"<article>{body}</article></body></html>")
    assert clean_html(html, "t", settings=NO_PROFILES).author != name
    assert clean_html(html, "t", settings=settings).author == name


# --- table rows: one line per row, the row number as the list marker -----------------

_PROSE = ("Pemerintah daerah menegaskan bahwa seluruh pegawai wajib menjaga netralitas selama "
          "tahapan pemilihan berlangsung di semua kecamatan dan kelurahan.")
TABLES = {
    "larangan": (
        "Larangan bagi pegawai tercantum dalam tabel berikut:",
        [("No", "Larangan"), ("1", "Memasang baliho bakal calon di halaman kantor dinas"),
         ("2", "Menghadiri deklarasi pasangan calon dengan seragam dinas"),
         ("3", "Membagikan materi kampanye melalui grup percakapan kantor")],
        ["No | Larangan", "1. Memasang baliho bakal calon di halaman kantor dinas",
         "2. Menghadiri deklarasi pasangan calon dengan seragam dinas",
         "3. Membagikan materi kampanye melalui grup percakapan kantor"]),
    "sanksi": (
        "Jenis pelanggaran dan sanksinya dirinci sebagai berikut:",
        [("No.", "Pelanggaran", "Sanksi"), ("a.", "Ikut kampanye tanpa cuti", "Teguran tertulis"),
         ("b.", "Menjadi pengurus partai politik", "Pemberhentian dengan hormat")],
        ["No. | Pelanggaran | Sanksi", "a. Ikut kampanye tanpa cuti | Teguran tertulis",
         "b. Menjadi pengurus partai politik | Pemberhentian dengan hormat"]),
}


def _table_page(lead_in: str, rows: list[tuple[str, ...]]) -> str:
    head, *body = rows
    th = "".join(f"<th>{c}</th>" for c in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body)
    return (f"<html><body><div class='menu'><a href='/'>Beranda</a> <a href='/b'>Berita</a></div>"
            f"<div class='post'><p>SUKAMAJU - {_PROSE}</p><p>{lead_in}</p>"
            f"<table class='table'><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>"
            f"<p>Kepala dinas menambahkan, pelanggaran akan diperiksa inspektorat dan hasilnya "
            f"diteruskan kepada pejabat pembina kepegawaian.</p><p>{_PROSE} Penutup.</p></div>"
            f"<div class='footer'>Hak Cipta Pemerintah Kabupaten Sukamaju</div></body></html>")


@pytest.mark.parametrize("name", sorted(TABLES))
def test_table_rows_are_one_line_each_with_the_row_number_as_marker(name):
    lead_in, rows, expected = TABLES[name]
    paras = _clean(_table_page(lead_in, rows)).text.split("\n\n")
    at = paras.index(lead_in)
    assert paras[at + 1:at + 1 + len(expected)] == expected


@pytest.mark.parametrize("cell", [
    "<p>Paragraf pertama di sel kiri tata letak halaman ini.</p><p>Paragraf kedua di sel yang sama.</p>",
    "<div>Isi sel kiri yang berupa blok.</div><ul><li>butir satu</li><li>butir dua</li></ul>",
])
def test_layout_table_cells_holding_blocks_are_not_joined(cell):
    from corpus_tools.html import _segment
    import lxml.html
    tree = lxml.html.fromstring(f"<html><body><table><tr><td>{cell}</td><td><p>Sel kanan.</p></td>"
                                f"</tr></table></body></html>")
    texts = [s.text for s in _segment(tree)]
    assert "Sel kanan." in texts and not any(" | " in t for t in texts)
    assert not any(s.row for s in _segment(tree))


# --- an editor's code closing the last paragraph ---------------------------------------

@pytest.mark.parametrize("last,code", [
    ('"Dengan edaran ini kami bisa menolak ajakan tim sukses," ujar Ketua Asosiasi. (Z-7)', "(Z-7)"),
    ("Pemeriksaan akan selesai paling lambat akhir bulan ini, katanya. (ant/rzp)", "(ant/rzp)"),
])
def test_an_editor_code_after_the_last_sentence_is_dropped(last, code):
    html = (f"<html><body><article><p>SUKAMAJU - {_PROSE}</p><p>{_PROSE} Kedua.</p>"
            f"<p>{last}</p></article></body></html>")
    doc = _clean(html)
    assert doc.text.split("\n\n")[-1] == last[:-len(code)].rstrip()
    assert any(r.text == code and r.reason == "boilerplate:editor-code" for r in doc.removed)


@pytest.mark.parametrize("last", [
    "Aturan itu merujuk pada Peraturan Pemerintah (PP)",
    "Sanksi dijatuhkan sesuai peraturan daerah. (Pasal 12 ayat 3 berlaku sejak tahun lalu)",
])
def test_a_parenthesis_that_is_not_an_editor_code_stays(last):
    html = (f"<html><body><article><p>SUKAMAJU - {_PROSE}</p><p>{_PROSE} Kedua.</p>"
            f"<p>{last}</p></article></body></html>")
    assert _clean(html).text.split("\n\n")[-1] == last


# --- "Rep: X/ Red: Y" credits ------------------------------------------------------------

@pytest.mark.parametrize("credit,author,editor", [
    ("Rep: Anisa Rahmawati/ Red: Hasanuddin Lubis", "Anisa Rahmawati", "Hasanuddin Lubis"),
    ("Wartawan: Bima Sakti | Red: Ratna Dewi", "Bima Sakti", "Ratna Dewi"),
])
def test_abbreviated_reporter_and_editor_credits_are_read(credit, author, editor):
    html = (f"<html><body><h1>Judul Berita Netralitas</h1><div class='info'><span>{credit}</span></div>"
            f"<article><p>SUKAMAJU - {_PROSE}</p><p>{_PROSE} Kedua.</p><p>{_PROSE} Ketiga.</p>"
            f"</article></body></html>")
    doc = _clean(html)
    assert (doc.author, doc.editor) == (author, editor)
    assert credit not in doc.text
