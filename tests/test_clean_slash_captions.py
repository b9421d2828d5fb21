"""clean.py on text dumps: a photo caption printed as "Outlet / CAPTION WORD - what the photo
shows" under the title. Wordings invented."""
import pytest

from corpus_tools.clean import boilerplate_reason
from dump_helpers import LEAD_A, LEAD_B, PARA_A, PARA_B, kept, page


@pytest.mark.parametrize("lead,caption", [
    (LEAD_A, "Warta Hulu / APEL PAGI - Pegawai mengikuti apel netralitas di halaman kantor bupati."),
    (LEAD_B, "Kabar Pesisir / LOGISTIK - Petugas menata kotak suara di gudang logistik Tanjung Harapan"),
])
def test_a_slash_caption_under_the_title_is_removed(lead, caption):
    assert kept(page("Pegawai Diminta Netral Selama Pilkada", caption, lead, PARA_A, PARA_B)) == [lead, PARA_A, PARA_B]


@pytest.mark.parametrize("text", [
    "Kabar Pesisir / SUKAMAJU - Bupati Sukamaju meminta seluruh aparatur sipil negara menjaga netralitas "
    "menjelang pemilihan kepala daerah tahun ini dan meminta camat mengawasi pegawai di kecamatan masing-masing.",
    "Dinas Pendidikan / Bidang SMP - Kepala sekolah wajib melaporkan guru yang ikut kampanye.",
])
def test_a_long_paragraph_or_a_title_case_office_is_no_slash_caption(text):
    assert boilerplate_reason(text) != "photo-credit"
