"""The social-media row of the national rules ("mengunggah, memberikan like, atau
menanggapi dan semacamnya serta meneruskan poster ... calon") is one act: a light verb
with a borrowed word ("memberikan like") stands as one bare verb sharing the object, "dan
sejenisnya" closes the row without being an object, and "dan atau" is one joiner. Acts with
objects of their own stay apart. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "3. Dilarang mengunggah, memberikan like, atau menanggapi dan sejenisnya serta meneruskan foto maupun "
    "program kerja calon di media daring.",
    "Menurut Panwascam, pegawai dilarang membagikan, memberikan like, dan atau meneruskan program kerja "
    "kandidat melalui akun pribadi.",
    "Guru juga dilarang membagikan, memberi like, atau menanggapi dan semacamnya serta meneruskan pesan berantai "
    "tim sukses.",
])
def test_a_row_of_social_media_verbs_is_one_act(text):
    assert len(kinds(text)) == 1


@pytest.mark.parametrize("text,expected", [
    ("Pegawai dilarang memasang baliho calon dan atau menghadiri kampanye.",
     ["Pegawai dilarang memasang baliho calon", "menghadiri kampanye"]),
    ("Pegawai dilarang memasang spanduk calon, memberikan like pada unggahan calon, atau hadir di kampanye.",
     ["Pegawai dilarang memasang spanduk calon", "memberikan like pada unggahan calon", "hadir di kampanye"]),
])
def test_acts_with_their_own_objects_stay_apart(text, expected):
    assert kinds(text) == [("prohibition", a) for a in expected]
