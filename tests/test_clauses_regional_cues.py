"""Regional words of regional news quotes, read like their Indonesian equivalents: the
Javanese negator "ora" (cues.json negators, beside "ndak", "tra", "sonde") and "monggo"
(a variant of "silakan"). Invented texts."""
import pytest

from clause_helpers import kinds

PAIRS = [
    ('"Datang boleh, berpidato ora," kata Lurah Sidorejo.', "Datang boleh", "berpidato ora"),
    ('"Melayat boleh, membagikan amplop ora," tegas Kepala Dinas Sosial.', "Melayat boleh", "membagikan amplop ora"),
]

INVITES = [
    '"Monggo hadiri debat kandidat di alun-alun, tapi jangan membawa atribut partai," ujar Camat Wonolelo.',
    '"Kalau diundang kampanye, monggo datang sebagai warga biasa," kata Sekretaris Kecamatan.',
]


@pytest.mark.parametrize("text,allowed,forbidden", PAIRS)
def test_ora_closes_the_second_part_of_an_elliptic_pair(text, allowed, forbidden):
    assert kinds(text) == [("permission", allowed), ("prohibition", forbidden)]


@pytest.mark.parametrize("text", INVITES)
def test_monggo_grants_the_act_after_it(text):
    out = kinds(text)
    assert out and out[0][0] == "permission" and out[0][1].lower().startswith("monggo")


def test_ora_negates_a_cue_before_it():
    assert kinds("Perangkat desa ora boleh menempel stiker calon di balai desa.") == [
        ("prohibition", "Perangkat desa ora boleh menempel stiker calon di balai desa")]
