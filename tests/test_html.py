"""corpus_tools.html: article bodies out of Indonesian news page templates."""
from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from corpus_tools.html import HtmlSettings, clean_html, load_rules
from corpus_tools.models import CleanDocument

PAGES = Path(__file__).parent / "pages"
PAGE_NAMES = sorted(p.stem for p in PAGES.glob("*.html"))
NO_PROFILES = HtmlSettings(use_profiles=False)
# boilerplate that must never survive, whatever the template
FORBIDDEN = re.compile(
    r"\b(?:baca juga|lihat juga|simak (?:juga|video)|copyright|komentar|tinggalkan balasan|"
    r"leave a reply|berita terkait|artikel terkait|berita lainnya|tags?:|advertisement|"
    r"laporan wartawan|penulis:|editor:|share|tweet|bagikan|posting lama|no result)\b|©",
    re.IGNORECASE)


def _gold(name: str) -> list[str]:
    return (PAGES / f"{name}.gold.txt").read_text(encoding="utf-8").splitlines()


def _clean(name: str, settings: HtmlSettings = NO_PROFILES) -> CleanDocument:
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    return clean_html(html, name, settings=settings)


def test_page_set_covers_the_templates():
    assert len(PAGE_NAMES) >= 8
    for name in PAGE_NAMES:
        assert (PAGES / f"{name}.gold.txt").exists(), name


# --- body kept, boilerplate gone -------------------------------------------------

@pytest.mark.parametrize("profiles", [False, True], ids=["generic", "profiles"])
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_body_is_exactly_the_gold_paragraphs(name, profiles):
    doc = _clean(name, HtmlSettings(use_profiles=profiles))
    got = doc.text.split("\n\n")
    gold = _gold(name)
    missing = [g for g in gold if g not in got]
    extra = [p for p in got if p not in gold]
    assert not missing, f"body paragraphs lost: {missing}"
    assert not extra, f"boilerplate kept: {extra}"
    assert got == gold                      # same order, lead first


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_boilerplate_gone(name):
    text = _clean(name).text
    gold = "\n".join(_gold(name))
    # boilerplate words only where the article itself uses them ("memberikan komentar")
    assert FORBIDDEN.findall(text) == FORBIDDEN.findall(gold)
    # every teaser/menu link of the page (a linked headline not in the body) is gone
    tree = lxml.html.fromstring((PAGES / f"{name}.html").read_bytes())
    for a in tree.iter("a"):
        link = " ".join(a.text_content().split())
        if len(link.split()) >= 3 and link not in gold:
            assert link not in text, f"teaser link kept: {link}"


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_removed_entries_explain_the_read_also_lines(name):
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    doc = _clean(name)
    assert all(r.reason for r in doc.removed)
    if re.search(r"baca juga\s*:", html, re.IGNORECASE):
        reasons = {r.reason for r in doc.removed if re.match(r"baca juga", r.text, re.IGNORECASE)}
        assert reasons and reasons <= {"boilerplate:read-also", "boilerplate:read-also-box",
                                       "outside-body", "not-body"}, doc.removed


def test_lead_paragraph_with_dateline_is_first():
    for name in PAGE_NAMES:
        first = _clean(name).text.split("\n\n")[0]
        # "SERANG -", "JAKARTA, KOMPAS.com –", "LEMBAH HIJAU (ANTARA) -", "jpnn.com, BATU PUTIH -"
        assert re.match(r"^[A-Za-z][\w .,()]{1,60}?\s*[-–—]\s*[A-Z]", first), (name, first)


# --- lists -----------------------------------------------------------------------

def test_ol_with_nested_ul_and_start_attribute():
    paras = _clean("ol_nested").text.split("\n\n")
    i = paras.index(next(p for p in paras if p.startswith("1. Memberikan dukungan")))
    assert paras[i].endswith("dalam bentuk:")          # lead-in of the sub-list
    assert paras[i + 1] == "- ikut kampanye;"
    assert paras[i + 4].startswith("- menjadi peserta kampanye dengan menggunakan fasilitas")
    assert paras[i + 5].startswith("2. Membuat keputusan")
    assert any(p.startswith("3. Mengadakan kegiatan") for p in paras)   # <ol start="3">
    assert any(p.startswith("4. Memberikan surat dukungan") for p in paras)


