"""Invented news outlets served on 127.0.0.1 for discover and end-to-end tests.

``NewsSite(kind, articles)`` is one outlet on its own port:

- ``"sitemap"``: robots.txt names a sitemap index -> a news sitemap (news:title,
  news:publication_date), an old archive sitemap served gzipped, and a sitemap whose XML
  breaks after its first entry;
- ``"feed"``: no sitemap; the home page links an RSS feed and an Atom feed;
- ``"crawl"``: neither; the home page links a section page and an index page, which link
  the articles.

Articles are the invented texts in ``tests/republished/`` (title = first line).
"""
from __future__ import annotations

import gzip
import html
from dataclasses import dataclass
from pathlib import Path

from local_http import LocalHTTPServer

REPUBLISHED = Path(__file__).parent / "republished"


@dataclass
class Article:
    slug: str            # path under /berita/
    title: str
    body: str            # paragraphs separated by blank lines
    date: str            # YYYY-MM-DD

    @classmethod
    def from_file(cls, name: str, slug: str, date: str) -> "Article":
        text = (REPUBLISHED / name).read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        return cls(slug, title.strip(), body.strip(), date)

    def page(self) -> str:
        paras = "".join(f"<p>{html.escape(p.strip())}</p>\n" for p in self.body.split("\n") if p.strip())
        t = html.escape(self.title)
        return (f"<!doctype html><html lang=id><head><meta charset=utf-8><title>{t}</title>"
                f'<meta property="article:published_time" content="{self.date}T09:00:00+07:00">'
                f"</head><body><nav><a href=/>Beranda</a> <a href=/kategori/pemerintahan>Pemerintahan</a></nav>"
                f"<article><h1>{t}</h1>\n{paras}</article><footer>Hak cipta redaksi</footer></body></html>")


