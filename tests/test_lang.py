"""lang.py: the one home of list markers, month names, bylines and circular mentions."""
from __future__ import annotations

import json

import pytest

from corpus_tools.dates import find_dates, parse_date
from corpus_tools.lang import rules, strip_list_marker
from corpus_tools.settings import Settings


@pytest.mark.parametrize("line,marker", [
    ("1. Memasang baliho;", "1."), ("12) ikut kampanye", "12)"), ("(3) menjadi tim sukses", "(3)"),
    ("a. Memasang spanduk", "a."), ("(b) hadir di deklarasi", "(b)"), ("- ikut kampanye", "-"),
    ("•Berfoto dengan pose jari", "•"), ("► Menjadi saksi", "►"),
])
def test_list_markers(line, marker):
    m = rules().list_marker.match(line)
    assert m and m.group("marker") == marker


@pytest.mark.parametrize("line", ["10.000 pegawai ikut apel pagi.", "A.Yani menyampaikan sambutan.", "2024 menjadi tahun politik.",
                                  "Pegawai dilarang: 1. ikut kampanye"])
def test_not_list_markers(line):
    assert rules().list_marker.match(line) is None


def test_strip_list_marker():
    assert strip_list_marker("b) memakai atribut partai") == "memakai atribut partai"
    assert strip_list_marker("ASN dilarang ikut kampanye.") == "ASN dilarang ikut kampanye."


