"""A law or regulation an article cites near a circular ("UU Nomor 5 Tahun 2014",
"PP 53 Tahun 2010", "Perbup Nomor 7 Tahun 2023") is not the circular's number."""
from __future__ import annotations

import pytest

from corpus_tools.metadata import find_circulars


@pytest.mark.parametrize("text", [
    "Dalam edaran itu disebutkan dasar hukumnya, antara lain UU Nomor 5 Tahun 2014, "
    "UU Nomor 10 Tahun 2016 dan PP 53 Tahun 2010.",
    "Surat edaran tersebut mengacu pada PP Nomor 94 Tahun 2021 serta Perpres Nomor 12 Tahun 2020.",
    "Edaran ini juga menyinggung Perbup No. 7 Tahun 2023 tentang kode etik pegawai.",
    "SE yang dibacakan camat itu bersandar pada SKB Nomor 2 Tahun 2022.",
])
def test_a_cited_law_is_not_a_circular(text):
    assert find_circulars(text) == []


@pytest.mark.parametrize("text, number", [
    ("Bupati menerbitkan SE Nomor 3 Tahun 2024 yang merujuk SKB Nomor 2 Tahun 2022.", "3 Tahun 2024"),
    ("Surat Edaran Wali Kota Nomor 800/412/BKPSDM/2024 itu mengutip UU Nomor 20 Tahun 2023.",
     "800/412/BKPSDM/2024"),
])
def test_the_circular_is_still_read_beside_the_law_it_cites(text, number):
    assert [c.number for c in find_circulars(text)] == [number]
