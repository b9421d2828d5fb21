"""Sentence-level shapes of unseen news (issue 9, session 6, clauses6): acts named before
their judgement, alternatives of one act, permissions without a modal, negated duties,
imperatives and the precision cases around them. All texts are invented; each rule is
tested on two or more wordings."""
import pytest

from clause_helpers import kinds


# -- "entah A ataupun B" / "baik A maupun B": ways of one act, not acts -----------------------
@pytest.mark.parametrize("text,expected", [
    ("\"Kaus, topi, atau pin calon dilarang dipakai pegawai, entah dipakai di badan sendiri ataupun ditempel "
     "di sepeda motor,\" ujarnya.",
     [("prohibition", "Kaus, topi, atau pin calon dilarang dipakai pegawai, entah dipakai di badan sendiri "
                      "ataupun ditempel di sepeda motor")]),
    ("Atribut partai tidak boleh dibawa pegawai ke kantor, baik dipakai di badan maupun disimpan di laci meja.",
     [("prohibition", "Atribut partai tidak boleh dibawa pegawai ke kantor, baik dipakai di badan maupun "
                      "disimpan di laci meja")]),
    # the alternatives end at the next separator: the act after it is one of its own
    ("Guru dilarang mengajak murid memilih calon, entah lewat kelas ataupun lewat grup orang tua, dan dilarang "
     "memasang foto calon di sekolah.",
     [("prohibition", "Guru dilarang mengajak murid memilih calon, entah lewat kelas ataupun lewat grup orang tua"),
      ("prohibition", "dilarang memasang foto calon di sekolah")]),
])
def test_alternatives_after_a_comma_stay_in_the_one_act(text, expected):
    assert kinds(text) == expected


# -- "A, itu yang tidak boleh": a cleft judging the act before it -------------------------------
@pytest.mark.parametrize("text,expected", [
    ("\"Memilih itu hak. Tapi jadi juru kampanye, itu yang tidak boleh,\" tegasnya.",
     [("prohibition", "jadi juru kampanye, itu yang tidak boleh")]),
    ("Menurut Kapolres, mengantar calon ke lokasi kampanye itulah yang dilarang, siang maupun malam.",
     [("prohibition", "mengantar calon ke lokasi kampanye itulah yang dilarang")]),
    ("Datang ke kampanye untuk mendengar visi misi, itu yang boleh.",
     [("permission", "Datang ke kampanye untuk mendengar visi misi, itu yang boleh")]),
])
def test_a_cleft_judges_the_act_before_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Hal-hal yang tidak boleh dilakukan ASN diatur dalam surat edaran itu.",
    "Itu yang tidak boleh kami ulangi tahun ini karena anggarannya terbatas.",
])
def test_a_relative_cue_that_closes_nothing_is_no_cleft(text):
    assert kinds(text) == []


# -- an act judged after it, with a doer, a source frame, or a time adjunct after the cue ----
@pytest.mark.parametrize("text,expected", [
    ("\"Kades naik panggung kampanye itu terlarang. Mau joget, mau pidato, sama saja.\"",
     [("prohibition", "Kades naik panggung kampanye itu terlarang")]),
    ("Lurah membagikan sembako bergambar calon itu jelas terlarang.",
     [("prohibition", "Lurah membagikan sembako bergambar calon itu jelas terlarang")]),
    ("Menurut dia, ikut mengajak warga memilih calon tertentu pun terhitung pelanggaran bila pelakunya ASN.",
     [("prohibition", "ikut mengajak warga memilih calon tertentu pun terhitung pelanggaran")]),
    ("Menurut Bawaslu, memasang foto calon di ruang kelas merupakan pelanggaran.",
     [("prohibition", "memasang foto calon di ruang kelas merupakan pelanggaran")]),
    ("Tapi begitu ikut meneriakkan yel-yel pasangan calon, itu sudah masuk kategori pelanggaran, kata Hendra.",
     [("prohibition", "ikut meneriakkan yel-yel pasangan calon, itu sudah masuk kategori pelanggaran")]),
    ("Begitu pegawai ikut membagikan brosur calon, itu termasuk pelanggaran, tegas camat.",
     [("prohibition", "pegawai ikut membagikan brosur calon, itu termasuk pelanggaran")]),
])
def test_a_judged_act_keeps_its_doer_and_drops_its_frame(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Bawaslu menemukan unggahan itu merupakan pelanggaran.",
    "Camat menduga bahwa unggahan itu merupakan pelanggaran.",
    "Panwascam menilai kegiatan itu termasuk pelanggaran.",
])
def test_a_judgement_reported_about_a_named_thing_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Ikut pawai, memakai atribut, atau membagikan kartu nama calon tetap terlarang, siang maupun malam.",
     [("prohibition", "Ikut pawai"), ("prohibition", "memakai atribut"),
      ("prohibition", "membagikan kartu nama calon tetap terlarang")]),
    ("Memasang foto calon di ruang guru itu tidak boleh, tanpa kecuali.",
     [("prohibition", "Memasang foto calon di ruang guru itu tidak boleh")]),
])
def test_a_short_adjunct_after_a_closing_cue_keeps_it_closing(text, expected):
    assert kinds(text) == expected
