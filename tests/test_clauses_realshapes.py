"""Shapes found on real news articles that the extractor failed (issue 9, session 7,
clauses10). Each shape is a general mechanism tested on two or more invented wordings with
different actors and regions; no sentence of a real article is copied here."""
import pytest

from clause_helpers import clauses_of, kinds


# -- 1. a reduplicated plural noun of rule in a lead-in ------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Berikut ini larangan-larangan bagi pegawai selama masa kampanye:\n"
     "1. Memasang alat peraga kampanye di kantor.\n2. Menghadiri deklarasi pasangan calon.",
     [("prohibition", "Memasang alat peraga kampanye di kantor"),
      ("prohibition", "Menghadiri deklarasi pasangan calon")]),
    ("Larangan-larangan untuk perangkat desa di Kabupaten Sukamaju antara lain:\n"
     "a. Berfoto dengan gaya jari calon.\nb. Menjadi pembicara di acara partai.",
     [("prohibition", "Berfoto dengan gaya jari calon"),
      ("prohibition", "Menjadi pembicara di acara partai")]),
    ("Inilah kewajiban-kewajiban ASN Pemkot Tirtajaya menjelang pilkada:\n"
     "1. Menjaga netralitas.\n2. Melaporkan pelanggaran kepada atasan.",
     [("obligation", "Menjaga netralitas"), ("obligation", "Melaporkan pelanggaran kepada atasan")]),
])
def test_a_reduplicated_noun_of_rule_gives_the_items_its_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,actor", [
    ("Ada beberapa hal yang dilarang bagi kepala desa:\n1. Ikut kampanye.\n"
     "2. Membagikan sembako atas nama calon.", "kepala desa"),
    ("Ada sejumlah hal-hal yang tidak boleh dilakukan guru honorer di Kecamatan Lembah Hijau:\n"
     "1. Mengajak murid memilih calon.\n2. Memakai kaos partai di sekolah.", "guru honorer"),
])
def test_the_noun_of_the_items_before_yang_is_no_party(text, actor):
    out = clauses_of(text)
    assert [c.kind for c in out] == ["prohibition", "prohibition"]
    assert all(c.actor and c.actor.startswith(actor) for c in out)


def test_a_plural_back_reference_names_the_items_kind():
    text = ("Camat Sukamaju menyebut sejumlah perbuatan pegawai menjelang pemilihan:\n"
            "1. Memasang stiker calon di mobil dinas.\n2. Ikut konvoi pendukung.\n"
            "Hal-hal tersebut dilarang.")
    plural = text.replace("Hal-hal tersebut dilarang.", "Perbuatan-perbuatan tersebut dilarang.")
    assert [k for k, _ in kinds(text)] == ["prohibition", "prohibition"]
    assert [k for k, _ in kinds(plural)] == ["prohibition", "prohibition"]


# -- 2. a permission stated as a judgement of a fronted act --------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Untuk jadi anggota KPPS kami bolehkan.", "Untuk jadi anggota KPPS kami bolehkan"),
    ("Menonton debat calon di rumah kami izinkan.", "Menonton debat calon di rumah kami izinkan"),
    ("Guru menjadi saksi di TPS kita perbolehkan, asalkan di luar jam mengajar.",
     "Guru menjadi saksi di TPS kita perbolehkan"),
    ("Datang ke lokasi kampanye itu boleh.", "Datang ke lokasi kampanye itu boleh"),
    ("Boleh saja kok untuk menonton debat kandidat.", "Boleh saja kok untuk menonton debat kandidat"),
])
def test_a_fronted_act_judged_allowed_is_a_permission(text, expected):
    assert kinds(text) == [("permission", expected)]


@pytest.mark.parametrize("text,expected,actor", [
    ("Dinas tidak melarang jika ada guru yang mau mendaftar sebagai petugas PPS.",
     "tidak melarang jika ada guru yang mau mendaftar sebagai petugas PPS", "guru"),
    ("Kami tidak melarang kalau pegawai ingin menonton debat calon di rumah.",
     "tidak melarang kalau pegawai ingin menonton debat calon di rumah", "pegawai"),
    ("Pemkot Sukamaju mengizinkan jika ada lurah yang hendak menghadiri kampanye di hari Minggu.",
     "mengizinkan jika ada lurah yang hendak menghadiri kampanye di hari Minggu", "lurah"),
])
def test_a_permitting_directive_over_a_condition_permits_its_act(text, expected, actor):
    out = clauses_of(text)
    assert [(c.kind, c.text) for c in out] == [("permission", expected)]
    assert out[0].actor == actor


