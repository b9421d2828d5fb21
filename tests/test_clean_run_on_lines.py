"""A line that ends on a word no paragraph ends with ("dan atau", "yang", a comma) runs on into
the next line: that line is body however short (lang.json "run_on_endings")."""
from dump_helpers import LEAD_A, LEAD_B, PARA_A, kept, page


def test_short_tail_after_a_coordinator_is_kept():
    body = kept(page(LEAD_A, PARA_A,
                     "Pegawai juga dilarang memakai mobil dinas untuk kegiatan kampanye, membagikan sembako calon dan atau",
                     "memasang spanduk di halaman kantor desa"))
    assert body[-1] == "memasang spanduk di halaman kantor desa"


def test_short_tail_after_a_preposition_is_kept():
    body = kept(page(LEAD_B, PARA_A,
                     "Lurah yang kedapatan ikut berkampanye akan dilaporkan kepada",
                     "inspektorat kota pekan depan"))
    assert body[-1] == "inspektorat kota pekan depan"


def test_short_line_after_a_closed_paragraph_still_goes():
    # the rule reads the line above: a closed paragraph gives a short lower-case line no pass
    body = kept(page(LEAD_A, PARA_A, "kirim tautan ke teman"))
    assert "kirim tautan ke teman" not in body


def test_capitalised_short_line_after_a_run_on_is_not_taken_for_its_tail():
    body = kept(page(LEAD_A, PARA_A + " Ia juga menyebut",
                     "Berita Terkait Lainnya"))
    assert "Berita Terkait Lainnya" not in body
