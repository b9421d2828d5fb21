"""metadata.py: circular numbers and keys, the circular's own date, the issuer (gazetteer
or text) and the page-date check; each with at least two wordings (invented regions)."""
from __future__ import annotations

import pytest

from corpus_tools.metadata import (DATE_MARGIN_DAYS, circular_key, date_mismatch, document_metadata,
                                   find_circulars)
from corpus_tools.pipeline import extract_file


def numbers(text: str) -> list[tuple[str, str]]:
    return [(c.number, c.key) for c in find_circulars(text)]


# --- numbers ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,number,key", [
    ("Gubernur meminta ASN menaati Surat Edaran Nomor 1 Tahun 2024 tentang netralitas.", "1 Tahun 2024", "1/2024"),
    ("Aturan itu tertuang dalam SE Wali Kota No 3/2024 yang terbit awal Januari.", "3/2024", "3/2024"),
    ("Bupati menerbitkan SE Nomor 800/123/BKPSDM/2023 kepada seluruh OPD.", "800/123/BKPSDM/2023",
     "800/123/BKPSDM/2023"),
    ("Surat edaran bernomor B/214/BKPSDM.03/2024 itu diteken akhir Agustus.", "B/214/BKPSDM.03/2024",
     "B/214/BKPSDM.03/2024"),
    ("Ketentuan itu merujuk SE/5/2023 yang dikirim ke kecamatan.", "SE/5/2023", "5/2023"),
    ("Ia menyebut Surat Edaran Gubernur Nomor: 100.3.4.4/4811/Setda tetap berlaku.", "100.3.4.4/4811/Setda",
     "100.3.4.4/4811/SETDA"),
    ("Surat Edaran Menteri Nomor B/123/M.SM.00.00/2023 tentang netralitas juga dikutip.", "B/123/M.SM.00.00/2023",
     "B/123/M.SM.00.00/2023"),
    ("Surat Edaran Komisi ASN Nomor B.2900/KASN/11/2017 berisi imbauan serupa.", "B.2900/KASN/11/2017",
     "B.2900/KASN/11/2017"),
    ("Edaran bernomor 100 3.4.4/4811/BKPSDM/2023 dibagikan ke kantor camat.", "100 3.4.4/4811/BKPSDM/2023",
     "100.3.4.4/4811/BKPSDM/2023"),
])
def test_national_and_regional_number_forms(text, number, key):
    assert numbers(text) == [(number, key)]


@pytest.mark.parametrize("a,b", [
    ("Surat Edaran Nomor 5 Tahun 2024", "SE Bupati No 5/2024"),
    ("SE/7/2023", "Surat Edaran Nomor 7 Tahun 2023"),
    ("100 3.4.4/4811/bkpsdm/2023", "100.3.4.4 / 4811 / BKPSDM / 2023"),
])
def test_keys_group_spellings_of_one_number(a, b):
    ka = numbers(f"Menurut {a} itu, ASN dilarang berkampanye.") or [(None, circular_key(a))]
    kb = numbers(f"Menurut {b} itu, ASN dilarang berkampanye.") or [(None, circular_key(b))]
    assert ka[0][1] == kb[0][1]


@pytest.mark.parametrize("text", [
    "Edaran itu mengacu pada Surat Edaran Keputusan Bersama Nomor 2 Tahun 2022 tentang pedoman.",
    "SE tersebut merujuk Peraturan Pemerintah Nomor 94 Tahun 2021 tentang disiplin.",
])
def test_a_decree_cited_after_the_circular_word_is_not_a_circular(text):
    assert numbers(text) == []


# --- the circular's own date -----------------------------------------------------------------

@pytest.mark.parametrize("text,date", [
    ("Bupati menerbitkan SE Nomor 800/123/BKPSDM/2023 tertanggal 12 Desember 2023 untuk seluruh OPD.", "2023-12-12"),
    ("Bupati menerbitkan SE Nomor 800/123/BKPSDM/2023 yang ditandatangani pada 3 Januari 2024.", "2024-01-03"),
    ("Itu disampaikan melalui Surat Edaran Nomor: 800/1071/BKPSDM pada 14 Agustus 2024.", "2024-08-14"),
])
def test_date_stated_after_the_number(text, date):
    assert find_circulars(text)[0].date == date


