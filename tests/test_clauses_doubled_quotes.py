"""Two single quote marks used as one double mark (‘’...’’, ''...'') open and close a quote
like “...”: the clause stops at the closing mark, before the attribution, and the speaker
of the quote is the one the attribution names. A quoted word inside a sentence (no
punctuation before its closing mark) does not end the clause. All texts are invented."""
import pytest

from clause_helpers import clauses_of, kinds

ARTICLE = ("Bupati Lembah Hijau, Ahmad Subroto, mengingatkan pegawai soal netralitas.\n\n"
           "{o}Pegawai tidak boleh memasang baliho calon di kantor. Jangan ikut kampanye,{c} ujar Ahmad.")


@pytest.mark.parametrize("o,c", [("‘’", "’’"), ("''", "''"), ("‘‘", "’’")])
def test_doubled_marks_read_like_double_quotes(o, c):
    got = [(x.kind, x.text, x.speaker) for x in clauses_of(ARTICLE.format(o=o, c=c))]
    want = [(x.kind, x.text, x.speaker) for x in clauses_of(ARTICLE.format(o="“", c="”"))]
    assert got == want == [("prohibition", "Pegawai tidak boleh memasang baliho calon di kantor", "Ahmad Subroto"),
                           ("prohibition", "Jangan ikut kampanye", "Ahmad Subroto")]


@pytest.mark.parametrize("text,expected", [
    ("Sekda Rantau Baru menegaskan, ‘’ASN dilarang ikut kampanye,’’ katanya.",
     [("prohibition", "ASN dilarang ikut kampanye")]),
    ("Kepala BKPSDM Tirtajaya mengingatkan, ''Guru wajib menjaga netralitas di sekolah,'' ujarnya.",
     [("obligation", "Guru wajib menjaga netralitas di sekolah")]),
    ("Camat Sukamaju berpesan, “Perangkat desa dilarang memasang stiker calon.” kata dia.",
     [("prohibition", "Perangkat desa dilarang memasang stiker calon")]),
])
def test_a_quote_opened_inside_the_sentence_ends_at_its_closing_mark(text, expected):
    assert kinds(text) == expected


def test_a_quoted_word_inside_a_sentence_does_not_end_the_clause():
    # no punctuation before the closing mark: a quoted word, and "kata" is not a verb of saying here
    assert kinds("ASN dilarang memakai ‘’kata’’ kata kampanye di grup dinas.") == \
        [("prohibition", "ASN dilarang memakai ‘’kata’’ kata kampanye di grup dinas")]