def test_list_items_trafilatura_drops_are_recovered():
    import trafilatura
    html = (PAGES / "kompas_style.html").read_text(encoding="utf-8")
    bare = trafilatura.extract(html) or ""
    item = "melaporkan secara tertulis setiap undangan dari partai politik"
    assert item not in bare                               # the known trafilatura gap
    assert f"- {item} atau tim kampanye;" in _clean("kompas_style").text.split("\n\n")


def test_br_separated_lines_and_paragraphs():
    paras = _clean("br_lines").text.split("\n\n")
    lead_in = paras.index("Berikut sejumlah ketentuan dalam surat edaran tersebut:")
    assert [p[:2] for p in paras[lead_in + 1:lead_in + 5]] == ["- "] * 4


@pytest.mark.parametrize("markup,expected", [
    ('<ol type="a"><li>satu</li><li>dua</li></ol>', ["a. satu", "b. dua"]),
    ('<ol start="5"><li>lima</li><li value="9">sembilan</li><li>sepuluh</li></ol>',
     ["5. lima", "9. sembilan", "10. sepuluh"]),
    ('<ol type="I"><li>pertama</li><li>kedua</li></ol>', ["I. pertama", "II. kedua"]),
    ("<ul><li>tanpa nomor</li></ul>", ["- tanpa nomor"]),
])
def test_list_markers_follow_the_dom(markup, expected):
    body = " ".join(["Kalimat pembuka berita yang cukup panjang tentang netralitas ASN di daerah."] * 3)
    html = (f"<html><body><article><p>{body}</p><p>Isi edaran sebagai berikut:</p>{markup}"
            f"<p>{body} Penutup.</p></article></body></html>")
    paras = clean_html(html, "t", settings=NO_PROFILES).text.split("\n\n")
    assert [p for p in paras if p in expected] == expected


def test_inline_read_also_is_cut_out_of_a_paragraph():
    body = ("Pegawai diwajibkan menjaga netralitas selama masa kampanye berlangsung di seluruh "
            "wilayah kabupaten.")
    html = (f"<html><body><article><p>{body}</p><p>Bupati menegaskan hal itu di pendopo. "
            f'Baca juga: <a href="/x">Harga Beras Naik Lagi di Pasar Induk</a> Ia meminta camat '
            f"ikut mengawasi pegawai di kecamatan masing-masing.</p><p>{body}</p></article></body></html>")
    doc = clean_html(html, "t", settings=NO_PROFILES)
    assert "Harga Beras" not in doc.text
    assert ("Bupati menegaskan hal itu di pendopo. Ia meminta camat ikut mengawasi pegawai di "
            "kecamatan masing-masing.") in doc.text
    assert any(r.reason == "boilerplate:read-also" and "Harga Beras" in r.text for r in doc.removed)


def test_comment_marker_early_in_the_page_does_not_cut_the_body():
    long = ("Sekretaris daerah menjelaskan bahwa setiap pegawai dilarang keras ikut kampanye "
            "dan diwajibkan melapor kepada atasan apabila diajak oleh tim pemenangan.")
    html = (f"<html><body><article><h2>Komentar</h2><p>{long}</p><p>{long} Kedua.</p>"
            f"<p>{long} Ketiga.</p></article></body></html>")
    doc = clean_html(html, "t", settings=NO_PROFILES)
    assert doc.text.count("dilarang keras") == 3


# --- metadata ----------------------------------------------------------------------

@pytest.mark.parametrize("name", [n for n in PAGE_NAMES if (PAGES / f"{n}.meta.json").exists()])
def test_metadata(name):
    expected = json.loads((PAGES / f"{name}.meta.json").read_text(encoding="utf-8"))
    doc = _clean(name)
    for key, value in expected.items():
        assert getattr(doc, key) == value, key


def test_indonesian_date_line_when_the_page_has_no_date_metadata():
    assert _clean("br_lines").published == "2023-12-07"


# --- bad input -----------------------------------------------------------------------

@pytest.mark.parametrize("html", ["", "   \n\t ", "<html></html>", "<html><body></body></html>"])
def test_empty_pages_give_empty_text_and_a_reason(html):
    doc = clean_html(html, "empty")
    assert doc.text == ""
    assert doc.removed and doc.removed[-1].reason.startswith("no-body")


def test_page_without_article_body():
    html = ("<html><body><nav><ul>" + "".join(f'<li><a href="/{i}">Menu {i}</a></li>' for i in range(20))
            + "</ul></nav><footer>© 2024 Contoh Media. All rights reserved.</footer></body></html>")
    doc = clean_html(html, "nav-only")
    assert doc.text == ""
    assert doc.removed[-1].reason.startswith("no-body")


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "GIF89a\x00\x01\x00\x01\x00\x80\x00\x00" * 50,
    "\x01\x02\x03\x04\x05\x06\x07\x08" * 200,
])
def test_binary_garbage_raises_a_clear_error(data):
    with pytest.raises(ValueError, match=r"bin\.dat: .*binary"):
        clean_html(data, "bin.dat")