@pytest.mark.parametrize("text", [
    # the permitting directive over a condition that names no doer and act
    "Dinas tidak melarang jika cuaca buruk.",
    "Sekolah tidak melarang bila hujan turun deras.",
    # "kami izinkan" that closes no clause judges no act before it
    "Kami izinkan dia pulang lebih awal karena sakit.",
])
def test_no_permission_without_an_act(text):
    assert kinds(text) == []


# -- 3. a run of verbs sharing one object; "dengan atau tanpa/tidak" -----------------------------
@pytest.mark.parametrize("text,expected", [
    ("ASN dilarang menyukai, mengomentari, atau menyebarkan unggahan calon.",
     [("prohibition", "ASN dilarang menyukai, mengomentari, atau menyebarkan unggahan calon")]),
    ("Kepala desa juga tidak boleh memposting, share, like atau bergabung di grup pemenangan calon.",
     [("prohibition", "Kepala desa juga tidak boleh memposting, share, like atau bergabung di grup pemenangan calon")]),
    ("Dilarang mengunggah memberikan like, mengomentari, atau menyebarluaskan foto calon.",
     [("prohibition", "Dilarang mengunggah memberikan like, mengomentari, atau menyebarluaskan foto calon")]),
    ("Guru dilarang ikut kampanye dengan atau tidak menggunakan atribut partai.",
     [("prohibition", "Guru dilarang ikut kampanye dengan atau tidak menggunakan atribut partai")]),
    ("Lurah tidak boleh menghadiri deklarasi calon dengan atau tanpa memakai seragam dinas.",
     [("prohibition", "Lurah tidak boleh menghadiri deklarasi calon dengan atau tanpa memakai seragam dinas")]),
])
def test_one_act_stays_one_clause(text, expected):
    assert kinds(text) == expected


def test_a_negated_act_after_a_coordinator_is_still_its_own_act():
    assert kinds("ASN wajib menjaga netralitas dan tidak memihak calon mana pun.") == [
        ("obligation", "ASN wajib menjaga netralitas"), ("prohibition", "tidak memihak calon mana pun")]


# -- 4. an aside or a passive directive between the addressee and the negated act ----------------
@pytest.mark.parametrize("text,expected,actor", [
    ("Bupati mengimbau agar para pegawai, baik PNS maupun PPPK, tidak ikut kegiatan kampanye.",
     ("prohibition", "mengimbau agar para pegawai, baik PNS maupun PPPK, tidak ikut kegiatan kampanye"),
     "para pegawai"),
    ("Wali kota meminta seluruh guru, termasuk tenaga honorer, tidak memakai atribut calon di sekolah.",
     ("prohibition", "meminta seluruh guru, termasuk tenaga honorer, tidak memakai atribut calon di sekolah"),
     "seluruh guru"),
    ("Diminta semua guru tidak melakukan kampanye terbuka.",
     ("prohibition", "Diminta semua guru tidak melakukan kampanye terbuka"), "semua guru"),
    ("Untuk itu, diminta kepada seluruh perangkat desa tidak menghadiri deklarasi calon.",
     ("prohibition", "diminta kepada seluruh perangkat desa tidak menghadiri deklarasi calon"),
     "seluruh perangkat desa"),
    ("Dalam rapat itu diminta para kepala sekolah agar mengawasi guru selama masa tenang.",
     ("obligation", "diminta para kepala sekolah agar mengawasi guru selama masa tenang"),
     "para kepala sekolah"),
])
def test_the_addressee_of_a_directive_and_its_act(text, expected, actor):
    out = clauses_of(text)
    assert [(c.kind, c.text) for c in out] == [expected]
    assert out[0].actor == actor


