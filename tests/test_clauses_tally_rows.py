"""Rows of a tally under a lead-in that names violations ("- Menghadiri kampanye calon: 5
kasus", "Kecamatan Hulu: 12 orang") report how often, not a rule: no clause. The same acts
listed without counts under a lead-in of rules are clauses."""
from clause_helpers import kinds

TALLY_A = """Rincian dugaan pelanggaran netralitas ASN di Kota Lembah:

- Mengunggah dukungan di media sosial: 9 kasus

- Menghadiri kampanye calon: 5 kasus

- Memakai atribut partai: 2 kasus
"""

TALLY_B = """Sebaran pelanggaran netralitas kepala desa per kecamatan:

1. Kecamatan Hulu Sungai: 12 orang

2. Kecamatan Tanjung Laut: 7 orang

3. Kecamatan Batu Ampar: 3 orang
"""

RULES = """Larangan bagi ASN:

- Mengunggah dukungan di media sosial

- Menghadiri kampanye calon
"""


def test_tally_rows_give_no_clause():
    assert kinds(TALLY_A) == []
    assert kinds(TALLY_B) == []


def test_the_same_acts_without_counts_are_rules():
    assert kinds(RULES) == [("prohibition", "Mengunggah dukungan di media sosial"),
                            ("prohibition", "Menghadiri kampanye calon")]
