"""A modal over the speaker's own directive ('perlu saya ingatkan kepada seluruh camat untuk
tetap netral') is a way of giving the directive: it binds its addressee and act, unlike a
modal over someone's directive ('petugas dapat meminta warga ...'), which is the modal's
act (cues.json speaker_pronouns). All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Perlu saya ingatkan kepada para lurah di Sukamaju agar menjaga jarak dari tim sukses.",
     [("obligation", "saya ingatkan kepada para lurah di Sukamaju agar menjaga jarak dari tim sukses")]),
    ('"Jadi, perlu saya ingatkan kepada semua kepala desa untuk tidak ikut tim kampanye," ujar Bupati Tirtajaya.',
     [("prohibition", "saya ingatkan kepada semua kepala desa untuk tidak ikut tim kampanye")]),
])
def test_a_modal_over_the_speakers_directive(text, expected):
    assert kinds(text) == expected
