"""A rule a law states after a passive verb of saying ("Dalam UU Desa juga disebutkan kepala
desa dilarang ...") has no speaker: the actor and cue after the verb are the rule, and a quote
that follows is still the official's (speakers.py _reports_rule). Invented texts."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Di dalam UU Desa pun sudah disebutkan kepala desa dilarang merangkap pengurus partai politik.",
     [("prohibition", "kepala desa dilarang merangkap pengurus partai politik")]),
    ("Di peraturan bupati itu dijelaskan guru honorer tidak boleh memasang alat peraga kampanye.",
     [("prohibition", "guru honorer tidak boleh memasang alat peraga kampanye")]),
])
def test_a_rule_after_a_passive_verb_of_saying_is_a_clause(text, expected):
    assert kinds(text) == expected


def test_a_quote_after_it_keeps_the_officials_voice():
    text = ("Kepala BKD Lembah Hijau Sutrisno menyampaikan bahwa pengawasan terus berjalan. Dalam UU ASN "
            "juga disebutkan pegawai dilarang menjadi anggota partai politik.\n\n"
            "“Pegawai harus betul-betul profesional,” katanya.")
    assert kinds(text) == [("prohibition", "pegawai dilarang menjadi anggota partai politik"),
                           ("obligation", "Pegawai harus betul-betul profesional")]


@pytest.mark.parametrize("text", [
    # a pronoun after the verb is no actor the source binds: the phrase stays the speaker's
    "Dedi, warga Sukamaju, mengeluh soal baliho. Dalam obrolan itu disebutkan mereka harus lebih tegas.",
    # the verb of saying with no actor and cue after it is talk about the rule
    "Larangan itu juga disebutkan dalam peraturan pemerintah.",
])
def test_other_passive_sayings_give_no_clause(text):
    assert kinds(text) == []
