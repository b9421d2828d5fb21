"""A passive verb of saying followed by "bahwa" (cues.json content_complementizers) opens what
a source says, not the name of a speaker: the rule after it is a clause even when its words
name a party or a candidate (clauses/speakers.py _reports_rule)."""
from clause_helpers import kinds


def test_statute_content_after_disebutkan_bahwa():
    text = "Pada undang-undang itu disebutkan bahwa pegawai dilarang merangkap pengurus partai politik."
    assert kinds(text) == [("prohibition", "pegawai dilarang merangkap pengurus partai politik")]


def test_second_wording_with_a_filler_and_a_duty():
    text = "Di dalam pasal tersebut dijelaskan pula bahwa pegawai wajib menjaga jarak dari calon."
    assert kinds(text) == [("obligation", "pegawai wajib menjaga jarak dari calon")]


def test_a_resident_named_after_the_verb_is_still_a_speaker():
    text = '"Pegawai jangan ikut kampanye," kata Dedi, warga Desa Sukaraja.'
    assert kinds(text) == []
