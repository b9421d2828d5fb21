"""Fragments cut at a complementizer, an agent marker or a connective are never emitted
(session 15): the act after them is kept with its cue ("berpesan kepada siswa agar dapat
...", "hanya boleh dihadiri oleh mereka yang ... boleh hadir"), a judged act with its passive
agent ("kampanye tidak boleh diikuti ASN") and, after "aturan ... bahwa", from the content."""
from tests.clause_helpers import kinds


def test_directive_keeps_its_act_after_agar_dapat():
    assert kinds("Dia pun berpesan kepada siswa agar dapat memanfaatkan debat di sekolah untuk mengenal calon.") == [
        ("obligation", "berpesan kepada siswa agar dapat memanfaatkan debat di sekolah untuk mengenal calon")]
    assert kinds("Camat Waigete mengimbau warga supaya bisa menggunakan hak pilihnya dengan bijak.") == [
        ("obligation", "mengimbau warga supaya bisa menggunakan hak pilihnya dengan bijak")]


def test_agent_relative_stays_in_the_act():
    assert kinds("Rapat itu hanya boleh dihadiri oleh mereka yang menurut aturan boleh hadir.") == [
        ("permission", "Rapat itu hanya boleh dihadiri oleh mereka yang menurut aturan boleh hadir")]
    assert kinds("Ruang rapat desa hanya boleh dipakai oleh pihak yang secara resmi boleh menggelar acara.") == [
        ("permission", "Ruang rapat desa hanya boleh dipakai oleh pihak yang secara resmi boleh menggelar acara")]


def test_judged_act_keeps_its_passive_agent():
    assert kinds("Hal itu sesuai dengan aturan bahwa kampanye pilkada tidak boleh diikuti ASN.") == [
        ("prohibition", "kampanye pilkada tidak boleh diikuti ASN")]
    assert kinds("Rapat partai tidak boleh diikuti oleh para pegawai, kata dia.") == [
        ("prohibition", "Rapat partai tidak boleh diikuti oleh para pegawai")]


def test_judged_act_with_a_bare_filler_ends_at_the_cue():
    assert kinds("Kampanye pilkada tidak boleh diikuti.") == [("prohibition", "Kampanye pilkada tidak boleh")]


def test_fragment_ending_at_a_connective_is_dropped():
    assert kinds("Guru memiliki hak memilih sehingga diperbolehkan datang ke lokasi kampanye di Bima.") == [
        ("permission", "diperbolehkan datang ke lokasi kampanye di Bima")]
    assert kinds("Dalam hal ini diperbolehkan mengantar anaknya berarti diperbolehkan berfoto bersama anaknya "
                 "yang mencalonkan diri.") == [
        ("permission", "diperbolehkan berfoto bersama anaknya yang mencalonkan diri")]


def test_result_link_after_a_comma_is_trimmed():
    assert kinds('"Sekolah harus bersih dari semua atribut partai, sehingga tidak boleh dipakai untuk '
                 'kampanye," kata Kepala Dinas.') == [
        ("obligation", "harus bersih dari semua atribut partai"),
        ("prohibition", "tidak boleh dipakai untuk kampanye")]
