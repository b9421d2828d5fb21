"""Pledges (ikrar / janji netralitas): each pledged act binds the pledgers, an obligation,
or a prohibition when negated; a pledge told as an event without its content is no rule."""
from clause_helpers import kinds


def test_pledge_verb_binds_comma_enumeration():
    found = kinds("Selanjutnya, para lurah berikrar memakai media sosial dengan santun, "
                  "tidak menyebarkan fitnah, dan menolak pemberian dari calon.")
    assert ("obligation", "para lurah berikrar memakai media sosial dengan santun") in found
    assert ("prohibition", "tidak menyebarkan fitnah") in found
    assert ("obligation", "menolak pemberian dari calon") in found


def test_with_this_we_promise():
    found = kinds("Kami pegawai Kabupaten Lerep dengan ini berjanji menjaga netralitas "
                  "dan tidak memihak calon mana pun.")
    assert [k for k, _ in found] == ["obligation", "prohibition"]
    assert found[1][1] == "tidak memihak calon mana pun"


def test_pledge_noun_lists_acts():
    found = kinds("Isi ikrar itu antara lain: menjaga netralitas, tidak memihak calon tertentu, "
                  "dan menolak politik uang.")
    assert found == [("obligation", "menjaga netralitas"), ("prohibition", "tidak memihak calon tertentu"),
                     ("obligation", "menolak politik uang")]
    found = kinds("Ikrar tersebut meliputi menaati aturan disiplin, tidak ikut kampanye, serta melaporkan pelanggaran.")
    assert [k for k, _ in found] == ["obligation", "prohibition", "obligation"]


def test_pledge_points_in_ordinal_paragraphs():
    text = ("Dibacakan tiga poin ikrar pegawai Pemkot Wirasena menjelang Pilkada. Pertama, menjaga netralitas "
            "dalam melayani warga.\n\nKedua yakni menghindari konflik kepentingan, serta tidak memihak "
            "kepada calon tertentu.\n\nIkrar ketiga, pegawai menolak politik uang dalam segala bentuk.")
    found = kinds(text)
    assert ("obligation", "menjaga netralitas dalam melayani warga") in found
    assert ("obligation", "menghindari konflik kepentingan") in found
    assert ("prohibition", "tidak memihak kepada calon tertentu") in found
    assert ("obligation", "pegawai menolak politik uang dalam segala bentuk") in found


def test_duty_list_goes_on_positive_after_negated_item():
    text = ("Camat menyebut dua poin ikrar perangkat desa Sukamaju. Pertama, tidak memasang "
            "alat peraga kampanye di balai desa.\n\nKedua, melaporkan setiap pelanggaran kepada panwascam.")
    assert kinds(text) == [("prohibition", "tidak memasang alat peraga kampanye di balai desa"),
                           ("obligation", "melaporkan setiap pelanggaran kepada panwascam")]


def test_pledge_as_event_is_no_rule():
    assert kinds("Ratusan pegawai mengikuti ikrar netralitas di halaman kantor bupati Lerep, Senin.") == []
    assert kinds("Pembacaan ikrar dipimpin oleh sekretaris daerah dan diikuti seluruh peserta apel.") == []
    assert kinds("Calon bupati itu berjanji membangun jalan desa jika terpilih.") == []


def test_pledge_uttered_as_event_is_no_rule():
    assert kinds("Seluruh pegawai Kota Lembah menyatakan ikrar netralitas secara serentak di sembilan kantor kecamatan.") == []


def test_speakers_who_pledge_and_pause_before_their_acts():
    # (session 22) "kami berikrar, menjaga ...": the pledgers are the speakers; the points read out
    # in the quotes after it go on with the pledge
    assert kinds('"Demi Pilkada yang jujur, kami berikrar, menjaga netralitas pegawai Kantor Imigrasi Tual '
                 'dalam melayani masyarakat," ucap Kepala Kantor yang ditirukan peserta apel. '
                 '"Menjauhi konflik kepentingan, tidak mengintimidasi pegawai serta tidak memihak calon tertentu," '
                 'ujarnya membacakan poin kedua. '
                 '"Menolak politik uang dalam bentuk apa pun," kata dia menutup ikrar.') == [
        ("obligation", "berikrar, menjaga netralitas pegawai Kantor Imigrasi Tual dalam melayani masyarakat"),
        ("obligation", "Menjauhi konflik kepentingan"),
        ("prohibition", "tidak mengintimidasi pegawai"),
        ("prohibition", "tidak memihak calon tertentu"),
        ("obligation", "Menolak politik uang dalam bentuk apa pun")]
    assert kinds("Saya berikrar untuk menjaga netralitas selama pemilihan gubernur.") == [
        ("obligation", "berikrar untuk menjaga netralitas selama pemilihan gubernur")]


def test_a_speakers_commitment_to_their_own_work_is_no_pledge():
    assert kinds("Kami berkomitmen untuk menyukseskan pemilihan bupati tahun ini.") == []
    assert kinds('"Kami siap menjaga keamanan selama tahapan pilkada," kata Kapolres.') == []