def test_malformed_html_still_yields_the_body():
    html = ("<html><body><div class='content'><p>JAKARTA - Pemerintah daerah dilarang "
            "memobilisasi pegawai untuk kampanye, kata pejabat itu kepada wartawan hari ini.<p>"
            "<b>Larangan berlaku <i>bagi semua</b> pegawai</i> tanpa kecuali sampai pemilu "
            "selesai digelar bulan depan.</div></span></table><p>Sisa")
    doc = clean_html(html, "broken")
    assert "dilarang memobilisasi pegawai" in doc.text
    assert "tanpa kecuali sampai pemilu" in doc.text


def test_deep_nesting_and_huge_lines_do_not_crash():
    sentence = "Pegawai dilarang ikut kampanye dan wajib menjaga netralitas di media sosial. "
    deep = "<div>" * 3000 + f"<p>{sentence * 5}</p>" + "</div>" * 3000
    doc = clean_html(f"<html><body>{deep}</body></html>", "deep")
    assert isinstance(doc.text, str)
    huge = f"<html><body><article><p>{sentence * 20000}</p></article></body></html>"
    doc = clean_html(huge, "huge")
    assert doc.text.startswith("Pegawai dilarang ikut kampanye")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<ol>", "<li>", "</li>", "<ul>", "<br>", "<a href='x'>",
    "</a>", "<table><tr><td>", "Baca juga: ", "1. ", "Pegawai dilarang kampanye. ", "©",
    "<script>var x = 1;</script>", "<!-- c -->", "&nbsp;", "<", ">", "&", "\u00a0", "Komentar"]),
    max_size=60))
def test_fuzzed_markup_never_crashes(parts):
    doc = clean_html("".join(parts), "fuzz")
    assert isinstance(doc.text, str)
    assert "\n\n\n" not in doc.text


# --- rules file --------------------------------------------------------------------------

def test_rules_file_compiles_with_known_actions():
    rules = load_rules()
    names = {name for name, *_ in rules.rules}
    assert {"read-also", "related-heading", "comments", "copyright", "reporter-credit"} <= names
    assert {p["name"] for p in rules.profiles} >= {"jnews", "tribun", "detik", "kompas"}


@pytest.mark.parametrize("line,dropped", [
    ("Baca juga: Harga Cabai Naik", True),
    ("BACA JUGA : Tol Becakayu Beroperasi Juni", True),
    ("Lihat juga: Video Banjir di Serang", True),
    ("Simak juga: Jadwal Kampanye Capres", True),
    ("Laporan Wartawan Tribun, Ahmad", True),
    ("Editor: Glery Lazuardi", True),
    ("(bya/iqk)", True),
    ("(*)", True),
    ("Sumber dana kampanye tidak boleh berasal dari anggaran daerah, kata dia.", False),
    ("Dilarang keras memasang baliho di kantor pemerintahan.", False),
    ("Foto bersama calon tidak diperkenankan bagi pegawai, tegas Sekda.", False),
])
def test_single_line_rules(line, dropped):
    filler = ("Pemerintah kabupaten meminta seluruh aparatur sipil negara menjaga netralitas "
              "selama tahapan pemilu berlangsung di daerah.")
    html = (f"<html><body><article><p>{filler}</p><p>{line}</p><p>{filler} Kedua.</p>"
            f"</article></body></html>")
    doc = clean_html(html, "rule", settings=NO_PROFILES)
    assert (line not in doc.text.split("\n\n")) is dropped


def test_long_comment_thread_after_a_short_body_is_cut():
    body = ("Bupati menegaskan seluruh pegawai dilarang ikut kampanye dan wajib menjaga "
            "netralitas selama tahapan pemilu berlangsung di kabupaten.")
    comments = "".join(f"<p>Komentar pembaca nomor {i}: saya setuju sekali dengan kebijakan bupati "
                       f"ini karena pegawai memang harus netral dalam pemilu.</p>" for i in range(15))
    html = (f"<html><body><article><p>{body}</p><p>{body} Kedua.</p><p>{body} Ketiga.</p>"
            f"<p>{body} Keempat.</p><h3>Tinggalkan Balasan</h3>{comments}</article></body></html>")
    doc = clean_html(html, "t", settings=NO_PROFILES)
    assert "Komentar pembaca" not in doc.text
    assert doc.text.count("dilarang ikut kampanye") == 4
    assert any(r.reason == "boilerplate:comments" for r in doc.removed)


