"""A free relative at a sentence's head ("Siapa pun yang terpilih nanti, ...", "Apa pun yang
terjadi, ...") sets the case an order after its comma holds in, like a condition: the
order is a clause of its own (without the relative) and the relative names no actor. A
free relative before a statement, or one that is the subject of a sanction, gives no
order. All texts are invented."""
import pytest

from clause_helpers import clauses_of, kinds


def _got(text):
    return [(c.kind, c.text, c.actor) for c in clauses_of(text)]


@pytest.mark.parametrize("text,expected", [
    ('"Siapa pun yang terpilih nanti, layani masyarakat dengan baik," kata Bupati Sukamaju kepada para ASN.',
     [("obligation", "layani masyarakat dengan baik", None)]),
    ('"Siapa saja yang menang dalam pilkada nanti, tetap jaga netralitas," ujar Kepala BKPSDM Kota Tirtajaya.',
     [("obligation", "tetap jaga netralitas", None)]),
    ('Sekda Rantau Baru berpesan, "Apa pun yang terjadi di grup WhatsApp, tolak ajakan berkampanye."',
     [("obligation", "tolak ajakan berkampanye", None)]),
])
def test_an_order_after_a_free_relative(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    '"Siapa pun yang terpilih nanti, masyarakat tentu berharap pelayanan membaik," kata Camat Lembah Hijau.',
    "Siapa pun yang terpilih nanti, pelayanan publik di Pulau Rindu tidak boleh terganggu oleh pesta syukuran.",
    '"Siapa saja yang melanggar akan kami proses," tegas Kepala BKD Sukamaju.',
])
def test_a_free_relative_without_an_order_gives_no_order(text):
    assert [k for k, _, _ in _got(text) if k == "obligation"] == []


@pytest.mark.parametrize("text,expected", [
    ("Adapun tindakan yang dilarang untuk guru menurut edaran dinas yakni kampanye di ruang kelas, menempel "
     "stiker calon serta menjadi panitia acara partai.",
     [("prohibition", "kampanye di ruang kelas"), ("prohibition", "menempel stiker calon"),
      ("prohibition", "menjadi panitia acara partai")]),
    ("Hal yang dilarang bagi kepala desa antara lain kampanye di balai desa dan memasang baliho calon.",
     [("prohibition", "kampanye di balai desa"), ("prohibition", "memasang baliho calon")]),
])
def test_a_headed_relative_lists_an_act_said_as_a_noun_first(text, expected):
    # (session 22) "kampanye" (modal_act_nouns) opens the list as a verb would
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Saat ini kegiatan yang boleh dilakukan oleh calon adalah pemasangan spanduk, pertemuan terbatas dan "
     "pertemuan tatap muka.",
     [("permission", "pemasangan spanduk"), ("permission", "pertemuan terbatas"),
      ("permission", "pertemuan tatap muka")]),
    ("Tindakan yang dilarang bagi kepala dusun yakni pembagian sembako dan penggunaan motor dinas.",
     [("prohibition", "pembagian sembako"), ("prohibition", "penggunaan motor dinas")]),
])
def test_acts_said_as_nouns_after_a_set_of_acts(text, expected):
    # (session 22) cues.json act_set_nouns before "yang"; a copula may open the items
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Sanksi terberat yang akan diterima pegawai yakni pemberhentian tetap.",
    "Edaran itu memuat perbuatan yang dinilai melanggar, baik yang tergolong pelanggaran etik ataupun "
    "pelanggaran disiplin berat.",
])
def test_things_after_another_head_or_violations_are_no_acts(text):
    assert kinds(text) == []
