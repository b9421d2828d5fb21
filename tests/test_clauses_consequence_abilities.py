"""An ability ('dapat', 'bisa') that states an outcome or a benefit is no rule (session 12,
real3 probe): a passive after an adverb of time or manner ('dapat sewaktu-waktu
diberhentikan', 'tidak bisa otomatis diturunkan'), an outcome of a career ('tidak bisa naik
pangkat'), a result after 'sehingga', a consequence after 'maka' of a means opened by
'dengan' and a verb. A condition before 'maka' and a real act keep their rule. All texts
are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "Panwaslih mengingatkan bahwa perangkat desa dapat sewaktu-waktu diberhentikan bila terbukti berpihak.",
    "Guru honorer yang terbukti berkampanye tidak bisa otomatis diangkat menjadi PPPK.",
    "Camat yang datanya diblokir tidak bisa naik pangkat selama dua tahun.",
    "Pegawai yang disanksi tidak dapat dipromosikan pada tahun ini.",
])
def test_an_outcome_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Menurut Sekda, dengan bersikap netral maka pegawai dapat fokus melayani warga Sukamaju.",
    "Ia menambahkan, dengan menjauhi politik praktis, maka para guru bisa mengajar dengan tenang.",
    "Netralitas harus dijaga sehingga aparatur bisa bekerja tanpa tekanan.",
])
def test_a_benefit_is_no_permission(text):
    assert [k for k in kinds(text) if k[0] == "permission"] == []


@pytest.mark.parametrize("text,expected", [
    ("Kepala desa tidak bisa naik panggung kampanye pasangan calon.",
     [("prohibition", "Kepala desa tidak bisa naik panggung kampanye pasangan calon")]),
    ("Pegawai yang sudah cuti dapat menghadiri kampanye sebagai peserta pasif.",
     [("permission", "Pegawai yang sudah cuti dapat menghadiri kampanye sebagai peserta pasif")]),
])
def test_an_act_keeps_its_rule(text, expected):
    assert kinds(text) == expected


# -- session 20: an ability aimed at, a result opening the sentence, a capacity reported -------

@pytest.mark.parametrize("text", [
    "Apel siaga digelar untuk memastikan pegawai Pemkab Tanjung Rejo dapat menjalankan ikrar mereka dengan jujur.",
    "Surat itu terbit guna menjamin para guru dapat mengajar tanpa tekanan dari tim sukses.",
    "Dengan demikian pegawai dapat menjaga kepercayaan sebagai pelayan masyarakat.",
    "Dengan begitu, para perangkat kampung dapat bekerja tanpa rasa takut.",
    "Kepala BKPSDM mengaku ia belum dapat menyebut kapan lurah itu diperiksa.",
    "Dia belum dapat menyebutkan jumlah pegawai yang sudah dilaporkan ke Bawaslu.",
])
def test_an_ability_aimed_at_or_reported_is_no_permission(text):
    assert [k for k in kinds(text) if k[0] == "permission"] == []


@pytest.mark.parametrize("text,expected", [
    ("Pegawai yang sudah mengambil cuti dapat menghadiri debat terbuka sebagai penonton.",
     [("permission", "Pegawai yang sudah mengambil cuti dapat menghadiri debat terbuka sebagai penonton")]),
    ("Setelah jam kerja, guru dapat mengikuti sosialisasi yang digelar KPU.",
     [("permission", "guru dapat mengikuti sosialisasi yang digelar KPU")]),
])
def test_a_granted_ability_keeps_its_permission(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Sekda mengharapkan, dengan adanya ikrar dan pakta integritas itu, pegawai di Kabupaten Sinar Baru dapat "
    "mematuhi ketentuan netralitas.",
    "Bupati berharap, setelah apel siaga ini selesai, para camat dapat menjaga jarak dari tim sukses.",
])
def test_an_ability_wished_across_a_fronted_adjunct_is_no_permission(text):
    assert [k for k in kinds(text) if k[0] == "permission"] == []
