"""corpus_tools.html: article bodies out of Indonesian news page templates."""
from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from corpus_tools import html as html_mod
from corpus_tools.html import HtmlSettings, clean_html, load_rules
from corpus_tools.models import CleanDocument
from corpus_tools.settings import Settings, SettingsError

PAGES = Path(__file__).parent / "pages"
PAGE_NAMES = sorted(p.stem for p in PAGES.glob("*.html"))
NO_PROFILES = Settings(sections={"html": {"use_profiles": False}})
# boilerplate that must never survive, whatever the template
FORBIDDEN = re.compile(
    r"\b(?:baca juga|lihat juga|simak (?:juga|video)|copyright|komentar|tinggalkan balasan|"
    r"leave a reply|berita terkait|artikel terkait|berita lainnya|tags?:|advertisement|"
    r"laporan wartawan|penulis:|editor:|share|tweet|bagikan|posting lama|no result)\b|©",
    re.IGNORECASE)


def _gold(name: str) -> list[str]:
    return (PAGES / f"{name}.gold.txt").read_text(encoding="utf-8").splitlines()


def _clean(name: str, settings: Settings = NO_PROFILES) -> CleanDocument:
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    return clean_html(html, name, settings=settings)


def test_page_set_covers_the_templates():
    assert len(PAGE_NAMES) >= 20
    for name in PAGE_NAMES:
        assert (PAGES / f"{name}.gold.txt").exists(), name


# --- body kept, boilerplate gone -------------------------------------------------

@pytest.mark.parametrize("profiles", [False, True], ids=["generic", "profiles"])
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_body_is_exactly_the_gold_paragraphs(name, profiles):
    doc = _clean(name, Settings(sections={"html": {"use_profiles": profiles}}))
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
        html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
        if re.search(r'rel="canonical" href="[^"]*[?&]page=[2-9]', html):
            continue                         # a later page of a paged article: no dateline there
        first = _clean(name).text.split("\n\n")[0]
        assert first == _gold(name)[0], name
        meta = PAGES / f"{name}.meta.json"
        if meta.exists() and "dateline" in (m := json.loads(meta.read_text(encoding="utf-8"))) \
                and m["dateline"] is None:
            continue                         # a lead without a dateline ("GUBERNUR Nusa Raya, ...")
        # "SERANG -", "JAKARTA, KOMPAS.com –", "LEMBAH HIJAU (ANTARA) -", "jpnn.com, BATU PUTIH -",
        # "Jakarta, CNN Indonesia --"
        assert re.match(r"^[A-Za-z][\w .,()]{1,60}?\s*[-–—]+\s*[A-Z]", first), (name, first)


# --- lists -----------------------------------------------------------------------

def test_ol_with_nested_ul_and_start_attribute():
    paras = _clean("ol_nested").text.split("\n\n")
    i = paras.index(next(p for p in paras if p.startswith("1. Memberikan dukungan")))
    assert paras[i].endswith("dalam bentuk:")          # lead-in of the sub-list
    assert paras[i + 1] == "  - ikut kampanye;"            # a sub-item: indented under its item
    assert paras[i + 4].startswith("  - menjadi peserta kampanye dengan menggunakan fasilitas")
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


# --- issue 11: rules that cannot match body text ------------------------------------

FILLER = ("Pemerintah kabupaten meminta seluruh aparatur sipil negara menjaga netralitas "
          "selama tahapan pemilu berlangsung di daerah masing-masing.")
LETTERED = ["(a) memasang alat peraga kampanye di kantor pemerintah;",
            "(b) menjadi pengurus tim pemenangan peserta pemilu;",
            "(c) ASN dilarang mengunggah foto bersama calon dengan pose jari; dan",
            "(d) menghadiri deklarasi pasangan calon pada jam kerja."]


