"""Regional heads as addressees and subjects of rules (actors.json role "kepala daerah"), and
three directive shapes: a passive directive opening its sentence before an addressee outside
the actor lexicon ("Diminta anggota tetap menjaga ..."), the root form "ingatkan" after a
subject ("Kapolres ingatkan personel agar ..."), and a letter as a directive ("menyurati X
untuk tidak ..."); a power to punish ("Bupati dapat menjatuhkan sanksi") is no permission.
All texts are invented."""
import pytest

from clause_helpers import clauses_of, kinds


@pytest.mark.parametrize("text,kind,actor,span", [
    ("Menurut aturan itu, kepala daerah dilarang menjadi ketua tim pemenangan pasangan calon.",
     "prohibition", "kepala daerah", "kepala daerah dilarang menjadi ketua tim pemenangan pasangan calon"),
    ("Karena itu, Rudi menegaskan kalau Pj kepala daerah yang hendak maju pilkada harus mundur dari jabatannya.",
     "obligation", "Pj kepala daerah yang hendak maju pilkada",
     "Pj kepala daerah yang hendak maju pilkada harus mundur dari jabatannya"),
    ("Wakil bupati tidak boleh memakai mobil dinas untuk berkampanye.",
     "prohibition", "Wakil bupati", "Wakil bupati tidak boleh memakai mobil dinas untuk berkampanye"),
])
def test_regional_head_is_the_subject_of_a_rule(text, kind, actor, span):
    found = clauses_of(text)
    assert [(c.kind, c.text, c.actor) for c in found] == [(kind, span, actor)]


@pytest.mark.parametrize("text,kind,actor,start", [
    ("Ia meminta, seluruh bupati di Rantaulu, tidak memakai fasilitas negara saat berkampanye.",
     "prohibition", "seluruh bupati di Rantaulu", "meminta, seluruh bupati"),
    ("Sebelumnya Menteri Budi mengingatkan seluruh Pj kepala daerah yang kini menjabat untuk tak ikut politik praktis.",
     "prohibition", "seluruh Pj kepala daerah yang kini menjabat", "mengingatkan seluruh Pj kepala daerah"),
    ("Gubernur Rantaulu meminta para wali kota agar tidak melantik pejabat selama masa kampanye.",
     "prohibition", "para wali kota", "meminta para wali kota agar"),
])
def test_regional_head_is_the_addressee_of_a_directive(text, kind, actor, start):
    found = clauses_of(text)
    assert len(found) == 1, [(c.kind, c.text) for c in found]
    assert (found[0].kind, found[0].actor) == (kind, actor)
    assert found[0].text.startswith(start)


@pytest.mark.parametrize("text", [
    "Bupati Sukamaju Andi Rahman mengatakan pihaknya siap menyukseskan pemilihan kepala daerah.",
    "Wali Kota Rantaulu, Budi Santoso, menghadiri apel kesiapan pilkada di alun-alun.",
    "Bupati dapat menjatuhkan sanksi administratif kepada pegawai yang melanggar.",
    "Gubernur bisa memberikan sanksi kepada kepala dinas yang lalai.",
    "PPK dapat memberhentikan pegawai yang terbukti berkampanye.",
])
def test_regional_head_as_speaker_or_authority_gives_no_clause(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,actor", [
    ("Calon bupati wajib menyerahkan laporan harta kekayaan kepada KPU.", "Calon bupati"),
    ("Calon wali kota dilarang melibatkan aparatur desa dalam kampanye.", "Calon wali kota"),
])
def test_a_candidate_for_an_office_is_the_candidate(text, actor):
    found = clauses_of(text)
    assert [c.actor for c in found] == [actor]


@pytest.mark.parametrize("text,kind,actor,start", [
    ("Diminta anggota tetap menjaga kekompakan satuan selama tahapan pemilu.",
     "obligation", "anggota", "Diminta anggota tetap menjaga"),
    ("Diimbau pengurus koperasi tidak menggunakan dana simpanan untuk kampanye.",
     "prohibition", "pengurus koperasi", "Diimbau pengurus koperasi tidak"),
    ("Diminta para relawan selalu menjaga ketertiban di sekitar lokasi.",
     "obligation", "para relawan", "Diminta para relawan selalu"),
])
def test_fronted_passive_directive_binds_its_addressee(text, kind, actor, start):
    found = clauses_of(text)
    assert len(found) == 1, [(c.kind, c.text) for c in found]
    assert (found[0].kind, found[0].actor) == (kind, actor)
    assert found[0].text.startswith(start)


