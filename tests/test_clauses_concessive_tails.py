"""A concession or a reason after a comma ("..., meskipun ...", "..., karena ...") belongs
to the act before it and opens no act of its own (cues.json concessive_tails). Invented texts."""
import pytest

from clause_helpers import clauses_of, kinds

TAILS = [
    ("Guru PPPK tidak boleh menghadiri pertemuan relawan pasangan calon, walaupun diadakan pada hari Minggu.",
     "walaupun diadakan"),
    ("Perangkat kelurahan dilarang memasang bendera partai di rumah dinas, meski dipasang hanya satu malam.",
     "meski dipasang"),
    ("Pegawai puskesmas diminta tidak membagikan brosur calon kepada pasien, karena melanggar kode etik pegawai.",
     "karena melanggar"),
]


@pytest.mark.parametrize("text,tail", TAILS)
def test_the_tail_opens_no_act(text, tail):
    out = kinds(text)
    assert len(out) == 1, out
    assert out[0][0] == "prohibition"
    assert not out[0][1].startswith(tail.split()[0])


def test_a_real_second_act_after_a_comma_is_still_split():
    out = kinds("ASN dilarang memasang baliho calon, membagikan stiker pasangan calon, dan menghadiri deklarasi.")
    assert len(out) == 3, out


# a reason with its own subject and copula ends the act even without a comma
STATED_REASONS = [
    ("Lurah tidak boleh memihak pasangan calon mana pun karena lurah adalah pelayan seluruh warga kelurahan.",
     "Lurah tidak boleh memihak pasangan calon mana pun"),
    ("Bidan dilarang membagikan stiker calon di posyandu sebab posyandu merupakan layanan untuk semua ibu.",
     "Bidan dilarang membagikan stiker calon di posyandu"),
    # a subject, an aspect word and its verb state a reason too
    ("Camat tidak boleh memihak calon mana pun karena regulasi sudah mengatur hal itu dengan jelas.",
     "Camat tidak boleh memihak calon mana pun"),
    ("Guru dilarang mengajak murid ke lokasi kampanye sebab sekolah telah ditetapkan sebagai kawasan netral.",
     "Guru dilarang mengajak murid ke lokasi kampanye"),
]


@pytest.mark.parametrize("text,act", STATED_REASONS)
def test_a_stated_reason_is_outside_the_act(text, act):
    assert kinds(text) == [("prohibition", act)]


def test_a_circumstance_after_karena_stays_in_the_act():
    assert kinds("Kepala desa dilarang menghadiri kampanye karena alasan apa pun.") == [
        ("prohibition", "Kepala desa dilarang menghadiri kampanye karena alasan apa pun")]


@pytest.mark.parametrize("text, act", [
    ("Dosen tidak boleh jadi tim sukses karena hal itu berdasarkan undang-undang.", "Dosen tidak boleh jadi tim sukses"),
    ("Guru dilarang memakai seragam ke posko calon sebab itu melanggar kode etik.",
     "Guru dilarang memakai seragam ke posko calon"),
])
def test_reason_pointing_back_at_the_rule_ends_the_act(text, act):
    assert [c.text for c in clauses_of(text)] == [act]


def test_reason_that_is_the_acts_circumstance_stays():
    assert [c.text for c in clauses_of("Kepala desa tidak boleh berkampanye karena diajak teman.")] == \
        ["Kepala desa tidak boleh berkampanye karena diajak teman"]
