"""Directives and their addressees, second round (session 15; all texts invented):

- a directive with no addressee and a bare complementizer before the act ('menginstruksikan
  agar bersikap netral') opens its clause at the command verb;
- misspelled command verbs ('intruksikan', 'mengintruksikan') are variants of the cue;
- an actor followed by 'agar' opens its sentence after a dateline ('MEDAN - Kepala desa agar ...');
- an actor phrase holds a bracketed gloss and a place set off by commas ('Prajurit dari
  Komando Distrik Militer (Kodim) Berau, Kalimantan Timur, dilarang ...');
- a capitalised place name that reads like a prefixed verb ('RSUD Merauke') is no verb in
  an actor phrase;
- an occasion after the act ('menyusul digelarnya pilkada') is no part of it;
- a duty over a permission passive ('harus dipersilakan memilih') is one obligation;
- 'mencegah X untuk V' forbids X the act; 'disebutkan agar X V' reports X's duty (an active
  'menyebutkan' is left out: it also names a list, 'menyebutkan bentuk pelanggaran, antara lain');
- a directive's addressee after 'kepada' / 'bagi' binds its act without a complementizer.
"""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    # bare complementizer after a directive with no addressee
    ("Sekda Kabupaten Tanah Merah menginstruksikan agar bersikap netral selama tahapan pilkada.",
     [("obligation", "menginstruksikan agar bersikap netral selama tahapan pilkada")]),
    ("Kepala Dinas Pendidikan memerintahkan untuk tetap menjaga jarak dari kegiatan partai.",
     [("obligation", "memerintahkan untuk tetap menjaga jarak dari kegiatan partai")]),
    # misspelled command verbs
    ("Namun dengan tegas kita intruksikan para kepala sekolah agar fokus bekerja di sekolah.",
     [("obligation", "intruksikan para kepala sekolah agar fokus bekerja di sekolah")]),
    ("Camat Sungai Raya mengintruksikan seluruh kepala dusun agar tidak memihak calon mana pun.",
     [("prohibition", "mengintruksikan seluruh kepala dusun agar tidak memihak calon mana pun")]),
    # dateline before an actor and "agar"
    ("MEDAN - Para lurah agar tidak mengerahkan staf kelurahan untuk menghadiri kampanye.",
     [("prohibition", "Para lurah agar tidak mengerahkan staf kelurahan untuk menghadiri kampanye")]),
    ("Kabarkota.com, PALU - Kepala desa agar menjaga jarak dari tim pemenangan calon gubernur.",
     [("obligation", "Kepala desa agar menjaga jarak dari tim pemenangan calon gubernur")]),
    # a gloss and a place inside the actor phrase
    ("Prajurit dari Komando Distrik Militer (Kodim) Berau, Kalimantan Timur, dilarang mengarahkan "
     "pilihan istri dan anaknya.",
     [("prohibition", "Prajurit dari Komando Distrik Militer (Kodim) Berau, Kalimantan Timur, dilarang "
                      "mengarahkan pilihan istri dan anaknya")]),
    ("Guru di Sekolah Menengah Kejuruan (SMK) Negeri 4 Lubuk Raya, Sumatera Barat, diminta tidak "
     "membahas pilihan politik di kelas.",
     [("prohibition", "Guru di Sekolah Menengah Kejuruan (SMK) Negeri 4 Lubuk Raya, Sumatera Barat, "
                      "diminta tidak membahas pilihan politik di kelas")]),
    # a place name that reads like a verb
    ("Perawat di RSUD Merauke diminta bersikap netral dalam pemilihan bupati.",
     [("obligation", "Perawat di RSUD Merauke diminta bersikap netral dalam pemilihan bupati")]),
    ("Tenaga medis di Puskesmas Mempawah dilarang memasang stiker calon di ruang tunggu.",
     [("prohibition", "Tenaga medis di Puskesmas Mempawah dilarang memasang stiker calon di ruang tunggu")]),
    # an occasion after the act
    ("Anggota Polres Sungai Hitam dilarang mengajak tetangganya memilih calon tertentu menyusul bakal "
     "digelarnya pemilihan wali kota.",
     [("prohibition", "Anggota Polres Sungai Hitam dilarang mengajak tetangganya memilih calon tertentu")]),
    ("Para camat wajib bersikap netral seiring dengan dimulainya tahapan kampanye.",
     [("obligation", "Para camat wajib bersikap netral")]),
    # a duty to let others act
    ("Menurut Dandim, istri prajurit harus dipersilakan untuk menentukan pilihannya sendiri.",
     [("obligation", "istri prajurit harus dipersilakan untuk menentukan pilihannya sendiri")]),
    ("Pegawai kontrak wajib dipersilakan memakai hak pilihnya di TPS terdekat.",
     [("obligation", "Pegawai kontrak wajib dipersilakan memakai hak pilihnya di TPS terdekat")]),
    # "mencegah X untuk V"
    ("Aturan itu mencegah para lurah untuk memasang baliho calon di balai kelurahan.",
     [("prohibition", "mencegah para lurah untuk memasang baliho calon di balai kelurahan")]),
    ("Pasal 12 peraturan daerah itu mencegah kepala dusun dan ketua RT untuk menjadi anggota tim kampanye.",
     [("prohibition", "mencegah kepala dusun dan ketua RT untuk menjadi anggota tim kampanye")]),
    # a reported order with its party after "agar"
    ("Dalam edaran bernomor 45/2022 yang diteken gubernur disebutkan agar para kepala dinas dan seluruh "
     "pegawai dapat mematuhi aturan netralitas.",
     [("obligation", "disebutkan agar para kepala dinas dan seluruh pegawai dapat mematuhi aturan netralitas")]),
    ("Pada rapat itu juga ditegaskan agar semua lurah tidak memakai atribut partai.",
     [("prohibition", "ditegaskan agar semua lurah tidak memakai atribut partai")]),
    # an addressee after its preposition, then the act
    ("Wali kota menghimbau bagi seluruh pegawai berhati - hati memakai media sosial.",
     [("obligation", "menghimbau bagi seluruh pegawai berhati - hati memakai media sosial")]),
    ("Kapolres mengimbau kepada para kepala desa menjaga jarak dari posko pemenangan.",
     [("obligation", "mengimbau kepada para kepala desa menjaga jarak dari posko pemenangan")]),
])
def test_directive_shapes_round2(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an outcome asked for: no one's conduct
    ("Bupati meminta agar pemungutan suara tidak berujung pada kericuhan.", []),
    # "agar" after a noun that is no actor names a purpose
    ("JAKARTA - Pelatihan bagi pegawai agar mampu melayani warga digelar pekan ini.", []),
    # "menyusul" as the act's own verb stays in it
    ("Para petugas diminta segera datang dan menyusul rombongan ke lokasi.",
     [("obligation", "Para petugas diminta segera datang dan menyusul rombongan ke lokasi")]),
    # a permission passive with no duty over it stays a permission
    ("Warga Kampung Baru dipersilakan memilih sesuai hati nurani.",
     [("permission", "Warga Kampung Baru dipersilakan memilih sesuai hati nurani")]),
    # after "kepada" / "pada" an addressee whose own modal follows keeps that modal's rule
    ("Dinas juga mengingatkan pada kepala sekolah dan guru sebagai pegawai negeri di Kota Lama harus "
     "netral dalam pemilihan gubernur.",
     [("obligation", "kepala sekolah dan guru sebagai pegawai negeri di Kota Lama harus netral dalam "
                     "pemilihan gubernur")]),
    # preventing an occurrence names an aim, no party
    ("Bawaslu berupaya mencegah terjadinya pelanggaran untuk menjaga pemilu yang bersih.", []),
    # a reporting passive over an outcome, or before "bahwa", reports no order of its own
    ("Hal itu ditegaskan agar tidak terjadi salah paham di masyarakat.", []),
    ("Warga diimbau supaya tidak timbul kegaduhan di sekitar TPS.", []),
    ("Camat meminta agar tidak muncul lagi saling tuding di grup kantor.", []),
    ("Dalam rapat itu disebutkan bahwa anggaran pilkada sudah cair.", []),
])
def test_directive_shapes_round2_negative(text, expected):
    assert kinds(text) == expected


def test_addressee_after_preposition_with_a_later_modal_after_a_comma():
    text = ("Kadis menghimbau bagi seluruh pegawai berhati - hati memakai media sosial, jangan sampai asal "
            "membagikan kabar bohong.")
    assert kinds(text)[0] == ("obligation", "menghimbau bagi seluruh pegawai berhati - hati memakai media sosial")
