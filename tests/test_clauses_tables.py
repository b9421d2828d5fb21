"""The clause stage on tables the HTML stage gives row by row, cells joined by " | ": the
header row can name the kind, the item is the row's first cell, a sanction column is not
part of it (invented tables)."""
from __future__ import annotations

import pytest

from clause_helpers import clauses_of

TABLE_A = """Pemerintah Kabupaten Sukamaju mengingatkan netralitas pegawai menjelang pilkada.

Berikut sebagian bentuk pelanggaran yang dapat dijatuhi hukuman disiplin:

No | Bentuk pelanggaran | Sanksi

1. Memasang spanduk calon di kantor | Hukuman disiplin berat

2. Menghadiri deklarasi bakal calon | Hukuman disiplin sedang

Sekda meminta pegawai mematuhi edaran itu."""

TABLE_B = """Dinas Pendidikan Kota Tanjung Harapan merinci isi edaran wali kota dalam tabel.

Rincian edaran:

Nomor | Larangan bagi guru ASN | Dasar

1. Mengajak murid mendukung calon tertentu | SE Wali Kota

2. Memakai ruang kelas untuk rapat tim kampanye | SE Wali Kota

3. Membagikan stiker calon kepada orang tua murid | SKB 2022"""


@pytest.mark.parametrize("text,items", [
    (TABLE_A, ["Memasang spanduk calon di kantor", "Menghadiri deklarasi bakal calon"]),
    (TABLE_B, ["Mengajak murid mendukung calon tertentu", "Memakai ruang kelas untuk rapat tim kampanye",
               "Membagikan stiker calon kepada orang tua murid"]),
])
def test_joined_table_rows_are_items_of_the_header_kind(text, items):
    found = {c.text: c.kind for c in clauses_of(text) if c.list_marker}
    assert found == {it: "prohibition" for it in items}


@pytest.mark.parametrize("header,kind", [("No | Larangan bagi Pegawai ASN", "prohibition"),
                                         ("No. | Kewajiban kepala perangkat daerah", "obligation")])
def test_a_one_column_table_takes_its_kind_from_the_header_row(header, kind):
    text = ("Pemkab Sukamaju menerbitkan edaran netralitas. Rinciannya dimuat dalam tabel di bawah ini:\n\n" + header + "\n\n"
            "1. Menjaga sikap netral selama tahapan pilkada\n\n2. Melaporkan pegawai yang ikut kampanye\n\n"
            "Edaran itu berlaku sampai pelantikan bupati terpilih.")
    found = [c.kind for c in clauses_of(text) if c.list_marker]
    assert found == [kind, kind]