@pytest.mark.parametrize("text,date", [
    ("Wali Kota mengeluarkan Surat Edaran Nomor 100.3.4/215/Setda/2024 yang mengatur sikap pegawai.\n\n"
     "Surat edaran tertanggal 26 Februari 2024 itu ditujukan kepada camat.", "2024-02-26"),
    ("Sekda menerbitkan SE Nomor 800/55/BKPSDM/2024. Edaran yang ditandatangani pada 3 Januari 2024 itu "
     "melarang ASN ikut kampanye.", "2024-01-03"),
    ("Gubernur meminta ASN menaati Surat Edaran Nomor 1 Tahun 2024. Ia mengatakan edaran tersebut diteken "
     "pada 9 Januari 2024.", "2024-01-09"),
])
def test_date_stated_one_sentence_later(text, date):
    assert find_circulars(text)[0].date == date


@pytest.mark.parametrize("text", [
    "Sekda menerbitkan SE Nomor 800/55/BKPSDM/2024. Kampanye dimulai pada 3 Januari 2024.",
    "Bupati menerbitkan SE Nomor 800/9/BKD/2024. Rapat digelar Senin, 8 Januari 2024 di pendopo.",
])
def test_a_date_of_something_else_in_the_next_sentence_is_not_taken(text):
    assert find_circulars(text)[0].date is None


# --- issuer ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,issuer", [
    ("Pemerintah Kabupaten Tanjung Harapan menerbitkan surat edaran tentang netralitas ASN.",
     "Pemerintah Kabupaten Tanjung Harapan"),
    ("Bupati Sukamaju menerbitkan surat edaran yang melarang ASN ikut kampanye.", "Pemerintah Kabupaten Sukamaju"),
    ("Dalam edaran itu, Wali Kota Muara Baru meminta pegawai tidak memasang baliho.", "Pemerintah Kota Muara Baru"),
])
def test_issuer_from_the_text_when_the_gazetteer_has_none(text, issuer):
    meta = document_metadata(text)
    assert (meta["issuer"], meta["issuer_source"], meta["region"], meta["region_code"]) == (issuer, "text", None, None)


@pytest.mark.parametrize("text,issuer,code", [
    ("Pemerintah Kabupaten Garut menerbitkan surat edaran tentang netralitas ASN.", "Pemerintah Kabupaten Garut", "32.05"),
    ("Dalam surat edaran itu, Pemprov Banten melarang pegawai berkampanye.", "Pemerintah Provinsi Banten", "36"),
])
def test_issuer_from_the_gazetteer_is_marked_so(text, issuer, code):
    meta = document_metadata(text)
    assert (meta["issuer"], meta["issuer_source"], meta["region_code"]) == (issuer, "gazetteer", code)


@pytest.mark.parametrize("text", [
    "Surat Edaran Bupati Nomor 5 Tahun 2024 tentang netralitas ASN sudah diterima seluruh dinas.",
    "Pemerintah Kabupaten Tahun ini kembali menerbitkan Surat Edaran soal netralitas pegawai.",
    "Sesuai Surat Edaran Gubernur Tahun 2024, ASN wajib netral selama masa kampanye.",
    "Edaran Sekda Kabupaten Nomor 12 Tahun 2024 menegaskan larangan bagi pegawai.",
])
def test_a_citation_word_is_no_issuers_name(text):
    """("Pemerintah Kabupaten Nomor", "Pemerintah Provinsi Tahun" were read as issuers)"""
    assert document_metadata(text)["issuer"] is None


@pytest.mark.parametrize("text,issuer", [
    ("Surat Edaran Bupati Lembah Sari Nomor 100/12/BKPSDM melarang pegawai ikut kampanye.",
     "Pemerintah Kabupaten Lembah Sari"),
    ("Melalui Surat Edaran Wali Kota Teluk Sejuk Tentang Netralitas Pegawai, ASN dilarang berkampanye.",
     "Pemerintah Kota Teluk Sejuk"),
    ("Pemkab Sungai Lima Terkait Netralitas ASN Terbitkan Surat Edaran Baru", "Pemerintah Kabupaten Sungai Lima"),
    ("Surat Edaran Bupati Nomor 3 itu ditandatangani Bupati Tanah Merah pada Senin.", "Pemerintah Kabupaten Tanah Merah"),
])
def test_an_issuers_name_ends_before_a_citation_word(text, issuer):
    assert document_metadata(text)["issuer"] == issuer