# -- 5. a mixed series of imperatives after one directive ----------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Camat meminta agar perangkat desa jangan ikut politik praktis, jaga netralitas, dan jangan "
     "menjadi corong calon.",
     [("prohibition", "meminta agar perangkat desa jangan ikut politik praktis"),
      ("obligation", "jaga netralitas"), ("prohibition", "jangan menjadi corong calon")]),
    ('"Jangan ikut kampanye, laksanakan tugas pelayanan, dan jangan pakai mobil dinas untuk calon," '
     "ujarnya.",
     [("prohibition", "Jangan ikut kampanye"), ("obligation", "laksanakan tugas pelayanan"),
      ("prohibition", "jangan pakai mobil dinas untuk calon")]),
])
def test_an_act_without_the_repeated_negator_is_asked_for(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # the negator said once governs every act of the series
    "Pegawai jangan memasang baliho, menyebarkan stiker, atau membagikan kaos calon.",
    # a prohibition by a cue that is no negator keeps its kind on every act
    "Kades dilarang memasang baliho, ikut konvoi, dan tidak boleh menjadi tim sukses.",
])
def test_a_series_under_one_negator_stays_forbidden(text):
    assert {k for k, _ in kinds(text)} == {"prohibition"} and len(kinds(text)) == 3


# -- 6. a topic after "apalagi" / "terlebih" is no act -------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Pegawai jangan ikut berpolitik, apalagi yang paling rawan itu media sosial.",
     [("prohibition", "Pegawai jangan ikut berpolitik")]),
    ("Guru tidak boleh berpihak, terlebih yang sering terjadi di grup WhatsApp sekolah.",
     [("prohibition", "Guru tidak boleh berpihak")]),
    # a "yang" phrase that names doers of a worse act stays a worse case
    ("Guru jangan berpihak, apalagi yang sampai ikut berkampanye di kelas.",
     [("prohibition", "Guru jangan berpihak"), ("prohibition", "yang sampai ikut berkampanye di kelas")]),
    ("Camat tidak boleh berpihak, apalagi sampai memakai mobil dinas.",
     [("prohibition", "Camat tidak boleh berpihak"), ("prohibition", "memakai mobil dinas")]),
])
def test_an_aggravator_opens_a_clause_only_for_an_act(text, expected):
    assert kinds(text) == expected


# -- 7. anaphoric judgements and a fronted act judged --------------------------------------------
@pytest.mark.parametrize("text", [
    "Perbuatan semacam itu jelas dilarang dan tidak boleh dilakukan.",
    "Hal seperti itu tentu tidak dibenarkan dan dilarang keras.",
    "Tindakan tersebut dilarang.",
])
def test_a_judgement_of_an_act_named_before_is_no_clause(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Karena memihak salah satu calon tidak dibenarkan apa pun alasannya.",
     "memihak salah satu calon tidak dibenarkan"),
    ("Sebab berkampanye di kantor tidak diperbolehkan dalam bentuk apa pun.",
     "berkampanye di kantor tidak diperbolehkan"),
    ("Memasang baliho calon di pagar sekolah dilarang dengan alasan apa pun.",
     "Memasang baliho calon di pagar sekolah dilarang"),
])
def test_a_fronted_act_judged_with_a_scope_phrase(text, expected):
    assert kinds(text) == [("prohibition", expected)]


def test_a_concession_at_the_head_is_no_reason_to_skip():
    out = kinds("Meski begitu, pembelajaran tentang pemilu di kelas tetap dianjurkan.")
    assert all(not t.startswith("begitu") for _, t in out)


def test_an_anaphor_with_an_act_of_its_own_is_still_a_clause():
    # the demonstrative subject, but the act follows the cue
    assert kinds("Hal itu dilarang dilakukan di lingkungan kantor pemerintahan.") != []


