"""What is not a rule (patterns 13-15) gives no clause. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "Tunjangan itu tidak dikenai pajak tambahan.",
    "ASN yang tidak hadir dalam apel akan didata oleh bagian umum.",
    "Jika tidak netral, sanksi menanti para pegawai.",
    "Apabila tidak bisa hadir, camat mengirim sekretaris.",
    "Insentif bulan ini tidak termasuk uang makan.",
    "Pegawai yang sudah melapor tidak perlu melapor ulang.",
    "Masyarakat dapat menyampaikan laporan melalui kanal pengaduan resmi.",
    "Banyak pegawai bertanya apa saja yang masih boleh dilakukan menjelang pemungutan suara.",
    "\"Surat edaran ini bukan untuk menakut-nakuti pegawai,\" kata Sekda.",
])
def test_descriptions_conditions_and_possibilities_are_not_rules(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Jangan lupa subscribe kanal YouTube kami untuk berita terbaru.",
    "Jangan lewatkan berita menarik lainnya di portal kami.",
    "Jangan sampai ketinggalan info pilkada, ikuti akun kami.",
    "Ayo dukung jurnalisme daerah dengan berlangganan.",
])
def test_calls_to_readers_are_not_rules(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Penerima bantuan:\n\nGuru honorer di sekolah negeri\n\nPerangkat desa yang aktif",
    "Jadwal pelantikan sebagai berikut:\n\nSenin: camat dan lurah\n\nSelasa: kepala sekolah",
    "Tidak termasuk penerima:\n\nPegawai yang sedang tugas belajar\n\nPegawai yang cuti di luar tanggungan negara",
])
def test_eligibility_and_schedule_lists_give_no_clause(text):
    assert kinds(text) == []


def test_article_without_rules_gives_none():
    text = ("KOTA PELITA – Pemerintah Kota Pelita menyalurkan bantuan beras kepada 3.000 keluarga. "
            "Penyaluran dilakukan di kantor kelurahan sejak Senin pagi.\n\n"
            "\"Kami ingin bantuan sampai tepat waktu,\" kata Kepala Dinas Sosial, Ani.\n\n"
            "Warga yang belum menerima bantuan dapat menghubungi kelurahan masing-masing.\n\n"
            "Jangan lewatkan berita terbaru lainnya.")
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "\"Jangan sungkan. Bisa lapor melalui akun Instagram kami,\" ujar Ketua Bawaslu Pelita.",
    "Jangan ragu menghubungi redaksi kami jika menemukan pelanggaran.",
])
def test_encouragements_to_readers_are_not_rules(text):
    assert kinds(text) == []
