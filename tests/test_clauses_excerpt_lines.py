"""An excerpt that opens mid-list with its ordinal items on lines of their own ("Pertama,
tidak A." / "Kedua, tidak B." / a quote / "Baca Juga: ..." / "Keenam, X harus ..."): a
negated cue-less ordinal item is a prohibition when a later ordinal item within a few
paragraphs states a rule."""
from clause_helpers import kinds


def test_excerpt_items_on_lines():
    text = ("Baca Juga: Polres Tegal Buka Lowongan Bintara, Ini Syaratnya\n\n"
            "Pertama, tidak memasang gambar partai di markas komando.\n\n"
            "Kedua, tidak meminjamkan truk dinas kepada tim kampanye.\n\n"
            "\"Dulu pernah ada yang meminjam truk untuk mengangkut massa,\" kata Darto.\n\n"
            "Ketiga, tidak berkomentar soal hasil survei di media sosial.\n\n"
            "Baca Juga: Komandan Copot Spanduk Calon di Depan Asrama\n\n"
            "Keempat, anggota yang mencalonkan diri sebagai bupati wajib mundur dari dinas.")
    assert kinds(text) == [
        ("prohibition", "tidak memasang gambar partai di markas komando"),
        ("prohibition", "tidak meminjamkan truk dinas kepada tim kampanye"),
        ("prohibition", "tidak berkomentar soal hasil survei di media sosial"),
        ("obligation", "anggota yang mencalonkan diri sebagai bupati wajib mundur dari dinas")]


def test_excerpt_items_second_wording():
    text = ("Guru Honorer Diminta Jaga Jarak dari Calon\n\n"
            "Pertama, tidak menempelkan stiker calon wali kota di sekolah.\n\n"
            "Kedua, tidak menghadiri pelantikan relawan calon.\n\n"
            "Ketiga, guru honorer yang ingin menjadi saksi harus meminta izin kepala sekolah.")
    assert [k for k, _ in kinds(text)] == ["prohibition", "prohibition", "obligation"]


def test_excerpt_items_without_a_rule_later_give_nothing():
    text = ("Pertama, tidak ada antrean panjang di loket.\n\n"
            "Kedua, tidak menunggu lama di ruang tunggu.\n\n"
            "Ketiga, petugas ramah kepada pengunjung.")
    assert kinds(text) == []
