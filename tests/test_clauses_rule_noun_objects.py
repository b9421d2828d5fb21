"""A noun of prohibition or "melarang" whose act is named by a noun or follows an addressee:
"melarang keterlibatan pegawainya dalam kampanye" and "mencakup larangan penggunaan mobil
dinas oleh camat" (an act noun right after the cue), "adanya larangan pegawai negeri sipil
(PNS) atau honorer berfoto ..." (an addressee with a gloss, parties joined by "atau", then the
act). A noun of rule that is the subject of a passive of issuing ("Larangan berswafoto juga
telah dikeluarkan oleh ...") is talk about the rule, as is one told before ("Larangan
keberpihakan ini berlaku ...") or the object of another act ("menyampaikan larangan ...")."""
from clause_helpers import kinds


def test_command_verb_over_an_act_noun():
    assert kinds("Pemkab Kudus bersikap keras dengan melarang keterlibatan aktif pegawainya "
                 "dalam kampanye.") == [("prohibition", "melarang keterlibatan aktif pegawainya dalam kampanye")]
    assert kinds("Kepala dinas pendidikan Bantul melarang keikutsertaan guru honorer dalam deklarasi "
                 "calon.") == [("prohibition", "melarang keikutsertaan guru honorer dalam deklarasi calon")]


def test_noun_of_prohibition_over_an_act_noun():
    assert kinds("Kebijakan itu juga mencakup larangan penggunaan mobil dinas oleh camat selama masa "
                 "kampanye.") == [("prohibition", "larangan penggunaan mobil dinas oleh camat selama masa kampanye")]
    assert kinds("Edaran sekda juga memuat larangan pemasangan baliho calon di pagar kantor kelurahan.") \
        == [("prohibition", "larangan pemasangan baliho calon di pagar kantor kelurahan")]


def test_noun_of_prohibition_then_glossed_addressees():
    assert kinds("Bupati menegaskan adanya larangan bagi pegawai negeri sipil (PNS) atau honorer berfoto "
                 "bersama calon bupati.") \
        == [("prohibition", "larangan bagi pegawai negeri sipil (PNS) atau honorer berfoto bersama calon bupati")]
    assert kinds("Wali kota mengingatkan adanya larangan kepala desa atau perangkat desa menghadiri "
                 "deklarasi calon.") \
        == [("prohibition", "larangan kepala desa atau perangkat desa menghadiri deklarasi calon")]


def test_talk_about_the_rule_gives_nothing():
    assert kinds("Larangan berswafoto dengan calon juga telah dikeluarkan oleh Gubernur Jambi.") == []
    assert kinds("Larangan penggunaan mobil dinas itu diterbitkan sejak Senin.") == []
    assert kinds("Larangan keberpihakan ini, kata dia, berlaku sejak edaran ditandatangani.") == []
    assert kinds("Bawaslu menemukan pelanggaran larangan pemasangan baliho di Kecamatan Weleri.") == []
    assert kinds("Bahkan larangan memakai mobil dinas sudah diterbitkan Bupati Kendal, dan larangan camat "
                 "atau lurah memasang baliho calon.") \
        == [("prohibition", "larangan camat atau lurah memasang baliho calon")]


def test_act_nouns_joined_and_a_last_bare_noun():
    assert kinds("Kebijakan itu mencakup larangan keikutsertaan dalam kampanye dan pemasangan baliho di "
                 "kantor.") == [("prohibition", "larangan keikutsertaan dalam kampanye"),
                                ("prohibition", "pemasangan baliho di kantor")]
    # a last act noun with nothing after it is no act of its own
    assert kinds("Camat mengingatkan aturan yang melarang pemasangan spanduk atau baliho calon bupati dan "
                 "pemilihan.") == [("prohibition", "melarang pemasangan spanduk atau baliho calon bupati dan pemilihan")]