class NewsSite(LocalHTTPServer):
    def __init__(self, kind: str, articles: list[Article], old: list[Article] = ()):
        assert kind in ("sitemap", "feed", "crawl")
        super().__init__()
        self.kind, self.articles, self.old = kind, list(articles), list(old)

    # -------------------------------------------------------------- documents

    def _article_url(self, a: Article) -> str:
        return self.url(f"/berita/{a.slug}")

    def routes(self) -> dict[str, tuple[str, bytes]]:
        r: dict[str, tuple[str, bytes]] = {}
        home_head = ""
        links = "".join(f'<li><a href="/berita/{a.slug}">{html.escape(a.title)}</a></li>' for a in self.articles)
        for a in self.articles + self.old:
            r[f"/berita/{a.slug}"] = ("text/html; charset=utf-8", a.page().encode())
        robots = "User-agent: *\nDisallow: /admin/\n"
        if self.kind == "sitemap":
            robots += f"Sitemap: {self.url('/sitemap_index.xml')}\n"
            r["/sitemap_index.xml"] = ("application/xml", self._index().encode())
            r["/sitemap-news.xml"] = ("application/xml", self._news_sitemap(self.articles).encode())
            r["/sitemap-2019.xml.gz"] = ("application/x-gzip", gzip.compress(self._plain_sitemap(self.old).encode()))
            broken = self._plain_sitemap([Article("arsip-lama-tanpa-judul-yang-rusak", "", "", "2024-01-01")])
            r["/sitemap-broken.xml"] = ("application/xml", broken.encode()[:-40])   # cut mid-element
            home_body = "<p>Berita terbaru</p>"
        elif self.kind == "feed":
            home_head = ('<link rel="alternate" type="application/rss+xml" href="/rss">'
                         '<link rel="alternate" type="application/atom+xml" href="/atom.xml">')
            half = len(self.articles) // 2
            r["/rss"] = ("application/rss+xml", self._rss(self.articles[:half]).encode())
            r["/atom.xml"] = ("application/atom+xml", self._atom(self.articles[half:]).encode())
            home_body = "<p>Berita terbaru</p>"
        else:
            home_body = '<a href="/kategori/pemerintahan">Pemerintahan</a> <a href="/indeks">Indeks</a> <a href="/admin/login">x</a>'
            r["/kategori/pemerintahan"] = ("text/html", f"<html><body><ul>{links}</ul></body></html>".encode())
            r["/indeks"] = ("text/html", f"<html><body><ul>{links}</ul><a href=/kategori/pemerintahan>p</a></body></html>".encode())
        r["/robots.txt"] = ("text/plain", robots.encode())
        r["/"] = ("text/html; charset=utf-8",
                  f"<!doctype html><html><head><title>Kabar</title>{home_head}</head><body>{home_body}</body></html>".encode())
        return r

    def _index(self) -> str:
        parts = [("/sitemap-news.xml", "2024-11-25"), ("/sitemap-2019.xml.gz", "2019-12-31"),
                 ("/sitemap-broken.xml", "2024-11-20")]
        body = "".join(f"<sitemap><loc>{self.url(p)}</loc><lastmod>{d}</lastmod></sitemap>" for p, d in parts)
        return ('<?xml version="1.0" encoding="UTF-8"?>'
                f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</sitemapindex>')

    def _news_sitemap(self, arts: list[Article]) -> str:
        body = "".join(
            f"<url><loc>{self._article_url(a)}</loc><news:news><news:publication><news:name>Kabar</news:name>"
            f"<news:language>id</news:language></news:publication>"
            f"<news:publication_date>{a.date}T08:00:00+07:00</news:publication_date>"
            f"<news:title>{html.escape(a.title)}</news:title></news:news></url>" for a in arts)
        return ('<?xml version="1.0" encoding="UTF-8"?>'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{body}</urlset>')

    def _plain_sitemap(self, arts: list[Article]) -> str:
        body = "".join(f"<url><loc>{self._article_url(a)}</loc><lastmod>{a.date}</lastmod></url>" for a in arts)
        return ('<?xml version="1.0" encoding="UTF-8"?>'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>')

    def _rss(self, arts: list[Article]) -> str:
        import email.utils
        from datetime import datetime
        items = "".join(
            f"<item><title>{html.escape(a.title)}</title><link>{self._article_url(a)}</link>"
            f"<pubDate>{email.utils.format_datetime(datetime.fromisoformat(a.date + 'T10:00:00+07:00'))}</pubDate>"
            f"<description>{html.escape(a.body[:120])}</description></item>" for a in arts)
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar</title>{items}</channel></rss>'

    def _atom(self, arts: list[Article]) -> str:
        entries = "".join(
            f'<entry><title>{html.escape(a.title)}</title><link rel="alternate" href="{self._article_url(a)}"/>'
            f"<published>{a.date}T10:00:00+07:00</published><summary>{html.escape(a.body[:120])}</summary></entry>"
            for a in arts)
        return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar</title>{entries}</feed>'

    def respond(self, h, path: str, n: int) -> None:
        found = self.routes().get(path)
        if found is None:
            return h.send_page(404, "<html><body>Halaman tidak ditemukan</body></html>", "text/html")
        ctype, body = found
        h.send_page(200, body, ctype)


def three_outlets() -> tuple[NewsSite, NewsSite, NewsSite]:
    """The republished test set on three outlets: one release rewritten lightly by each,
    a different article on the same circular, one on another region's circular, one off
    topic, and an archive article from 2019."""
    a = NewsSite("sitemap", [
        Article.from_file("rilis_sukamajupos.txt", "2024/09/03/bupati-sukamaju-terbitkan-surat-edaran-netralitas-asn", "2024-09-03"),
        Article.from_file("edaran_tirtajaya.txt", "2024/11/22/wali-kota-tirtajaya-minta-asn-jaga-netralitas", "2024-11-22"),
        Article.from_file("harga_cabai.txt", "2024/11/23/harga-cabai-rawit-naik-jelang-akhir-tahun", "2024-11-23"),
    ], old=[Article("2019/03/01/pegawai-negeri-diminta-netral-pada-pemilu",
                    "Pegawai negeri diminta netral pada pemilu 2019", "Isi lama.", "2019-03-01")])
    b = NewsSite("feed", [
        Article.from_file("rilis_kabartirta.txt", "pemkab-sukamaju-keluarkan-edaran-soal-netralitas-asn", "2024-09-03"),
        Article.from_file("wawancara_sekda.txt", "sekda-sukamaju-pegawai-ikut-kampanye-diperiksa", "2024-09-12"),
    ])
    c = NewsSite("crawl", [
        Article.from_file("rilis_warta.txt", "asn-sukamaju-dilarang-pasang-baliho-dan-hadiri-deklarasi", "2024-09-04"),
        Article.from_file("ulasan_daftar_larangan.txt", "empat-larangan-bagi-asn-sukamaju-kata-pengamat", "2024-09-04"),
    ])
    return a, b, c
