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