@pytest.mark.parametrize("text", [
    "Diminta keterangan oleh penyidik, Budi mengaku tidak tahu.",
    "Diminta komentar soal itu, Rudi menolak menjawab.",
    "Ia meminta anggota sudah hadir pukul tujuh pagi.",
])
def test_fronted_passive_with_no_addressee_gives_no_clause(text):
    assert kinds(text) == []


def test_adverb_between_a_directive_addressee_and_its_act():
    found = clauses_of("Ia meminta anggota tetap menjaga kekompakan satuan selama pemilu.")
    assert [(c.kind, c.actor) for c in found] == [("obligation", "anggota")]


@pytest.mark.parametrize("text,kind,actor,start", [
    ("Kapolres Sukamaju ingatkan personel agar bersikap netral dalam pilkada.",
     "obligation", "personel", "ingatkan personel agar"),
    ("Dandim Rantaulu ingatkan prajurit tidak terlibat politik praktis.",
     "prohibition", "prajurit", "ingatkan prajurit tidak"),
    ("Camat Sukamaju minta para lurah agar tidak memasang baliho calon.",
     "prohibition", "para lurah", "minta para lurah agar"),
])
def test_root_form_directive_after_its_subject(text, kind, actor, start):
    found = clauses_of(text)
    assert len(found) == 1, [(c.kind, c.text) for c in found]
    assert (found[0].kind, found[0].actor) == (kind, actor)
    assert found[0].text.startswith(start)


@pytest.mark.parametrize("text", [
    '"Ingatkan saya kalau ada kebijakan yang dianggap berat sebelah," kata Budi.',
    '"Tolong ingatkan kami bila lupa," ujar Rudi.',
])
def test_ingatkan_with_the_speaker_as_object_is_a_favour(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,kind,actor,start", [
    ("Bawaslu Rantaulu menyurati para kepala desa untuk tidak terlibat dalam kampanye pasangan calon.",
     "prohibition", "para kepala desa", "menyurati para kepala desa untuk"),
    ("Bupati Sukamaju telah menyurati seluruh camat agar memastikan perangkat desa bersikap netral.",
     "obligation", "seluruh camat", "menyurati seluruh camat agar"),
])
def test_a_letter_to_an_addressee_is_a_directive(text, kind, actor, start):
    found = clauses_of(text)
    assert len(found) == 1, [(c.kind, c.text) for c in found]
    assert (found[0].kind, found[0].actor) == (kind, actor)
    assert found[0].text.startswith(start)


@pytest.mark.parametrize("text", [
    "Bawaslu menyurati KPU untuk meminta salinan data pemilih.",
    "Panwascam menyurati pihak sekolah terkait penggunaan gedung untuk kampanye.",
])
def test_a_letter_to_no_actor_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,actor", [
    ("Budi mengatakan jika guru honorer tidak boleh ikut berkampanye.", "guru honorer"),
    ("Rudi menegaskan kalau camat yang hendak maju pilkada harus mundur dari jabatannya.",
     "camat yang hendak maju pilkada"),
])
def test_conditional_after_a_verb_of_stating_reads_as_that(text, actor):
    assert [c.actor for c in clauses_of(text)] == [actor]


@pytest.mark.parametrize("text,actor", [
    ("Ia mengingatkan seluruh camat yang kini menjabat untuk tidak ikut politik praktis.",
     "seluruh camat yang kini menjabat"),
    ("Ia meminta semua lurah yang saat ini bertugas agar tidak memasang baliho calon.",
     "semua lurah yang saat ini bertugas"),
])
def test_time_word_opens_an_addressee_relative_clause(text, actor):
    assert [c.actor for c in clauses_of(text)] == [actor]


def test_ordinal_item_asking_the_speaker_a_favour_is_no_rule():
    text = ('"Pertama, kalau ada yang menawarkan amplop, tolak dengan sopan. Kedua, ingatkan saya '
            'kalau ada keputusan saya yang dinilai berat sebelah," ujar Rudi.')
    assert [k for k, _ in kinds(text)] == ["obligation"]


@pytest.mark.parametrize("issuer", ["Camat", "Wali Kota"])
def test_issuer_named_after_a_circular_frame_is_no_addressee(issuer):
    text = (f"Dalam surat edaran itu, {issuer} melarang semua pegawai kecamatan Lembah Hijau untuk:\n\n"
            "1. Ikut rapat umum pasangan calon.\n\n2. Membagikan bahan kampanye.\n\nAgenda lain tetap berjalan.")
    found = clauses_of(text)
    assert [(c.kind, c.actor) for c in found] == [("prohibition", "semua pegawai kecamatan Lembah Hijau")] * 2
