"""The citation of an act's source after the act ("... sebagaimana tertuang dalam UU Nomor 5",
"... seperti yang diatur dalam Pasal 280") is no part of the act: the act ends before it
(cues.json citation_verbs, citation_fillers, citation_prepositions; acts._citation_tail). A
citation that names the act's object ("mematuhi ketentuan yang tertuang dalam SE") stays. All
texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Pegawai kelurahan dilarang berpolitik praktis sebagaimana tertuang dalam UU ASN Nomor 20.",
     [("prohibition", "Pegawai kelurahan dilarang berpolitik praktis")]),
    ("Guru honorer tidak boleh berkampanye di ruang kelas seperti yang diatur dalam Pasal 280 UU Pemilu.",
     [("prohibition", "Guru honorer tidak boleh berkampanye di ruang kelas")]),
    ("Camat meminta lurah menjaga jarak dari semua calon, sebagaimana yang telah dituangkan dalam Surat Edaran "
     "Bupati Nomor 100/45/2024.",
     [("obligation", "meminta lurah menjaga jarak dari semua calon")]),
    ("Perangkat desa tidak boleh membela satu kandidat karena sudah diatur di UU Desa.",
     [("prohibition", "Perangkat desa tidak boleh membela satu kandidat")]),
    ("Guru dilarang menjadi anggota partai politik mengacu pada UU Nomor 5 Tahun 2014.",
     [("prohibition", "Guru dilarang menjadi anggota partai politik")]),
    ("Lurah tidak boleh memasang baliho calon, berdasarkan Surat Keputusan Bersama tentang Panduan Pengawasan dan "
     "Pembinaan Pegawai.",
     [("prohibition", "Lurah tidak boleh memasang baliho calon")]),
])
def test_a_citation_after_the_act_is_cut_off(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Prajurit wajib memegang teguh sumpah prajurit dengan mengacu pada aturan yang berlaku.",
    "Pegawai wajib mematuhi ketentuan yang tertuang dalam surat edaran itu.",
    "Seluruh staf harus menjalankan aturan yang tercantum dalam Pasal 9 peraturan tersebut.",
])
def test_a_citation_that_names_the_object_stays(text):
    found = kinds(text)
    assert len(found) == 1 and found[0][1].endswith(text.rstrip(".").split()[-1])


@pytest.mark.parametrize("text, rule", [
    ("Kepala desa tidak boleh menjadi juru kampanye karena dilarang dalam UU Desa.",
     "Kepala desa tidak boleh menjadi juru kampanye"),
    ("Guru PPPK tidak boleh memasang stiker calon di kelas karena memang dilarang oleh peraturan pemerintah.",
     "Guru PPPK tidak boleh memasang stiker calon di kelas"),
])
def test_rule_cited_as_the_reason_ends_the_act(text, rule):
    assert kinds(text) == [("prohibition", rule)]


@pytest.mark.parametrize("text", [
    "Bawaslu menegaskan, halaman masjid agung tidak dipakai untuk panggung calon karena dilarang oleh undang-undang.",
    "Menurut panwascam, lapangan desa batal dipakai tim sukses untuk rapat umum sebab dilarang dalam peraturan daerah.",
])
def test_rule_cited_as_the_reason_is_no_clause_of_its_own(text):
    assert not any(t.startswith(("dilarang", "diwajibkan")) for _, t in kinds(text))


@pytest.mark.parametrize("text,expected", [
    ("Rapat terbatas di gedung serbaguna hanya boleh digelar pada akhir pekan sesuai dengan draf Peraturan "
     "KPU Nomor 9 Tahun 2022.",
     [("permission", "Rapat terbatas di gedung serbaguna hanya boleh digelar pada akhir pekan")]),
    ("Kepala desa dilarang terlibat dalam kampanye, sesuai Pasal 29 huruf j UU Desa.",
     [("prohibition", "Kepala desa dilarang terlibat dalam kampanye")]),
    ("Camat diminta menertibkan baliho di halaman kantor desa sesuai Surat Edaran Bupati Nomor 3 Tahun 2024.",
     [("obligation", "Camat diminta menertibkan baliho di halaman kantor desa")]),
])
def test_a_named_source_after_sesuai_ends_the_act(text, expected):
    # (session 22) cues.json named_rule_sources after a word of reference_heads
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("ASN wajib menjaga netralitas sesuai peraturan yang berlaku.",
     [("obligation", "ASN wajib menjaga netralitas sesuai peraturan yang berlaku")]),
    ("Pegawai dilarang berfoto dengan calon sambil mengacungkan jari sesuai nomor urutnya.",
     [("prohibition", "Pegawai dilarang berfoto dengan calon sambil mengacungkan jari sesuai nomor urutnya")]),
])
def test_a_generic_standard_or_a_matching_thing_stays_in_the_act(text, expected):
    assert kinds(text) == expected
