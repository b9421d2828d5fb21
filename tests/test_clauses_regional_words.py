"""Modals and negators of regional speech quoted in news (Minang, Manado, Sundanese, Ambon,
and the Indonesian "mesti / musti"), kept as variants in cues.json: they give the rule the
Indonesian words give."""
import pytest

from clause_helpers import kinds, only_clause


@pytest.mark.parametrize("text,kind,act", [
    ('"Pegawai indak buliah ikuik kampanye," kata Wali Nagari Koto Baru.', "prohibition", "ikuik kampanye"),
    ('"Guru nyanda bole iko kampanye di sekolah," ujar Camat Tondano Raya.', "prohibition", "iko kampanye"),
    ('"Aparat desa teu meunang ngiring kampanye," saur Kepala Desa Cikaret.', "prohibition", "ngiring kampanye"),
    ('"Pegawai seng boleh pake baju partai ke kantor," kata Sekda Pulau Lease.', "prohibition", "pake baju partai"),
    ('"ASN mesti netral sampai pelantikan," tegas Pj Bupati Bukit Raya.', "obligation", "mesti netral"),
    ('"Kades musti melayani semua warga," ujar Camat.', "obligation", "melayani semua warga"),
    ('"Guru honorer meunang jadi anggota KPPS," saur Kepala Dinas.', "permission", "jadi anggota KPPS"),
])
def test_a_regional_modal_gives_the_rule_of_its_indonesian_word(text, kind, act):
    kind_found, clause = only_clause(text)
    assert kind_found == kind and act in clause


@pytest.mark.parametrize("text", [
    '"Jalan ke kampung itu indak bisa dilalui mobil," kata warga.',
    '"Hujan seng berhenti dari pagi," ujar petugas TPS.',
])
def test_a_regional_negator_in_a_description_gives_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,act", [
    ("\"Kades ta' olle ikut kampanye,\" kata Camat Pamolean.", "ikut kampanye"),
    ("\"Guru ta’ olle masang gambar calon e sakola,\" ujar Kepala Dinas.", "masang gambar calon"),
])
def test_a_negator_with_an_elided_stop_negates_the_cue(text, act):
    kind_found, clause = only_clause(text)
    assert kind_found == "prohibition" and act in clause
