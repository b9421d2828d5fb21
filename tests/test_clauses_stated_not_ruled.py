"""Sentences that carry a cue word but state no rule (session 14): an ability over a
consequence or an outcome ("dapat menyebabkan ...", "dapat terus terjaga"), a duty to set a
statement right ("harus diluruskan"), a pronoun's own act narrated after a rule ("Ia juga
memastikan ..."), thanks after a request verb, a duty directive over an abstract noun
("mengingatkan pentingnya ...", "mengingatkan adanya sanksi ...") and a claim denied
("membantah bupati membolehkan ...")."""
import pytest

from tests.clause_helpers import clauses_of, kinds


def test_ability_over_a_consequence_is_no_permission():
    assert kinds('"Pegawai yang tidak netral dapat menyebabkan pelayanan timpang, munculnya kecemburuan '
                 'di kantor, serta membuat warga tidak percaya," kata Sarmin.') == []
    assert kinds("ASN dapat menimbulkan konflik kepentingan di kantor jika berpihak.") == []
    assert kinds("ASN dapat mengakibatkan citra birokrasi tercoreng bila ikut berkampanye.") == []


def test_ability_over_an_outcome_state_is_no_permission():
    assert kinds("Sosialisasi digelar sehingga diharapkan netralitas Pegawai Negeri Sipil (PNS) dapat "
                 "terus terjaga sampai pemilu usai.") == []
    assert kinds("Dengan aturan itu, ASN dapat terhindar dari tekanan tim sukses.") == []


def test_ability_over_an_act_stays_a_permission():
    assert kinds("Pegawai dapat mengajukan cuti kampanye kepada atasan.") == [
        ("permission", "Pegawai dapat mengajukan cuti kampanye kepada atasan")]


def test_duty_to_set_a_statement_right_is_no_rule():
    assert kinds('"Saya belum paham maksud berita itu, tapi ini harus diluruskan juga," ujar Camat Sarmin.') == []
    assert kinds('"Kabar itu harus diklarifikasi, supaya warga tidak salah tangkap," kata Kepala Dinas.') == []
    assert kinds('"Pegawai harus diperiksa bila ikut kampanye," kata Camat.') == [
        ("obligation", "Pegawai harus diperiksa bila ikut kampanye")]


def test_pronoun_with_juga_narrates_its_own_act():
    text = ('"Kami juga melarang anggota untuk terlibat politik praktis," ujar dia.\n\n'
            "Ia juga memastikan tim pengawas, melakukan pengawasan ketat terhadap seluruh anggota "
            "selama masa kampanye.")
    assert kinds(text) == [("prohibition", "melarang anggota untuk terlibat politik praktis")]
    text = ("Bupati Lembah Hijau meminta para kepala desa untuk menjaga netralitas.\n\n"
            "Dia juga mengunjungi tiga kecamatan untuk meninjau gudang logistik.")
    assert [c.text for c in clauses_of(text)] == ["meminta para kepala desa untuk menjaga netralitas"]
    text = "Camat melarang lurah memasang baliho calon.\n\nIa juga menyiapkan posko pengaduan di setiap kelurahan."
    assert kinds(text) == [("prohibition", "melarang lurah memasang baliho calon")]


def test_pronoun_with_juga_and_a_negated_act_goes_on():
    text = "Camat melarang lurah memasang baliho calon.\n\nIa juga tidak boleh memakai mobil dinas untuk kampanye."
    assert [k for k, _ in kinds(text)] == ["prohibition", "prohibition"]


@pytest.mark.parametrize("text", [
    "Dalam edaran itu setiap kepala dinas wajib menyosialisasikan larangan kampanye kepada stafnya.\n\n"
    "Pihaknya juga melakukan pembinaan dan pengawasan terhadap pegawai di lingkungan tiap dinas.",
    "Surat edaran bupati mewajibkan camat memantau kegiatan lurah selama masa tenang.\n\n"
    "Untuk itu pihaknya juga menyiapkan laporan mingguan tentang netralitas aparatur kelurahan.",
])
def test_the_office_spoken_for_goes_on_with_its_duties(text):
    # "pihaknya" is the office whose circular sets the duties, not a person narrated
    assert [k for k, _ in kinds(text)] == ["obligation", "obligation"]


def test_thanks_after_a_request_verb_is_no_order():
    assert kinds("Dia menyampaikan terima kasih kepada para camat dan seluruh lurah atas kerja keras "
                 "dalam melaksanakan tugas dengan baik.") == []
    assert kinds("Kepala dinas juga menyampaikan terima kasih kepada guru honorer yang telah membantu "
                 "pelaksanaan ujian.") == []


def test_duty_directive_over_an_abstract_noun_addresses_no_one():
    assert kinds("Ketua Panwaslu menjelaskan, tujuan rapat itu ialah untuk mengingatkan pentingnya "
                 "menjaga netralitas lurah selama tahapan pilkada.") == []
    assert kinds("Dia mengingatkan adanya sanksi berat apabila terdapat pelanggaran yang dilakukan guru "
                 "pada pilkada mendatang.") == []
    assert kinds("Bupati mengingatkan kembali seluruh ASN agar menjaga netralitas.") == [
        ("obligation", "mengingatkan kembali seluruh ASN agar menjaga netralitas")]


def test_claim_denied_is_no_rule():
    assert kinds("Pemkab Sidorejo membantah Bupati Arman Wijaya membolehkan pegawai honorer ikut kampanye "
                 "dalam pilkada.") == []
    assert kinds("Pemkot Sungai Jernih membantah isu Wali Kota mengizinkan lurah menjadi juru kampanye.") == []
    assert kinds("Dinas Pendidikan membantah tudingan itu. Guru tetap dilarang memasang stiker calon di "
                 "sekolah.") == [("prohibition", "Guru tetap dilarang memasang stiker calon di sekolah")]


@pytest.mark.parametrize("text", [
    "Wali kota menegaskan komitmennya untuk menjaga netralitas pegawai dan lurah selama pilkada.",
    "Ketua Panwaslih menegaskan urgensi rapat koordinasi ini sebagai forum menyamakan pemahaman aturan.",
    "Sekda menegaskan keberadaan penjabat sementara ditujukan untuk menjaga kenetralan pegawai.",
])
def test_a_topic_or_the_speakers_own_commitment_is_no_duty(text):
    """(session 20: three real probes gave these as obligations)"""
    assert kinds(text) == []


def test_a_commitment_put_on_the_addressee_keeps_its_duty():
    assert kinds("Bupati menegaskan agar seluruh pegawai menjaga komitmen netralitas.") == [
        ("obligation", "menegaskan agar seluruh pegawai menjaga komitmen netralitas")]
