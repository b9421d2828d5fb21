"""A group of any trade named by "para"/"segenap" as the addressee of a command verb
(actors.json "group_determiners") is an actor, and a sign of a rule for the document gate,
even when its head is no known role: real articles address penyuluh, operator, sopir,
apoteker ... . Crowds and parties a story advises ("para pihak", "para pengendara":
"generic_group_heads") are no such sign. All texts are invented."""
import pytest

from clause_helpers import clauses_of
from corpus_tools.settings import Settings

GATED = Settings()

# election news whose only addressee is a trade outside actors.json "roles"
TRADES = [
    ("Kepala Dinas Perhubungan Kota Rawabening mengingatkan para sopir angkutan kota milik daerah agar tidak "
     "menempelkan stiker pasangan calon wali kota di kaca mobil. Pengawasan akan dilakukan di terminal.",
     "para sopir angkutan kota milik daerah", "menempelkan stiker"),
    ("Direktur puskesmas meminta segenap apoteker dan operator loket untuk tidak memakai seragam kerja saat "
     "menghadiri kampanye pilkada. Hal itu disampaikan dalam apel pagi.",
     "segenap apoteker dan operator loket", "memakai seragam kerja"),
]

# election news where a command verb only advises a crowd or the parties
ADVICE = [
    "Menjelang kampanye akbar di lapangan kota, Satlantas mengimbau para pengendara agar menghindari Jalan "
    "Merdeka karena akan ditutup sejak pukul 07.00. Arus lalu lintas dialihkan lewat jalan lingkar.",
    "KPU Kabupaten Tanah Abang meminta para pihak untuk menahan diri selama rekapitulasi suara berlangsung. "
    "Rapat pleno dijadwalkan selesai Jumat malam.",
]


@pytest.mark.parametrize("text,actor,act", TRADES)
def test_a_named_trade_is_the_addressee_and_the_rule_is_kept(text, actor, act):
    out = clauses_of(text, settings=GATED)
    assert len(out) == 1, [c.text for c in out]
    c = out[0]
    assert c.kind == "prohibition" and act in c.text
    assert c.actor == actor and c.actor_normalized is None


@pytest.mark.parametrize("text", ADVICE)
def test_advice_to_a_crowd_or_the_parties_is_no_rule(text):
    assert clauses_of(text, settings=GATED) == []
