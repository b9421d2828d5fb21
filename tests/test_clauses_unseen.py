"""Shapes found in real news on ASN neutrality circulars that the earlier rules missed
(issue 9, session 4). Every mechanism is tested on at least two wordings; all texts
are invented (regions, outlets and officials included)."""
import pytest

from clause_helpers import clauses_of, kinds


# -- an enumeration that opens the sentence after a noun of rule ----------------------
@pytest.mark.parametrize("text,acts,kind", [
    ("Kepala BKPSDM Kabupaten Sukamaju, Rina, mengatakan ada beberapa larangan yang sering diabaikan pegawai. "
     "Misalnya, memasang bingkai foto calon di akun pribadi, meneruskan pesan kampanye di grup kantor, atau "
     "menyukai unggahan partai.",
     ["memasang bingkai foto calon di akun pribadi", "meneruskan pesan kampanye di grup kantor",
      "menyukai unggahan partai"], "prohibition"),
    ("Edaran itu juga memuat sejumlah kewajiban bagi camat.\n\nAntara lain mendata pegawai yang mengambil cuti "
     "kampanye, lalu melaporkannya kepada bupati setiap pekan.",
     ["mendata pegawai yang mengambil cuti kampanye", "melaporkannya kepada bupati setiap pekan"], "obligation"),
])
def test_enumeration_in_the_next_sentence_takes_the_kind_of_the_noun_before(text, acts, kind):
    found = clauses_of(text)
    assert [c.text for c in found] == acts
    assert {c.kind for c in found} == {kind}


@pytest.mark.parametrize("text", [
    "Harga cabai naik tajam pekan ini. Misalnya, di Pasar Baru harga cabai rawit mencapai Rp80 ribu.",
    "Larangan mudik sudah dicabut tahun lalu. Misalnya, warga kini bebas bepergian ke kampung halaman.",
    "Pemkot Tirtajaya menyiapkan banyak kegiatan. Misalnya, menggelar lomba senam dan jalan sehat.",
])
def test_an_enumeration_without_a_rule_before_it_gives_nothing(text):
    assert clauses_of(text) == []


# -- a sanction paragraph is no item of the list before it ----------------------------
@pytest.mark.parametrize("text,n", [
    ("Pertama, ASN dilarang memasang baliho calon.\n\nKedua, pegawai yang pasangannya menjadi calon boleh "
     "mendampingi saat pendaftaran.\n\nKetiga, pelanggaran atas edaran ini akan diproses sesuai aturan.", 2),
    ("Isi edaran itu sebagai berikut:\n1. Pegawai dilarang memasang spanduk calon.\n2. Tidak menghadiri "
     "deklarasi calon.\n3. Bagi pegawai yang melanggar akan dijatuhi hukuman disiplin.", 2),
    ("Kesatu, pegawai boleh menonton debat sebagai pendengar. Kedua, ASN yang terbukti melanggar dikenai "
     "sanksi sedang.", 1),
])
def test_a_sanction_after_ordinals_or_items_gives_no_clause(text, n):
    found = clauses_of(text)
    assert len(found) == n
    assert not any("melanggar" in c.text or "pelanggaran" in c.text for c in found)


def test_a_negated_ordinal_after_a_permission_is_a_prohibition():
    found = kinds("Pertama, pegawai boleh menghadiri kampanye sebagai pendengar.\n\nKedua, tidak memakai "
                  "atribut partai di lokasi kampanye.")
    assert found == [("permission", "pegawai boleh menghadiri kampanye sebagai pendengar"),
                     ("prohibition", "tidak memakai atribut partai di lokasi kampanye")]


# -- "A ataupun B", "A maupun B": two full acts ---------------------------------------
@pytest.mark.parametrize("text,acts", [
    ("Yang dilarang, lanjut dia, adalah menjadi juru kampanye ataupun menyebarkan materi kampanye di grup kantor.",
     ["menjadi juru kampanye", "menyebarkan materi kampanye di grup kantor"]),
    ("Pegawai tidak boleh menjadi tim sukses maupun mengumpulkan dukungan warga untuk calon.",
     ["Pegawai tidak boleh menjadi tim sukses", "mengumpulkan dukungan warga untuk calon"]),
])
def test_acts_joined_by_ataupun_or_maupun_are_two(text, acts):
    assert [c.text for c in clauses_of(text)] == acts


@pytest.mark.parametrize("text", [
    "Pegawai dilarang memasang spanduk ataupun baliho calon.",
    "ASN tidak boleh mengunggah maupun membagikan konten calon.",
])
def test_nouns_or_verbs_sharing_an_object_joined_by_maupun_stay_one(text):
    assert len(clauses_of(text)) == 1