# -- 8. a noun of rule, then "yakni/yaitu" and acts named as nouns -------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Edaran itu juga mengatur larangan, yakni dukungan kepada calon presiden dan calon legislatif.",
     [("prohibition", "dukungan kepada calon presiden dan calon legislatif")]),
    ("Surat edaran bupati memuat larangan, yaitu pemasangan alat peraga kampanye di kantor dinas.",
     [("prohibition", "pemasangan alat peraga kampanye di kantor dinas")]),
    ("Larangan dalam acara deklarasi dan memakai kendaraan dinas.",
     [("prohibition", "Larangan dalam acara deklarasi dan memakai kendaraan dinas")]),
])
def test_a_noun_of_rule_before_its_nominal_acts(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Pemerintah mencabut larangan, yakni larangan mudik.",      # a rule named, no act
    "Larangan kampanye di sekolah sudah lama berlaku.",          # no act after the noun
    "Larangan dalam edaran ini berlaku sampai pelantikan.",      # a place, then no second act
])
def test_a_noun_of_rule_without_acts_is_no_clause(text):
    assert kinds(text) == []


# -- 9. a modal chain is one clause with the first modal's kind ----------------------------------
@pytest.mark.parametrize("text,kind", [
    ("ASN seharusnya memang dapat bersikap adil.", "obligation"),
    ("Kepala desa wajib bisa menyukseskan pemilihan.", "obligation"),
    ("Guru harus bisa membagi waktu.", "obligation"),
    ("Pegawai diharapkan dapat menjaga netralitas.", "obligation"),
    ("Lurah semestinya bisa menjadi penengah bagi warga.", "obligation"),
])
def test_a_modal_chain_is_one_clause(text, kind):
    assert kinds(text) == [(kind, text.rstrip("."))]


def test_a_modal_chain_keeps_the_refrain_reading():
    assert kinds("Perangkat desa sebaiknya dapat menahan diri dari politik praktis.") == [
        ("prohibition", "Perangkat desa sebaiknya dapat menahan diri dari politik praktis")]


# -- 10. a manner adverbial, and an attribution by pronoun, stay inside / outside the act -------
@pytest.mark.parametrize("text,expected", [
    ("ASN wajib menjalankan tugas secara profesional dan bertanggung jawab.",
     [("obligation", "ASN wajib menjalankan tugas secara profesional dan bertanggung jawab")]),
    ("Pegawai harus bekerja secara netral dan berintegritas selama pilkada.",
     [("obligation", "Pegawai harus bekerja secara netral dan berintegritas selama pilkada")]),
    # an intransitive verb with its own complement is an act of its own
    ("Pegawai wajib bekerja secara profesional dan berkoordinasi dengan Bawaslu.",
     [("obligation", "Pegawai wajib bekerja secara profesional"),
      ("obligation", "berkoordinasi dengan Bawaslu")]),
    ("Pegawai wajib menolak ajakan tim sukses dan bertanggung jawab atas laporan pelanggaran.",
     [("obligation", "Pegawai wajib menolak ajakan tim sukses"),
      ("obligation", "bertanggung jawab atas laporan pelanggaran")]),
])
def test_a_manner_pair_is_one_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("PNS dilarang ikut acara deklarasi saat tidak dalam status cuti, di luar tanggungan negara, kata dia.",
     "PNS dilarang ikut acara deklarasi saat tidak dalam status cuti, di luar tanggungan negara"),
    ("Guru wajib netral, ujar dia.", "Guru wajib netral"),
])
def test_a_condition_tail_stays_and_a_pronoun_attribution_goes(text, expected):
    assert [t for _, t in kinds(text)] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Larangan itu meliputi penempelan poster calon di papan pengumuman, penyebaran kalender bergambar "
     "calon kepada wali murid, serta pemakaian aula sekolah untuk rapat relawan.",
     ["penempelan poster calon di papan pengumuman", "penyebaran kalender bergambar calon kepada wali murid",
      "pemakaian aula sekolah untuk rapat relawan"]),
    ("Edaran itu juga mengatur larangan, yakni dukungan kepada calon presiden, keterlibatan dalam tim "
     "sukses, dan pemakaian mobil dinas.",
     ["dukungan kepada calon presiden", "keterlibatan dalam tim sukses", "pemakaian mobil dinas"]),
    # a second marker after a vague head ("banyak hal, mulai dari ...") opens the acts
    ("Larangan itu meliputi sejumlah hal, mulai dari menjadi juru bicara calon, mengumpulkan fotokopi KTP "
     "warga, hingga menyediakan balai desa untuk relawan.",
     ["menjadi juru bicara calon", "mengumpulkan fotokopi KTP warga", "menyediakan balai desa untuk relawan"]),
    ("Larangan tersebut meliputi beberapa hal, yaitu memasang baliho dan menghadiri deklarasi.",
     ["memasang baliho", "menghadiri deklarasi"]),
])
def test_each_act_of_a_noun_of_rule_is_a_clause(text, expected):
    out = kinds(text)
    assert [t for _, t in out] == expected and {k for k, _ in out} == {"prohibition"}


