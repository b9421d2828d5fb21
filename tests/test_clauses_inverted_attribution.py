"""A standalone inverted attribution ("... . Tegas Danramil.", "Jelas dia.", "Pungkasnya.")
says the unattributed sentences before it in its paragraph: their bare orders are an
official's (clauses/speakers.py inverted_attribution, SpeechTracker)."""
from clause_helpers import kinds


def test_title_and_unit_after_orders():
    found = kinds("Pelajari petunjuk teknis pengawasan yang sudah diterima setiap Babinsa. "
                  "Pantau jalannya pemungutan suara dari luar area TPS. Tegas Danramil 07/Rantau Baru.")
    assert ("obligation", "Pelajari petunjuk teknis pengawasan yang sudah diterima setiap Babinsa") in found
    assert ("obligation", "Pantau jalannya pemungutan suara dari luar area TPS") in found


def test_title_and_name_with_adjunct():
    found = kinds("Pantau media sosial setiap anggota selama masa tenang. Ucap Kapolsek Lembah Sari, "
                  "Iptu Darmo Wibisono, saat apel pagi di halaman mapolsek.")
    assert ("obligation", "Pantau media sosial setiap anggota selama masa tenang") in found


def test_pronoun_and_nya_attributions():
    found = kinds("Hormati perbedaan pilihan di tengah warga desa. Jelas dia.")
    assert ("obligation", "Hormati perbedaan pilihan di tengah warga desa") in found
    found = kinds("Laporkan setiap ajakan berkampanye kepada pengawas kecamatan. Pungkasnya.")
    assert ("obligation", "Laporkan setiap ajakan berkampanye kepada pengawas kecamatan") in found


def test_order_in_next_paragraph_after_inverted_attribution():
    found = kinds("Prajurit tidak punya hak pilih dalam pemilu. Ucap Dandim Tanjung Harapan.\n\n"
                  "Pelajari buku panduan yang sudah dibagikan ke semua koramil.")
    assert ("obligation", "Pelajari buku panduan yang sudah dibagikan ke semua koramil") in found


def test_no_attribution_no_order():
    assert kinds("Pantau jalannya pemungutan suara dari luar area TPS. Warga pun datang berbondong-bondong.") == []


def test_frame_opening_new_content_covers_nothing_before():
    # "Kata X, <content>" opens its own statement: the narration before it is no order
    found = kinds("Pantau jalannya pemungutan suara dari luar area TPS. Kata Camat Sari Mulya, "
                  "sosialisasi digelar di balai desa pekan lalu.")
    assert not any(t.startswith("Pantau") for _, t in found)


def test_adjective_opening_is_no_attribution():
    assert kinds("Pantau jalannya pemungutan suara dari luar area TPS. Jelas sekali antusiasme warga hari itu.") == []


def test_attribution_reaches_no_earlier_paragraph():
    found = kinds("Pantau jalannya pemungutan suara dari luar area TPS.\n\nTegas Danramil 07/Rantau Baru.")
    assert not any(t.startswith("Pantau") for _, t in found)


def test_outlet_call_after_inverted_attribution_is_no_order():
    assert not any(t.startswith("Simak") for _, t in kinds(
        "Prajurit tidak punya hak pilih dalam pemilu. Katanya.\n\nSimak berita menarik lainnya di kanal kami."))
