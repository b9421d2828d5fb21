"""A national body's circular quoted by a regional article ("Surat Edaran Komisi ASN
Nomor ...", "SE MenPANRB Nomor B/71/M.SM.00.00/2017") is that body's circular: it is
not filed under the regency the article is about."""
from __future__ import annotations

import json

import pytest

from corpus_tools import compare_dir, extract_dir
from corpus_tools.metadata import find_circulars


@pytest.mark.parametrize("text, issuer", [
    ("Hal itu tertuang dalam Surat Edaran Komisi ASN Nomor B.3100/KASN/10/2023 tentang netralitas.",
     "Komisi ASN"),
    ("Bupati merujuk SE MenPANRB Nomor B/71/M.SM.00.00/2017 yang terbit menjelang pilkada.",
     "Kementerian PANRB"),
    ("Edaran bernomor B.512/KASN/9/2024 itu dibacakan dalam apel pagi.", "Komisi ASN"),
    ("Surat Edaran Menteri Dalam Negeri Nomor 100.2.1.3/4120/SJ tentang netralitas ASN.",
     "Kementerian Dalam Negeri"),
])
def test_a_national_body_named_with_the_circular_is_its_issuer(text, issuer):
    assert [c.issuer for c in find_circulars(text)] == [issuer]


@pytest.mark.parametrize("text", [
    "Surat Edaran Bupati Sukamaju Nomor 800/214/BKPSDM/2024 berisi tujuh larangan.",
    "SE Bawaslu Kabupaten Teluk Biru Nomor 12 Tahun 2024 ditujukan kepada para camat.",
])
def test_a_regional_circular_has_no_national_issuer(text):
    assert [c.issuer for c in find_circulars(text)] == [None]


ARTICLES = {
    "kasn.txt": """Bupati Minta ASN Sukamaju Patuhi Edaran Komisi ASN

SUKAMAJU - Bupati Sukamaju, Hendra Wijaya, meminta seluruh aparatur sipil negara di Kabupaten Sukamaju menjaga netralitas menjelang Pilkada 2024.
Menurut Hendra, hal itu tertuang dalam Surat Edaran Komisi ASN Nomor B.3100/KASN/10/2023 tentang pengawasan netralitas pegawai.
Dalam surat edaran tersebut disebutkan, ASN dilarang menghadiri deklarasi bakal calon kepala daerah dan dilarang memasang spanduk yang mempromosikan bakal calon.
"Kami minta semua pegawai patuh," kata Hendra di Sukamaju, Senin (2/9/2024).
""",
    "regional.txt": """Pemkab Teluk Biru Terbitkan Edaran Netralitas ASN

TELUK BIRU - Pemerintah Kabupaten Teluk Biru menerbitkan Surat Edaran Bupati Teluk Biru Nomor 800/77/BKPSDM/2024 tentang netralitas pegawai dalam Pilkada 2024.
Dalam surat edaran tersebut, ASN dilarang menjadi anggota tim kampanye dan dilarang menggunakan kendaraan dinas untuk kegiatan kampanye.
Edaran itu ditandatangani Bupati Teluk Biru pada 5 September 2024.
""",
}


def test_compare_files_a_quoted_national_circular_under_its_body(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in ARTICLES.items():
        (raw / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    extract_dir(raw, out, jobs=1)
    compare_dir(out)
    circulars = json.loads((out / "comparison" / "comparison.json").read_text(encoding="utf-8"))["circulars"]
    by_key = {c["key"]: c for c in circulars}
    national = by_key["B.3100/KASN/10/2023"]
    assert national["issuer"] == "Komisi ASN" and national["region"] is None
    regional = by_key["800/77/BKPSDM/2024"]
    assert regional["issuer"] == "Pemerintah Kabupaten Teluk Biru"