@pytest.mark.parametrize("text", [
    "Bupati Sukamaju meminta pegawai menjaga netralitas saat apel pagi.",
    "Pemerintah Kota Muara Baru menggelar upacara di alun-alun.",
])
def test_no_issuer_without_a_circular(text):
    assert document_metadata(text)["issuer"] is None


# --- page date against the article's own dates ----------------------------------------------------

@pytest.mark.parametrize("text,published", [
    ("ASN diminta netral pada Pilkada 2024 mendatang, kata sekda.", "2022-03-01"),
    ("Menjelang Pemilu 2029, pegawai diingatkan kembali soal netralitas.", "2026-05-10"),
    ("Rapat koordinasi digelar Senin, 5 Februari 2024 di balai kota.", "2021-02-06"),
    ("Edaran diteken pada 3 Januari 2024 dan disebar ke kecamatan.", "2026-11-30"),
])
def test_page_date_far_from_the_article_is_flagged(text, published):
    assert date_mismatch(text, published) is True


@pytest.mark.parametrize("text,published", [
    ("ASN diminta netral pada Pemilu 2024 mendatang.", "2023-10-01"),
    ("Rapat koordinasi digelar Senin, 5 Februari 2024 di balai kota.", "2024-02-06"),
    ("Pilkada 2024 digelar 27 November 2024, kata komisioner.", "2024-09-17"),
    ("Edaran merujuk keputusan bersama tertanggal 22 September 2022 menjelang Pilkada 2024.", "2024-08-01"),
    ("Keputusan bersama tertanggal 22 September 2022 dikutip lagi. Apel digelar 5 Agustus 2024.", "2024-08-06"),
])
def test_page_date_that_fits_is_not_flagged(text, published):
    assert date_mismatch(text, published) is False


def test_date_check_needs_both_dates():
    assert date_mismatch("Rapat digelar Senin, 5 Februari 2024.", None) is None
    assert date_mismatch("Pegawai diminta netral.", "2024-01-01") is None


def test_date_margin_is_a_knob():
    text = "Rapat koordinasi digelar Senin, 5 Februari 2024 di balai kota."
    assert date_mismatch(text, "2024-04-05") is False
    assert date_mismatch(text, "2024-04-05", margin_days=30) is True
    assert DATE_MARGIN_DAYS >= 30


def test_a_user_regions_file_is_used(tmp_path):
    """A region alias added in the user's regions.json turns a text issuer into a gazetteer one."""
    import json

    from corpus_tools.settings import Settings
    data = json.loads(Settings().path("regions.json").read_text(encoding="utf-8"))
    data["aliases"]["garoet"] = ["kabupaten", "Garut"]
    mine = tmp_path / "regions.json"
    mine.write_text(json.dumps(data), encoding="utf-8")
    text = "Pemerintah Kabupaten Garoet menerbitkan surat edaran tentang netralitas ASN."
    assert document_metadata(text)["issuer_source"] == "text"
    meta = document_metadata(text, settings=Settings().with_data(**{"regions.json": mine}))
    assert (meta["issuer"], meta["issuer_source"], meta["region_code"]) == ("Pemerintah Kabupaten Garut", "gazetteer", "32.05")


def test_seed_documents_carry_the_new_fields():
    """Through the pipeline: the seed page dated 2022 about Pilkada 2024 is flagged; the
    Banten seed's issuer comes from the gazetteer and its page date fits."""
    from pathlib import Path

    from corpus_tools.pipeline import extract_file
    raw = Path(__file__).resolve().parent.parent / "raw"
    flagged = extract_file(raw / "003_1f0b94f7012afe32.txt")
    assert flagged["published"] == "2022-12-09" and flagged["date_mismatch"] is True
    banten = extract_file(raw / "000_d05cc496c8d60e42.txt")
    assert (banten["issuer_source"], banten["date_mismatch"]) == ("gazetteer", False)


@pytest.mark.parametrize("text,issuer", [
    ("Bupati Sukamaju Dedi Mulyana menerbitkan surat edaran netralitas. Pemkab Sukamaju juga membentuk tim pengawas.",
     "Pemerintah Kabupaten Sukamaju"),
    ("Dalam edaran itu, Wali Kota Tanjung Harapan Rina Wulandari melarang pegawai berkampanye di Kota Tanjung Harapan.",
     "Pemerintah Kota Tanjung Harapan"),
])
def test_text_issuer_stops_where_other_mentions_end_the_name(text, issuer):
    assert document_metadata(text)["issuer"] == issuer


