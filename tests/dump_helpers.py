"""Shared helper of the test_clean_* modules: a text dump of an invented page and the
paragraphs the cleaner keeps from it."""
from corpus_tools.clean import clean_text_dump

LEAD_A = ("SUKAMAJU, KABARSUKAMAJU.COM – Bupati Sukamaju meminta seluruh aparatur sipil negara menjaga "
          "netralitas menjelang pemilihan kepala daerah tahun ini.")
LEAD_B = ("TANJUNG HARAPAN - Pemerintah Kota Tanjung Harapan menerbitkan edaran baru tentang sikap pegawai "
          "selama masa kampanye pemilihan umum.")
PARA_A = "Menurut bupati, pegawai yang melanggar akan diperiksa oleh inspektorat daerah dalam waktu dekat."
PARA_B = "Sekretaris daerah menyebut edaran itu sudah dikirim ke semua kantor kecamatan sejak pekan lalu."


def page(*body: str, pre=("Beranda", "Politik"), post=("Tentang Kami",)) -> str:
    return "\n".join([*pre, *body, *post]) + "\n"


def kept(text: str) -> list[str]:
    return clean_text_dump(text, "t").text.split("\n\n")
