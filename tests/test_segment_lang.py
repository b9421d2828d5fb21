"""One home for language rules: segment, normalise and circulars take their list markers
from the run's ``lang.json`` (through Settings), so a user's replacement file reaches them.

The override used here adds a bullet the shipped file does not know ("»", "¤") and
parenthesised Roman-style numbering is left alone: each stage must see the new marker
with the override and not without it."""
import json

import pytest

from corpus_tools.circulars import build_vocabulary
from corpus_tools.lang import rules
from corpus_tools.normalise import strip_lead
from corpus_tools.segment import get_nlp, paragraphs, segment
from corpus_tools.settings import DATA_DIR, Settings

EXTRA_BULLETS = "»¤"


@pytest.fixture(scope="module")
def custom(tmp_path_factory) -> Settings:
    data = json.loads((DATA_DIR / "lang.json").read_text(encoding="utf-8"))
    data["list_markers"]["bullets"] += EXTRA_BULLETS
    data["circulars"]["number_words"].append("reg")
    path = tmp_path_factory.mktemp("lang") / "lang.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return Settings(overrides={"lang.json": path})


def test_the_override_is_the_one_lang_rules_compile(custom):
    assert rules(custom).list_marker.match("» memasang spanduk")
    assert not rules(Settings()).list_marker.match("» memasang spanduk")


@pytest.mark.parametrize("text, items", [
    ("Bupati Sukamaju melarang ASN antara lain:\n» memasang alat peraga kampanye\n» ikut konvoi partai",
     ["memasang alat peraga kampanye", "ikut konvoi partai"]),
    ("Hal yang wajib dipatuhi pegawai di Kota Tanjung Mekar:\n¤ netral dalam pemilu\n¤ melapor bila diajak "
     "berkampanye\n¤ menjaga sikap di media sosial", ["netral dalam pemilu", "melapor bila diajak berkampanye",
                                                   "menjaga sikap di media sosial"]),
])
def test_segment_sees_the_users_list_markers(custom, text, items):
    paras = paragraphs(text, settings=custom)
    assert [p.list_marker for p in paras[1:]] == [text.split("\n")[1][0]] * len(items)
    assert all(p.list_marker is None for p in paragraphs(text, settings=Settings())[1:])
    _, sents = segment(text, settings=custom)
    assert [s.text for s in sents[1:]] == items           # the marker is not part of the sentence
    _, shipped = segment(text, settings=Settings())
    assert shipped[1].text.startswith(("»", "¤"))


def test_segment_pipeline_joins_with_the_users_bare_markers(custom):
    assert get_nlp(custom).get_pipe("ct_join_list_numbers").bare_marker.pattern == rules(custom).bare_marker.pattern
    assert get_nlp(Settings()).get_pipe("ct_join_list_numbers").bare_marker.pattern == rules(Settings()).bare_marker.pattern


@pytest.mark.parametrize("text", [
    "Edaran itu merujuk Peraturan Bupati Nomor 3 Tahun 2022. Reg 14 Tahun 2023 juga dikutip dalam surat itu.",
    "Dasarnya keputusan bernomor 8/2021. Reg 7/2024 kemudian mengubahnya menurut kepala dinas.",
])
def test_segment_uses_the_users_circular_number_words(custom, text):
    """A stray dot before a number word ("... 2022. Nomor 246 ...") does not end a sentence;
    the number words are lang.json's, so the override's "Reg" keeps its sentence whole."""
    _, sents = segment(text, settings=custom)
    assert len(sents) == 1
    _, shipped = segment(text, settings=Settings())
    assert len(shipped) == 2 and shipped[1].text.startswith("Reg ")
    _, nomor = segment(text.replace("Reg ", "Nomor "), settings=Settings())   # a shipped number word
    assert len(nomor) == 1


@pytest.mark.parametrize("item, rest", [
    ("» memasang baliho calon di kantor dinas", "memasang baliho calon di kantor dinas"),
    ("¤ mengunggah foto bersama peserta pemilu", "mengunggah foto bersama peserta pemilu"),
])
def test_normalise_strips_the_users_list_markers(custom, item, rest):
    assert strip_lead(item, settings=custom) == rest
    assert strip_lead(item, settings=Settings()) == item


@pytest.mark.parametrize("item, folded", [
    ("» Memasang baliho calon", "memasang baliho calon"),
    ("¤ Ikut konvoi partai politik", "ikut konvoi partai politik"),
])
def test_compare_folding_strips_the_users_list_markers(custom, item, folded):
    assert build_vocabulary(custom).fold(item) == folded
    assert build_vocabulary(Settings()).fold(item) != folded
    assert build_vocabulary(Settings()).fold("2. " + item[2:]) == folded    # shipped markers still go
