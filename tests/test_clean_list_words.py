"""One-word list items after a lead-in ("Kaos", "Pin", "Stiker") stay body even when a
word is also a share bar's ("Pin") or reads like a headline: a share bar is a run of its
own words or the page's end, not one word between two items."""
from __future__ import annotations

import pytest

from dump_helpers import LEAD_A, LEAD_B, PARA_A, PARA_B, kept, page

CASES = [
    (LEAD_A, "Pegawai dilarang memakai atau memasang atribut berikut di kantor:",
     ["Kaos", "Topi", "Pin", "Stiker", "Kalender", "Gantungan kunci"], PARA_A),
    (LEAD_B, "Barang kampanye yang tidak boleh dibagikan di sekolah antara lain:",
     ["Buku tulis", "Share", "Payung", "Tas kain", "Pulpen"], PARA_B),
]


@pytest.mark.parametrize("lead, lead_in, items, after", CASES, ids=["pin", "share"])
def test_a_share_word_between_items_is_an_item(lead, lead_in, items, after):
    out = kept(page("Judul Berita Netralitas Pegawai", lead, lead_in, *items, after,
                    "Bagikan", "Facebook", "Twitter", "WhatsApp"))
    for item in items:
        assert item in out, f"list item lost: {item!r}"
    assert after in out
    assert "Facebook" not in out and "WhatsApp" not in out     # the share bar under the text still goes
