"""A lead-in that ends with a semicolon instead of a colon, headed by a noun that names a
rule only in lead-ins ("pelanggaran", "ketidaknetralan"): its marked list holds
prohibitions (clauses/lists.py open_lead_in, nominal_lead(lead_only=True))."""
from clause_helpers import kinds


def test_violation_types_before_a_numbered_list():
    text = ("Ragam pelanggaran yang dicatat panitia pengawas sebagai berikut;\n\n"
            "1. Kampanye lewat grup percakapan.\n\n2. Menghadiri pengukuhan tim pemenangan.\n")
    assert kinds(text) == [("prohibition", "Kampanye lewat grup percakapan"),
                           ("prohibition", "Menghadiri pengukuhan tim pemenangan")]


def test_second_wording_lettered_items_on_plain_lines():
    text = ("Beberapa pelanggaran yang sering dilakukan aparatur desa yakni;\n"
            "a. Memakai kendaraan dinas untuk mengantar calon.\n"
            "b. Membagikan kalender bergambar calon.\n")
    assert kinds(text) == [("prohibition", "Memakai kendaraan dinas untuk mengantar calon"),
                           ("prohibition", "Membagikan kalender bergambar calon")]


def test_a_list_of_sanctions_is_no_list_of_rules():
    text = ("Hukuman atas pelanggaran tersebut sebagai berikut;\n"
            "1. Teguran lisan dari atasan.\n2. Penundaan kenaikan gaji berkala.\n")
    assert kinds(text) == []


def test_a_narrative_lead_names_no_kind():
    text = ("Urutan kejadiannya sebagai berikut;\n"
            "1. Pegawai tiba di lapangan.\n2. Pegawai menempel stiker di mobil.\n")
    assert kinds(text) == []
