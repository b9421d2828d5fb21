"""Modals that tell what happened, not a rule in force (clauses/cues.py _tells_history,
_narrated_outcome; cues.json past_time_closers, forced_markers, narrative_outcomes).
All texts are invented."""
import pytest

from clause_helpers import kinds

STORIES = [
    # a year or an election back opens the sentence
    "Pada 2020 lalu, banyak guru honorer harus mengantre berjam-jam di kantor dinas untuk verifikasi berkas.",
    "Tahun lalu, kata Sumarni, sejumlah camat tidak diizinkan masuk ruang rapat karena datang terlambat.",
    "Pada pilkada silam, pegawai kelurahan wajib lembur hampir setiap malam untuk menyiapkan logistik.",
    # a result, not a duty
    "Bendahara desa itu sampai harus menginap di kantor kecamatan karena jaringan internet terputus.",
    "Antrean begitu panjang hingga harus dibagi menjadi dua sesi pada siang hari.",
    # a duty joined to an outcome
    "Camat itu kemudian harus mengikuti sidang etik selama sepekan dan akhirnya dicopot dari jabatannya.",
    "Pegawai tersebut wajib mengembalikan tunjangan, lalu akhirnya mengundurkan diri dari dinas.",
    "Kepala sekolah itu harus bolak-balik diperiksa inspektorat hingga akhirnya dimutasi ke pulau lain.",
]

RULES = [
    # a day back is the date of a meeting; its rule is in force
    ("Dalam apel Senin lalu, Sekda menegaskan ASN tidak boleh menghadiri deklarasi pasangan calon.", "prohibition"),
    ("Rapat pekan lalu memutuskan, kepala desa wajib melapor jika menerima undangan kampanye.", "obligation"),
    # a year named for the coming election
    ("Pada Pilkada 2024 nanti, ASN dilarang memasang foto calon di akun pribadinya.", "prohibition"),
    # an outcome word outside a coordinated sequel
    ("Camat harus memastikan perangkat desa netral agar akhirnya tidak ada laporan ke Bawaslu.", "obligation"),
]


@pytest.mark.parametrize("text", STORIES)
def test_a_story_told_gives_no_clause(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,kind", RULES)
def test_the_same_words_in_a_rule_keep_it(text, kind):
    assert kind in [k for k, _ in kinds(text)]
