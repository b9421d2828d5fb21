"""General causes of the misses and spurious clauses of hold-out set v (issue 9, session 6,
clauses7), each built as a mechanism and tested on invented wordings (none is a sentence of
the set): lists of actors and long actor phrases set off by commas, ... All texts are
invented."""
import pytest

from clause_helpers import clauses_of, kinds


# -- a list of actors, or a long actor phrase, set off by commas -------------------------------
@pytest.mark.parametrize("text,expected,actor", [
    ("Kepala desa, perangkat desa, dan anggota BPD dilarang menjadi tim kampanye.",
     ("prohibition", "Kepala desa, perangkat desa, dan anggota BPD dilarang menjadi tim kampanye"),
     "Kepala desa, perangkat desa, dan anggota BPD"),
    ("Camat, lurah serta kepala seksi tidak boleh memasang baliho calon di kantor.",
     ("prohibition", "Camat, lurah serta kepala seksi tidak boleh memasang baliho calon di kantor"),
     "Camat, lurah serta kepala seksi"),
    ("Bupati menegaskan guru dan tenaga kependidikan jenjang SD, SMP, dan MTs di Kecamatan Lembah "
     "Hijau dilarang terlibat kegiatan kampanye.",
     ("prohibition", "guru dan tenaga kependidikan jenjang SD, SMP, dan MTs di Kecamatan Lembah Hijau "
                     "dilarang terlibat kegiatan kampanye"),
     "guru dan tenaga kependidikan jenjang SD, SMP, dan MTs di Kecamatan Lembah Hijau"),
    ("Seluruh petugas kami, dari PPS, KPPS sampai pengawas TPS, wajib netral.",
     ("obligation", "Seluruh petugas kami, dari PPS, KPPS sampai pengawas TPS, wajib netral"),
     "Seluruh petugas kami, dari PPS, KPPS sampai pengawas TPS"),
])
def test_an_actor_list_before_the_cue_is_one_actor_and_one_clause(text, expected, actor):
    out = clauses_of(text)
    assert [(c.kind, c.text) for c in out] == [expected]
    assert out[0].actor == actor


@pytest.mark.parametrize("text,expected", [
    ("Bupati meminta kepala OPD, camat, dan lurah mengawasi bawahannya dan melaporkan pelanggaran ke BKPSDM.",
     [("obligation", "meminta kepala OPD, camat, dan lurah mengawasi bawahannya"),
      ("obligation", "melaporkan pelanggaran ke BKPSDM")]),
    ("Sekda meminta kepala sekolah, pengawas, dan guru menjaga netralitas selama masa kampanye.",
     [("obligation", "meminta kepala sekolah, pengawas, dan guru menjaga netralitas selama masa kampanye")]),
    ("Wali kota meminta camat, lurah dan ketua RT tidak memasang spanduk calon di kantor.",
     [("prohibition", "meminta camat, lurah dan ketua RT tidak memasang spanduk calon di kantor")]),
])
def test_a_request_to_a_list_of_addressees_keeps_its_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an actor word that is the object of a preposition in a clause before the comma
    ("Untuk mengantar logistik ke PPK, petugas di Desa Sungai Rawa harus melapor dua kali sehari.",
     "harus melapor dua kali sehari"),
    ("Sesudah rapat dengan camat, nelayan di Dusun Tiga harus kembali bekerja.",
     "harus kembali bekerja"),
    # a discourse connective before the cue
    ("Pegawai itu abdi negara, jadi harus netral.", "harus netral"),
])
def test_a_comma_list_does_not_reach_an_actor_outside_the_subject(text, expected):
    out = clauses_of(text)
    assert [c.text for c in out] == [expected]
    assert out[0].actor is None


