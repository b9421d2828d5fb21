"""Violations named, then listed (session 18; all texts invented): an official who names the
kinds of violation ("menyebutkan jenis-jenis pelanggaran netralitas ...") announces forbidden
acts; the next sentence's examples after "Yakni" are prohibitions, a noun said as an act among
them ("Yakni kampanye lewat media sosial"); a sentence that only cites the rule's source ("Hal
ini sesuai Pasal 11 ...", "(Pasal 11 huruf c ...)") does not end the list. "Salah satu yang
dilarang adalah A" is a pseudo-cleft as "Yang dilarang adalah A" is. Violations found
("Bawaslu menemukan tiga jenis pelanggaran") announce nothing."""
import pytest

from corpus_tools.settings import Settings
from tests.clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Kepala BKPSDM Tanah Merah, Rusdi, menyebutkan jenis-jenis pelanggaran netralitas pegawai berdasarkan "
     "surat edaran menteri.\n\nYakni kampanye lewat media sosial (unggah, komentar, bagikan). Hal ini sesuai "
     "Pasal 11 huruf c PP Nomor 42 Tahun 2004. Menghadiri pengukuhan tim pemenangan. (Pasal 11 huruf c PP "
     "Nomor 42 Tahun 2004).\n\nMelakukan pendekatan ke partai politik terkait pencalonan dirinya.",
     ["kampanye lewat media sosial (unggah, komentar, bagikan)", "Menghadiri pengukuhan tim pemenangan",
      "Melakukan pendekatan ke partai politik terkait pencalonan dirinya"]),
    ("Inspektur daerah menjelaskan bentuk-bentuk pelanggaran netralitas aparatur desa. Yaitu memasang "
     "baliho calon di kantor desa dan mengerahkan warga ke acara kampanye.",
     ["memasang baliho calon di kantor desa", "mengerahkan warga ke acara kampanye"]),
])
def test_acts_after_named_kinds_of_violation_are_prohibitions(text, expected):
    assert kinds(text, Settings()) == [("prohibition", t) for t in expected]


def test_violations_found_announce_nothing():
    text = ("Bawaslu Kota Lembah Hijau menemukan tiga jenis pelanggaran netralitas pegawai selama masa "
            "kampanye. Yakni memasang baliho calon di kantor desa dan ikut konvoi kampanye.")
    assert kinds(text, Settings()) == []


@pytest.mark.parametrize("text,expected", [
    ('"Salah satu yang dilarang adalah memberi isyarat dukungan saat difoto," ujarnya soal netralitas '
     'pegawai.', ("prohibition", "memberi isyarat dukungan saat difoto")),
    ('"Salah satu yang tidak boleh dilakukan pegawai adalah menjadi juru kampanye," kata Sekda tentang '
     'netralitas ASN.', ("prohibition", "menjadi juru kampanye")),
])
def test_one_of_the_rules_in_a_pseudo_cleft(text, expected):
    found = kinds(text, Settings())
    assert len(found) == 1 and found[0][0] == expected[0] and found[0][1].endswith(expected[1])
