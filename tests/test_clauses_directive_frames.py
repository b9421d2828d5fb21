"""Directive verbs and frames: 'mengamanatkan X untuk ...', a fronted time frame between
the directive and its addressee, a speaker's 'saya minta' over a kept thing, a state or a
bare verb, and 'mengingat X agar ...' (a slip for 'mengingatkan')."""
from clause_helpers import kinds, only_clause


def test_mandating_verb():
    assert only_clause("Undang-undang itu mengamanatkan pegawai untuk tidak berpihak kepada calon mana pun.")[0] \
        == "prohibition"
    assert only_clause("Peraturan daerah mengamanatkan kepala desa agar menjaga ketertiban selama pemilihan.")[0] \
        == "obligation"


def test_fronted_time_frame_before_addressee():
    kind, text = only_clause("Camat Sirna menghimbau selama masa kampanye, pegawai kecamatan menjaga netralitas.")
    assert kind == "obligation" and text.endswith("pegawai kecamatan menjaga netralitas")
    kind, _ = only_clause("Bupati mengimbau menjelang hari pencoblosan, seluruh kepala desa tidak memihak calon.")
    assert kind == "prohibition"


def test_speaker_request_over_kept_thing_state_or_bare_verb():
    kind, text = only_clause('"Saya minta netralitas pegawai tetap dijaga," kata Bupati Loreng.')
    assert kind == "obligation" and "tetap dijaga" in text
    assert only_clause('"Kami minta disiplin kerja tetap dipertahankan," ujar kepala dinas.')[0] == "obligation"
    kind, text = only_clause('"Saya minta semuanya netral," kata camat.')
    assert kind == "obligation" and text.endswith("semuanya netral")
    kind, text = only_clause('"Kalau mau jadi calon, saya minta mundur dari ASN," kata gubernur.')
    assert kind == "obligation" and text.endswith("mundur dari ASN")
    assert only_clause('"Bila ingin berpolitik, kami minta berhenti dari jabatan kepala desa," ujarnya.')[0] \
        == "obligation"


def test_speaker_request_keeps_modal_rule():
    kind, text = only_clause('"Pegawai di sini saya minta harus netral," ujar camat.')
    assert kind == "obligation" and "harus netral" in text


def test_mengingat_with_addressee_and_complementizer():
    kind, text = only_clause("Sekda juga mengingat pegawai agar tidak terjebak politik praktis.")
    assert kind == "prohibition" and text.startswith("mengingat pegawai agar")
    assert only_clause("Kepala dinas mengingat seluruh guru untuk menjaga netralitas.")[0] == "obligation"


def test_mengingat_as_reason_is_no_directive():
    assert kinds("Hal itu dilakukan mengingat pegawai banyak yang terlibat.") == []
    assert all(not t.startswith("Mengingat") for _, t in kinds(
        "Mengingat pentingnya netralitas, pegawai dilarang hadir di kampanye."))
