"""Cue forms read off blind and real articles (session 8), as data in cues.json:
"ditugaskan/ditugasi" (a duty given), "mempersilakan X V" (a permission given to an
addressee), Javanese "ojo" (= jangan), a state kept after a directive's addressee
("meminta kepala desa tetap netral"), "masuk" as a verb, and a passive cue inside an
exception ("kecuali ditugaskan ...") that states no rule. Invented wordings."""
import pytest

from clause_helpers import kinds

CASES = [
    ("Pengawas sekolah ditugaskan memantau netralitas guru di sekolah binaannya.",
     [("obligation", "Pengawas sekolah ditugaskan memantau netralitas guru di sekolah binaannya")]),
    ("Selama masa tenang, camat ditugasi mengawasi kepala desa di wilayahnya.",
     [("obligation", "camat ditugasi mengawasi kepala desa di wilayahnya")]),
    ("Bupati mempersilakan mereka mendampingi pasangannya di luar jam kerja.",
     [("permission", "mempersilakan mereka mendampingi pasangannya di luar jam kerja")]),
    ("Panwaslu mempersilahkan warga melaporkan prajurit yang tidak netral ke posko pengaduan.",
     [("permission", "mempersilahkan warga melaporkan prajurit yang tidak netral ke posko pengaduan")]),
    ("\"Ojo melu-melu dadi tim sukses,\" pesan kepala dinas kepada para guru.",
     [("prohibition", "Ojo melu-melu dadi tim sukses")]),
    ("Camat meminta kepala desa tetap netral sampai penetapan hasil.",
     [("obligation", "meminta kepala desa tetap netral sampai penetapan hasil")]),
    ("Sekda mengingatkan seluruh pegawai tetap profesional selama tahapan pemilu.",
     [("obligation", "mengingatkan seluruh pegawai tetap profesional selama tahapan pemilu")]),
    ("Pada hari pencoblosan, ia meminta ASN masuk kantor setelah memberikan suara.",
     [("obligation", "meminta ASN masuk kantor setelah memberikan suara")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_cue_forms(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Anggota Polri tidak boleh berada di lokasi kampanye kecuali ditugaskan mengamankan.",
    "Prajurit dilarang memasuki arena kampanye, kecuali diperintahkan komandan untuk berjaga.",
])
def test_a_cue_inside_an_exception_is_no_rule(text):
    got = kinds(text)
    assert len(got) == 1 and got[0][0] == "prohibition"


@pytest.mark.parametrize("text", [
    "Ia ditugaskan di Puskesmas Lembah Hijau sejak tahun lalu.",
    "Petugas yang ditugaskan di TPS itu berasal dari kecamatan lain.",
])
def test_a_posting_is_no_duty(text):
    assert kinds(text) == []


# spoken cardinals as ordinals after an announcement ("Ada tiga hal yang saya larang. Satu,
# ... Dua, ..."): each is an item of the announced kind; the announcement is none
@pytest.mark.parametrize("text,kind,acts", [
    ("\"Ada tiga hal yang saya larang keras. Satu, memakai mobil dinas untuk mengantar tim sukses. Dua, "
     "memakai aula kantor untuk rapat relawan. Tiga, berfoto dengan calon lalu mengunggahnya.\"",
     "prohibition", ["memakai mobil dinas untuk mengantar tim sukses", "memakai aula kantor untuk rapat relawan",
                     "berfoto dengan calon lalu mengunggahnya"]),
    ("Kepala dinas menyebut dua hal yang kami wajibkan. Kesatu, melapor setiap pekan kepada camat. Dua, "
     "menjaga grup kantor bebas dari kiriman kampanye.",
     "obligation", ["melapor setiap pekan kepada camat", "menjaga grup kantor bebas dari kiriman kampanye"]),
])
def test_spoken_cardinals_after_an_announcement(text, kind, acts):
    assert kinds(text) == [(kind, a) for a in acts]
