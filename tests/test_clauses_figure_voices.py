"""A public figure's demand is an opinion (session 15; all texts invented): "tokoh" of any
kind ("tokoh muda", "tokoh adat", speakers.json voices `other`) speaks as a resident does,
so a duty in that quote gives no clause. An official's quote keeps its rule."""
import pytest

from tests.clause_helpers import kinds


@pytest.mark.parametrize("text", [
    '"Harus diusut sampai tuntas siapa yang menempel poster calon di dinding puskesmas," kata tokoh muda '
    'Kecamatan Batu Putih, Rahmat.',
    '"Panwascam wajib segera memanggil kepala dusun yang ikut konvoi itu," ujar tokoh adat Desa Lembah Hijau, '
    'Yohanes.',
])
def test_public_figure_demand_is_no_clause(text):
    assert kinds(text) == []


def test_official_demand_keeps_the_rule():
    assert kinds('"Kepala dusun wajib menjaga netralitas," ujar Camat Batu Putih, Rahmat.') == [
        ("obligation", "Kepala dusun wajib menjaga netralitas")]
