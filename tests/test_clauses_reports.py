"""Shapes of unseen news (issue 9, session 5, clauses4): a speaker's request with a
negated act, a kind named after the act ("itu terlarang"), and reports of history or of
one decision, which state no rule. All texts are invented."""
import pytest

from clause_helpers import kinds


# -- "X kami minta tidak ...": the addressee before the speaker, a negated act ------------
@pytest.mark.parametrize("text,expected", [
    ("Para kepala desa kami minta tidak ikut mengarahkan warga memilih calon tertentu.",
     ("prohibition", "Para kepala desa kami minta tidak ikut mengarahkan warga memilih calon tertentu")),
    ("Seluruh guru honorer saya minta tidak memasang foto calon di grup sekolah.",
     ("prohibition", "Seluruh guru honorer saya minta tidak memasang foto calon di grup sekolah")),
    ("Para lurah kami minta memantau perangkatnya selama masa tenang.",
     ("obligation", "Para lurah kami minta memantau perangkatnya selama masa tenang")),
])
def test_a_request_to_an_addressee_before_the_speaker_keeps_a_negated_act(text, expected):
    assert kinds(text) == [expected]


# -- "X itu terlarang": the kind named after the act -----------------------------------------
@pytest.mark.parametrize("text,act", [
    ("Berswafoto dengan calon itu terlarang bagi ASN, kata Sekda.", "Berswafoto dengan calon itu terlarang"),
    ("Menggunakan mobil dinas untuk mengantar massa terlarang, tegas Bupati Sukamaju.",
     "Menggunakan mobil dinas untuk mengantar massa terlarang"),
    ("Memasang stiker calon di pagar kantor desa itu hal terlarang.",
     "Memasang stiker calon di pagar kantor desa itu hal terlarang"),
])
def test_terlarang_after_an_act_forbids_it(text, act):
    assert kinds(text) == [("prohibition", act)]


@pytest.mark.parametrize("text", [
    "Mengedarkan barang terlarang dapat dipidana penjara lima tahun.",
    "Polisi menyita barang terlarang dari rumah tersangka di Kecamatan Lembah Hijau.",
])
def test_terlarang_naming_a_thing_is_no_rule(text):
    assert kinds(text) == []


# -- history and single decisions are not rules -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Pada 2019, kegiatan itu sempat dilarang oleh pemerintah daerah.",
    "Pawai budaya itu pernah dilarang karena bentrok antarwarga.",
    "Terdakwa diperbolehkan menjalani tahanan kota oleh majelis hakim.",
    "Tahun lalu, seorang camat dilarang hadir pada acara itu oleh atasannya, namun ia tetap datang.",
    "Saksi mengaku dilarang bertanya oleh oknum penyidik saat pemeriksaan.",
])
def test_history_and_one_decision_reported_give_no_clause(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    # the act's own passive verb owns the agent
    ("Aula kantor camat boleh dipakai oleh tim kampanye semua calon.",
     [("permission", "Aula kantor camat boleh dipakai oleh tim kampanye semua calon")]),
    # a law as the agent names the rule's source
    ("ASN dilarang menjadi anggota partai politik oleh undang-undang.",
     [("prohibition", "ASN dilarang menjadi anggota partai politik oleh undang-undang")]),
    ("Pegawai dilarang memakai atribut calon di kantor.",
     [("prohibition", "Pegawai dilarang memakai atribut calon di kantor")]),
])
def test_an_agent_of_the_act_or_a_law_keeps_the_rule(text, expected):
    assert kinds(text) == expected


