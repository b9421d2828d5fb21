"""Pledges and commitments told as runs in prose: a pledge noun with a marker of its content
("yaitu", "antara lain", ":") or a predicate of content, then a run of acts (one clause per
act, its kind by its own negator); verbs of commitment ("berkomitmen / bertekad / berjanji /
siap untuk") binding the committer; a passive of saying with a complementizer
("ditegaskan kembali untuk tidak ...") stating a rule."""
import pytest

from clause_helpers import kinds


# --- a pledge noun, a content marker, a run of acts ---------------------------------------------

def test_pledge_points_after_yakni_in_one_sentence():
    assert kinds("Dalam ikrar yang dibacakan pegawai Pemkab Sorong itu ada tiga butir, yakni menjaga "
                 "integritas di kantor masing-masing, menghindari politik uang, tidak mengunggah dukungan "
                 "kepada calon serta tidak menghadiri kampanye.") == [
        ("obligation", "menjaga integritas di kantor masing-masing"),
        ("obligation", "menghindari politik uang"),
        ("prohibition", "tidak mengunggah dukungan kepada calon"),
        ("prohibition", "tidak menghadiri kampanye")]


def test_pact_content_after_a_predicate_then_antara_lain():
    assert kinds("Pakta integritas para kepala puskesmas di Kabupaten Bantaeng memuat lima hal, antara lain: "
                 "menolak pemberian dari calon, tidak memakai mobil dinas untuk kampanye, dan melayani warga "
                 "tanpa membedakan pilihan.") == [
        ("obligation", "menolak pemberian dari calon"),
        ("prohibition", "tidak memakai mobil dinas untuk kampanye"),
        ("obligation", "melayani warga tanpa membedakan pilihan")]


def test_pledge_aim_named_after_a_speech_verb_is_a_state_kept():
    assert kinds("Kepala BKD Kota Bitung menyebutkan, ikrar pegawai tadi bertujuan agar tetap netral serta "
                 "profesional selama pemilihan wali kota.") == [
        ("obligation", "tetap netral serta profesional selama pemilihan wali kota")]
    assert kinds("Camat Lembang mengatakan, janji netralitas yang dilafalkan para pegawai bertujuan agar "
                 "tetap independen selama masa kampanye.") == [("obligation", "tetap independen selama masa kampanye")]


def test_marker_without_acts_or_broken_by_another_verb_gives_none():
    assert kinds("Ikrar itu dibacakan oleh tiga orang, yaitu sekda, kepala dinas pendidikan, dan camat.") == []
    assert kinds("Pembacaan ikrar dipimpin sekda yang juga mengumumkan dua agenda, yaitu menggelar apel "
                 "dan melantik pejabat.") == []
    assert kinds("Apel yang bertujuan untuk tetap kompak itu diawali pembacaan ikrar.") == []


# --- verbs of commitment ------------------------------------------------------------------------

def test_commitment_verbs_bind_the_committer():
    assert kinds("Para camat di Kabupaten Ende berkomitmen untuk tidak mendukung salah satu calon bupati "
                 "dan tidak memasang atribut partai.") == [
        ("prohibition", "Para camat di Kabupaten Ende berkomitmen untuk tidak mendukung salah satu calon bupati"),
        ("prohibition", "tidak memasang atribut partai")]
    assert kinds("Pegawai Dinas Pertanian Kota Blitar bertekad untuk menjaga netralitas selama pemilu.") == [
        ("obligation", "Pegawai Dinas Pertanian Kota Blitar bertekad untuk menjaga netralitas selama pemilu")]
    assert kinds("Para lurah di Kota Palu juga siap untuk mengajak warga datang ke TPS.") == [
        ("obligation", "Para lurah di Kota Palu juga siap untuk mengajak warga datang ke TPS")]


def test_a_pledge_verb_with_a_negated_act_forbids():
    assert kinds("Para guru di Kabupaten Dompu berikrar untuk tidak memasang atribut partai.") == [
        ("prohibition", "Para guru di Kabupaten Dompu berikrar untuk tidak memasang atribut partai")]


