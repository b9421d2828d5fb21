"""Cue forms kept in data/cues.json (patterns 8, 9, 12, 16, 17): nominal, active command
verbs, colloquial cues, other addressees, noisy text. All texts are invented."""
import json

import pytest

from clause_helpers import clauses_of, kinds
from corpus_tools.settings import Settings


@pytest.mark.parametrize("text,actor", [
    ("Edaran juga memuat larangan bagi seluruh ASN untuk memosting foto bersama bakal calon.", "seluruh ASN"),
    ("Bupati Sungaiputih menegaskan kembali larangan kepada pegawai kontrak untuk memakai atribut partai.", "pegawai kontrak"),
    ("SE itu juga mengatur larangan berpihak sebelum, selama dan sesudah kampanye.", None),
])
def test_nominal_prohibition(text, actor):
    found = clauses_of(text)
    assert [(c.kind, c.cue_canonical) for c in found] == [("prohibition", "larangan")]
    assert found[0].actor == actor


@pytest.mark.parametrize("text", [
    "Larangan kampanye di tempat ibadah sudah lama berlaku.",
    "Kewajiban dalam edaran itu dibahas panjang dalam rapat.",
])
def test_noun_of_rule_without_an_act_is_no_clause(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,kind,actor", [
    ("Wali kota melarang ASN untuk hadir di deklarasi calon.", "prohibition", "ASN"),
    ("Bupati Ranah Tinggi memerintahkan Kepala OPD untuk mengawasi bawahan.", "obligation", "Kepala OPD"),
    ("Gubernur menginstruksikan camat untuk memantau kegiatan pegawai.", "obligation", "camat"),
    ("Pemkab mengizinkan pegawai menghadiri kampanye sebagai pendengar.", "permission", "pegawai"),
    ("Sekda meminta aparatur sipil negara tidak terpancing ajakan kampanye.", "prohibition", "aparatur sipil negara"),
])
def test_active_command_verbs_bind_their_object(text, kind, actor):
    found = clauses_of(text)
    assert [(c.kind, c.actor) for c in found] == [(kind, actor)]


@pytest.mark.parametrize("sentence,kind,force", [
    ("ASN tak boleh ikut kampanye.", "prohibition", "mandatory"),
    ("Pegawai nggak boleh pasang stiker calon di motor dinas.", "prohibition", "mandatory"),
    ("Jangan sampai ASN ikut deklarasi calon.", "prohibition", "advisory"),
    ("ASN wajib hukumnya bersikap netral.", "obligation", "mandatory"),
    ("ASN sebaiknya tidak mengunggah foto calon.", "prohibition", "advisory"),
    ("Memasang stiker calon di mobil dinas tidak dianjurkan bagi pegawai.", "prohibition", "advisory"),
    ("Ikut kampanye itu haram dilakukan oleh pegawai.", "prohibition", "mandatory"),
    ("Prajurit diharamkan untuk ikut pawai pasangan calon.", "prohibition", "mandatory"),
    ("Kepala desa diharamkan memasang spanduk calon di balai desa.", "prohibition", "mandatory"),
    ("Pegawai nggak usah pasang twibbon calon di foto profil.", "prohibition", "advisory"),
    ("Pegawai juga dipersilakan berdiskusi soal program calon di rumah.", "permission", "advisory"),
    ("Pegawai yang suaminya maju sebagai calon diberi izin untuk mengambil cuti.", "permission", "mandatory"),
])
def test_colloquial_and_short_cues_have_kind_and_force(sentence, kind, force):
    found = clauses_of(sentence)
    assert [(c.kind, c.force) for c in found] == [(kind, force)], [(c.kind, c.text) for c in found]


@pytest.mark.parametrize("text,actor", [
    ("Warga diimbau jangan golput pada hari pemungutan suara.", "Warga"),
    ("Tim kampanye dilarang memasang alat peraga di kantor pemerintah.", "Tim kampanye"),
    ("Pasangan calon wajib melaporkan dana kampanye tepat waktu.", "Pasangan calon"),
])
def test_rules_for_other_addressees_keep_their_actor(text, actor):
    found = clauses_of(text)
    assert len(found) == 1 and found[0].actor == actor and found[0].actor_normalized != "ASN"


@pytest.mark.parametrize("text,actor", [
    ("Selain itu, A$N dilarang membuat poto bersama calon.", "A$N"),
    ("Para pegawia dilarang memasang baliho calon.", "Para pegawia"),
    ("Seluruh A5N di Kota Pelita dilarang hadir di deklarasi.", "Seluruh A5N di Kota Pelita"),
])
def test_noisy_spelling_keeps_actor_matching(text, actor):
    found = clauses_of(text)
    assert [(c.kind, c.actor, c.actor_normalized) for c in found] == [("prohibition", actor, "ASN")]


def test_cues_are_data_a_user_file_adds_one(tmp_path):
    """A cue added in a user's cues.json is found; the shipped lexicon does not know it."""
    from corpus_tools.settings import DATA_DIR
    cues = json.loads((DATA_DIR / "cues.json").read_text(encoding="utf-8"))
    cues["cues"].append({"cue": "pamali", "kind": "prohibition", "force": "mandatory", "role": "modal"})
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(cues), encoding="utf-8")
    text = "ASN pamali ikut konvoi calon. Pegawai honorer pamali memasang baliho."
    assert kinds(text) == []
    found = kinds(text, Settings().with_data(**{"cues.json": path}))
    assert found == [("prohibition", "ASN pamali ikut konvoi calon"),
                     ("prohibition", "Pegawai honorer pamali memasang baliho")]


@pytest.mark.parametrize("text,actor", [
    ("Dalam edarannya, Bupati Sukamaju mengingatkan seluruh ASN, tidak boleh mengikuti kampanye pasangan calon.", "seluruh ASN"),
    ("Ketua Bawaslu Pelita mengingatkan warga jangan mau menerima uang dari tim sukses.", "warga"),
])
def test_directive_with_a_negated_content_is_one_prohibition(text, actor):
    found = clauses_of(text)
    assert [(c.kind, c.actor) for c in found] == [("prohibition", actor)]


@pytest.mark.parametrize("text", [
    "Ia juga tidak melarang pegawai mendengarkan visi misi calon.",
    "Edaran Bupati Pelita tidak melarang ASN menonton debat pasangan calon di televisi.",
])
def test_negated_command_verb_is_a_permission(text):
    assert [k for k, _ in kinds(text)] == ["permission"]


@pytest.mark.parametrize("text,actor", [
    ("Diwajibkan kepada seluruh kepala perangkat daerah untuk memastikan pelayanan publik tetap berjalan.",
     "seluruh kepala perangkat daerah"),
    ("Diimbau kepada para camat untuk mengawasi kegiatan pegawai di kecamatan.", "para camat"),
])
def test_passive_cue_with_its_addressee_after_it(text, actor):
    found = clauses_of(text)
    assert [(c.kind, c.actor) for c in found] == [("obligation", actor)]


@pytest.mark.parametrize("text", [
    "Pegawai yang sudah mengundurkan diri tidak dapat diangkat kembali menjadi PNS.",
    "ASN yang terbukti melanggar bisa dijatuhi hukuman disiplin berat.",
])
def test_weak_modal_before_a_passive_is_a_consequence(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Kepala BKPSDM mengingatkan agar seluruh ASN, agar tidak memberikan dukungan kepada calon gubernur.",
    "Sekda Pelita meminta supaya para camat, supaya tidak menghadiri deklarasi bakal calon.",
])
def test_repeated_complementizer_keeps_the_negation(text):
    assert [k for k, _ in kinds(text)] == ["prohibition"]