def test_mulai_dari_before_a_date_is_no_enumeration():
    assert kinds("Pendaftaran petugas dibuka mulai dari tanggal 5 hingga 10 Juni.") == []


# -- shapes of real articles (paraphrased, invented regions) ------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Edaran Sekda Sukamaju juga memuat larangan yakni dukungan kepada calon bupati, calon wakil "
     "bupati, DPRD dan partai pengusungnya.",
     [("prohibition", "dukungan kepada calon bupati, calon wakil bupati, DPRD dan partai pengusungnya")]),
    ("Instruksi wali kota memuat larangan yaitu keberpihakan kepada salah satu pasangan calon.",
     [("prohibition", "keberpihakan kepada salah satu pasangan calon")]),
])
def test_a_noun_of_rule_then_yakni_without_a_comma(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Staf kecamatan juga dilarang membagikan, merespons seperti jempol, emoji dan semacamnya atau "
    "meneruskan poster bakal calon wali kota lewat grup percakapan.",
    "Perangkat desa tidak boleh membagikan, mengomentari, atau menyukai unggahan tim pemenangan.",
    "Jangan mengunggah, menyukai, atau menyebarkan foto calon di grup kantor.",
])
def test_a_bare_verb_right_after_the_cue_shares_the_next_object(text):
    out = kinds(text)
    assert len(out) == 1 and out[0][0] == "prohibition"


def test_a_bare_intransitive_verb_after_the_cue_is_its_own_act():
    assert len(kinds("ASN dilarang berkampanye, memasang baliho, dan membagikan kaos calon.")) == 3


@pytest.mark.parametrize("text,expected", [
    ('"Kalau cuma datang menyimak orasi, ya kami tak bisa larang, sebab mereka juga pemilih," jelasnya.',
     "cuma datang menyimak orasi, ya kami tak bisa larang"),
    ('"Kalau datang untuk mendengarkan visi misi, kami tidak bisa melarang," ujarnya.',
     "datang untuk mendengarkan visi misi, kami tidak bisa melarang"),
    ('"Kalau sekadar hadir, ya tidak masalah," ujarnya.', "sekadar hadir, ya tidak masalah"),
    ('"Menonton debat di rumah tidak kami larang," ujar Camat Lembah Hijau.',
     "Menonton debat di rumah tidak kami larang"),
])
def test_a_condition_or_act_judged_not_forbidden_is_a_permission(text, expected):
    assert kinds(text) == [("permission", expected)]


@pytest.mark.parametrize("text", [
    "Kami tidak melarang.",                                   # no act before or after
    '"Kami tidak bisa melarang mereka," katanya tentang warga yang memasang spanduk di rumahnya.',
])
def test_not_forbidding_nothing_is_no_permission(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Ia menambahkan, tidak adanya larangan bagi perawat menonton debat calon tercantum dalam edaran dinas.",
    "Tidak adanya larangan bagi guru untuk menonton debat calon ditegaskan kepala dinas.",
])
def test_no_prohibition_existing_is_a_permission(text):
    assert [k for k, _ in kinds(text)] == ["permission"]


@pytest.mark.parametrize("text,expected", [
    ('"Karena itu saya imbau agar lurah tetap netral, karena kalau tidak justru lurah sendiri yang rugi," '
     'ucapnya.', "imbau agar lurah tetap netral"),
    ("Guru dilarang memasang stiker calon di motor dinas, sebab hal itu bisa dianggap berpihak.",
     "Guru dilarang memasang stiker calon di motor dinas"),
    ("Pegawai wajib netral, lantaran pegawai adalah pelayan seluruh warga.", "Pegawai wajib netral"),
])
def test_a_reason_after_a_comma_is_no_part_of_the_act(text, expected):
    assert [t for _, t in kinds(text)] == [expected]