@pytest.mark.parametrize("build", ["p", "br"])
def test_lettered_item_c_does_not_cut_the_rest_as_a_copyright_line(build):
    items = ("".join(f"<p>{t}</p>" for t in LETTERED) if build == "p"
             else "<p>" + "<br>".join(LETTERED) + "</p>")
    html = (f"<html><body><article><p>{FILLER}</p><p>Edaran itu menyebutkan ASN dilarang:</p>{items}"
            f"<p>{FILLER} Penutup.</p></article><footer><p>© 2024 Media Contoh. All rights reserved.</p>"
            f"</footer></body></html>")
    doc = clean_html(html, "lettered", settings=NO_PROFILES)
    for item in LETTERED:
        assert item in doc.text
    assert doc.text.endswith("Penutup.")
    assert "All rights reserved" not in doc.text


@pytest.mark.parametrize("heading", ["Copyright Complexity in a Fragmented World",
                                     "Hak Cipta Foto dan Netralitas Pegawai"])
def test_a_heading_about_copyright_does_not_end_the_article(heading):
    para = ("Researchers say the rules differ from one country to the next, and publishers "
            "struggle to know which licence applies to a photograph taken abroad.")
    html = (f"<html><body><article><h1>Title</h1><p>{para}</p><p>{para} Second.</p>"
            f"<h2>{heading}</h2><p>{para} Third.</p><p>{para} Fourth.</p></article></body></html>")
    doc = clean_html(html, "heading", settings=NO_PROFILES)
    assert heading in doc.text.split("\n\n")
    assert doc.text.endswith("Fourth.")


def test_a_real_copyright_footer_still_ends_the_body():
    for footer in ("Copyright © 2024 Media Contoh", "Copyright @ 2023 Kabar Sukamaju. All right reserved",
                   "(c) 2022 PT Warta Daerah"):
        html = (f"<html><body><div class='post'><p>{FILLER}</p><p>{FILLER} Dua.</p><p>{FILLER} Tiga.</p>"
                f"<p>{footer}</p><p>Redaksi | Pedoman Media Siber | Kontak</p></div></body></html>")
        text = clean_html(html, "footer", settings=NO_PROFILES).text
        assert text.endswith("Tiga.") and footer not in text


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_removal_has_exactly_one_reason(name):
    for r in _clean(name).removed + _clean(name, Settings()).removed:
        assert r.reason and not r.reason.startswith("boilerplate:boilerplate"), r
        head = r.reason.split(":", 1)[0]
        assert head in {"boilerplate", "profile", "title", "outside-body", "not-body", "related-list",
                        "fallback", "capped", "no-body"}, r


# --- inline links, lists, headings ---------------------------------------------------

@pytest.mark.parametrize("lead", [
    # hover cards on every name
    'SUKAMAJU - <a class="hover-card" href="/t/1">Bupati Sukamaju</a> <a class="hover-card" href="/t/2">'
    'Hendra Wiguna</a> meminta <a href="/t/3">aparatur sipil negara</a> di <a href="/t/4">Kabupaten '
    'Sukamaju</a> menjaga <a href="/t/5">netralitas pada Pemilu 2024</a> hari ini.',
    # tag links in the middle of the sentence
    'BATU PUTIH - Pemerintah <a href="/tag/a">Provinsi Nusa Raya</a> menerbitkan <a href="/tag/b">surat '
    'edaran netralitas aparatur sipil negara</a> untuk <a href="/tag/c">seluruh perangkat daerah</a> pekan ini.',
])
def test_a_lead_with_many_inline_links_is_not_a_link_list(lead):
    html = (f"<html><body><article><p>{lead}</p><p>{FILLER}</p><p>{FILLER} Kedua.</p>"
            f"<p>{FILLER} Ketiga.</p></article></body></html>")
    doc = clean_html(html, "lead", settings=NO_PROFILES)
    first = lxml.html.fromstring(f"<p>{lead}</p>").text_content()
    assert doc.text.split("\n\n")[0] == " ".join(first.split())
    assert not any(r.reason.endswith("link-list") for r in doc.removed)