# -- an instruction after a condition: the condition is no actor and no part of the act --------
@pytest.mark.parametrize("text,expected", [
    ('"Kalau ada ajakan yang berbau kampanye, tidak usah datang," ujarnya.',
     [("prohibition", "tidak usah datang")]),
    ("Jika ada undangan pertemuan dari tim sukses, tidak usah dihadiri.",
     [("prohibition", "tidak usah dihadiri")]),
    ('"Kalau ada yang mencurigakan, segera laporkan," kata Ketua Panwascam.',
     [("obligation", "segera laporkan")]),
    ("Jika menemukan pegawai ikut konvoi, segera laporkan.",
     [("obligation", "segera laporkan")]),
])
def test_an_instruction_after_a_condition_starts_after_the_comma(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Kalau tahu ada bawahan yang ikut kampanye, tegur dan laporkan," kata Kepala BKD.',
     [("obligation", "tegur dan laporkan")]),
    ("Kalau ada rekan kerja yang memasang foto calon, ingatkan dan laporkan ke atasan.",
     [("obligation", "ingatkan dan laporkan ke atasan")]),
])
def test_tegur_and_ingatkan_after_a_condition_instruct(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Tegur sapa warga di pasar pagi itu berlangsung hangat.",
    "Ingatkan saya nanti sore, katanya sambil tertawa.",
])
def test_tegur_and_ingatkan_without_a_condition_give_no_clause(text):
    assert kinds(text) == []


# -- addressees of election bodies, family organisations and superiors are actors ---------------
@pytest.mark.parametrize("text,expected,actor", [
    ("Anggota KPPS dilarang mengenakan atribut partai saat bertugas di TPS.",
     ("prohibition", "Anggota KPPS dilarang mengenakan atribut partai saat bertugas di TPS"), "Anggota KPPS"),
    ("Pantarlih wajib menempelkan stiker coklit di rumah yang sudah didata.",
     ("obligation", "Pantarlih wajib menempelkan stiker coklit di rumah yang sudah didata"), "Pantarlih"),
    ("Anggota Bhayangkari tidak boleh memakai seragam organisasi saat menghadiri kampanye.",
     ("prohibition", "Anggota Bhayangkari tidak boleh memakai seragam organisasi saat menghadiri kampanye"),
     "Anggota Bhayangkari"),
    ("Persit diminta tidak membawa nama satuan dalam kegiatan partai.",
     ("prohibition", "Persit diminta tidak membawa nama satuan dalam kegiatan partai"), "Persit"),
])
def test_election_bodies_and_family_organisations_are_actors(text, expected, actor):
    out = clauses_of(text)
    assert [(c.kind, c.text) for c in out] == [expected]
    assert out[0].actor == actor


@pytest.mark.parametrize("text,expected", [
    ("Kami minta atasan langsung jangan membiarkan bawahannya ikut kampanye.",
     [("prohibition", "minta atasan langsung jangan membiarkan bawahannya ikut kampanye")]),
    ("Saya minta atasan tidak menutupi pelanggaran anak buahnya.",
     [("prohibition", "minta atasan tidak menutupi pelanggaran anak buahnya")]),
])
def test_a_request_to_superiors_binds_them(text, expected):
    assert kinds(text) == expected


# -- a list of things with a describing verb on its last member is one act ---------------------
@pytest.mark.parametrize("text,expected", [
    ("Anggota KPPS dilarang mengenakan rompi, syal, atau topi bergambar bakal calon.",
     [("prohibition", "Anggota KPPS dilarang mengenakan rompi, syal, atau topi bergambar bakal calon")]),
    ("Bidan diminta tidak membagikan gula, minyak, atau beras berlogo partai kepada ibu hamil.",
     [("prohibition", "Bidan diminta tidak membagikan gula, minyak, atau beras berlogo partai kepada ibu hamil")]),
])
def test_a_list_of_things_with_a_describing_verb_is_one_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("ASN dilarang ikut kampanye, kampanye memakai atribut partai, dan menjadi juru bicara calon.",
     [("prohibition", "ASN dilarang ikut kampanye"), ("prohibition", "kampanye memakai atribut partai"),
      ("prohibition", "menjadi juru bicara calon")]),
    ("Kepala desa dilarang menjadi tim sukses, kampanye memakai fasilitas desa, dan mengerahkan perangkat.",
     [("prohibition", "Kepala desa dilarang menjadi tim sukses"), ("prohibition", "kampanye memakai fasilitas desa"),
      ("prohibition", "mengerahkan perangkat")]),
])
def test_a_noun_act_after_a_verbal_act_still_opens_an_act(text, expected):
    assert kinds(text) == expected


