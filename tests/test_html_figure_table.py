"""A table inside a <figure> (WordPress's block editor wraps every table in
<figure class="wp-block-table">) is article content: its rows are not captions."""
from __future__ import annotations

import pytest

from corpus_tools.html import clean_html
from corpus_tools.settings import Settings

_PAGE = """<html><head><title>{title}</title></head><body>
<nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/politik">Politik</a></nav>
<article><h1>{title}</h1>
<div class="{body}">
<figure class="wp-block-image"><img src="/a.jpg"/><figcaption>{photo}</figcaption></figure>
<p>{lead}</p>
<p>{intro}</p>
<figure class="wp-block-table"><table><thead><tr><th>{h1}</th><th>{h2}</th></tr></thead><tbody>
{rows}
</tbody></table><figcaption>{source}</figcaption></figure>
<p>{after}</p>
</div></article>
<aside><h3>Terpopuler</h3><ul><li><a href="/x">Harga cabai naik lagi di pasar induk</a></li>
<li><a href="/y">Jembatan gantung rampung dibangun</a></li></ul></aside>
<footer>Hak cipta dilindungi undang-undang. Redaksi | Pedoman Media Siber</footer>
</body></html>"""

CASES = [
    dict(title="Ini Panduan Boleh dan Tidak Boleh bagi Pegawai Selama Pilkada",
         photo="Pegawai mengikuti apel pagi di halaman kantor bupati. (Foto: Dok Humas)",
         lead="SUKAMAJU - Inspektorat Kabupaten Sukamaju menerbitkan panduan netralitas pegawai "
              "menjelang pemilihan bupati tahun ini, disusun dari surat edaran yang terbit pekan lalu.",
         intro="Panduan itu disajikan dalam bentuk tabel agar mudah dibaca para pegawai:",
         h1="Boleh", h2="Tidak boleh",
         rows=[("Memberikan suara di TPS sesuai domisili", "Mengajak bawahan memilih calon tertentu"),
               ("Menonton debat kandidat tanpa atribut", "Menjadi juru bicara dalam kampanye calon"),
               ("Membaca berita politik di media sosial", "Membagikan materi kampanye pasangan calon")],
         source="Sumber: Inspektorat Kabupaten Sukamaju",
         after="Inspektur mengatakan pelanggaran akan diperiksa sebelum dilaporkan kepada bupati."),
    dict(title="Kepala Desa Diminta Patuhi Tujuh Larangan Selama Masa Kampanye",
         photo="Para kepala desa menghadiri rapat koordinasi di aula kecamatan. (Foto: Istimewa)",
         lead="TELUK BIRU - Dinas Pemberdayaan Masyarakat dan Desa Kota Teluk Biru mengingatkan kepala "
              "desa dan perangkatnya agar tidak terlibat dalam kegiatan kampanye pemilihan umum.",
         intro="Larangan tersebut dirinci dalam lampiran surat edaran berikut ini:",
         h1="No", h2="Larangan",
         rows=[("1", "Menjadi pelaksana atau anggota tim kampanye peserta pemilu"),
               ("2", "Memakai kantor desa untuk pertemuan pemenangan calon legislatif"),
               ("3", "Membuat keputusan yang menguntungkan salah satu peserta pemilu")],
         source="Tabel: Dinas PMD Kota Teluk Biru",
         after="Kepala dinas meminta camat memantau pelaksanaan edaran itu di setiap desa."),
]


# containers of site templates whose profile pins the body (data/html_rules.json) and a
# plain WordPress one the generic rules read
BODIES = ["td-post-content tagdiv-type", "post-body entry-content", "entry-content"]


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("case", CASES, ids=["boleh-tidak-boleh", "no-larangan"])
def test_rows_of_a_table_in_a_figure_are_body(case, body):
    rows = "\n".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in case["rows"])
    html = _PAGE.format(**{**case, "rows": rows, "body": body})
    text = clean_html(html, "page", settings=Settings()).text
    for a, b in case["rows"]:
        assert b in text, f"table row lost: {b!r}"
        assert a in text
    assert case["lead"][:40] in text and case["after"] in text
    assert case["photo"] not in text          # a photo's caption still is no body


@pytest.mark.parametrize("case", CASES, ids=["boleh-tidak-boleh", "no-larangan"])
def test_the_walk_reads_rows_in_a_figure_as_rows_and_its_caption_as_caption(case):
    # when trafilatura misses the table, only the walk's reading keeps it: a profile's
    # pinned body keeps every segment that is not a caption
    import lxml.html

    from corpus_tools.html import _segment
    rows = "\n".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in case["rows"])
    html = _PAGE.format(**{**case, "rows": rows, "body": "entry-content"})
    segs = {s.text: s for s in _segment(lxml.html.fromstring(html))}
    for a, b in case["rows"]:
        row = next(s for t, s in segs.items() if b in t)
        assert row.row and not row.in_caption
    assert segs[case["source"]].in_caption and segs[case["photo"]].in_caption