def test_outlet_name_in_header_and_in_a_later_quote_does_not_skip_the_body():
    # The header's outlet name also ends the official's quote at the bottom of the body:
    # matching the header there made the cleaner skip everything above the quote.
    page = """<html><head><title>Bupati Keluarkan Surat Edaran Netralitas ASN</title></head><body>
<header class="top"><a href="/">Radar Jayapura</a></header>
<h1>Bupati Keluarkan Surat Edaran Netralitas ASN untuk Pemilu 2024</h1>
<div class="article-body">
<p><strong>JAYAPURA</strong> - Bupati menerbitkan SE Nomor 200.1.4.3/82063-Pem/2024 tentang netralitas
aparatur sipil negara bagi pegawai di lingkungan Pemerintah Kabupaten Jayapura.</p>
<p>Surat edaran itu menetapkan larangan bagi setiap pegawai sebagai berikut:</p>
<ol><li>menjadi peserta kampanye dengan menggunakan fasilitas negara</li>
<li>menggunakan ruang kerja dan jaringan internet kantor untuk menyebarkan materi kampanye</li></ol>
<p>“Kalau ada yang melanggar, kami proses sesuai aturan,” ujar Bupati kepada Radar Jayapura, Selasa.</p>
<p>Menurut data Badan Kepegawaian, jumlah pegawai di pemerintah kabupaten saat ini mencapai 14.000 orang.</p>
</div>
<footer><p>Copyright © 2024 Radar Jayapura. Hak Cipta Dilindungi.</p></footer></body></html>"""
    text = clean_html(page, "outlet-quote").text
    assert text.startswith("JAYAPURA - Bupati menerbitkan SE Nomor 200.1.4.3/82063-Pem/2024")
    assert "1. menjadi peserta kampanye" in text and "kepada Radar Jayapura, Selasa" in text
    assert "Copyright" not in text


def test_a_list_holding_most_of_the_text_is_part_of_the_body_not_the_body():
    # The outlet header ("BeluPos") is also the start of the lead ("BELUPOS.ID, BELU - ..."),
    # and the list of prohibitions holds most of the text: the lead and the closing
    # paragraphs were dropped as outside the body.
    items = "".join(f"<li>{t};</li>" for t in (
        "ikut serta dalam kampanye dengan menggunakan atribut partai atau atribut pegawai negeri",
        "mengadakan kegiatan yang mengarah kepada keberpihakan terhadap pasangan calon peserta pemilu",
        "memberikan surat dukungan disertai fotokopi KTP atau Surat Keterangan Tanda Penduduk",
        "menggunakan ruang kerja dan jaringan internet kantor untuk menyebarkan materi kampanye",
        "memposting foto bersama calon dengan memperagakan simbol keberpihakan di media sosial"))
    page = f"""<html><body><header class="amp-header">BeluPos</header>
<h1 class="amp-title">Bupati Belu Keluarkan Surat Edaran Netralitas ASN</h1>
<div class="article-body">
<p><strong>BELUPOS.ID, BELU</strong> - Bupati Belu menerbitkan Surat Edaran (SE) No. 003.2/33097-BKPSDMD/2024
tentang netralitas aparatur sipil negara.</p>
<p>Dalam edaran tersebut, ASN di lingkungan Pemkab Belu dilarang:</p>
<ul>{items}</ul>
<p>Sepanjang Februari 2024, Bawaslu Belu mencatat enam laporan dugaan pelanggaran netralitas di daerah itu.</p>
</div><div class="amp-related"><h3>Berita Lainnya</h3><ul><li><a href="/r1">DPRD Belu Sahkan APBD 2024</a></li></ul></div>
</body></html>"""
    paras = clean_html(page, "list-body").text.split("\n\n")
    assert paras[0].startswith("BELUPOS.ID, BELU - Bupati Belu menerbitkan Surat Edaran (SE) No. 003.2/33097")
    assert paras[1] == "Dalam edaran tersebut, ASN di lingkungan Pemkab Belu dilarang:"
    assert paras[-1].startswith("Sepanjang Februari 2024, Bawaslu Belu mencatat")
    assert len(paras) == 8 and "DPRD Belu Sahkan" not in "\n".join(paras)