# -- a closing permission judges its subject, after a source frame and past an object -----------
@pytest.mark.parametrize("text,expected", [
    ("Menurut Suartini, calon yang ingin membesuk pasien sebetulnya boleh saja, asalkan tanpa rombongan.",
     [("permission", "calon yang ingin membesuk pasien sebetulnya boleh saja")]),
    ("Menurut Kepala BKD, kepala desa yang mengantar warga lansia ke TPS sebenarnya diperbolehkan.",
     [("permission", "kepala desa yang mengantar warga lansia ke TPS sebenarnya diperbolehkan")]),
])
def test_a_closing_permission_after_a_source_frame_keeps_its_subject(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Seminar dan bedah buku yang menghadirkan seluruh pasangan calon justru tetap diperbolehkan.",
     [("permission", "Seminar dan bedah buku yang menghadirkan seluruh pasangan calon justru tetap diperbolehkan")]),
    ("Lomba debat yang mengundang semua calon bupati tetap boleh.",
     [("permission", "Lomba debat yang mengundang semua calon bupati tetap boleh")]),
])
def test_an_actor_object_in_the_subjects_relative_clause_is_part_of_the_act(text, expected):
    assert kinds(text) == expected


# -- an example act after a marker inside a cue-less list item is an act of its own --------------
@pytest.mark.parametrize("text,expected", [
    ("Edaran itu juga memuat larangan lain bagi ASN. Yaitu:\n\n"
     "Memasang stiker calon di kendaraan dinas\n\n"
     "Mempromosikan bakal calon di grup kantor, termasuk membagikan poster dan menyukai unggahan tim sukses\n\n"
     "Bupati menyampaikan hal itu di Kota Sukamaju.",
     [("prohibition", "Memasang stiker calon di kendaraan dinas"),
      ("prohibition", "Mempromosikan bakal calon di grup kantor"),
      ("prohibition", "membagikan poster dan menyukai unggahan tim sukses")]),
    ("Isi edaran itu, ASN dilarang melakukan hal berikut:\n"
     "1. Menghadiri rapat umum pasangan calon, misalnya ikut berorasi di panggung.\n"
     "2. Memakai atribut partai di kantor.\n\n"
     "Edaran itu berlaku sejak Senin.",
     [("prohibition", "Menghadiri rapat umum pasangan calon"),
      ("prohibition", "ikut berorasi di panggung"),
      ("prohibition", "Memakai atribut partai di kantor")]),
])
def test_an_example_act_inside_a_cue_less_item_is_its_own_act(text, expected):
    assert kinds(text) == expected


def test_a_nominal_item_keeps_its_example_inside():
    text = ("Guru dilarang melakukan hal-hal berikut:\n"
            "- Kampanye terselubung di kelas, termasuk menyebut nama calon saat mengajar\n"
            "- Memasang foto calon di papan kelas\n\n"
            "Edaran itu dibacakan di SMA Negeri 2 Sukamaju.")
    assert kinds(text) == [
        ("prohibition", "Kampanye terselubung di kelas, termasuk menyebut nama calon saat mengajar"),
        ("prohibition", "Memasang foto calon di papan kelas")]


