"""corpus-tools discover against invented outlets on 127.0.0.1 (tests/news_site.py)."""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from news_site import Article, NewsSite, three_outlets  # noqa: E402

from corpus_tools import discover as d  # noqa: E402
from corpus_tools import scrape  # noqa: E402
from corpus_tools.cli import main  # noqa: E402

FAST = scrape.Settings.load(per_host_delay=0, retries=0, connect_timeout=5, read_timeout=5)


@pytest.fixture(scope="module")
def sites():
    a, b, c = three_outlets()
    with a, b, c:
        yield a, b, c


def by_path(report):
    return {c.url.split("/berita/", 1)[-1]: c for c in report.found}


def test_sitemap_index_news_gzip_and_broken_xml(sites):
    a, _, _ = sites
    r = d.discover([a.base], scrape_settings=FAST, match_all=True)
    found = by_path(r)
    news = found["2024/09/03/bupati-sukamaju-terbitkan-surat-edaran-netralitas-asn"]
    assert (news.found_by, news.date) == ("news-sitemap", "2024-09-03")
    assert news.title.startswith("Bupati Sukamaju Terbitkan")
    old = found["2019/03/01/pegawai-negeri-diminta-netral-pada-pemilu"]      # from the .xml.gz
    assert (old.found_by, old.date, old.found_at.endswith(".xml.gz")) == ("sitemap", "2019-03-01", True)
    # the broken sitemap is reported, and the entry before the damage is kept
    assert "arsip-lama-tanpa-judul-yang-rusak" in found
    assert any("sitemap-broken.xml" in p and "broken XML" in p for p in r.problems)
    assert all(c.outlet == "127.0.0.1" for c in r.found)


def test_since_skips_old_child_sitemaps_and_filters_dates(sites):
    a, _, _ = sites
    before = a.hits.count("/sitemap-2019.xml.gz")
    r = d.discover([a.base], scrape_settings=FAST, since="2024-01-01", require_date=True, match_all=True)
    assert a.hits.count("/sitemap-2019.xml.gz") == before        # last modified in 2019: not fetched
    assert {c.date for c in r.kept} == {"2024-09-03", "2024-11-22", "2024-11-23"}
    r = d.discover([a.base], scrape_settings=FAST, until="2024-10-01", match_all=True)
    assert "2024-11-22" not in {c.date for c in r.kept}
    assert any(c.date is None for c in r.kept)                    # undated kept unless required


def test_rss_and_atom_feeds_linked_from_home_page(sites):
    _, b, _ = sites
    r = d.discover([b.base], scrape_settings=FAST)
    got = {c.url.rsplit("/", 1)[-1]: c for c in r.kept}
    rss = got["pemkab-sukamaju-keluarkan-edaran-soal-netralitas-asn"]
    atom = got["sekda-sukamaju-pegawai-ikut-kampanye-diperiksa"]
    assert (rss.found_by, rss.date, rss.found_at.endswith("/rss")) == ("feed", "2024-09-03", True)
    assert (atom.date, atom.found_at.endswith("/atom.xml")) == ("2024-09-12", True)
    assert rss.description and "Surat Edaran" in rss.description
    assert "/sitemap_index.xml" in b.hits                          # sitemaps were tried first


def test_bounded_crawl_when_no_sitemap_or_feed(sites):
    _, _, c = sites
    r = d.discover([c.base], scrape_settings=FAST)
    assert [x.found_by for x in r.kept] == ["crawl", "crawl"]
    assert "ASN Sukamaju Dilarang Pasang Baliho dan Hadiri Deklarasi Calon" in {x.title for x in r.kept}
    assert "/admin/login" not in c.hits                            # robots.txt disallows /admin/
    assert not r.problems
    r = d.discover([c.base], scrape_settings=FAST, crawl=False)
    assert r.kept == []


def test_crawl_is_bounded():
    arts = [Article(f"berita-nomor-{i}-asn-wajib-netral", f"ASN wajib netral {i}", "x", "2024-01-01")
            for i in range(5)]
    with NewsSite("crawl", arts) as site:
        from corpus_tools.settings import Settings
        s = Settings(sections={"discover": {"crawl_max_pages": 1}})
        before = len(site.hits)
        r = d.discover([site.base], scrape_settings=FAST, settings=s)
        data = s.data(d.DATA_FILE)
        guesses = {"/robots.txt", *data["feed_guesses"], *data["sitemap_guesses"]}
        pages = [h for h in site.hits[before:] if h not in guesses]
        assert pages == ["/"]                # one page walked: the home page
        assert r.kept == []                  # the home page links sections only


def test_keywords_groups_and_override(sites):
    a, _, _ = sites
    r = d.discover([a.base], scrape_settings=FAST)
    titles = [c.title or "" for c in r.kept]
    assert not any("Cabai" in t for t in titles)          # off topic: no ASN, no neutrality
    r = d.discover([a.base], scrape_settings=FAST, keywords=["harga cabai"])
    assert [c.title for c in r.kept] == ["Harga Cabai Rawit di Pasar Sukamaju Naik Jelang Akhir Tahun"]


