"""clean.py reads a text dump's headline: not the site name, tagline, menu or a byline above
it (pages invented)."""
from __future__ import annotations

import pytest

from corpus_tools.clean import clean_text_dump

from dump_helpers import LEAD_A, LEAD_B, PARA_A, PARA_B

TITLE_A = "Bupati Sukamaju Terbitkan Edaran, Pegawai Dilarang Hadiri Deklarasi Calon"
TITLE_B = "Pemkot Tanjung Harapan Ingatkan Honorer Tak Ikut Kampanye Pilkada"


@pytest.mark.parametrize("header,title,lead,para", [
    (["Portal Berita Sukamaju dan Sekitarnya", "Beranda | Politik | Hukum | Daerah | Indeks"], TITLE_A, LEAD_A, PARA_A),
    (["KABAR TANJUNG HARAPAN", "NASIONAL DAERAH POLITIK EKONOMI OLAHRAGA VIDEO", "Cepat, Akurat, Berimbang"],
     TITLE_B, LEAD_B, PARA_B),
])
def test_the_headline_not_the_site_header_is_the_title(header, title, lead, para):
    text = "\n".join([*header, title, "Tim Redaksi Kabar", "Senin, 9 September 2024 10:15 WIB", lead, para]) + "\n"
    assert clean_text_dump(text, "t").title == title


@pytest.mark.parametrize("title,lead", [(TITLE_A, LEAD_A), (TITLE_B, LEAD_B)])
def test_a_rail_headline_above_the_title_is_not_the_title(title, lead):
    rail = ["Terkini", "Harga Cabai Naik di Pasar", "7 menit lalu"]
    text = "\n".join(["SITUS BERITA", *rail, title, "Jumat, 4 Oktober 2024", lead, PARA_A]) + "\n"
    assert clean_text_dump(text, "t").title == title
