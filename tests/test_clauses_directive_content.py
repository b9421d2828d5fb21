"""A directive's noun announcing its content after "yakni / yaitu / adalah"
(cues.json directive_content_nouns, directive_content_markers; clauses/lists.py content_acts)."""
from clause_helpers import kinds


def test_instruction_content_state_and_negated_act():
    found = kinds("Menurut Kapolres Lembah Hijau, perintah atasan sudah tegas, yakni netral dan tidak "
                  "mendukung kandidat siapa pun.")
    assert ("obligation", "netral") in found
    assert ("prohibition", "tidak mendukung kandidat siapa pun") in found


def test_message_content_after_copula():
    found = kinds("Pesan Kapolda Tanjung Permai kepada seluruh personel adalah tetap profesional dan tidak "
                  "terlibat politik praktis.")
    assert ("obligation", "tetap profesional") in found
    assert ("prohibition", "tidak terlibat politik praktis") in found


def test_direction_content_acts():
    found = kinds("Arahan Bupati Sungai Tenang kepada para camat yaitu menjaga netralitas dan tidak ikut "
                  "berkampanye.")
    assert ("obligation", "menjaga netralitas") in found
    assert ("prohibition", "tidak ikut berkampanye") in found


def test_mandate_items_after_commas():
    found = kinds("Amanat Panglima kepada prajurit, yakni tetap profesional, tidak berpolitik praktis, serta "
                  "menjaga sinergi dengan kepolisian.")
    assert found == [("obligation", "tetap profesional"), ("prohibition", "tidak berpolitik praktis"),
                     ("obligation", "menjaga sinergi dengan kepolisian")]


def test_directive_noun_without_content_gives_nothing():
    assert kinds("Instruksi itu adalah bentuk komitmen pemerintah daerah Bukit Raya.") == []
    assert kinds("Pesan yang disampaikan dalam acara di Desa Karang Asri itu adalah menjaga persatuan.") == []