# -- "Jika A, hal itu termasuk pelanggaran": the condition's act is judged -------------------
@pytest.mark.parametrize("text,act", [
    ("Kalau ASN ikut berswafoto dengan calon, itu sudah masuk kategori pelanggaran, ujarnya.",
     "ASN ikut berswafoto dengan calon, itu sudah masuk kategori pelanggaran"),
    ("Jika pegawai hadir di deklarasi calon, hal itu termasuk pelanggaran disiplin.",
     "pegawai hadir di deklarasi calon, hal itu termasuk pelanggaran"),
    ("Apabila kepala sekolah mengarahkan guru memilih calon, tindakan tersebut merupakan pelanggaran netralitas.",
     "kepala sekolah mengarahkan guru memilih calon, tindakan tersebut merupakan pelanggaran"),
])
def test_a_condition_judged_through_an_anaphor_is_forbidden(text, act):
    assert kinds(text) == [("prohibition", act)]


@pytest.mark.parametrize("text", [
    "Jika terbukti, hal itu merupakan pelanggaran berat.",
    "Kalau laporan warga itu benar, itu termasuk pelanggaran.",
    "Jika pegawai hadir di deklarasi calon, Bawaslu menilai hal itu termasuk pelanggaran.",
])
def test_a_condition_without_an_act_or_with_a_new_subject_is_no_rule(text):
    assert kinds(text) == []


# -- "tidak ragu / tidak lupa": a double negative asks for the act ---------------------------
@pytest.mark.parametrize("text,kind", [
    ("Gubernur meminta pejabat pembina kepegawaian tidak ragu menjatuhkan sanksi kepada ASN yang melanggar.",
     "obligation"),
    ("Camat mengimbau para lurah agar tidak segan menegur perangkat yang ikut kampanye.", "obligation"),
    ("Pegawai diminta tidak menghadiri kampanye calon mana pun.", "prohibition"),
])
def test_a_negated_hesitation_is_an_obligation(text, kind):
    assert [k for k, _ in kinds(text)] == [kind]


# -- a thing as the subject of a passive of use after "dapat" ---------------------------------
@pytest.mark.parametrize("text,kind", [
    ("Aula kantor pusat tetap dapat disewa oleh pihak mana pun, termasuk tim kampanye.", "permission"),
    ("Lapangan kecamatan dapat dipakai semua peserta pemilu secara bergantian.", "permission"),
    ("Dana desa tidak dapat digunakan untuk membiayai kegiatan kampanye.", "prohibition"),
])
def test_dapat_with_a_passive_of_use_rules_over_a_thing(text, kind):
    assert [k for k, _ in kinds(text)] == [kind]


@pytest.mark.parametrize("text", [
    "Gedung itu dapat digunakan kembali setelah direnovasi tahun depan.",
    "Pegawai yang melanggar tidak dapat diangkat kembali dalam jabatan.",
])
def test_dapat_with_a_passive_that_only_describes_is_no_rule(text):
    assert kinds(text) == []


# -- "tidak masalah / tidak apa-apa" after an act or a condition: a permission ---------------
@pytest.mark.parametrize("text,act", [
    ("Kalau cuma datang lalu duduk diam, tidak apa-apa.", "cuma datang lalu duduk diam, tidak apa-apa"),
    ("Jadi kalau sekadar menonton debat di rumah, itu tidak masalah.",
     "sekadar menonton debat di rumah, itu tidak masalah"),
    ("Hadir di kampanye tanpa atribut dinas tidak masalah, katanya.",
     "Hadir di kampanye tanpa atribut dinas tidak masalah"),
])
def test_no_problem_after_an_act_allows_it(text, act):
    assert kinds(text) == [("permission", act)]


@pytest.mark.parametrize("text", [
    "Kalau hujan, tidak masalah.",
    "Bupati menilai keputusan itu tidak masalah.",
    "Menurut warga, harga beras naik tidak masalah asalkan stoknya aman.",
])
def test_no_problem_over_no_act_is_no_rule(text):
    assert kinds(text) == []


