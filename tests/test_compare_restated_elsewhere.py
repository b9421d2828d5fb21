"""An item is not omitted when a clause of the circular that aligned with another family's
item says the same (SKB-11 and PP94-5n5, a decision favouring a candidate; SKB-12 and
PP94-5n1, joining a campaign; SKB-8 and PP94-5n6): the circular states the rule once, under
the other item.
Its row is `not reported` and names the clause (`possibly_restated_by`). Invented wording."""
from __future__ import annotations

import pytest

from corpus_tools.compare import compare_documents
from tests.test_compare import clause, document, rows_of

SKB_FOUR = ["memasang spanduk atau baliho bakal calon di kantor", "menghadiri deklarasi bakal pasangan calon",
            "menjadi anggota atau pengurus partai politik", "menjadi anggota tim pemenangan pasangan calon"]


def circular(fifth):
    lead = clause("e1", 1, "ASN dilarang:")
    items = [clause("e1", i, t, parent=lead["clause_id"], marker=f"{i - 1}.")
             for i, t in enumerate(SKB_FOUR + [fifth], start=2)]
    [circ] = compare_documents([document("e1", [lead] + items, number="800/90/BKPSDM/2024")])["circulars"]
    return rows_of(circ)


@pytest.mark.parametrize("fifth, item", [
    ("membuat keputusan yang merugikan salah satu pasangan calon selama masa kampanye", "SKB-11"),
    ("turut serta dalam kegiatan kampanye, baik secara langsung maupun melalui siaran langsung", "SKB-12"),
    ("mengadakan kegiatan yang mengarah pada keberpihakan, termasuk pertemuan, ajakan, imbauan, dan pemberian "
     "barang kepada pegawai atau warga", "SKB-8"),
])
def test_an_item_said_under_another_family_is_not_omitted(fifth, item):
    rows = circular(fifth)
    assert rows[item]["status"] == "not reported" and rows[item]["possibly_restated_by"]
    assert rows["SKB-7"]["status"] == "omitted"        # nothing of the list says it
