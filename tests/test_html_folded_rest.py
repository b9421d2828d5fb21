"""corpus_tools.html on an article whose second half is folded behind a "Baca
Selengkapnya" button (an inline ``display:none`` block, a ``hidden`` block, a Bootstrap
``collapse``) at the end of the body box: trafilatura drops hidden blocks, the cleaner
must keep them. A hidden dialog (newsletter, login) in the body box and a hidden copy of
the body's own text stay out."""
from __future__ import annotations

import pytest

from corpus_tools.html import clean_html
from corpus_tools.settings import Settings

GENERIC = Settings(sections={"html": {"use_profiles": False}})

NAV = ("<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/daerah'>Daerah</a></li>"
       "<li><a href='/politik'>Politik</a></li></ul></nav>")
FOOT = "<footer><p>© 2024 Media Contoh. Hak cipta dilindungi.</p></footer>"

ARTICLES = [
    (["PANTAI INDAH - Wali kota meminta seluruh lurah menolak titipan paket sembako yang diberi "
      "gambar atau nomor urut pasangan calon, dalam rapat di balai kota pada Senin.",
      "Ia mengaku menerima laporan bahwa beberapa kantor kelurahan dititipi paket oleh orang "
      "yang mengaku relawan untuk dibagikan bersama bantuan rutin.",
      "Jangan sampai bantuan pemerintah tercampur barang kampanye, kata wali kota kepada para lurah."],
     ["Ia kemudian meminta lurah menjalankan tiga langkah bila menerima titipan serupa.",
      "Pertama, menolak titipan itu dan tidak menyimpannya di gudang kelurahan walau hanya sementara.",
      "Kedua, mencatat nama orang yang menitipkan barang lalu melaporkannya kepada camat hari itu juga.",
      "Ketua pengawas pemilihan kota mengatakan pembagian barang bergambar calon oleh aparatur "
      "kelurahan dapat dijerat sebagai pelanggaran netralitas."]),
    (["Sukamaju - Dinas pendidikan melarang kepala sekolah memakai rapat komite untuk membicarakan "
      "dukungan kepada pasangan calon bupati selama masa kampanye.",
      "Larangan itu tertuang dalam surat edaran kepala dinas yang dikirim ke semua sekolah dasar "
      "dan sekolah menengah pertama pekan lalu.",
      "Dalam edaran itu, kepala sekolah dilarang melakukan hal berikut:"],
     ["1. mengundang tim pemenangan pasangan calon ke rapat komite sekolah;",
      "2. membagikan bahan kampanye melalui murid kepada orang tua murid;",
      "3. memasang alat peraga kampanye di pagar atau halaman sekolah.",
      "Kepala dinas mengatakan kepala sekolah yang melanggar akan diperiksa inspektorat dan bisa "
      "dibebastugaskan dari jabatannya selama pemeriksaan."]),
]

FOLDS = {
    "style": lambda inner: (
        "<div class='read-more-toggle'><button type='button'>Baca Selengkapnya</button></div>"
        f"<div class='read-more-content' id='more' style='display:none'>{inner}</div>"),
    "hidden": lambda inner: (
        "<button class='btn-expand'>Baca Selengkapnya</button>"
        f"<section class='article-rest' hidden>{inner}</section>"),
    "collapse": lambda inner: (
        "<a class='btn' data-toggle='collapse' href='#sisa'>Lanjutkan membaca</a>"
        f"<div class='collapse' id='sisa'>{inner}</div>"),
}


def _page(shown: list[str], folded_html: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in shown) + folded_html
    return (f"<html><head><title>Berita</title></head><body>{NAV}<main><article><h1>Judul Berita</h1>"
            f"<div class='read-content'>{body}</div><div class='read-tags'>Tags: <a href='/t'>pilkada</a>"
            f"</div></article><aside><h3>Terpopuler</h3><ol><li><a href='/a'>Kapal nelayan tenggelam di "
            f"teluk</a></li><li><a href='/b'>Harga ikan naik</a></li></ol></aside></main>{FOOT}</body></html>")


@pytest.mark.parametrize("k", range(len(ARTICLES)))
@pytest.mark.parametrize("fold", sorted(FOLDS))
def test_folded_rest_of_the_article_is_kept(k, fold):
    shown, rest = ARTICLES[k]
    html = _page(shown, FOLDS[fold]("".join(f"<p>{p}</p>" for p in rest)))
    paras = clean_html(html, "p", settings=GENERIC).text.split("\n\n")
    assert paras == [*shown, *rest]


DIALOGS = [
    "<div class='modal newsletter-modal' style='display:none'><p>Dapatkan ringkasan berita pilihan "
    "setiap pagi langsung di kotak masuk Anda dengan mendaftar sekarang juga.</p></div>",
    "<div id='login-dialog' style='visibility: hidden'><p>Masuk ke akun Anda untuk menyimpan artikel dan membaca "
    "berita tanpa iklan di semua perangkat yang Anda miliki.</p></div>",
]


@pytest.mark.parametrize("k", range(len(ARTICLES)))
@pytest.mark.parametrize("d", range(len(DIALOGS)))
def test_hidden_dialog_in_the_body_box_stays_out(k, d):
    shown, rest = ARTICLES[k]
    paras = clean_html(_page([*shown, *rest], DIALOGS[d]), "p", settings=GENERIC).text.split("\n\n")
    assert paras == [*shown, *rest]


@pytest.mark.parametrize("k", range(len(ARTICLES)))
def test_hidden_copy_of_the_body_comes_out_once(k):
    shown, rest = ARTICLES[k]
    copy = "<div class='mobile-copy' style='display: none'>" + "".join(f"<p>{p}</p>" for p in shown[1:]) + "</div>"
    paras = clean_html(_page([*shown, *rest], copy), "p", settings=GENERIC).text.split("\n\n")
    assert paras == [*shown, *rest]


APPEALS = [
    "<div class='read-tags'>Tags: <a href='/t/1'>pilkada</a> <a href='/t/2'>netralitas asn</a> "
    "<a href='/t/3'>lurah</a> <a href='/t/4'>camat</a></div>"
    "<div style='display:none'><p>Setiap hari kami memeriksa kabar yang beredar di grup warga "
    "tanpa memungut biaya dari pembaca, tetapi pekerjaan itu tidak gratis.</p></div>",
    "<div class='author-box'><a href='/penulis/nanda'>Nanda Saputri</a> menulis untuk kanal "
    "pemerintahan dan politik daerah</div>"
    "<section class='member' style='display: none;'><p>Dukung jurnalisme lokal dengan menjadi anggota kami mulai dari "
    "sepuluh ribu rupiah per bulan untuk liputan yang lebih dalam.</p></section>",
]


@pytest.mark.parametrize("k", range(len(ARTICLES)))
@pytest.mark.parametrize("a", range(len(APPEALS)))
def test_hidden_block_after_visible_text_past_the_body_stays_out(k, a):
    """A folded rest follows the body's last line directly (a button between them at most);
    a hidden appeal after a visible note is not the article's."""
    shown, rest = ARTICLES[k]
    paras = clean_html(_page([*shown, *rest], APPEALS[a]), "p", settings=GENERIC).text.split("\n\n")
    assert not any(p.startswith(("Setiap hari kami", "Dukung jurnalisme")) for p in paras)
    assert paras[:len(shown) + len(rest)] == [*shown, *rest]
