"""A chat message pasted into a story: its bold headings ("*PENGUMUMAN PENTING*") are body,
not a bulleted rail of other stories, and the app's "Diteruskan" label is not
(clean.py EMPHASIS_RE, boilerplate.json media). Invented pages."""
from __future__ import annotations

import pytest

from dump_helpers import LEAD_A, LEAD_B, PARA_A, PARA_B, kept, page

CASES = [
    (LEAD_A, "Diteruskan", ["*PENGUMUMAN PENTING*", "*Untuk seluruh pegawai lingkup Pemkab Sukamaju*"],
     "Menjelang hari pencoblosan, pegawai *DILARANG*:", ["- menjadi saksi pasangan calon di TPS",
                                                          "- mengantar pemilih ke TPS atas permintaan calon"], PARA_A),
    (LEAD_B, "Forwarded", ["*INFO DINAS*", "*Mohon dibaca sampai habis*"],
     "Selama masa tenang seluruh guru diminta:", ["- tidak mengunggah foto bersama calon",
                                                  "- tidak membagikan stiker calon di sekolah"], PARA_B),
]


@pytest.mark.parametrize("lead, label, heads, lead_in, items, after", CASES, ids=["id", "en"])
def test_bold_headings_of_a_forwarded_message_are_body(lead, label, heads, lead_in, items, after):
    out = kept(page("Pesan Berantai Soal Netralitas Pegawai Beredar", lead,
                    "Isi pesan itu kami salin tanpa perubahan di bawah ini.", label, *heads, lead_in, *items, after))
    for line in heads + items + [lead_in, after]:
        assert line in out, f"body line lost: {line!r}"
    assert label not in out
