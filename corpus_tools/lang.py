"""Indonesian news language rules shared by every stage: one home each.

What more than one stage needs to recognise is defined here once, from the word
lists in ``data/lang.json`` (a user may replace the file through ``Settings``):

1. list markers   "1." "2)" "(3)" "a." "(b)" "-" "•" opening a line or paragraph
2. dates          month names and weekdays; day-month-year patterns
3. bylines        author / editor / photo-credit lines ("Penulis: X | Editor: Y")
4. circulars      mentions of a Surat Edaran and its number ("SE Bupati No 5/2024",
                  "Surat Edaran Nomor 1 Tahun 2024", "B/123/M.SM.00.00/2023"), the
                  words that announce its date, and the titles that name its issuer

Stages ask ``rules(settings)`` for the compiled :class:`Lang` (a component built
once per Settings) and never compile their own copy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Optional

from .settings import Settings, register, resolve

LANG_FILE = "lang.json"
# How far a circular's number may stand after the word that names it ("Surat Edaran
# Gubernur Sunda Kelapa tentang ... Nomor ...").
HEAD_GAP_CHARS = 80


@dataclass(frozen=True)
class Lang:
    # 1. list markers
    list_marker: re.Pattern        # start of a line: group "marker", then the item text
    bare_marker: re.Pattern        # a line that is only a marker ("1." on its own)
    lead_in_end: re.Pattern        # a lead-in without a colon ("Larangan itu antara lain")
    run_on_end: re.Pattern         # a line ending with a word that closes no paragraph ("... dan atau")
    lead_in_start: re.Pattern      # a sentence announcing a list ("Berikut larangan bagi ASN.")
    back_reference: re.Pattern     # a paragraph opening on what the line above said ("Kalimat itu ...")
    copula: re.Pattern             # a word saying what someone is ("adalah"), at the start of a text
    # 2. dates
    months: Mapping[str, int]
    month_names: str               # regex alternation, longest first
    weekday_names: str
    date_dmy: re.Pattern           # "7 Desember 2023", "7 Des. 2023"
    date_mdy: re.Pattern           # "December 7, 2023"
    date_num: re.Pattern           # "07/12/2023" (Indonesian order: day/month/year)
    date_line: re.Pattern          # a line that is only a date (with a label, weekday and time)
    date_author: re.Pattern        # "Senin, 08 Juli 2024 | Humas Setda" -> groups date, author
    updated_line: re.Pattern       # "15 September 2024 20:41 Diperbarui: ..." -> group date
    place_date: re.Pattern         # "Tanjung Mas, 14 September 2024" above a release -> groups place, date
    icon_word: re.Pattern          # an icon font's name before a small line ("calendar_month Sel, ...");
                                   # group "author" when it stands for an author's label ("person X")
    clock_line: re.Pattern         # a clock time on a line of its own ("15.10 WIT"): a live blog's entry stamp
    schedule_entry: re.Pattern     # a time (or a span) opening a schedule's entry ("Pukul 08.00 WIB: Apel")
    posted_at: re.Pattern          # a social post's stamp without a year ("12 Oktober pukul 09.15 ·")
    stamp_line: re.Pattern         # a short line with a date and a clock time ("Daerah - Selasa, 06/02/2024 - 13:40:32 WIB")
    election_year: re.Pattern      # "Pilkada 2024", "Pemilu serentak tahun 2024" -> group 1 the year
    # 3. bylines
    byline: re.Pattern             # "Penulis: X | Editor: Y" -> groups author, editor
    editor_line: re.Pattern        # "Editor: Y" -> group editor
    role_tail: re.Pattern          # a role printed after an author's name (", Jurnalis")
    author_prefix: re.Pattern      # the label before a name ("Diposting oleh ")
    inline_byline: re.Pattern      # "... Penulis: X | ..." inside a line -> group 1 the name
    credit_line: re.Pattern        # a byline, editor or photo-credit line (boilerplate)
    name_date: re.Pattern          # "Yusuf Ramadhan , Jurnalis-Senin, 12 Februari 2024" -> groups author, rest
    label_only: re.Pattern         # a byline label alone on its line ("Oleh", "Editor:"): the name follows
    handle: re.Pattern             # a site's user name alone ("Admin", "admin kominfo")
    name_outlet: re.Pattern        # "Devi Lestari - detikNews", "Rina Sari - kabarhulu.com" -> groups author, outlet
    name_by_name: re.Pattern       # "Dimas Prasetyo by Dimas Prasetyo" (an avatar's alt text, then the byline) -> group author
    # 4. circulars
    circular_mention: re.Pattern   # "Surat Edaran" | "SE" | "edaran"
    circular_number: re.Pattern    # head ... number word ... number
    circular_bare: re.Pattern      # head ... letter-prefixed number without a number word
    circular_date_cue: re.Pattern  # a cue word followed by a date, group "date" starts it
    date_cue_word: re.Pattern      # a cue word a few words before a date ("ditandatangani Bupati pada")
    decree_words: re.Pattern
    anaphor: re.Pattern            # a later sentence speaking of the circular
    national_issuer: Optional[re.Pattern]   # a national body named as a circular's issuer
    national_issuers: dict                  # its names -> the body's name
    issuer_titles: Mapping[str, str]
    issuer_governments: Mapping[str, str]
    issuer_re: re.Pattern          # "Pemerintah Kabupaten X" | "Bupati X" -> groups title, name
    issuer_name_stops: frozenset[str]  # lower-cased words that end an issuer's name ("Nomor", "Tahun", "Tentang")
    cardinals: Mapping[str, int]       # number words up to 99 ("lima" 5, "dua belas" 12, "dua puluh satu" 21)
    ordinals: Mapping[str, int]        # ordinal words ("pertama" 1, "ketiga" 3, "kesebelas" 11)


def _alt(words, escape: bool = True) -> str:
    words = sorted(set(words), key=lambda w: (-len(w), w))     # longest first; ties in a fixed order
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") if escape else w for w in words)


ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10}


def roman_value(text: str) -> int | None:
    """The value of a roman numeral up to 39 ("iv" 4, "xii" 12), or None."""
    low = text.lower()
    if not low or any(ch not in ROMAN_DIGITS for ch in low):
        return None
    total = 0
    for k, ch in enumerate(low):
        v = ROMAN_DIGITS[ch]
        total += -v if k + 1 < len(low) and ROMAN_DIGITS[low[k + 1]] > v else v
    return total if total > 0 else None


def build(settings: Settings) -> Lang:
    d = settings.data(LANG_FILE)
    lm = d["list_markers"]
    closers = re.escape(lm["closers"])
    bullets = re.escape(lm["bullets"])
    num, let = lm["number"], lm["letter"]
    # a number marker is not the start of a number ("10.000 pegawai"); a letter marker is
    # followed by a space ("a. Memasang", not "A.Yani")
    # symbols and emoji used as bullets ("▶ …", "✅ …", "1️⃣ …"), with an emoji's variation selector
    symbols = lm.get("symbol_bullets")
    symbol = rf"|[{symbols}]\ufe0f?" if symbols else ""
    keycap = rf"|{lm['keycap']}" if lm.get("keycap") else ""
    # roman numerals of two letters or more ("(ii)", "iv."): "(i)" reads as a letter and its
    # place as a roman one after it (roman_value)
    roman = rf"|\({lm['roman']}\)|{lm['roman']}[{closers}](?=\s)" if lm.get("roman") else ""
    marker = (rf"\(?{num}[{closers}](?!\d)|\(?{let}[{closers}](?=\s)|\({num}\)|\({let}\){roman}"
              rf"|[{bullets}]{symbol}{keycap}")
    months = {k.lower(): int(v) for k, v in d["months"].items()}
    month_names = _alt(months)
    weekday_names = _alt(d["weekdays"])
    by = d["bylines"]
    author, editor, credit = _alt(by["author"]), _alt(by["editor"]), _alt(by["credit"])
    colon_only, roles = _alt(by.get("colon_only", ["$^"])), _alt(by.get("roles", ["$^"]))
    outlet_reporter = _alt(by.get("outlet_reporter", ["$^"]))
    c = d["circulars"]
    heads = _alt(c["heads"])
    number_words = _alt(c["number_words"])
    year_words = _alt(c["year_words"])
    flags = re.IGNORECASE
    # date pieces shared by the date-line patterns: "Senin, " "12 Februari 2024" "12/2/2024" "09:15 WIB"
    weekday = rf"(?:(?:{weekday_names})\s*,?\s*)?"
    dmy = rf"\d{{1,2}}\s+(?:{month_names})\.?\s+\d{{4}}"
    numeric = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    zone = r"(?:wib|wita|wit)"
    clock = rf"\d{{1,2}}[:.]\d{{2}}(?:\s*{zone})?"
    # a number: "800/123/BKPSDM/2023", "100 3.4.4/4811/Setda", "B/214/BKPSDM.03/2024",
    # "5/2024", "B.2900/KASN/11/2017", or "1 Tahun 2024"
    number = (rf"(?P<number>\d{{1,4}}\s+(?i:{year_words})\s+(?:19|20)\d{{2}}"
              rf"|(?:[A-Z]{{1,4}}\s?[/.]\s?)?\d[\w.\-]*(?:\s\d[\w.\-]*)?(?:\s?/\s?[\w.\-]+)+)")
    head = rf"(?P<head>\b(?:{heads})\b)"
    issuer_titles = {k.lower(): v for k, v in c["issuer_titles"].items()}
    national = {k.lower(): v for k, v in c.get("national_issuers", {}).items()}
    issuer_govs = {k.lower(): v for k, v in c["issuer_governments"].items()}
    cardinals, ordinals = numbers_of(d["numbers"])
    return Lang(
        list_marker=re.compile(rf"^\s*(?P<marker>{marker})\s*(?=\S)"),
        bare_marker=re.compile(rf"^\s*(?:{marker})\s*$"),
        lead_in_start=re.compile(rf"^(?:{_alt(d['lead_in_starts'])})\b", re.IGNORECASE),
        lead_in_end=re.compile(rf"\b(?:{_alt(d['lead_in_endings'])})\s*[:,]?$", re.IGNORECASE),
        run_on_end=re.compile(rf"(?:\b(?:{_alt(d['run_on_endings'])})|,)$", re.IGNORECASE),
        # (the pointing word first or after at most two words: "Itu pesan ...", "Kalimat pendek itu ...")
        copula=re.compile(rf"(?:{_alt(d['copulas'])})\b", re.IGNORECASE),
        back_reference=re.compile(rf"^(?:[^\W\d][\w-]*\s+){{0,2}}(?:{_alt(d['back_references'])})\b",
                                  re.IGNORECASE),
        months=months, month_names=month_names, weekday_names=weekday_names,
        date_dmy=re.compile(rf"\b(\d{{1,2}})\s+({month_names})\.?\s+(\d{{4}})\b", flags),
        date_mdy=re.compile(rf"\b({month_names})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", flags),
        date_num=re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b"),
        date_line=re.compile(
            rf"^(?:(?:{_alt(d.get('date_labels', ['$^']))})\s*:?\s*)?"
            rf"{weekday}(?:{dmy}|(?:{month_names})\s+\d{{1,2}},\s*\d{{4}}|{numeric})"
            rf"(?:\s*[|,-]?\s*(?:pukul\s+)?{clock})?$", flags),
        # (also "JUMAT, 13 SEPTEMBER 2024 | 09:15 WIB | LAPORAN: ANDI MAPPASOMBA")
        date_author=re.compile(
            rf"^(?P<date>{weekday}{dmy}"
            rf"(?:\s*[,|-]?\s*{clock})?)\s*\|\s*(?:(?:{author}|{colon_only})\s*:\s*)?"
            r"(?P<author>(?-i:[A-Z])[\w.'’]*(?:\s+(?-i:[A-Z])[\w.'’]*){0,3})$", flags),
        updated_line=re.compile(
            rf"^(?P<date>{weekday}(?:{dmy}|{numeric})(?:\s*[,|-]?\s*(?:pukul\s+)?{clock})?)\s*[|,-]?\s*"
            rf"(?:{_alt(d.get('update_labels', ['$^']))})\b.{{0,60}}$", flags),
        place_date=re.compile(rf"^(?!(?:{weekday_names})\b)"
                              rf"(?P<place>(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){{0,3}}),\s*"
                              rf"(?P<date>{dmy})$", flags),
        icon_word=re.compile(rf"^(?:(?P<author>{_alt(d.get('icon_words', {}).get('author', ['$^']))})"
                             rf"|{_alt(d.get('icon_words', {}).get('other', ['$^']))})\s+(?=[A-Z0-9])"),
        clock_line=re.compile(rf"^(?:pukul\s+)?{clock}$", flags),
        # (the entry's words follow: "07.30 – 08.00 Registrasi peserta", "Pukul 10.00 WIB: Diskusi")
        schedule_entry=re.compile(rf"^(?:pukul\s+)?{clock}(?:\s*(?:[-–—]|s\.?d\.?|sampai)\s*{clock})?"
                                  r"\s*(?:[:|\-–—]\s*)?(?=[^\W\d])", flags),
        posted_at=re.compile(rf"^\d{{1,2}}\s+(?:{month_names})\s+(?:pukul|jam|at)\s+\d{{1,2}}[.:]\d{{2}}\s*[·•]?$", flags),
        stamp_line=re.compile(
            # (the lookaheads first: a short line that ends with a clock time)
            rf"^(?=.{{0,90}}$)(?=.*\d[:.]\d\d(?:[:.]\d\d)?\s*{zone}?\s*$)"
            rf".{{0,40}}?(?:{dmy}|{numeric})"
            rf"[^.!?]{{0,15}}?\b\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?\s*{zone}?\s*$", flags),
        election_year=re.compile(rf"\b(?:{_alt(d['elections'])})(?:\s+serentak)?(?:\s+tahun)?\s+((?:19|20)\d{{2}})\b",
                                 flags),
        byline=re.compile(
            # (a clock's colon is no label's: "oleh X diperbarui 14 Sep 2024, 11:20 WIB")
            rf"^(?:(?:(?:(?:{outlet_reporter})\s+[\w.-]+(?:\s+[\w.-]+){{0,2}}\s*,|{author})\s*[:·•]?|(?:{colon_only})\s*:)\s*(?P<author>(?:[^|:]|(?<=\d):(?=\d\d))+?))"
            rf"(?:\s*\|\s*(?:{editor})\s*:?\s*(?P<editor>.+?))?\s*$", flags),
        # (also continuing a byline split over two lines: "Penulis X" / "| Editor Y")
        editor_line=re.compile(rf"^(?:[|•·]\s*)?(?:{editor})\s*:?\s*(?P<editor>.+?)\s*$", flags),
        role_tail=re.compile(rf"\s*,\s*(?:{roles})\s*$", flags),
        author_prefix=re.compile(rf"^(?:{author})\s*[:|]?\s*", flags),
        inline_byline=re.compile(rf"\b(?i:{_alt(by['inline_author'])})\s*[:|]?\s*([A-Z][^|,:;()\d]{{2,50}}?)\s*(?:[|,;(]|$)"),
        # "Penulis: X", "Editor : Y", "Foto: Dok. Humas", "Pewarta: X Editor: Y", "Redaktur & Reporter :
        # Tim Redaksi" (two labels for one name); a label
        # without a colon only before a short capitalised name ("Penulis Tim Redaksi")
        credit_line=re.compile(
            # (after the colon a name or an agency, not a sentence: "Foto: pegawai dilarang ... .")
            # (also in parentheses under the text: "(Penulis: Rina/Editor: Joko)")
            rf"^(?:\(\s*(?:{author}|{editor})\s*:[^()]{{1,120}}\)"
            rf"|(?:{author}|{editor}|{credit}|{colon_only})(?:\s*(?:&|dan|/)\s*(?:{author}|{editor}))*"
            rf"\s*[:|·•]\s*(?!\s*(?-i:[a-z])[^.]*\.$).{{0,120}}"
            rf"|(?:{outlet_reporter})\s+[\w.-]+(?:\s+[\w.-]+){{0,2}}\s*,\s*(?-i:[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){{0,4}})"
            rf"|(?:{author}|{editor})\s+(?-i:[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){{0,5}})"
            rf"(?:\s*\|\s*(?:{editor})\b.{{0,60}})?)$", flags),
        # "Yusuf Ramadhan | Senin, 12/2/2024", "Yusuf Ramadhan , Jurnalis-Senin, 12 Februari 2024 |09:15"
        # (also "Dedi Kurniawan - Sabtu, 19 Oktober 2024 | 09:12 WIB": a dash before a weekday or a date)
        name_date=re.compile(rf"^(?P<author>[A-Z][\w.'’ ]{{2,60}}?)\s*(?:,\s*(?i:{roles})\s*[|\-–]|\|"
                             rf"|\s[-–—]\s+(?=(?i:{weekday_names})\b|\d))\s*"
                             r"(?P<rest>.*\d{4}.*)$"),
        name_outlet=re.compile(r"^(?P<author>[A-Z][\w.'’]+(?:\s+[A-Z][\w.'’]+){0,3})\s+[-–—]\s+"
                               r"(?P<outlet>[a-z]+[A-Z]\w*|[\w-]+(?:\.[\w-]+)*\.(?:com|id|net|co|news))$"),
        name_by_name=re.compile(rf"^(?P<author>(?-i:[A-Z])[\w.'’]+(?:\s+(?-i:[A-Z])[\w.'’]+){{0,3}})\s+"
                                rf"(?:{author})\s+(?P=author)$", flags),
        handle=re.compile(rf"^(?:{_alt(by.get('handles', ['$^']))})(?:\s+[\w.]+){{0,2}}$", flags),
        label_only=re.compile(rf"^(?P<label>(?P<editor>{editor})|{author}|{colon_only})\s*:?$", flags),
        circular_mention=re.compile(rf"\b(?:{heads})\b", flags),
        circular_number=re.compile(
            # a letter's header may break the line before the number word ("SURAT EDARAN\nNOMOR ...")
            rf"{head}(?P<gap>[^.\n]{{0,{HEAD_GAP_CHARS}}}?(?:[ \t]*\n[ \t]*)?)\b(?:{number_words})(?!\w)\s*:?\s*{number}",
            flags),
        circular_bare=re.compile(
            rf"(?:{head}(?P<gap>[^.\n]{{0,{HEAD_GAP_CHARS}}}?)\s|\b(?=SE/))"
            r"(?P<number>(?-i:[A-Z]{1,4})/\d[\w.\-]*(?:/[\w.\-]+)*/(?:19|20)\d{2})\b", flags),
        circular_date_cue=re.compile(
            rf"\b(?:{_alt(c['date_cues'])})\s+(?:(?:hari\s+)?(?:{weekday_names})\s*,?\s*(?:\(|tanggal\s+)?)?"
            rf"(?P<date>\d{{1,2}}\s+(?:{month_names})|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}})", flags),
        date_cue_word=re.compile(rf"\b(?:{_alt(w for w in c['date_cues'] if w.split()[-1] != 'pada')})(?!\w)",
                                 flags),
        decree_words=re.compile(rf"\b(?:{_alt(c['decree_words'])})\b", flags),
        national_issuer=re.compile(rf"(?<![\w-])(?:{_alt(national)})(?![\w-])", flags) if national else None,
        national_issuers=national,
        anaphor=re.compile(rf"\b(?:{_alt(c['anaphors'])})\b", flags),
        issuer_titles=issuer_titles, issuer_governments=issuer_govs,
        cardinals=cardinals, ordinals=ordinals,
        issuer_name_stops=frozenset(w.lower() for w in [*c.get("issuer_name_stops", []), *c["number_words"],
                                                        *c["year_words"]]),
        issuer_re=re.compile(
            rf"\b(?P<title>(?i:{_alt(list(issuer_titles) + list(issuer_govs))}))\s+"
            r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})"),
    )


register("lang.rules")(build)


def numbers_of(numbers: Mapping) -> tuple[dict, dict]:
    """Cardinals up to 99 and ordinals from lang.json ``numbers``: units "dua" 2, teens
    "sebelas" 11 and "dua belas" 12, tens "dua puluh" 20 and "dua puluh satu" 21; ordinals
    "pertama" 1 and the prefix on one-word cardinals, "kedua" 2, "kesebelas" 11."""
    units = {k.lower(): int(v) for k, v in numbers["units"].items() if 0 < int(v) < 10}
    cardinals = dict(units)
    cardinals.update((k.lower(), int(v)) for k, v in numbers.get("teens", {}).items())
    teen, ten = numbers.get("teen_word"), numbers.get("tens_word")
    for u, n in units.items():
        if teen:
            cardinals.setdefault(f"{u} {teen}", 10 + n)
        if ten and n > 1:
            cardinals[f"{u} {ten}"] = 10 * n
            cardinals.update((f"{u} {ten} {v}", 10 * n + m) for v, m in units.items())
    prefix = numbers.get("ordinal_prefix", "")
    ordinals = {w.lower(): 1 for w in numbers.get("first", [])}
    if prefix:
        ordinals.update((prefix + w, n) for w, n in cardinals.items() if " " not in w and n > 1)
    return cardinals, ordinals


def rules(settings: Optional[Settings] = None) -> Lang:
    """The compiled language rules of ``settings`` (shipped ones by default)."""
    return resolve(settings).component("lang.rules")


# The shipped rules, for modules that do not pass settings down yet (segment, normalise,
# html import their patterns from here instead of keeping copies); prefer rules(settings).
SHIPPED = rules()


def strip_list_marker(text: str, settings: Optional[Settings] = None) -> str:
    """'a. Memasang spanduk' -> 'Memasang spanduk'; text without a marker is returned as is."""
    m = rules(settings).list_marker.match(text)
    return text[m.end():] if m else text