def test_a_promise_to_act_on_others_or_an_institutions_aim_gives_none():
    assert kinds("Bupati Kaimana berjanji akan menindak pegawai yang tidak netral.") == []
    assert kinds("KPU Kabupaten Alor berkomitmen untuk menyelenggarakan pemilu yang jujur.") == []


# --- a passive of saying with a complementizer --------------------------------------------------

def test_passive_of_saying_with_complementizer_states_the_rule():
    assert kinds("Dalam apel itu ditegaskan kembali untuk tidak terlibat dalam kampanye, serta menjaga "
                 "netralitas sesuai ikrar.") == [
        ("prohibition", "ditegaskan kembali untuk tidak terlibat dalam kampanye"),
        ("obligation", "menjaga netralitas sesuai ikrar")]
    assert kinds("Pada rapat koordinasi di Kabupaten Kolaka juga ditegaskan agar tidak mengunggah foto "
                 "bersama calon di media sosial.") == [
        ("prohibition", "ditegaskan agar tidak mengunggah foto bersama calon di media sosial")]


def test_passive_of_saying_with_a_purpose_gives_none():
    assert kinds("Hal itu ditegaskan untuk menjawab pertanyaan wartawan.") == []


def test_duty_after_a_negated_directive_content_is_asked_for():
    assert kinds("Para bidan di Kabupaten Maros diimbau untuk tidak memihak calon, serta menjaga "
                 "netralitas di puskesmas.") == [
        ("prohibition", "Para bidan di Kabupaten Maros diimbau untuk tidak memihak calon"),
        ("obligation", "menjaga netralitas di puskesmas")]


# --- an act named as a pledge's numbered point --------------------------------------------------

def test_act_named_a_numbered_point_of_the_pledge():
    assert kinds("Menjaga netralitas di kantor masing-masing, demi terwujudnya pelayanan yang adil, "
                 "menjadi butir kedua ikrar pegawai Kabupaten Wajo.") == [
        ("obligation", "Menjaga netralitas di kantor masing-masing")]
    assert kinds("Menolak segala bentuk politik uang merupakan poin ketiga dalam pakta integritas para "
                 "kepala desa di Kabupaten Bone.") == [("obligation", "Menolak segala bentuk politik uang")]


def test_act_named_an_agenda_item_gives_none():
    assert kinds("Menghadiri rapat itu, menjadi agenda pertama camat hari ini.") == []


@pytest.mark.parametrize("text, duty", [
    ("Selanjutnya, pegawai diminta untuk tidak mengunggah foto calon bupati di media sosial. "
     "Terakhir, menolak segala bentuk politik uang.", "menolak segala bentuk politik uang"),
    ("Camat juga meminta perangkat kelurahan agar tidak memakai atribut pasangan calon. "
     "Selain itu, melaporkan setiap ajakan kampanye kepada lurah.", "melaporkan setiap ajakan kampanye kepada lurah"),
])
def test_act_without_negator_after_a_negated_duty_is_a_duty(text, duty):
    out = kinds(text)
    assert out[0][0] == "prohibition" and out[-1] == ("obligation", duty)


def test_act_after_a_ban_stays_banned():
    out = kinds("Pegawai dilarang memasang baliho calon. Selain itu, memakai kaus partai saat apel pagi.")
    assert [k for k, _ in out] == ["prohibition", "prohibition"]


@pytest.mark.parametrize("text", [
    "Bupati menegaskan agar kepala desa tidak ikut-ikutan berpolitik. Apalagi menggiring warganya memilih calon tertentu.",
    "Kepala kantor membeberkan sejumlah bentuk pelanggaran yang harus dihindari para pegawai selama pilkada. "
    "Misalnya membagikan sembako atas nama calon, memasang stiker partai di mobil dinas.",
])
def test_aggravated_or_avoided_acts_stay_forbidden(text):
    assert {k for k, _ in kinds(text)} == {"prohibition"}
