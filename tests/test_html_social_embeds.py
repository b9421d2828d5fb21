"""corpus_tools.html on social posts embedded in an article: X/Twitter, Instagram and
TikTok blockquotes from the platforms' embed code, and AMP's <amp-twitter> with its
placeholder tweet. They hold another account's words and are not the article's body;
a plain <blockquote> quoting a regulation stays."""
from __future__ import annotations

import pytest

from corpus_tools.html import clean_html
from corpus_tools.settings import Settings

GENERIC = Settings(sections={"html": {"use_profiles": False}})

NAV = ("<nav><ul><li><a href='/'>Beranda</a></li><li><a href='/daerah'>Daerah</a></li>"
       "<li><a href='/politik'>Politik</a></li></ul></nav>")
FOOT = "<footer><p>© 2024 Media Contoh. Hak cipta dilindungi.</p></footer>"

ARTICLES = [
    ["Pengawas pemilihan kabupaten memanggil seorang kepala desa setelah video yang memperlihatkan "
     "dirinya mengajak warga memilih salah satu pasangan calon beredar luas.",
     "Video berdurasi satu menit itu diunggah sebuah akun warga pada Senin malam, saat acara "
     "pembagian bibit jagung di balai desa.",
     "Ketua pengawas pemilihan mengatakan kepala desa dilarang membuat keputusan yang "
     "menguntungkan salah satu pasangan calon selama tahapan pemilihan.",
     "Warga yang menemukan pelanggaran serupa diminta melapor dengan menyertakan foto atau video "
     "lengkap dengan waktu dan lokasi kejadian."],
    ["Ratusan kepala desa di Kabupaten Bukit Raya membacakan ikrar netralitas di lapangan kantor "
     "bupati pada Senin pagi di hadapan pejabat daerah.",
     "Isi ikrar itu antara lain tidak menjadi anggota tim kampanye dan tidak menggunakan dana "
     "desa untuk kegiatan kampanye pasangan calon.",
     "Sekretaris daerah meminta setiap camat menempelkan teks ikrar di kantor desa agar bisa "
     "dibaca seluruh warga di wilayahnya.",
     "Pengawas kecamatan akan memantau kegiatan pasangan calon yang dihadiri kepala desa sampai "
     "hari pemungutan suara."],
]

EMBEDS = {
    "tweet": ("<blockquote class='twitter-tweet' data-lang='id'><p lang='in' dir='ltr'>Kades digaji "
              "negara kok terang-terangan kampanye di acara bantuan? Mohon segera ditindaklanjuti "
              "<a href='https://t.co/x'>pic.twitter.com/x</a></p>&mdash; Warga Desa (@wargadesa) "
              "<a href='https://twitter.com/wargadesa/status/1'>8 Oktober 2024</a></blockquote>"
              "<script async src='https://platform.twitter.com/widgets.js'></script>"),
    "instagram": ("<blockquote class='instagram-media' data-instgrm-captioned "
                  "data-instgrm-permalink='https://www.instagram.com/p/ABC/'><div><a href='https://www."
                  "instagram.com/p/ABC/'>Lihat postingan ini di Instagram</a><p>Kepala desa dan perangkat "
                  "desa wajib netral selama pemilihan, laporkan pelanggaran ke posko kami di kecamatan.</p>"
                  "<p><a href='https://www.instagram.com/p/ABC/'>Sebuah kiriman dibagikan oleh Info Kabupaten "
                  "(@infokab)</a></p></div></blockquote><script async src='//www.instagram.com/embed.js'></script>"),
    "tiktok": ("<blockquote class='tiktok-embed' cite='https://www.tiktok.com/@akun/video/1' "
               "data-video-id='1'><section><a title='@akun' href='https://www.tiktok.com/@akun'>@akun</a> "
               "Perangkat desa wajib netral ya, jangan ikut kampanye calon mana pun selama pemilihan "
               "<a title='pilkada' href='https://www.tiktok.com/tag/pilkada'>#pilkada</a> "
               "<a href='https://www.tiktok.com/music/x'>♬ suara asli - akun</a></section></blockquote>"),
    "amp-twitter": ("<amp-twitter width='375' height='472' layout='responsive' data-tweetid='1'>"
                    "<blockquote placeholder class='twitter-tweet'><p>Ratusan kepala desa ikrar netral "
                    "pagi ini, semoga benar-benar ditepati sampai hari pemungutan suara nanti!</p>&mdash; "
                    "Pantau Pemilu (@pantaupemilu) <a href='https://twitter.com/p/status/1'>11 November "
                    "2024</a></blockquote></amp-twitter>"),
}


def _page(paras: list[str], embed: str) -> str:
    body = f"<p>{paras[0]}</p><p>{paras[1]}</p>{embed}<p>{paras[2]}</p><p>{paras[3]}</p>"
    return (f"<html><head><title>Berita</title></head><body>{NAV}<main><article><h1>Judul Berita</h1>"
            f"<div class='entry-content'>{body}</div></article></main>{FOOT}</body></html>")


@pytest.mark.parametrize("k", range(len(ARTICLES)))
@pytest.mark.parametrize("embed", sorted(EMBEDS))
def test_embedded_social_post_is_not_body(k, embed):
    doc = clean_html(_page(ARTICLES[k], EMBEDS[embed]), "p", settings=GENERIC)
    assert doc.text.split("\n\n") == ARTICLES[k]
    assert any(r.reason == "social-embed" for r in doc.removed)


@pytest.mark.parametrize("k", range(len(ARTICLES)))
def test_plain_blockquote_stays(k):
    quote = ("Kepala desa dilarang membuat keputusan dan/atau tindakan yang menguntungkan atau "
             "merugikan salah satu pasangan calon selama masa kampanye.")
    doc = clean_html(_page(ARTICLES[k], f"<blockquote><p>{quote}</p></blockquote>"), "p", settings=GENERIC)
    assert quote in doc.text.split("\n\n")
