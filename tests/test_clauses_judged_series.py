"""Session 13 (last): a series of acts before one closing judgement, a permission after a
condition under a restriction, a permission denied by a negating frame, a directive that asks
its addressee to give a directive, and a short adjectival relative on the subject.
All sentences are invented."""
from clause_helpers import kinds, only_clause


# --- a list of acts judged by "itu pelanggaran" ------------------------------------------

def test_series_before_itu_pelanggaran_is_one_prohibition_per_act():
    got = kinds("Tapi ikut berjoget di atas panggung, pegang pengeras suara, apalagi ikut "
                "membagikan stiker calon, itu pelanggaran.")
    assert got == [("prohibition", "ikut berjoget di atas panggung"),
                   ("prohibition", "pegang pengeras suara"),
                   ("prohibition", "ikut membagikan stiker calon, itu pelanggaran")]


def test_series_before_itu_jelas_pelanggaran():
    got = kinds("Memasang spanduk kandidat, menyebar brosur, apalagi berorasi di mimbar, "
                "itu jelas pelanggaran.")
    assert [k for k, _ in got] == ["prohibition"] * 3
    assert got[-1][1] == "berorasi di mimbar, itu jelas pelanggaran"


def test_single_act_before_itu_pelanggaran():
    assert only_clause("Menempel poster calon di kantor desa itu pelanggaran.") == \
        ("prohibition", "Menempel poster calon di kantor desa itu pelanggaran")


def test_itu_pelanggaran_without_act_is_no_rule():
    assert kinds("Panwascam Rantau Mekar menilai itu pelanggaran.") == []
    assert kinds("Kalau itu pelanggaran, kami akan memprosesnya.") == []
    assert kinds("Menurut dia, itu pelanggaran berat yang perlu dicermati.") == []


# --- "Kalau ..., sekadar hadir, ya tidak masalah" -----------------------------------------

def test_restricted_act_after_condition_is_the_permission():
    assert only_clause("Kalau bapak-ibu diajak ke acara tim pemenangan, sekadar hadir, ya tidak masalah.") == \
        ("permission", "sekadar hadir, ya tidak masalah")
    assert only_clause("Jika diundang ke rumah kandidat, sekadar bertamu, ya tidak masalah.") == \
        ("permission", "sekadar bertamu, ya tidak masalah")


# --- a permission denied under "bukan berarti" --------------------------------------------

def test_permission_denied_keeps_subject_and_frame():
    assert only_clause("Ia menegaskan, pegawai kontrak bukan berarti boleh ikut berkampanye.") == \
        ("prohibition", "pegawai kontrak bukan berarti boleh ikut berkampanye")
    assert only_clause("Kepala desa bukan berarti boleh memihak salah satu kandidat.") == \
        ("prohibition", "Kepala desa bukan berarti boleh memihak salah satu kandidat")


def test_negated_prohibition_under_frame_stays_no_rule():
    assert kinds("Netral itu bukan berarti guru tidak boleh punya pilihan.") == []


# --- a directive asking its addressee to give a directive ---------------------------------

def test_request_to_remind_is_duty_of_its_addressee():
    got = kinds("Bupati Sungai Lengkong meminta para camat mengingatkan kepala desa agar balai desa "
                "tidak dijadikan posko relawan.")
    assert got[0] == ("obligation", "meminta para camat mengingatkan kepala desa")
    assert len(got) == 2 and got[1][0] == "prohibition" and got[1][1].endswith("tidak dijadikan posko relawan")


def test_instruction_to_urge_is_duty_of_its_addressee():
    got = kinds("Kepala dinas menginstruksikan kepala sekolah mengimbau guru supaya tidak "
                "memasang foto kandidat.")
    assert got[0] == ("obligation", "menginstruksikan kepala sekolah mengimbau guru")
    assert got[1][0] == "prohibition"


def test_plain_request_unchanged():
    assert only_clause("Bawaslu Lembah Sari meminta warga melaporkan politik uang.") == \
        ("obligation", "meminta warga melaporkan politik uang")


# --- "yang sama juga melarang" ------------------------------------------------------------

def test_short_adjectival_relative_closes_before_the_cue():
    assert only_clause("Edaran yang sama juga melarang pegawai bergabung dalam grup relawan.") == \
        ("prohibition", "melarang pegawai bergabung dalam grup relawan")
    assert only_clause("Peraturan yang lain pun mewajibkan kepala desa melapor ke camat.") == \
        ("obligation", "mewajibkan kepala desa melapor ke camat")


def test_relative_without_additive_adverb_stays_a_relative():
    assert kinds("Aturan yang sama sekali melarang pegawai hadir dinilai terlalu keras.") == []