@pytest.mark.parametrize("name,items", [
    ("antara_style", ["8. Pegawai tidak boleh menjadi anggota", "9. Pegawai tidak boleh mengunggah",
                      "10. Pegawai wajib melaporkan"]),
    ("detik_numbered", ["6. Menggunakan fasilitas negara", "8. Memasang spanduk", "10. Menerima uang"]),
    ("pemkab_cms", ["3) ASN dilarang memberikan dukungan", "4) ASN wajib melaporkan"]),
])
def test_numbered_items_continue_after_ads_and_boxes(name, items):
    paras = _clean(name).text.split("\n\n")
    for item in items:
        assert any(p.startswith(item) for p in paras), item


def test_numbered_items_after_the_last_kept_one_are_recovered():
    page = (f"<html><body><div class='read'><p>{FILLER}</p><p>{FILLER} Dua.</p><p>Berikut larangannya:</p>"
            "<p>7. Pegawai dilarang menghadiri kampanye pada jam kerja.</p></div>"
            "<div class='read'><p>8. Pegawai dilarang memasang baliho di rumah dinas.</p>"
            "<p>9. Pegawai dilarang menerima uang dari peserta pemilu.</p></div></body></html>")
    segs = html_mod._segment(html_mod._parse(page))
    for seg in segs[:4]:
        seg.kept = True                                     # trafilatura's pick, cut after "7."
    for s in segs:
        s.key = html_mod._key(s.text)
    paras = html_mod._select(segs, None, True, HtmlSettings(), [])
    assert [p.text[:2] for p in paras[-3:]] == ["7.", "8.", "9."]


@pytest.mark.parametrize("name,headings", [
    ("suara_style", ["Empat larangan utama", "Pengawasan lewat laporan warga"]),
    ("wp_generatepress", ["Larangan bagi ASN", "Kewajiban kepala perangkat daerah"]),
    ("liputan6_read", ["Sanksi Menanti"]),
    ("okezone_hover", ["Daftar larangan"]),
])
def test_section_headings_inside_the_article_are_kept(name, headings):
    paras = _clean(name).text.split("\n\n")
    for h in headings:
        assert h in paras
        assert 0 < paras.index(h) < len(paras) - 1          # between body paragraphs


# --- related lists by structure ---------------------------------------------------------

@pytest.mark.parametrize("item", [
    '<li><a href="/r/{n}">Judul Berita Terkait Nomor {n} di Sukamaju</a> <time datetime="2024-01-0{n}">0{n} Jan 2024, 10:00 WIB</time></li>',
    '<li><h4><a href="/r/{n}">Judul Berita Terkait Nomor {n} di Sukamaju</a></h4><span class="date">{n} jam yang lalu</span></li>',
])
def test_related_list_beside_the_body_is_removed_by_structure(item):
    related = "".join(item.format(n=n) for n in range(1, 5))
    html = (f"<html><body><article><div class='content'><p>{FILLER}</p><p>{FILLER} Dua.</p>"
            f"<section><ul>{related}</ul></section><p>{FILLER} Tiga.</p></div></article></body></html>")
    doc = clean_html(html, "related", settings=NO_PROFILES)
    assert "Judul Berita Terkait" not in doc.text
    assert doc.text.endswith("Tiga.")
    assert [r.reason for r in doc.removed if "Judul Berita Terkait" in r.text] \
        and all(r.reason == "related-list" for r in doc.removed if "Judul Berita Terkait" in r.text)


def test_a_list_of_linked_sources_inside_the_body_is_kept():
    sources = "".join(f'<li><a href="/s/{n}">Peraturan Pemerintah Nomor {n} Tahun 2021</a></li>'
                      for n in (94, 42, 11))
    html = (f"<html><body><article><p>{FILLER}</p><p>Aturan yang menjadi dasar edaran:</p>"
            f"<ul>{sources}</ul><p>{FILLER} Penutup.</p></article></body></html>")
    text = clean_html(html, "sources", settings=NO_PROFILES).text
    assert "- Peraturan Pemerintah Nomor 94 Tahun 2021" in text.split("\n\n")