@pytest.mark.parametrize("text,iso", [
    ("Kamis, 2 November 2023 10:15 WIB", "2023-11-02"), ("Jumat, 22 Nov 2024", "2024-11-22"),
    ("17 Agt. 2023", "2023-08-17"), ("3 Nopember 2023", "2023-11-03"), ("September 20, 2023", "2023-09-20"),
    ("12/01/2024", "2024-01-12"),
])
def test_month_names_in_both_languages_and_old_spellings(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("line", ["Selasa, 9 Januari 2024 08:40 WIB", "Jum'at, 08 Maret 2024 - 07:15 WIB", "07/11/2023",
                                  "Desember 5, 2023", "Sel, 10 Sep 2024", "Rab, 21 Mar 2018 09:00"])
def test_date_lines(line):
    assert rules().date_line.fullmatch(line)


@pytest.mark.parametrize("line,author,editor", [
    ("Penulis: Dimas Prakoso | Editor: Rina Hapsari", "Dimas Prakoso", "Rina Hapsari"),
    ("Oleh: Siti Aminah", "Siti Aminah", None),
    ("Diposting oleh Redaksi Kabar Desa", "Redaksi Kabar Desa", None),
    ("Reporter : Yusuf Anwar", "Yusuf Anwar", None),
])
def test_bylines(line, author, editor):
    m = rules().byline.match(line)
    assert m and m.group("author").strip() == author and m.group("editor") == editor


@pytest.mark.parametrize("line", ["Oleh karena itu, pegawai diminta menjaga netralitas selama kampanye berlangsung.",
                                  "Sumber daya manusia di daerah masih terbatas, kata bupati."])
def test_body_sentences_are_not_credit_lines(line):
    assert not rules().credit_line.fullmatch(line)


@pytest.mark.parametrize("text,count", [("Surat Edaran itu dan SE lainnya", 2), ("edaran bupati", 1),
                                        ("se-kecamatan", 1)])
def test_circular_mentions(text, count):
    assert len(rules().circular_mention.findall(text)) == count


def test_a_user_lang_file_changes_every_stage_that_reads_it(tmp_path):
    """One home: a month spelling added to the user's lang.json is read by dates and metadata."""
    data = json.loads(Settings().path("lang.json").read_text(encoding="utf-8"))
    data["months"]["djanuari"] = 1
    data["list_markers"]["bullets"] += "¤"
    mine = tmp_path / "lang.json"
    mine.write_text(json.dumps(data), encoding="utf-8")
    s = Settings().with_data(**{"lang.json": mine})
    assert parse_date("5 Djanuari 1955") is None
    assert parse_date("5 Djanuari 1955", settings=s) == "1955-01-05"
    assert find_dates("pada 5 Djanuari 1955 itu", settings=s)[0][2] == "1955-01-05"
    assert rules(s).list_marker.match("¤ ikut kampanye") and not rules().list_marker.match("¤ ikut kampanye")


@pytest.mark.parametrize("line,place", [("Tanjung Mas, 14 September 2024", "Tanjung Mas"),
                                        ("Kota Baru Selatan, 3 Okt 2024", "Kota Baru Selatan")])
def test_a_place_and_date_line(line, place):
    assert rules().place_date.match(line).group("place") == place


@pytest.mark.parametrize("line", ["Pegawai, 14 September 2024 adalah batas akhir pelaporan",
                                  "dilarang berkampanye, 14 September 2024", "Selasa, 10 September 2024",
                                  "Jumat, 3 Okt 2024"])
def test_a_sentence_with_a_date_is_no_place_and_date_line(line):
    assert not rules().place_date.match(line)


@pytest.mark.parametrize("line,icon,author", [("calendar_month Sel, 10 Sep 2024", "calendar_month ", None),
                                              ("person Redaksi Lintas Timur", "person ", "person")])
def test_icon_font_names_before_a_line(line, icon, author):
    m = rules().icon_word.match(line)
    assert (m.group(0), m.group("author")) == (icon, author)
    assert not rules().icon_word.match("update status pegawai")


@pytest.mark.parametrize("text, iso", [
    ("Tanjung Lestari, 12 Aguſtus 2024 - Bupati", "2024-08-12"),   # long s (U+017F)
    ("dibacakan 3 Deſember 2023 di aula", "2023-12-03"),
    ("terbit 12 O\u212atober 2024 pukul", "2024-10-12"),          # Kelvin sign (U+212A)
])
def test_find_dates_odd_case_letters_do_not_crash(text, iso):
    # The date patterns match case-insensitively, which lets "ſ" and the Kelvin sign
    # through; the month lookup must follow rather than raise KeyError.
    from corpus_tools.dates import find_dates
    found = [d for _, _, d in find_dates(text)]
    assert found == ([iso] if iso else [])


@pytest.mark.parametrize("word,n", [("tiga", 3), ("sebelas", 11), ("dua belas", 12), ("dua puluh satu", 21),
                                    ("tiga puluh", 30), ("sembilan puluh sembilan", 99)])
def test_cardinals_are_built_from_units_teens_and_tens(word, n):
    assert rules().cardinals[word] == n


@pytest.mark.parametrize("word,n", [("pertama", 1), ("kesatu", 1), ("kedua", 2), ("kesepuluh", 10), ("kesebelas", 11)])
def test_ordinals_are_the_prefix_on_one_word_cardinals(word, n):
    assert rules().ordinals[word] == n
    assert "kedua belas" not in rules().ordinals    # not one word: "Kedua belas" would be read as "kedua"


def test_number_words_have_one_home_read_by_clauses_and_compare(tmp_path):
    """A tens word added to lang.json reaches both the clause stage's item numbers and
    compare's announced counts ("empat puluh dua poin")."""
    from corpus_tools.circulars import list_context
    from corpus_tools.clauses.lexicon import build_lexicon
    data = json.loads(Settings().path("lang.json").read_text(encoding="utf-8"))
    data["numbers"]["units"]["ampat"] = 4       # an old spelling
    data["numbers"]["teens"]["sepuloh"] = 10
    mine = tmp_path / "lang.json"
    mine.write_text(json.dumps(data), encoding="utf-8")
    s = Settings().with_data(**{"lang.json": mine})
    assert build_lexicon(s).number_words["sepuloh"] == 10 and "sepuloh" not in build_lexicon(Settings()).number_words
    said = "Edaran itu memuat ampat puluh dua poin larangan bagi pegawai."
    assert list_context({"text": said, "clauses": []}, s)["counts"][0][1] == 42
    assert [n for _, n in list_context({"text": said, "clauses": []}, Settings())["counts"]] != [42]
