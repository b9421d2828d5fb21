"""Items opened by a bracketed letter or number in running text ("(B) Melakukan A, (C)
Menghina B") after a rule: each marked part is one item of that rule's list, over sentences
and paragraphs, a quote between them included; a marked item is kept whole, as a list item
is. A sentence never ends with the bracket that opens the next marker."""
from clause_helpers import kinds
from corpus_tools.segment import segment


def test_bracketed_items_in_running_text():
    text = ("Pada pasal 40 (A) peserta kampanye dilarang meliputi, menghasut warga untuk membenci calon lain. "
            "(B) Melakukan kegiatan yang mengganggu ketenangan warga desa, (C) Memfitnah calon lain dan "
            "keluarganya.\n\n\"Itu juga berlaku di media sosial,\" kata Wahyu.\n\n(D) Merusak baliho calon "
            "lain, (E) Mengerahkan massa dari luar desa atau mengintimidasi pemilih.\n\n"
            "(F) Memakai balai desa untuk berkampanye. (G) Membagikan sembako kepada pemilih.")
    assert kinds(text) == [
        ("prohibition", "dilarang meliputi, menghasut warga untuk membenci calon lain"),
        ("prohibition", "Melakukan kegiatan yang mengganggu ketenangan warga desa"),
        ("prohibition", "Memfitnah calon lain dan keluarganya"),
        ("prohibition", "Merusak baliho calon lain"),
        ("prohibition", "Mengerahkan massa dari luar desa atau mengintimidasi pemilih"),
        ("prohibition", "Memakai balai desa untuk berkampanye"),
        ("prohibition", "Membagikan sembako kepada pemilih")]


def test_bracketed_duties():
    text = ("Menurut peraturan bupati, setiap panitia wajib mencatat pemilih yang hadir. (2) Menyegel kotak "
            "suara sebelum pukul 13.00, (3) Menyerahkan berita acara kepada camat.")
    assert kinds(text) == [("obligation", "setiap panitia wajib mencatat pemilih yang hadir"),
                           ("obligation", "Menyegel kotak suara sebelum pukul 13.00"),
                           ("obligation", "Menyerahkan berita acara kepada camat")]


def test_bracket_without_rule_before_gives_nothing():
    assert kinds("Rapat itu dihadiri warga desa. (B) Membahas jadwal panen, (C) Menata pasar desa.") == []


def test_sentence_does_not_end_with_an_opening_bracket():
    text = "Camat hadir di balai desa. (2) Warga datang kemudian."
    _, sents = segment(text)
    assert [s.text for s in sents] == ["Camat hadir di balai desa.", "(2) Warga datang kemudian."]