# -- actors joined by a slash, and a list of actors opening a list item --------------------------
@pytest.mark.parametrize("text,actor", [
    ("Satpol PP, TNI/Polri dan kepala dusun dilarang meminjamkan kendaraan dinas kepada tim pemenangan.",
     "Satpol PP, TNI/Polri dan kepala dusun"),
    ("Guru/dosen dilarang berkampanye di kelas.", "Guru/dosen"),
])
def test_actors_joined_by_a_slash(text, actor):
    out = clauses_of(text)
    assert len(out) == 1 and out[0].kind == "prohibition" and out[0].actor == actor


@pytest.mark.parametrize("text", [
    "Adapun larangan yang dimaksud,\n1. Pegawai, Hansip dan kepala desa dilarang meminjamkan gedung desa "
    "untuk rapat tim sukses.\n2. Pegawai dilarang ikut kampanye.",
    "Adapun larangan yang dimaksud:\n1. Guru, pelatih ekskul dan kepala desa dilarang memakai fasilitas "
    "negara.\n2. Pegawai dilarang ikut kampanye.",
])
def test_a_list_of_actors_before_an_items_cue_is_no_act(text):
    out = kinds(text)
    assert len(out) == 2 and all("dilarang" in t for _, t in out)


# -- a first-person directive in its bare form ("kita instruksikan", "saya ingatkan") -----------
@pytest.mark.parametrize("text,expected", [
    ('"Tapi dengan tegas kita instruksikan para bidan agar fokus melayani pasien," pesannya.',
     ("obligation", "instruksikan para bidan agar fokus melayani pasien")),
    ('"Saya perintahkan semua camat mengawasi stafnya selama kampanye," ujarnya.',
     ("obligation", "perintahkan semua camat mengawasi stafnya selama kampanye")),
    ('"Kami ingatkan seluruh kepala sekolah jangan membawa murid ke lokasi kampanye," katanya.',
     ("prohibition", "Kami ingatkan seluruh kepala sekolah jangan membawa murid ke lokasi kampanye")),
])
def test_a_bare_first_person_directive_binds_its_addressee(text, expected):
    assert kinds(text) == [expected]


@pytest.mark.parametrize("text", [
    '"Saya ingatkan, gaji kita dibayar dari pajak warga," ujarnya.',
    '"Kami ingatkan kembali isi surat edaran itu kepada semua staf dinas," katanya.',
    "Ingatkan keluarga untuk datang ke TPS.",
])
def test_a_reminder_without_an_addressee_binds_no_one(text):
    assert kinds(text) == []


# -- an act judged as breaking the rules ---------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Ikut deklarasi saat jam kerja jelas melanggar aturan.",
     "Ikut deklarasi saat jam kerja jelas melanggar aturan"),
    ("Memakai mobil dinas untuk kampanye melanggar netralitas.",
     "Memakai mobil dinas untuk kampanye melanggar netralitas"),
])
def test_an_act_judged_as_breaking_the_rules_is_forbidden(text, expected):
    assert kinds(text) == [("prohibition", expected)]


@pytest.mark.parametrize("text", [
    "Pegawai yang melanggar aturan akan dikenai sanksi.",            # the breach's sanction
    "Bawaslu menilai unggahan itu melanggar aturan.",                # an assessment of one case
    "Kepala desa itu terbukti melanggar netralitas.",                # a finding
])
def test_a_breach_reported_or_sanctioned_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Aparatur wajib memberi teladan bagi warga dalam mewujudkan pemilihan secara demokratis, terbuka, jujur, "
     "adil dan bermartabat.",
     [("obligation", "Aparatur wajib memberi teladan bagi warga dalam mewujudkan pemilihan secara demokratis, "
                     "terbuka, jujur, adil dan bermartabat")]),
    ("Pegawai harus bekerja secara netral, tertib dan berintegritas selama pilkada.",
     [("obligation", "Pegawai harus bekerja secara netral, tertib dan berintegritas selama pilkada")]),
])
def test_a_manner_list_with_commas_stays_in_the_act(text, expected):
    """(session 20: '..., adil dan bermartabat' was cut into an act 'bermartabat')"""
    assert kinds(text) == expected