# -- "..., apalagi menjelang pilkada": a time after an aggravator is no act ----------------
@pytest.mark.parametrize("text", [
    "Pegawai wajib menjaga sikap netral, apalagi menjelang pilkada serentak.",
    "Pegawai wajib menjaga sikap netral, terlebih saat masa kampanye berlangsung.",
])
def test_a_time_after_an_aggravator_is_no_clause_of_its_own(text):
    assert [k for k, _ in kinds(text)] == ["obligation"]


def test_a_manner_after_an_aggravator_is_still_a_worse_case():
    assert kinds("Guru jangan mengarahkan murid memilih calon, apalagi dengan iming-iming nilai.") == [
        ("prohibition", "Guru jangan mengarahkan murid memilih calon"), ("prohibition", "dengan iming-iming nilai")]


# -- "..., itu bisa diviralkan": what the act may cause is no part of it --------------------
@pytest.mark.parametrize("text,act", [
    ("Anggota jangan berfoto dengan calon bupati sambil mengacungkan jari, itu bisa diviralkan, kata Kapolres.",
     "jangan berfoto dengan calon bupati sambil mengacungkan jari"),
    ("Pegawai dilarang memakai kaus bergambar calon di kantor, ini berpotensi memicu gesekan.",
     "Pegawai dilarang memakai kaus bergambar calon di kantor"),
])
def test_a_consequence_after_an_anaphor_ends_the_act(text, act):
    assert kinds(text) == [("prohibition", act)]


# -- intransitive verbs without a prefix ("keluar", "mundur") are acts ----------------------
@pytest.mark.parametrize("text,act", [
    ("Kepala BKD meminta ASN keluar dari grup percakapan yang dibuat tim pemenangan.",
     "meminta ASN keluar dari grup percakapan yang dibuat tim pemenangan"),
    ("Wali kota meminta seluruh lurah mundur dari kepengurusan partai sebelum masa kampanye.",
     "meminta seluruh lurah mundur dari kepengurusan partai sebelum masa kampanye"),
])
def test_a_request_to_leave_is_an_obligation(text, act):
    assert kinds(text) == [("obligation", act)]


# -- a semicolon ends a noun example list: the next item is an act of its own ---------------
@pytest.mark.parametrize("text,n", [
    ("Dalam edaran itu, para camat diwajibkan: (a) menyampaikan isi edaran kepada seluruh pegawai, termasuk "
     "tenaga honorer; (b) memasang salinan edaran di papan pengumuman; dan (c) melaporkan hasil pengawasan "
     "kepada bupati setiap pekan.", 3),
    ("Pegawai dilarang memasang atribut seperti kaus, stiker, dan pin calon; menghadiri deklarasi calon; "
     "serta mengunggah foto bersama calon.", 3),
])
def test_items_after_a_noun_example_list_are_split_at_semicolons(text, n):
    found = kinds(text)
    assert len(found) == n and len({k for k, _ in found}) == 1


# -- "A objek, B atau C objek": a verb pair after an act with its own object ----------------
@pytest.mark.parametrize("text,acts", [
    ("Kata dia, ada sejumlah hal yang tidak diperkenankan bagi pegawai, antara lain menjadi pelaksana kampanye, "
     "menghina atau mengancam peserta pilkada, serta membuat pernyataan yang mendukung calon.",
     ["menjadi pelaksana kampanye", "menghina atau mengancam peserta pilkada",
      "membuat pernyataan yang mendukung calon"]),
    ("Pegawai dilarang memasang baliho calon di kantor, mengunggah atau menyebarkan konten kampanye.",
     ["Pegawai dilarang memasang baliho calon di kantor", "mengunggah atau menyebarkan konten kampanye"]),
])
def test_a_verb_pair_after_an_act_with_its_own_object_is_an_act_of_its_own(text, acts):
    assert [t for _, t in kinds(text)] == acts


def test_verbs_sharing_one_object_stay_one_act():
    assert kinds("ASN dilarang membuat, menyukai, atau membagikan konten calon.") == [
        ("prohibition", "ASN dilarang membuat, menyukai, atau membagikan konten calon")]