@pytest.mark.parametrize("url,title,hit", [
    ("https://x.test/read/2024/asn-diminta-netral", None, True),
    ("https://x.test/read/98765", "Pegawai Negeri Sipil Dilarang Ikut Kampanye", True),
    ("https://x.test/read/98766", "Bupati resmikan pasar; pegawai hadir", False),   # one group only
    ("https://x.test/read/98767", "Tasnim menang lomba netral", False),              # 'asn' inside a word
])
def test_matches_needs_every_group_at_word_starts(url, title, hit):
    groups = d.compile_groups(d.resolve(None).data(d.DATA_FILE)["keyword_groups"])
    assert (d.matches(d.Candidate(url, title=title), groups) is not None) == hit


def test_parse_plain_text_sitemap_and_rdf_feed():
    _, entries = d.parse_sitemap(b"https://x.test/a-b-c-d\nhttps://x.test/e-f-g-h\n", "https://x.test/sitemap.txt")
    assert [e.url for e in entries] == ["https://x.test/a-b-c-d", "https://x.test/e-f-g-h"]
    rdf = (b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           b'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
           b'<item rdf:about="https://x.test/asn-netral"><title>ASN netral</title>'
           b'<link>https://x.test/asn-netral</link><dc:date>2023-12-01T10:00:00Z</dc:date></item></rdf:RDF>')
    items = d.parse_feed(rdf, "https://x.test/rss")
    assert [(i.url, i.title, i.date) for i in items] == [("https://x.test/asn-netral", "ASN netral", "2023-12-01")]
    assert d.parse_feed(b"<html><body>bukan feed</body></html>", "https://x.test/") is None


def test_gzip_bomb_is_capped():
    bomb = gzip.compress(b"\0" * 2_000_000)
    with pytest.raises(ValueError):
        d.gunzip(bomb, 100_000)
    assert d.gunzip(gzip.compress(b"<urlset/>"), 100) == b"<urlset/>"


def test_per_host_delay_is_kept(sites):
    a, _, _ = sites
    now = [0.0]
    waits = []

    def sleep(s):
        waits.append(s)
        now[0] += s

    slow = scrape.Settings.load(per_host_delay=1.5, retries=0)
    r = d.discover([a.base], scrape_settings=slow, sleep=sleep, clock=lambda: now[0], match_all=True)
    assert r.fetches >= 4
    assert len(waits) >= r.fetches - 1 and all(abs(w - 1.5) < 1e-6 for w in waits)


def test_cli_writes_a_list_scrape_reads(sites, tmp_path, capsys):
    a, b, c = sites
    out = tmp_path / "urls.csv"
    rc = main(["discover", a.base, b.base, c.base, "--delay", "0", "--out", str(out), "-q"])
    assert rc == 0
    urls = scrape.read_url_file(out)
    assert len(urls) == 7 and all(u.startswith("http://127.0.0.1:") for u in urls)
    head = out.read_text(encoding="utf-8").splitlines()[0]
    assert head == "url,title,date,found_by,found_at,outlet,matched"
    assert "7 of" in capsys.readouterr().err


def test_cli_errors(sites, tmp_path, capsys):
    a, _, _ = sites
    out = tmp_path / "none.csv"
    assert main(["discover", a.base, "--delay", "0", "-k", "zzzz", "--out", str(out), "-q"]) == 1
    assert not out.exists()
    assert main(["discover", a.base, "--since", "1/1/2024", "--out", str(out), "-q"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main(["discover", "--out", str(out), "-q"]) == 2
    assert main(["discover", "ftp://x.test/", "--out", str(out), "-q"]) == 2


def test_unreachable_outlet_is_reported_not_fatal(sites):
    import socket
    with socket.socket() as s:          # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/"
    a, _, _ = sites
    r = d.discover([dead, a.base], scrape_settings=FAST)
    assert f"{dead}: outlet unreachable: skipped" in r.problems
    assert len([p for p in r.problems if p.startswith(dead)]) == 2       # the error, then the skip
    assert r.kept and all(c.url.startswith(a.base) for c in r.kept)     # the live outlet still answered


def test_sitemap_image_locations_are_not_pages():
    xml = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           b'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
           b'<url><image:image><image:loc>https://cdn.x.test/foto.jpg</image:loc></image:image>'
           b'<loc>https://x.test/asn-dilarang-ikut-kampanye</loc><lastmod>2024-02-01</lastmod></url></urlset>')
    _, entries = d.parse_sitemap(xml, "https://x.test/sitemap.xml")
    assert [(e.url, e.date) for e in entries] == [("https://x.test/asn-dilarang-ikut-kampanye", "2024-02-01")]


def test_feeds_per_outlet_are_bounded(sites):
    _, b, _ = sites
    from corpus_tools.settings import Settings
    before = len(b.hits)
    r = d.discover([b.base], scrape_settings=FAST, settings=Settings(sections={"discover": {"max_feeds": 1}}))
    assert "/rss" in b.hits[before:] and "/atom.xml" not in b.hits[before:]
    assert {c.found_at.rsplit("/", 1)[-1] for c in r.found} == {"rss"}


def test_a_sitemap_or_feed_url_can_be_given_directly(sites):
    a, b, _ = sites
    r = d.discover([a.url("/sitemap-news.xml")], scrape_settings=FAST, match_all=True)
    assert {c.found_by for c in r.found} == {"news-sitemap"} and len(r.found) == 3
    r = d.discover([b.url("/atom.xml")], scrape_settings=FAST, match_all=True)
    assert [c.url.rsplit("/", 1)[-1] for c in r.found] == ["sekda-sukamaju-pegawai-ikut-kampanye-diperiksa"]