# --- never lose what trafilatura found -----------------------------------------------------

def _profile_rules(tmp_path, detect: str, body: str) -> Settings:
    data = json.loads((Path(html_mod.__file__).parent / "data" / "html_rules.json").read_text(encoding="utf-8"))
    data["profiles"] = [{"name": "wrong", "detect": detect, "body": body, "remove": []}]
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return Settings().with_data(**{"html_rules.json": path})


@pytest.mark.parametrize("block", [
    '<div class="alamat"><p>Jalan Merdeka Nomor 1, Sukamaju. Telepon (0123) 456789, surel humas@sukamaju.go.id.</p></div>',
    '<div class="bio"><p>Penulis adalah wartawan yang meliput pemerintahan daerah sejak 2015 dan gemar bersepeda.</p></div>',
])
def test_a_wrong_block_falls_back_to_trafilaturas_body(tmp_path, block):
    cls = re.search(r'class="(\w+)"', block).group(1)
    settings = _profile_rules(tmp_path, f"div.{cls}", f"div.{cls}")
    body = "".join(f"<p>{FILLER} Paragraf {n}.</p>" for n in range(6))
    html = f"<html><body>{block}<article>{body}</article></body></html>"   # the wrong block first
    doc = clean_html(html, "wrong-block", settings=settings)
    assert doc.text.count("Pemerintah kabupaten meminta") == 6
    reasons = [r.reason for r in doc.removed if r.reason.startswith("fallback:")]
    assert len(reasons) == 1 and "trafilatura" in reasons[0]


def test_fast_mode_misses_are_retried_in_full_mode(monkeypatch):
    real = html_mod._trafilatura
    calls = []

    def fast_misses(tree, url, fast):
        calls.append(fast)
        return "" if fast else real(tree, url, fast)
    monkeypatch.setattr(html_mod, "_trafilatura", fast_misses)
    for name in ("antara_style", "kompas_lettered"):
        calls.clear()
        assert _clean(name).text.split("\n\n") == _gold(name)
        assert calls == [True, False]


# --- bounded cost --------------------------------------------------------------------------

@pytest.mark.parametrize("links", [
    "<ul>" + "".join(f'<li><a href="/{i}">tautan {i}</a></li>' for i in range(3000)) + "</ul>",
    "<div>" + " ".join(f'<a href="/{i}">tautan {i}</a>' for i in range(3000)) + "</div>",
])
def test_link_farms_are_capped_before_trafilatura(links):
    settings = Settings(sections={"html": {"max_links": 500, "use_profiles": False}})
    body = "".join(f"<p>{FILLER} Paragraf {n}.</p>" for n in range(5))
    doc = clean_html(f"<html><body><nav>{links}</nav><article>{body}</article></body></html>",
                     "farm", settings=settings)
    assert doc.text.count("Pemerintah kabupaten meminta") == 5
    assert "tautan 17" not in doc.text
    assert any(r.reason.startswith("capped:") for r in doc.removed)


# --- settings ----------------------------------------------------------------------------

def test_html_settings_come_from_the_settings_section():
    opts = Settings(sections={"html": {"fallback_share": 0.3, "recover_headings": False}}).component("html.settings")
    assert opts.fallback_share == 0.3 and opts.recover_headings is False and opts.use_profiles is True
    with pytest.raises(SettingsError, match="html: unknown setting"):
        Settings(sections={"html": {"no_such_knob": 1}}).component("html.settings")
    with pytest.raises(SettingsError, match="html.use_profiles"):
        Settings(sections={"html": {"use_profiles": "yes"}}).component("html.settings")


