"""corpus_tools.html on a paged article shown whole ("Halaman all", "?page=all"): the
pages' chunks come one after the other with a separator line between them ("Halaman 2",
"Page 3", "Halaman ke-2"). The separators are not body; a sentence that mentions a
page is."""
from __future__ import annotations

import pytest

from corpus_tools.html import clean_html
from corpus_tools.settings import Settings

GENERIC = Settings(sections={"html": {"use_profiles": False}})

PAGES = [
    [["PARIANGAN - Pemerintah kabupaten mengingatkan wali nagari dan perangkat nagari agar tidak "
      "terlibat politik praktis selama tahapan pemilihan kepala daerah.",
      "Kepala dinas menjelaskan ada lima hal yang paling sering dilanggar perangkat nagari pada "
      "pemilihan sebelumnya, yang kini dilarang tegas."],
     ["Perangkat nagari dilarang memakai kantor wali nagari untuk pertemuan yang membahas "
      "dukungan kepada pasangan calon.",
      "Mereka juga dilarang mengumpulkan data kependudukan warga untuk diserahkan kepada tim "
      "pasangan calon mana pun."],
     ["Perangkat nagari yang melanggar dapat diberhentikan oleh wali nagari setelah berkonsultasi "
      "dengan camat, kata kepala dinas."]],
    [["Sukamaju - Badan kepegawaian daerah menerbitkan panduan netralitas bagi guru dan tenaga "
      "kesehatan menjelang pemungutan suara bulan depan.",
      "Panduan setebal dua belas halaman itu dibagikan ke seluruh sekolah dan puskesmas di "
      "enam belas kecamatan."],
     ["Guru dilarang membagikan bahan kampanye melalui murid, sementara tenaga kesehatan dilarang "
      "mengajak pasien memilih pasangan calon tertentu.",
      "Kepala badan kepegawaian meminta kepala sekolah dan kepala puskesmas menempel panduan itu "
      "di ruang guru dan ruang tunggu."]],
]
SEPARATORS = [lambda n: f"Halaman {n}", lambda n: f"Page {n}", lambda n: f"Halaman ke-{n}"]


def _page(chunks: list[list[str]], sep) -> str:
    parts = []
    for n, chunk in enumerate(chunks, start=1):
        if n > 1:
            parts.append(f"<div class='read__pagebreak'><span>{sep(n)}</span></div>")
        parts.append(f"<div class='read__page' data-page='{n}'>" + "".join(f"<p>{p}</p>" for p in chunk) + "</div>")
    return ("<html><head><title>Berita</title></head><body><nav><a href='/'>Beranda</a> <a href='/politik'>"
            "Politik</a></nav><main><article><h1>Judul Berita</h1><div class='read__content'>"
            + "".join(parts) + "</div><div class='read__paging'>Halaman: <a href='?page=1'>1</a> "
            "<a href='?page=2'>2</a> <a href='?page=all'>Semua</a></div></article></main>"
            "<footer>© 2024 Media Contoh</footer></body></html>")


@pytest.mark.parametrize("k", range(len(PAGES)))
@pytest.mark.parametrize("s", range(len(SEPARATORS)))
def test_page_separators_of_a_whole_paged_article_are_dropped(k, s):
    text = clean_html(_page(PAGES[k], SEPARATORS[s]), "p", settings=GENERIC).text
    assert text.split("\n\n") == [p for chunk in PAGES[k] for p in chunk]


@pytest.mark.parametrize("k", range(len(PAGES)))
def test_sentence_mentioning_a_page_stays(k):
    chunks = [list(c) for c in PAGES[k]]
    line = "Halaman 12 panduan itu memuat daftar larangan bagi kepala sekolah."
    chunks[-1].append(line)
    text = clean_html(_page(chunks, SEPARATORS[0]), "p", settings=GENERIC).text
    assert line in text.split("\n\n")
