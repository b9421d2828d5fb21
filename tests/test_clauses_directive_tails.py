"""Session 15: a directive's content and what follows it. A state then a comma series of negated
acts ("supaya netral, tidak A, dan tidak B"), a condition joined by "dan" whose "maka" names a
sanction (cues.json sanction_condition_joiners, consequence_links), and a reason whose subject
is the act itself ("karena termasuk ...", cues.json classifying_verbs) or that follows an act of
one word ("diminta waspada mengingat ...")."""
from clause_helpers import kinds


# -- a state, then a comma series of negated acts ---------------------------------------------

def test_state_then_comma_series_of_negated_acts():
    assert kinds("Kepala dinas mengimbau semua guru di Kabupaten Lembah Hijau agar netral, tidak memihak "
                 "kepada calon mana pun, dan tidak ikut berkampanye.") == [
        ("obligation", "mengimbau semua guru di Kabupaten Lembah Hijau agar netral"),
        ("prohibition", "tidak memihak kepada calon mana pun"),
        ("prohibition", "tidak ikut berkampanye")]


def test_kept_state_then_comma_series_after_bare_root():
    assert kinds("Saya imbau seluruh perangkat nagari di Tanah Datar supaya tetap netral, tidak berpihak "
                 "pada satu calon, dan tidak memasang baliho pasangan calon.") == [
        ("obligation", "imbau seluruh perangkat nagari di Tanah Datar supaya tetap netral"),
        ("prohibition", "tidak berpihak pada satu calon"),
        ("prohibition", "tidak memasang baliho pasangan calon")]


def test_state_then_comma_scope_stays_one_clause():
    # a comma after the state with no negated act after it: nothing splits off
    assert kinds("Pegawai Dinas Perikanan harus netral, baik di kantor maupun di rumah.") == [
        ("obligation", "Pegawai Dinas Perikanan harus netral, baik di kantor maupun di rumah")]


# -- "dan jika ... maka <sanction>" after the act ---------------------------------------------

def test_joined_condition_with_sanction_ends_the_act():
    assert kinds("Aturan itu dengan tegas melarang guru honorer terlibat dalam kampanye dan jika "
                 "ditemukan adanya pelanggaran maka akan dikenakan sanksi.") == [
        ("prohibition", "melarang guru honorer terlibat dalam kampanye")]


def test_joined_condition_with_consequence_verb_ends_the_act():
    assert kinds("Perda itu melarang kepala desa memasang baliho calon serta apabila terbukti maka "
                 "berpotensi diberhentikan dari jabatannya.") == [
        ("prohibition", "melarang kepala desa memasang baliho calon")]


def test_joined_condition_without_sanction_stays_in():
    assert kinds("Kepala dinas meminta guru datang ke sekolah dan jika sakit maka mengirim surat izin.") == [
        ("obligation", "meminta guru datang ke sekolah dan jika sakit maka mengirim surat izin")]


# -- a reason after the act -------------------------------------------------------------------

def test_reason_classing_the_act_ends_it():
    assert kinds("Kepala dinas mengingatkan para guru di Kabupaten Sigi untuk tidak memihak kepada salah "
                 "satu calon gubernur karena termasuk pelanggaran disiplin.") == [
        ("prohibition", "mengingatkan para guru di Kabupaten Sigi untuk tidak memihak kepada salah satu "
                        "calon gubernur")]


def test_reason_with_copula_classing_the_act_ends_it():
    assert kinds("Camat meminta kepala desa agar tidak mengunggah foto bersama calon sebab merupakan "
                 "bentuk dukungan politik.") == [
        ("prohibition", "meminta kepala desa agar tidak mengunggah foto bersama calon")]


def test_reason_after_one_word_act_ends_it():
    assert kinds("Kepala desa wajib waspada mengingat masa kampanye sudah dimulai.") == [
        ("obligation", "Kepala desa wajib waspada")]
    assert kinds("Perangkat nagari harus siaga mengingat tahapan pencoblosan akan dilaksanakan pekan "
                 "depan.") == [("obligation", "Perangkat nagari harus siaga")]


def test_circumstance_after_karena_and_verb_mengingat_stay_in():
    assert kinds("Bupati melarang pegawai memecat honorer karena pilihan politiknya.") == [
        ("prohibition", "melarang pegawai memecat honorer karena pilihan politiknya")]
    assert kinds("Guru wajib mengingat jadwal ujian nasional.") == [
        ("obligation", "Guru wajib mengingat jadwal ujian nasional")]


# -- session 20: the report of the meeting after a comma ---------------------------------------

def test_event_setting_after_directive_is_no_act():
    assert kinds("Bupati mengimbau agar para camat menjaga netralitas, didampingi oleh Sekda dan Kapolres, "
                 "berlangsung di pendopo kabupaten.") == [
        ("obligation", "mengimbau agar para camat menjaga netralitas")]


def test_event_setting_after_purpose_directive_is_no_act():
    assert kinds("Kegiatan itu mendorong agar pegawai Pemkot Sungai Liat bersikap netral dalam pemilu, dihadiri "
                 "langsung oleh wali kota dan unsur forkopimda, bertempat di aula kantor camat, Senin (3/9).") == [
        ("obligation", "mendorong agar pegawai Pemkot Sungai Liat bersikap netral dalam pemilu")]


def test_second_rule_after_comma_is_still_an_act():
    assert kinds("Lurah dilarang memasang spanduk calon, dilarang pula hadir di panggung kampanye.") == [
        ("prohibition", "Lurah dilarang memasang spanduk calon"),
        ("prohibition", "dilarang pula hadir di panggung kampanye")]