def test_a_broken_rules_file_is_named_in_the_error(tmp_path):
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"rules": [{"name": "x", "action": "explode", "pattern": "a"}],
                                "inline_read_also": "b"}), encoding="utf-8")
    with pytest.raises(SettingsError, match=r"rules\.json.*explode"):
        clean_html("<html><body><p>x</p></body></html>", "t",
                   settings=Settings().with_data(**{"html_rules.json": path}))


def test_knobs_are_set_per_call():
    # trafilatura keeps these headings itself: recovery changes nothing there, the knob
    # must still reach the cleaner (a copy of the settings, the default unchanged)
    off = NO_PROFILES.replace(sections={"html": {"use_profiles": False, "fallback_share": 0.0}})
    assert off.component("html.settings").fallback_share == 0.0
    assert NO_PROFILES.component("html.settings").fallback_share == html_mod.FALLBACK_SHARE_DEFAULT
    assert _clean("suara_style", off).text == _clean("suara_style").text


# --- metadata the plain-text copy also yields --------------------------------------------------

@pytest.mark.parametrize("name,dateline,editor", [
    ("kompas_lettered", "KARANG ASRI", "Gita Permata"),
    ("tribun_related", "PADANG LUHUR", "Nia Kurniasih"),
])
def test_dateline_and_editor_match_the_plain_text_copy(name, dateline, editor):
    from corpus_tools.clean import clean_text_dump
    doc = _clean(name)
    assert (doc.dateline, doc.editor) == (dateline, editor)
    dump = "\n".join([doc.title, doc.text.replace("\n\n", "\n"), f"Editor: {editor}"])
    plain = clean_text_dump(dump, name)
    assert plain.dateline == doc.dateline
    assert plain.editor == doc.editor


# --- the benchmark runs on a fresh clone ------------------------------------------------------

def test_bench_runs_without_the_public_benchmarks(tmp_path, monkeypatch):
    import io
    from bench import html as bench_html
    monkeypatch.setenv("CORPUS_TOOLS_BENCHMARKS", str(tmp_path / "absent"))
    out = io.StringIO()
    results = bench_html.run([], quick=True, with_pipeline=False, out=out)
    text = out.getvalue()
    assert "skipped scrapinghub" in text and "skipped wcxb" in text
    ours, base = results["tests/pages"]["corpus_tools"], results["tests/pages"]["trafilatura"]
    assert ours["f1"] > base["f1"] and ours["lost"] == 0 and ours["empty"] == 0
    assert {"trafilatura(fast)", "justext(id)", "justext(en)"} <= set(results["tests/pages"])


# --- a profile's body is trusted without trafilatura ---------------------------------------

@pytest.mark.parametrize("name", ["detik_style", "tribun_style", "kompas_lettered"])
def test_a_profile_body_holding_an_article_is_cleaned_without_trafilatura(name, monkeypatch):
    trusting = _clean(name, Settings())
    checked = _clean(name, Settings(sections={"html": {"trust_profile_body": False}}))
    assert trusting.text == checked.text == "\n\n".join(_gold(name))
    calls = []
    monkeypatch.setattr(html_mod, "_trafilatura", lambda *a: calls.append(a) or "")
    _clean(name, Settings())
    assert not calls


def test_a_profile_body_without_an_article_still_asks_trafilatura(monkeypatch):
    # the profile's body selector matches a short teaser block: not trusted
    html = ("<html><body><div class='detail__body-text'><p>Foto: ilustrasi.</p></div>"
            "<article><p>SUKAMAJU - " + "Pemerintah daerah meminta seluruh pegawai menjaga netralitas. " * 6
            + "</p></article></body></html>")
    calls = []
    real = html_mod._trafilatura
    monkeypatch.setattr(html_mod, "_trafilatura", lambda *a: calls.append(a) or real(*a))
    clean_html(html, "short-profile-body", url="https://news.detik.com/x", settings=Settings())
    assert calls
