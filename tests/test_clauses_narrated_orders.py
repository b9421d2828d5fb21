"""Orders of an official's address reported as narration, and "Harus" before a bare order
verb (cues.json narrated_order_stops, speech_imperatives; clauses/document.py _orders_go_on)."""
from clause_helpers import kinds


def test_bare_order_after_attributed_sentence():
    found = kinds("Netralitas prajurit adalah harga mati, kata Dandim Lembah Hijau Letkol Budi Santoso. "
                  "Pedomani petunjuk teknis yang sudah dibagikan kepada seluruh Babinsa.")
    assert ("obligation", "Pedomani petunjuk teknis yang sudah dibagikan kepada seluruh Babinsa") in found


def test_bare_order_after_attribution_with_pronoun():
    found = kinds("Bawaslu tidak akan ragu menindak pelanggar, ujarnya. Pelajari dulu petunjuk teknis "
                  "pengawasan sebelum bertugas di TPS.")
    assert any(k == "obligation" and t.startswith("Pelajari dulu petunjuk teknis") for k, t in found)


def test_outlet_call_after_attributed_sentence_is_no_order():
    assert kinds("Netralitas adalah harga mati, kata Bupati Sungai Tenang. Simak berita menarik lainnya "
                 "di kanal kami.") == []
    assert kinds("Pemilu harus berjalan damai, ujar Kapolres Bukit Raya. Baca juga ulasan lengkapnya "
                 "di laman kami.") == []


def test_bare_order_in_plain_narration_is_no_order():
    assert kinds("Pelajari dulu petunjuk teknis pengawasan sebelum bertugas di TPS.") == []


def test_harus_before_bare_order_verb_then_second_act():
    found = kinds("\u201cHarus waspadai perkembangan situasi serta melaksanakan patroli rutin secara "
                  "berjenjang,\u201d pesan dia.")
    assert found == [("obligation", "Harus waspadai perkembangan situasi"),
                     ("obligation", "melaksanakan patroli rutin secara berjenjang")]
    found = kinds("\u201cAnggota harus taati aturan kampanye dan melaporkan setiap pelanggaran,\u201d "
                  "ujar Bupati Sungai Tenang.")
    assert ("obligation", "melaporkan setiap pelanggaran") in found
