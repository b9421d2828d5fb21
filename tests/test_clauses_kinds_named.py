"""Acts named as forms of a violation after a short reporting frame ("Inspektur menyebut
bentuk ketidaknetralan pegawai, antara lain A, B, hingga C"): each act is a prohibition.
"ketidaknetralan" is a noun of violation as "pelanggaran" is; a noun of kind before it makes
the noun the object of the frame, no comma needed. Causes ("antara lain dipicu oleh ...")
and places are no acts."""
from clause_helpers import kinds


def test_forms_of_unneutrality_after_a_frame():
    found = kinds("Kepala Inspektorat Sleman menjelaskan bentuk pelanggaran netralitas pegawai, antara lain "
                  "memasang spanduk calon bupati, ikut konvoi partai, hingga membagikan kaos calon kepada warga.")
    assert found == [("prohibition", "memasang spanduk calon bupati"),
                     ("prohibition", "ikut konvoi partai"),
                     ("prohibition", "membagikan kaos calon kepada warga")]
    found = kinds("Asisten Sekda Mamuju merinci contoh ketidaknetralan guru antara lain mengikuti rapat tim "
                  "pemenangan dan menyumbang dana kampanye.")
    assert found == [("prohibition", "mengikuti rapat tim pemenangan"),
                     ("prohibition", "menyumbang dana kampanye")]


def test_no_acts_named_no_clause():
    # places, causes and a noun of kind over something that is no violation give nothing
    assert kinds("Bupati Pati menyebutkan bentuk pelanggaran yang ditemukan, antara lain di Kecamatan "
                 "Tayu dan Kecamatan Juwana.") == []
    assert kinds("Ketidaknetralan pegawai antara lain dipicu oleh ambisi jabatan dan dipengaruhi tekanan "
                 "atasan.") == []
    assert kinds("Ia menyebut bentuk dukungan warga, antara lain memasang spanduk dan membagikan kaos.") == []