# -- "tidak ada larangan bagi X untuk": a permission; "punya kewajiban": the actor before it ----
@pytest.mark.parametrize("text,expected", [
    ("Tidak ada larangan bagi guru untuk menghadiri debat kandidat di balai kota.",
     [("permission", "Tidak ada larangan bagi guru untuk menghadiri debat kandidat di balai kota")]),
    ("Menurut BKD, tidak ada larangan bagi PNS untuk membahas visi calon bersama keluarga di rumah.",
     [("permission", "tidak ada larangan bagi PNS untuk membahas visi calon bersama keluarga di rumah")]),
])
def test_no_prohibition_for_an_addressee_is_a_permission(text, expected):
    assert kinds(text) == expected


# -- a permission cue inside a proviso is a condition; "boleh (dan) tidaknya" is a noun ---------
@pytest.mark.parametrize("text,expected", [
    ("Putusan itu membolehkan peserta pemilu berkampanye di kampus sepanjang mendapat izin rektor.",
     [("permission", "membolehkan peserta pemilu berkampanye di kampus sepanjang mendapat izin rektor")]),
    ("ASN boleh hadir di kampanye terbuka, asalkan diizinkan atasan langsung.",
     [("permission", "ASN boleh hadir di kampanye terbuka")]),
])
def test_a_permission_inside_a_proviso_is_a_condition(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Banyak honorer yang masih bingung soal batas boleh dan tidaknya memakai kaos partai.",
    "Panitia lomba akan menentukan boleh tidaknya penonton membawa spanduk ke stadion.",
])
def test_boleh_tidaknya_names_a_question_not_a_permission(text):
    assert kinds(text) == []


# -- "dengan pose / gaya + verb" opens the manner of one act --------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("ASN dilarang berfoto dengan pose mengacungkan jari atau membentuk simbol nomor urut.",
     [("prohibition", "ASN dilarang berfoto dengan pose mengacungkan jari atau membentuk simbol nomor urut")]),
    ("Perangkat desa tidak boleh berswafoto dengan gaya menunjuk angka dua atau memperagakan salam calon.",
     [("prohibition",
       "Perangkat desa tidak boleh berswafoto dengan gaya menunjuk angka dua atau memperagakan salam calon")]),
])
def test_alternatives_inside_a_pose_are_one_act(text, expected):
    assert kinds(text) == expected


# -- the party of a list: after "dilakukan", not the words "Berikut hal-hal" ----------------------
@pytest.mark.parametrize("text,actor", [
    ("Berikut hal-hal yang dilarang dilakukan ASN selama tahapan Pilkada 2024:\n"
     "1. Menjadi anggota tim pemenangan bakal calon.\n2. Memakai seragam dinas saat kampanye.\n\n"
     "Bupati menyampaikan hal itu di Sukamaju.", "ASN"),
    ("Berikut ketentuan yang wajib dipatuhi kepala desa menjelang pemungutan suara:\n"
     "- Menjaga ketertiban warga.\n- Melayani semua warga tanpa membedakan pilihan.\n\n"
     "Edaran itu dibagikan ke semua desa.", "kepala desa"),
])
def test_a_list_lead_in_names_its_party_after_the_cue(text, actor):
    out = clauses_of(text)
    assert len(out) == 2 and {c.actor for c in out} == {actor}


@pytest.mark.parametrize("text,expected,actor", [
    ("Menurut Sekda, dilarang memasang baliho calon di kantor kecamatan.",
     [("prohibition", "dilarang memasang baliho calon di kantor kecamatan")], None),
    # the doer after "ada" is the actor (tests/test_clauses_existential_subject.py), not the source
    ("Kata Kepala BKD, tidak boleh ada pegawai yang mengenakan atribut partai.",
     [("prohibition", "tidak boleh ada pegawai yang mengenakan atribut partai")], "pegawai"),
])
def test_the_source_before_a_comma_is_no_actor(text, expected, actor):
    out = clauses_of(text)
    assert [(c.kind, c.text) for c in out] == expected
    assert out[0].actor == actor