@pytest.mark.parametrize("text,issuer", [
    ("GUNUNG SARI – Bupati Gunung Sari Yohanes Manurung menerbitkan surat edaran tentang netralitas pegawai.",
     "Pemerintah Kabupaten Gunung Sari"),
    ("MUARA BARU, KABARMUARA.ID - Edaran Wali Kota Muara Baru Andi Saputra melarang pegawai ikut kampanye.",
     "Pemerintah Kota Muara Baru"),
])
def test_text_issuer_name_ends_where_the_dateline_place_ends(text, issuer):
    assert document_metadata(text)["issuer"] == issuer


@pytest.mark.parametrize("text,issuer", [
    ("Wali Kota Batu Ampar menerbitkan surat edaran netralitas. Pemkot Batu Ampar juga membentuk tim pengawas.",
     "Pemerintah Kota Batu Ampar"),
    ("Surat edaran Bupati Garut Selatan Raya itu dibacakan di Kabupaten Garut Selatan Raya.",
     "Pemerintah Kabupaten Garut Selatan Raya"),
])
def test_a_repeated_longer_name_is_not_the_gazetteer_region_it_starts_with(text, issuer):
    meta = document_metadata(text)
    assert (meta["issuer"], meta["issuer_source"], meta["region_code"]) == (issuer, "text", None)


def test_a_person_after_a_gazetteer_region_keeps_the_region():
    meta = document_metadata("Surat edaran Wali Kota Serang Syafrudin melarang ASN berkampanye di Kota Serang.")
    assert (meta["issuer"], meta["issuer_source"]) == ("Pemerintah Kota Serang", "gazetteer")


@pytest.mark.parametrize("text, number", [
    ("Berikut isi lengkap edaran itu.\nSURAT EDARAN\nNomor: 800.1.3/77/BKPSDM/2024\nTentang\nNetralitas Pegawai",
     "800.1.3/77/BKPSDM/2024"),
    ("SURAT EDARAN WALI KOTA TANJUNG BIRU\nNOMOR 100.3.4/2210/SETDA/2024\nTENTANG NETRALITAS ASN",
     "100.3.4/2210/SETDA/2024"),
])
def test_a_letter_header_breaks_the_line_before_its_number(text, number):
    assert [c.number for c in find_circulars(text)] == [number]


@pytest.mark.parametrize("text", [
    "Camat sudah menerima surat edaran.\n\nNomor 800/5/2024 itu kemudian dibagikan.",
    "Ia membacakan surat edaran.\nNomor urut dua tidak hadir.",
])
def test_a_sentence_ending_in_the_circular_word_takes_no_number_from_the_next_line(text):
    assert find_circulars(text) == []


def test_a_removed_letter_header_names_the_circular_when_the_body_names_none(tmp_path):
    page = tmp_path / "surat.txt"
    page.write_text("Edaran Netralitas Pegawai\nUnduh sebagai pdf\nPEMERINTAH KABUPATEN SUNGAI LIMAU\n"
                    "SURAT EDARAN\nNOMOR 800.1.3/61/BKD/2024\nTENTANG\nNETRALITAS PEGAWAI DALAM PILKADA\n"
                    "Dalam rangka menjaga netralitas pegawai pada Pilkada 2024, disampaikan hal berikut:\n"
                    "1. Pegawai dilarang menjadi pengurus partai politik.\n"
                    "2. Pegawai dilarang memasang alat peraga kampanye di kantor.\n"
                    "Demikian disampaikan untuk dilaksanakan.\n", encoding="utf-8")
    doc = extract_file(page)
    assert "800.1.3/61/BKD/2024" not in doc["text"]
    assert [(c["number"], c["start"]) for c in doc["circulars"]] == [("800.1.3/61/BKD/2024", None)]


def test_a_removed_read_also_headline_lends_no_circular(tmp_path):
    page = tmp_path / "berita.txt"
    page.write_text("Pegawai Diminta Netral\nBaca juga: Bupati Terbitkan Surat Edaran Nomor 800/9/BKD/2024\n"
                    "KOTA SERUNI - Sekda Kota Seruni meminta pegawai menjaga netralitas menjelang pilkada.\n"
                    "Pegawai dilarang memasang alat peraga kampanye di kantor, kata Sekda.\n", encoding="utf-8")
    doc = extract_file(page)
    assert doc["circulars"] == []
