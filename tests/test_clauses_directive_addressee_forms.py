"""A directive's addressee in two forms the plain "meminta X tidak ..." reading missed:
a list of addressees whose last member carries its abbreviation in brackets, and an
addressee set after a comma with no closing comma ("mengingatkan, X tidak ...")."""
from clause_helpers import kinds, only_clause


def test_listed_addressees_with_bracketed_abbreviation():
    kind, text = only_clause("Bawaslu Kabupaten Lorana meminta para lurah, kepala lingkungan dan anggota "
                             "lembaga pemberdayaan masyarakat (LPM) tidak terlibat dalam kampanye pilkada.")
    assert kind == "prohibition"
    assert text.endswith("tidak terlibat dalam kampanye pilkada")
    kind, text = only_clause("Panwascam Rantau Hilir meminta kepala sekolah, guru dan tenaga kependidikan "
                             "(GTK) tidak memasang alat peraga kampanye di lingkungan sekolah.")
    assert kind == "prohibition" and "(GTK) tidak memasang" in text


def test_bracketed_abbreviation_after_a_list_needs_an_act():
    # the bracket ends the list, but a description after it is no act asked
    assert kinds("Bupati meminta para camat, lurah dan pengurus badan usaha milik desa (BUMDes) "
                 "yang hadir kemarin.") == []


def test_addressee_after_comma_with_refusal():
    kind, text = only_clause("Kapolres Sungai Merah mengingatkan, anggota Polri tidak berpihak pada salah satu calon.")
    assert kind == "prohibition" and text.endswith("tidak berpihak pada salah satu calon")
    kind, text = only_clause("Kepala dinas pendidikan meminta, para guru honorer tidak memasang stiker calon di kelas.")
    assert kind == "prohibition" and "para guru honorer tidak memasang" in text


def test_comma_after_directive_without_an_act_refused():
    # a status recalled ("tidak mempunyai hak ...") or a fact about an event gives no clause
    assert kinds("Dandim Tanjung Laut mengingatkan, prajurit tidak mempunyai hak memilih dalam pilkada.") == []
    assert kinds("Camat mengingatkan, pemungutan suara tidak lama lagi akan digelar.") == []


def test_manner_word_between_directive_and_addressee():
    kind, text = only_clause("Sekda Tanjung Wangi melarang keras pegawai kontrak memakai seragam dinas "
                             "saat menghadiri rapat umum calon.")
    assert (kind, text) == ("prohibition", "melarang keras pegawai kontrak memakai seragam dinas "
                                           "saat menghadiri rapat umum calon")
    kind, text = only_clause("Dandim meminta dengan tegas seluruh prajurit agar tidak berfoto dengan "
                             "pasangan calon mana pun.")
    assert kind == "prohibition" and text.endswith("agar tidak berfoto dengan pasangan calon mana pun")


def test_manner_word_after_directive_without_addressee_is_no_rule():
    assert kinds("Ketua DPRD menolak keras rencana pemindahan kantor itu.") == []
    assert kinds("Wali kota melarang keras. Ia mengaku sudah menyurati semua kepala dinas.") == []


def test_addressee_after_a_preposition_needs_no_known_role():
    kind, text = only_clause("\"Saya instruksikan kepada seluruh pimpinan unit kerja, untuk mengawasi dengan "
                             "ketat para pegawai kontrak,\" kata gubernur.")
    assert kind == "obligation" and text.endswith("untuk mengawasi dengan ketat para pegawai kontrak")
    kind, text = only_clause("Kami ingatkan kepada seluruh pengurus koperasi agar tidak memasang spanduk calon di kantor.")
    assert kind == "prohibition" and text.endswith("agar tidak memasang spanduk calon di kantor")


def test_call_repeated_after_a_passive_directive():
    kind, text = only_clause("Para aparatur sipil negara (ASN) Kecamatan Lembah diingatkan kembali agar tidak "
                             "berfoto dengan gaya jari selama masa kampanye.")
    assert kind == "prohibition" and text.startswith("Para aparatur sipil negara (ASN) Kecamatan Lembah diingatkan kembali")
    kind, text = only_clause("Para penyuluh pertanian (PPL) diimbau kembali supaya menjaga jarak dengan tim pemenangan.")
    assert kind == "obligation" and text.endswith("diimbau kembali supaya menjaga jarak dengan tim pemenangan")
