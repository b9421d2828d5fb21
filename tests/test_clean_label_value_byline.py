"""clean.py on text dumps: a standfirst with no dateline, then a byline label alone on its
line with its value and the desk on the next short lines ('Editor:' / 'Rina Marlina' /
'Warta Digital'), then the story (session 12, real3 probe: a regional page of a national
network). The label block near the start is a byline inside the text, not its end: the
story under it is kept. A byline closing a text stays its end. Invented wordings."""
import pytest

from corpus_tools.clean import clean_text_dump


STORY = [
    "Ilustrasi. Pegawai negeri dilarang memberi tanda suka pada unggahan bakal calon bupati di media sosial.",
    '"Kami awasi akun pegawai setiap hari. Kalau ada temuan, kami teruskan ke BKN," kata Ketua Panwaslu Sukamaju.',
    "Panwaslu mengimbau warga melapor jika melihat akun pegawai yang mendukung bakal calon.",
    "Ketua Panwaslu Tirtajaya menambahkan, pegawai yang terbukti berpihak akan direkomendasikan untuk disanksi.",
]


@pytest.mark.parametrize("label,value,desk", [
    ("Editor:", "Rina Marlina", "Warta Digital"),
    ("Editor :", "Yoga Pratama", "Desk Daerah"),
    ("Penulis:", "Yoga Pratama", "Desk Daerah"),
])
def test_label_block_under_the_standfirst_keeps_the_story(label, value, desk):
    dump = "\n".join(["Pilkada 2024", "Pegawai Dilarang Like Unggahan Bakal Calon",
                      "Pegawai negeri dilarang memberi tanda suka pada unggahan bakal calon bupati di media",
                      label, value, desk] + STORY + ["Berita Terkait"]) + "\n"
    text = clean_text_dump(dump, "t").text
    assert "Panwaslu mengimbau warga melapor" in text and "menambahkan, pegawai yang terbukti" in text


def test_a_closing_label_block_still_ends_the_text():
    dump = "\n".join(["Pegawai Dilarang Like Unggahan Bakal Calon"] + STORY + [
        "Editor:", "Rina Marlina", "Warta Digital", "Baca juga berita lain di kanal kami.",
        "Lima kuliner khas pesisir yang wajib dicoba saat libur."]) + "\n"
    text = clean_text_dump(dump, "t").text
    assert "Panwaslu mengimbau warga melapor" in text and "kuliner khas pesisir" not in text
