"""A live report copied as text: each entry is a time stamp, a short title and a paragraph.
The titles are the article's section headings (body); the stamps and the share word under
each entry are not. A rail of other stories (stamp, title, stamp, title) has no paragraph
under its titles and still goes (clean.py _stamped_entries). Invented pages."""
from __future__ import annotations

from dump_helpers import kept, page

ENTRIES_A = [
    ("16.40 WITA", "Pengawas catat tiga aduan",
     "Pengawas kecamatan mencatat tiga aduan warga tentang staf kelurahan yang mendampingi pemilih di bilik."),
    ("14.15 WITA", "Wali kota datang tanpa rombongan",
     "Wali kota mendatangi dua tempat pemungutan suara dan meminta petugas melayani pemilih dengan sabar."),
    ("09.05 WITA", "Pencoblosan dimulai serentak",
     "Sebanyak 412 tempat pemungutan suara dibuka bersamaan dan seorang pengawas berjaga di masing-masing."),
]
ENTRIES_B = [
    ("Pukul 13.20", "Camat keliling kampung",
     "Camat Lembah Teduh berkeliling ke lima desa dan mengingatkan kepala desa agar tidak berada di sekitar TPS."),
    ("Pukul 10.45", "Guru honorer jadi KPPS",
     "Sejumlah guru honorer bertugas sebagai anggota KPPS dan diminta tidak memakai seragam sekolah hari itu."),
]
INTRO = ("TELUK SENJA, KABARSENJA.ID – Redaksi memantau jalannya pemungutan suara dan sikap aparatur di tempat pemungutan suara sepanjang "
         "hari ini.")


HEADER = ("LAPORAN LANGSUNG: Pemungutan Suara dan Netralitas Aparatur di Kota Teluk Senja",
          "Diperbarui 14 Februari 2024, 16.40 WITA", "Tim Redaksi")


def _live(entries, share="Bagikan"):
    lines = [*HEADER, INTRO]
    for stamp, title, para in entries:
        lines += [stamp, title, para, share]
    return lines


def test_entry_titles_of_a_live_report_are_kept():
    for entries, share in ((ENTRIES_A, "Bagikan"), (ENTRIES_B, "Share")):
        out = kept(page(*_live(entries, share), post=("Muat lebih banyak", "Berita Lainnya", "Tentang Kami")))
        for stamp, title, para in entries:
            assert title in out, f"entry title lost: {title!r}"
            assert para in out
            assert stamp not in out


def test_a_rail_of_stamped_titles_still_goes():
    rail = ["16.00 WIB", "Harga Cabai Rawit Turun di Pasar Induk", "15.30 WIB", "Jembatan Gantung Desa Hulu Diresmikan",
            "14.10 WIB", "Tim Voli Putri Juara Porkab"]
    out = kept(page(*HEADER, INTRO, ENTRIES_A[0][2], "Berita Terkini", *rail))
    assert not any(t in out for t in rail[1::2])


# --- found on the session-10 dumps (tests/unseen/dumps/501): stamps right under a lead-in ---------

LIVE_LEAD_INS = ["Berikut catatan redaksi dari lapangan sepanjang pagi:", "Pantauan kami hingga siang ini:"]


def test_entry_stamps_under_a_colon_lead_in_are_not_items():
    paras = ["Petugas di tempat pemungutan suara nomor tujuh membuka kotak suara di depan para saksi dan pengawas kelurahan.",
             "Camat berkeliling dan meminta perangkat kelurahan tidak berdiri di dekat bilik suara selama pencoblosan berjalan."]
    for lead_in, stamps in zip(LIVE_LEAD_INS, (["07.40 WITA", "08.25 WITA"], ["Pukul 09.10", "Pukul 10.05"])):
        out = kept(page(INTRO, lead_in, stamps[0], paras[0], stamps[1], paras[1]))
        assert out == [INTRO, lead_in, *paras]


def test_a_schedules_times_under_a_colon_lead_in_stay_items():
    schedule = ["Jadwal apel netralitas hari ini:", "07.30 WIB", "Pembacaan ikrar netralitas pegawai",
                "08.15 WIB", "Penandatanganan pakta integritas oleh kepala dinas"]
    out = kept(page(INTRO, *schedule, "Kegiatan ditutup dengan doa bersama dan foto bersama para peserta apel."))
    assert all(line in out for line in schedule)
