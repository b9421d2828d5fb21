"""Shapes found in real news on ASN neutrality circulars that the earlier rules missed
(issue 9, session 4). Every mechanism is tested on at least two wordings; all texts
are invented (regions, outlets and officials included)."""
import pytest

from clause_helpers import clauses_of, kinds


# -- an enumeration that opens the sentence after a noun of rule ----------------------
@pytest.mark.parametrize("text,acts,kind", [
    ("Kepala BKPSDM Kabupaten Sukamaju, Rina, mengatakan ada beberapa larangan yang sering diabaikan pegawai. "
     "Misalnya, memasang bingkai foto calon di akun pribadi, meneruskan pesan kampanye di grup kantor, atau "
     "menyukai unggahan partai.",
     ["memasang bingkai foto calon di akun pribadi", "meneruskan pesan kampanye di grup kantor",
      "menyukai unggahan partai"], "prohibition"),
    ("Edaran itu juga memuat sejumlah kewajiban bagi camat.\n\nAntara lain mendata pegawai yang mengambil cuti "
     "kampanye, lalu melaporkannya kepada bupati setiap pekan.",
     ["mendata pegawai yang mengambil cuti kampanye", "melaporkannya kepada bupati setiap pekan"], "obligation"),
])
def test_enumeration_in_the_next_sentence_takes_the_kind_of_the_noun_before(text, acts, kind):
    found = clauses_of(text)
    assert [c.text for c in found] == acts
    assert {c.kind for c in found} == {kind}


@pytest.mark.parametrize("text", [
    "Harga cabai naik tajam pekan ini. Misalnya, di Pasar Baru harga cabai rawit mencapai Rp80 ribu.",
    "Larangan mudik sudah dicabut tahun lalu. Misalnya, warga kini bebas bepergian ke kampung halaman.",
    "Pemkot Tirtajaya menyiapkan banyak kegiatan. Misalnya, menggelar lomba senam dan jalan sehat.",
])
def test_an_enumeration_without_a_rule_before_it_gives_nothing(text):
    assert clauses_of(text) == []


# -- a sanction paragraph is no item of the list before it ----------------------------
@pytest.mark.parametrize("text,n", [
    ("Pertama, ASN dilarang memasang baliho calon.\n\nKedua, pegawai yang pasangannya menjadi calon boleh "
     "mendampingi saat pendaftaran.\n\nKetiga, pelanggaran atas edaran ini akan diproses sesuai aturan.", 2),
    ("Isi edaran itu sebagai berikut:\n1. Pegawai dilarang memasang spanduk calon.\n2. Tidak menghadiri "
     "deklarasi calon.\n3. Bagi pegawai yang melanggar akan dijatuhi hukuman disiplin.", 2),
    ("Kesatu, pegawai boleh menonton debat sebagai pendengar. Kedua, ASN yang terbukti melanggar dikenai "
     "sanksi sedang.", 1),
])
def test_a_sanction_after_ordinals_or_items_gives_no_clause(text, n):
    found = clauses_of(text)
    assert len(found) == n
    assert not any("melanggar" in c.text or "pelanggaran" in c.text for c in found)


def test_a_negated_ordinal_after_a_permission_is_a_prohibition():
    found = kinds("Pertama, pegawai boleh menghadiri kampanye sebagai pendengar.\n\nKedua, tidak memakai "
                  "atribut partai di lokasi kampanye.")
    assert found == [("permission", "pegawai boleh menghadiri kampanye sebagai pendengar"),
                     ("prohibition", "tidak memakai atribut partai di lokasi kampanye")]


# -- "A ataupun B", "A maupun B": two full acts ---------------------------------------
@pytest.mark.parametrize("text,acts", [
    ("Yang dilarang, lanjut dia, adalah menjadi juru kampanye ataupun menyebarkan materi kampanye di grup kantor.",
     ["menjadi juru kampanye", "menyebarkan materi kampanye di grup kantor"]),
    ("Pegawai tidak boleh menjadi tim sukses maupun mengumpulkan dukungan warga untuk calon.",
     ["Pegawai tidak boleh menjadi tim sukses", "mengumpulkan dukungan warga untuk calon"]),
])
def test_acts_joined_by_ataupun_or_maupun_are_two(text, acts):
    assert [c.text for c in clauses_of(text)] == acts


@pytest.mark.parametrize("text", [
    "Pegawai dilarang memasang spanduk ataupun baliho calon.",
    "ASN tidak boleh mengunggah maupun membagikan konten calon.",
])
def test_nouns_or_verbs_sharing_an_object_joined_by_maupun_stay_one(text):
    assert len(clauses_of(text)) == 1


# -- nouns of rule: an addressee then the act, and examples after a predicate -----------
@pytest.mark.parametrize("text,expected", [
    ("Dalam edaran itu juga tercantum larangan bagi pegawai menghadiri deklarasi bakal calon.",
     ("larangan bagi pegawai menghadiri deklarasi bakal calon", "pegawai")),
    ("Edaran itu memuat larangan bagi seluruh ASN memasang foto calon sebagai foto profil.",
     ("larangan bagi seluruh ASN memasang foto calon sebagai foto profil", "seluruh ASN")),
])
def test_a_noun_of_rule_with_its_addressee_then_the_act(text, expected):
    found = clauses_of(text)
    assert [(c.text, c.actor) for c in found] == [expected] and found[0].kind == "prohibition"


@pytest.mark.parametrize("text,acts", [
    ("Larangan bagi ASN tersebut tetap berlaku selama masa cuti, seperti menggunakan fasilitas negara, "
     "menggerakkan pegawai lain, dan menjadi pembicara dalam kampanye.",
     ["menggunakan fasilitas negara", "menggerakkan pegawai lain", "menjadi pembicara dalam kampanye"]),
    ("Kewajiban bagi para camat itu tidak berubah meski masa kampanye usai, antara lain mengawasi lurah "
     "dan memantau media sosial staf.",
     ["mengawasi lurah", "memantau media sosial staf"]),
])
def test_a_noun_of_rule_with_a_predicate_before_its_examples_gives_the_examples(text, acts):
    assert [c.text for c in clauses_of(text)] == acts


@pytest.mark.parametrize("text", [
    "Pegawai yang bertugas sebagai anggota KPPS mengurus izin tidak masuk kerja di bagian umum.",
    "Ia mengaku sudah mengantongi izin tidak hadir dari atasannya.",
])
def test_a_noun_of_rule_before_a_negator_names_a_thing(text):
    assert clauses_of(text) == []


# -- the acts of a content that opens with words before its verb ---------------------------
@pytest.mark.parametrize("text,acts", [
    ("\"Yang penting, ASN tidak menunjukkan pilihannya di depan umum, apalagi mengajak rekan kerja memilih "
     "calon tertentu,\" kata Hamzah.",
     ["Yang penting, ASN tidak menunjukkan pilihannya di depan umum", "mengajak rekan kerja memilih calon tertentu"]),
    ("Pegawai tidak boleh aktif ikut mengatur acara, hadir berkampanye, atau mengikuti yel-yel pemenangan.",
     ["Pegawai tidak boleh aktif ikut mengatur acara", "hadir berkampanye", "mengikuti yel-yel pemenangan"]),
])
def test_acts_are_split_when_the_content_opens_with_words_before_the_verb(text, acts):
    found = clauses_of(text)
    assert [c.text for c in found] == acts and {c.kind for c in found} == {"prohibition"}


# -- a modal cue followed by its addressee ---------------------------------------------------
@pytest.mark.parametrize("text,acts,actor", [
    ("Dilarang bagi seluruh ASN untuk memasang baliho calon, menghadiri deklarasi, dan membagikan materi kampanye.",
     ["Dilarang bagi seluruh ASN untuk memasang baliho calon", "menghadiri deklarasi", "membagikan materi kampanye"],
     "seluruh ASN"),
    ("Sebaliknya dilarang bagi pegawai hadir secara aktif, bertanya kepada calon, dan mengarahkan pilihan warga.",
     ["dilarang bagi pegawai hadir secara aktif", "bertanya kepada calon", "mengarahkan pilihan warga"], "pegawai"),
])
def test_a_modal_cue_then_bagi_and_its_addressee(text, acts, actor):
    found = clauses_of(text)
    assert [c.text for c in found] == acts and {c.actor for c in found} == {actor}


# -- a permission with a negated act after a contrast -----------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("ASN diperkenankan menonton debat di balai warga namun tidak bersorak mendukung calon.",
     [("permission", "ASN diperkenankan menonton debat di balai warga"),
      ("prohibition", "tidak bersorak mendukung calon")]),
    ("Seorang pegawai hanya dibolehkan untuk hadir tapi tidak memakai atribut kampanye.",
     [("permission", "Seorang pegawai hanya dibolehkan untuk hadir"), ("prohibition", "tidak memakai atribut kampanye")]),
])
def test_permission_then_a_negated_act_after_a_contrast(text, expected):
    assert kinds(text) == expected


# -- a new pronoun subject after a comma ends the act ---------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("\"Jangan coba-coba ikut politik praktis, kami akan jatuhkan sanksi berat,\" kata Sekda.",
     [("prohibition", "Jangan coba-coba ikut politik praktis")]),
    ("\"ASN tidak bisa ikut berkampanye, namun mereka bisa datang ke kampanye untuk menyimak visi calon,\" ujarnya.",
     [("prohibition", "ASN tidak bisa ikut berkampanye")]),
])
def test_a_clause_with_its_own_pronoun_subject_ends_the_act(text, expected):
    assert kinds(text) == expected


# -- a cue that closes its clause after a condition judges the condition's act -------------
@pytest.mark.parametrize("text,expected", [
    ("\"Dia menjadi warga biasa yang datang, kalau ikut berkampanye jelas enggak boleh,\" ungkapnya.",
     [("prohibition", "ikut berkampanye jelas enggak boleh")]),
    ("\"Kalau hadir (ke kampanye) boleh, yang tidak boleh adalah ikut berkampanye,\" kata Ketua KPU Tirtajaya.",
     [("permission", "hadir (ke kampanye) boleh"), ("prohibition", "yang tidak boleh adalah ikut berkampanye")]),
])
def test_a_closing_cue_after_a_condition_is_a_rule(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Apabila tidak bisa hadir, pegawai wajib memberi tahu atasan.",
     [("obligation", "pegawai wajib memberi tahu atasan")]),
    ("Jika absensi elektronik tidak tercatat, pegawai dapat mengajukan koreksi melalui aplikasi kepegawaian.", []),
    ("Apabila jadwal bentrok, camat dapat meminta penundaan rapat.", []),
])
def test_a_condition_before_a_cue_stays_a_condition(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("\"Yang tidak boleh dilakukan pegawai adalah ikut berkampanye,\" jelasnya.",
     "Yang tidak boleh dilakukan pegawai adalah ikut berkampanye"),
    ("Yang dilarang dilakukan oleh seluruh ASN adalah memasang alat peraga kampanye di kantor.",
     "Yang dilarang dilakukan oleh seluruh ASN adalah memasang alat peraga kampanye di kantor"),
])
def test_a_free_relative_with_its_doer_before_the_copula(text, expected):
    assert kinds(text) == [("prohibition", expected)]


# -- more cue forms ------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("\"Karena dia punya hak suara, maka bolehlah dia datang ke sana, tetapi dia tidak boleh berkampanye,\" "
     "terangnya.", [("permission", "bolehlah dia datang ke sana"), ("prohibition", "dia tidak boleh berkampanye")]),
    ("Pegawai haruslah menjaga netralitas. Janganlah pegawai memakai mobil dinas untuk kampanye.",
     [("obligation", "Pegawai haruslah menjaga netralitas"),
      ("prohibition", "Janganlah pegawai memakai mobil dinas untuk kampanye")]),
])
def test_a_modal_cue_with_an_emphatic_particle(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("\"Silakan hak pilihnya digunakan di hari pencoblosan. Tapi jaga sikap di kantor,\" katanya.",
     [("permission", "Silakan hak pilihnya digunakan di hari pencoblosan")]),
    ("Pegawai dipersilakan menonton debat calon di rumah masing-masing.",
     [("permission", "Pegawai dipersilakan menonton debat calon di rumah masing-masing")]),
    ("\"Kalau ada yang belum masuk, silakan cek ke bendahara masing-masing,\" ujarnya.", []),
])
def test_silakan_is_a_permission_only_over_an_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,start", [
    ("Memberi tanda suka pada unggahan calon di luar akun resmi penyelenggara alangkah baiknya dihindari.",
     "Memberi tanda suka"),
    ("Berfoto dengan pose jari sebaiknya dijauhi oleh pegawai selama masa kampanye.", "Berfoto dengan pose jari"),
])
def test_an_act_to_be_avoided_is_forbidden(text, start):
    found = clauses_of(text)
    assert len(found) == 1 and found[0].kind == "prohibition" and found[0].text.startswith(start)


@pytest.mark.parametrize("text", [
    "Wajib pajak daerah yang menunggak juga menjadi perhatian badan keuangan daerah.",
    "Jumlah wajib retribusi pasar naik dua kali lipat tahun ini.",
])
def test_a_noun_that_begins_with_a_cue_word_is_no_cue(text):
    assert clauses_of(text) == []


def test_the_ordinal_of_the_next_item_is_not_content():
    found = kinds("\"Kemudian yang kedua tidak boleh mempromosikan diri di media sosial dan yang ketiga tidak boleh "
                  "mendekati partai politik,\" katanya.")
    assert found == [("prohibition", "tidak boleh mempromosikan diri di media sosial"),
                     ("prohibition", "tidak boleh mendekati partai politik")]


# -- the instruction form of circulars: "<actor> agar <act>" --------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Keempat, para kepala perangkat daerah agar memastikan tidak ada aset pemerintah yang dipakai untuk kampanye.",
     ("obligation", "para kepala perangkat daerah agar memastikan tidak ada aset pemerintah yang dipakai untuk kampanye")),
    ("Pegawai ASN agar tidak terlibat dalam kegiatan kampanye.",
     ("prohibition", "Pegawai ASN agar tidak terlibat dalam kegiatan kampanye")),
])
def test_an_actor_then_agar_opening_the_sentence_is_an_instruction(text, expected):
    assert kinds(text) == [expected]


@pytest.mark.parametrize("text", [
    "Pemkab menggelar pelatihan bagi pegawai agar mampu melayani warga dengan baik.",
    "Ia berharap pegawai agar lebih disiplin.",
])
def test_agar_after_a_purpose_or_a_wish_is_no_instruction(text):
    assert clauses_of(text) == []


# -- actors and acts outside the lexicon -------------------------------------------------
@pytest.mark.parametrize("text,actor", [
    ("Kapolres Watu Ampar menegaskan seluruh personel Polres Watu Ampar dan polsek jajaran wajib menjaga netralitas.",
     "seluruh personel Polres Watu Ampar dan polsek jajaran"),
    ("Kepala Balai menyatakan setiap petugas lapangan balai wajib melapor bila didatangi tim pemenangan.",
     "setiap petugas lapangan balai"),
])
def test_a_determiner_led_noun_phrase_before_a_modal_is_its_actor(text, actor):
    found = clauses_of(text)
    assert len(found) == 1 and found[0].actor == actor and found[0].text.startswith(actor)


@pytest.mark.parametrize("text,expected", [
    ("Meski begitu, edaran tersebut mengizinkan gedung pertemuan milik perusahaan disewa oleh peserta pilkada.",
     "mengizinkan gedung pertemuan milik perusahaan disewa oleh peserta pilkada"),
    ("Bupati mengizinkan aula kecamatan dipakai untuk debat terbuka antarcalon.",
     "mengizinkan aula kecamatan dipakai untuk debat terbuka antarcalon"),
])
def test_a_permission_over_an_object_and_a_passive_verb(text, expected):
    assert kinds(text) == [("permission", expected)]


@pytest.mark.parametrize("text,acts", [
    ("Pertama, pegawai dilarang memasang baliho.\n\nKedua, menghadiri pertemuan partai politik, mengikuti konvoi "
     "pendukung, atau menyumbangkan dana kepada tim pemenangan.",
     ["pegawai dilarang memasang baliho", "menghadiri pertemuan partai politik", "mengikuti konvoi pendukung",
      "menyumbangkan dana kepada tim pemenangan"]),
    ("Pertama, ASN wajib menjaga netralitas. Kedua, memantau media sosial bawahan dan melaporkan pelanggaran "
     "kepada inspektorat.",
     ["ASN wajib menjaga netralitas", "memantau media sosial bawahan", "melaporkan pelanggaran kepada inspektorat"]),
])
def test_a_cue_less_ordinal_paragraph_is_split_into_its_acts(text, acts):
    assert [c.text for c in clauses_of(text)] == acts


@pytest.mark.parametrize("text,acts", [
    ("Marthinus meminta camat ikut memantau desa di wilayahnya dan segera melapor jika menemukan pelanggaran.",
     ["meminta camat ikut memantau desa di wilayahnya", "segera melapor jika menemukan pelanggaran"]),
    ("Pegawai diperkenankan mengikuti debat yang disiarkan televisi atau menonton kampanye di media sosial.",
     ["Pegawai diperkenankan mengikuti debat yang disiarkan televisi", "menonton kampanye di media sosial"]),
])
def test_a_joiner_before_an_adverb_or_atau_before_a_full_act_splits(text, acts):
    assert [c.text for c in clauses_of(text)] == acts


@pytest.mark.parametrize("text", [
    "ASN dilarang menghadiri kegiatan kampanye dengan memakai seragam dinas atau membawa fasilitas kantor.",
    "Seluruh pegawai diminta menjaga netralitas dalam melayani warga, tanpa membedakan pilihan politik mereka.",
])
def test_a_manner_adjunct_stays_with_its_act(text):
    assert len(clauses_of(text)) == 1


# -- circular mentions have one home: lang.json --------------------------------------------
def test_circular_mentions_come_from_lang_json(tmp_path):
    import json

    from corpus_tools.settings import Settings

    text = "Dalam maklumat Bupati Sukamaju, pegawai dilarang memasang baliho calon di kantor."
    assert [c.source for c in clauses_of(text)] == ["statement"]
    lang = json.loads(json.dumps(Settings().data("lang.json")))     # a copy of the shipped file
    lang["circulars"]["heads"].append("maklumat")
    path = tmp_path / "lang.json"
    path.write_text(json.dumps(lang), encoding="utf-8")
    settings = Settings().with_data(**{"lang.json": str(path)})
    assert [c.source for c in clauses_of(text, settings)] == ["circular"]
    assert "circular_terms" not in settings.data("cues.json")


# -- more shapes from real articles --------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Pegawai juga diamanatkan untuk tidak berpihak kepada calon mana pun.",
     [("prohibition", "Pegawai juga diamanatkan untuk tidak berpihak kepada calon mana pun")]),
    ("Seluruh camat diamanahkan untuk mengawasi kepala desa selama masa kampanye.",
     [("obligation", "Seluruh camat diamanahkan untuk mengawasi kepala desa selama masa kampanye")]),
    ("Panwas tetap merekomendasikan kepada pegawai yang hendak mendampingi pasangannya untuk mengambil cuti.",
     [("obligation", "merekomendasikan kepada pegawai yang hendak mendampingi pasangannya untuk mengambil cuti")]),
])
def test_passive_and_advisory_command_verbs(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Inti netralitas itu, dilarang menjadi pengurus partai. Atau, terlibat dan berpihak kepada siapa pun demi "
     "kepentingan politik.",
     [("prohibition", "dilarang menjadi pengurus partai"),
      ("prohibition", "terlibat dan berpihak kepada siapa pun demi kepentingan politik")]),
    ("Pegawai dilarang memasang baliho calon. Atau, menempel stiker calon di mobil dinas.",
     [("prohibition", "Pegawai dilarang memasang baliho calon"), ("prohibition", "menempel stiker calon di mobil dinas")]),
])
def test_a_sentence_opening_with_atau_continues_the_acts(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Perangkat kelurahan tidak boleh ikut serta dan menyalahgunakan wewenangnya.",
    "Pegawai dilarang turut serta dan membantu tim pemenangan.",
])
def test_ikut_serta_is_one_verb(text):
    found = clauses_of(text)
    assert len(found) == 1 and " serta" in found[0].text


# -- the actor of a long sentence, before asides set off by commas ---------------------------
@pytest.mark.parametrize("text,actor", [
    ("Menurut Kepala BKPSDM, seluruh aparatur sipil negara di lingkungan pemkab, baik yang berstatus PNS maupun "
     "PPPK, tanpa terkecuali wajib menjaga netralitas selama tahapan pilkada.",
     "seluruh aparatur sipil negara di lingkungan pemkab, baik yang berstatus PNS maupun PPPK, tanpa terkecuali"),
    ("Seluruh ASN, termasuk yang bertugas di kecamatan, dilarang memasang baliho calon.",
     "Seluruh ASN, termasuk yang bertugas di kecamatan"),
])
def test_the_actor_stands_before_asides(text, actor):
    found = clauses_of(text)
    assert len(found) == 1 and found[0].actor == actor


@pytest.mark.parametrize("text,expected", [
    ("\"Pegawai itu pelayan publik, jadi harus netral,\" katanya.", None),
    ("Sekda menegaskan, baik pegawai maupun honorer wajib netral.", "pegawai maupun honorer"),
])
def test_a_clause_before_a_comma_is_not_taken_as_an_aside(text, expected):
    found = clauses_of(text)
    assert len(found) == 1 and found[0].actor == expected


# -- examples of what to avoid; qualifiers inside an enumeration -------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Pegawai juga harus menghindari hal-hal yang dapat menimbulkan dugaan tidak netral, seperti memasang baliho "
     "calon, berkampanye di media sosial, atau memakai fasilitas negara untuk kepentingan politik.",
     ["obligation", "prohibition", "prohibition", "prohibition"]),
    ("Pegawai diminta menjauhi kegiatan yang berbau politik praktis, misalnya menghadiri deklarasi calon.",
     ["obligation", "prohibition"]),
])
def test_examples_of_what_to_avoid_are_prohibitions(text, expected):
    assert [c.kind for c in clauses_of(text)] == expected


@pytest.mark.parametrize("text,n", [
    ("Pegawai dilarang terlibat politik praktis, seperti menunjukkan dukungan terhadap calon, baik secara langsung "
     "dengan menghadiri kampanye maupun tidak langsung melalui media sosial.", 2),
    ("ASN dilarang berpihak, misalnya mengajak warga memilih calon, terutama di lingkungan kantor.", 2),
])
def test_a_qualifier_after_a_comma_in_an_enumeration_is_no_act(text, n):
    assert len(clauses_of(text)) == n


@pytest.mark.parametrize("text,expected", [
    ("\"Kalau cuma datang mendengarkan visi misi boleh, kalau ikut meneriakkan yel-yel jelas tidak boleh,\" "
     "kata Yohanes.",
     [("permission", "cuma datang mendengarkan visi misi boleh"),
      ("prohibition", "ikut meneriakkan yel-yel jelas tidak boleh")]),
    ("\"Kalau hadir boleh, kalau berkampanye tidak boleh,\" ujarnya.",
     [("permission", "hadir boleh"), ("prohibition", "berkampanye tidak boleh")]),
])
def test_two_judged_conditions_in_one_sentence(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Jika berkas warga belum lengkap, petugas dapat meminta warga melengkapinya melalui aplikasi.",
    "Apabila antrean panjang, kepala seksi dapat mengimbau warga untuk datang esok hari.",
])
def test_a_command_verb_under_a_conditional_dapat_is_no_rule(text):
    assert clauses_of(text) == []


# -- precision: questions, hearsay, item headings ---------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Apakah ASN boleh menghadiri kampanye terbuka?", []),
    ("\"Bolehkah pegawai berfoto dengan calon?\" tanya seorang peserta. \"Boleh, asal tidak berpose jari,\" "
     "jawab Sekda.", [("permission", "Boleh, asal tidak berpose jari")]),
])
def test_a_question_states_no_rule(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "\"Dulu memang ada yang bilang boleh hadir asal diam. Sekarang tidak lagi,\" katanya.",
    "Banyak yang mengira pegawai dilarang menonton debat di televisi.",
])
def test_hearsay_is_no_rule(text):
    assert clauses_of(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Berikut ringkasannya.\n\nMemakai jabatan. Pejabat struktural tidak boleh memberikan instruksi kepada bawahan.",
     ["Pejabat struktural tidak boleh memberikan instruksi kepada bawahan"]),
    ("ASN dilarang memasang baliho calon.\n\nFasilitas negara. Pegawai tidak diperkenankan memakai mobil dinas "
     "untuk kampanye.",
     ["ASN dilarang memasang baliho calon", "Pegawai tidak diperkenankan memakai mobil dinas untuk kampanye"]),
])
def test_a_short_heading_sentence_before_a_rule_is_no_act(text, expected):
    assert [c.text for c in clauses_of(text)] == expected


def test_an_actor_before_an_example_aside():
    found = clauses_of("Pegawai yang bertugas sebagai penyelenggara ad hoc, seperti anggota KPPS, diberi kelonggaran "
                       "datang terlambat ke kantor.")
    assert [(c.kind, c.actor) for c in found] == [
        ("permission", "Pegawai yang bertugas sebagai penyelenggara ad hoc, seperti anggota KPPS")]


@pytest.mark.parametrize("text,expected", [
    ("Pegawai tetap diperkenankan mengikuti debat publik atau menonton kampanye di media sosial, asalkan tidak ikut "
     "memberi komentar.",
     ["Pegawai tetap diperkenankan mengikuti debat publik", "menonton kampanye di media sosial"]),
    ("ASN boleh datang ke kampanye terbuka untuk mendengarkan visi dan misi, asal tidak memakai atribut apa pun.",
     ["ASN boleh datang ke kampanye terbuka untuk mendengarkan visi dan misi"]),
])
def test_a_proviso_after_a_comma_is_no_part_of_the_act(text, expected):
    assert [c.text for c in clauses_of(text)] == expected


# -- headings that name a kind; inline lettered items; idioms ----------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Yang dilarang\n\n- Menjadi anggota tim sukses pasangan calon\n- Memasang alat peraga di rumah dinas\n\n"
     "Yang boleh\n\n- Datang ke kampanye terbuka sebagai pendengar\n\nYang wajib\n\n- Melaporkan ajakan kampanye "
     "kepada atasan",
     ["prohibition", "prohibition", "permission", "obligation"]),
    ("Hal yang tidak boleh\n\n1. Memakai mobil dinas untuk kampanye\n2. Menghadiri deklarasi calon",
     ["prohibition", "prohibition"]),
])
def test_a_heading_naming_a_kind_leads_the_list_under_it(text, expected):
    assert [c.kind for c in clauses_of(text)] == expected


@pytest.mark.parametrize("text", [
    "Larangan itu berlaku.\n\n- Harga cabai naik di pasar",
    "Boleh jadi\n\nLaporan warga menumpuk di kantor kelurahan.",
])
def test_a_heading_needs_a_list_and_no_sentence_end(text):
    assert clauses_of(text) == []


@pytest.mark.parametrize("text,acts", [
    ("Dalam edaran itu, kepala OPD diwajibkan: (a) menyampaikan isi edaran kepada seluruh pegawai; (b) memasang "
     "salinan edaran di papan pengumuman kantor; dan (c) melaporkan hasil pengawasan kepada Gubernur.",
     ["menyampaikan isi edaran kepada seluruh pegawai",
      "memasang salinan edaran di papan pengumuman kantor", "melaporkan hasil pengawasan kepada Gubernur"]),
    ("Camat wajib: 1) mendata pegawai yang cuti; 2) mengawasi kepala desa.",
     ["mendata pegawai yang cuti", "mengawasi kepala desa"]),
])
def test_inline_marked_items_after_a_colon_are_acts(text, acts):
    assert [c.text for c in clauses_of(text)] == acts


@pytest.mark.parametrize("text,expected", [
    ("Boleh jadi, sebagian bilik suara tidak bisa dipakai lagi.", []),
    ("Sebagian besar mengira laporan wajib disampaikan lewat atasan.", []),
    ("ASN tidak boleh jadi pendengung calon mana pun.", [("prohibition", "ASN tidak boleh jadi pendengung calon mana pun")]),
])
def test_idioms_and_beliefs_are_no_rules_but_a_negated_cue_is(text, expected):
    assert kinds(text) == expected


# -- imperatives, scopes, actors outside the lexicon with a relative clause ------------------
@pytest.mark.parametrize("text,expected", [
    ("\"Tolak politik uang dan pemberian dalam bentuk apa pun. Jagalah netralitas di media sosial,\" pesan Sekda.",
     [("obligation", "Tolak politik uang dan pemberian dalam bentuk apa pun"),
      ("obligation", "Jagalah netralitas di media sosial")]),
    ("\"Hindari berfoto dengan pose jari di depan baliho calon,\" kata Kepala BKPSDM.",
     [("prohibition", "Hindari berfoto dengan pose jari di depan baliho calon")]),
    ("\"Kalau ada ajakan dari tim sukses, tolak dengan sopan,\" ujarnya.",
     [("obligation", "tolak dengan sopan")]),
    # an instruction after a condition is a rule; the condition stays outside (docs/evaluate.md)
    ("\"Kalau ada ASN yang melanggar, laporkan ke BKPSDM,\" katanya.", [("obligation", "laporkan ke BKPSDM")]),
])
def test_a_bare_imperative_at_the_start_of_its_clause(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Menurutnya, pemerintah akan tolak usulan itu bila anggarannya tidak cukup.",
    "Pastikan Anda membaca berita lainnya di kanal kami.",
    "Laporkan ke Bawaslu jika menemukan politik uang di lingkungan Anda.",
])
def test_an_imperative_word_elsewhere_or_to_readers_is_no_rule(text):
    assert clauses_of(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Pegawai hanya boleh menyukai konten di akun resmi KPU. Di luar itu, dilarang keras.",
     [("permission", "Pegawai hanya boleh menyukai konten di akun resmi KPU"), ("prohibition", "Di luar itu, dilarang")]),
    ("\"Di luar jam kerja itu juga tidak boleh,\" katanya.",
     [("prohibition", "Di luar jam kerja itu juga tidak boleh")]),
])
def test_a_scope_before_a_closing_cue_keeps_the_cue(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,actor", [
    ("Menurut dia, anggota yang bertugas di lokasi kampanye diperbolehkan berada di sekitar panggung.",
     "anggota yang bertugas di lokasi kampanye"),
    ("Menurut Marthinus, anggota Satpol PP yang ditugaskan mengamankan kampanye harus membawa surat perintah.",
     "anggota Satpol PP yang ditugaskan mengamankan kampanye"),
])
def test_a_short_noun_head_with_its_relative_clause_is_the_actor(text, actor):
    found = clauses_of(text)
    assert len(found) == 1 and found[0].actor == actor and found[0].text.startswith(actor)


@pytest.mark.parametrize("text", [
    "Hanya 21 persen responden yang tahu ke mana harus melapor jika mengalami tekanan.",
    "Banyak pegawai belum paham kapan boleh mengambil cuti kampanye.",
    "Ia menyebut permohonan memakai gedung sekolah itu tidak diizinkan oleh pengelola karena dipakai ujian.",
])
def test_embedded_questions_reported_decisions_and_claims_are_no_rules(text):
    assert clauses_of(text) == []


def test_a_permission_cue_without_an_agent_is_still_a_rule():
    assert kinds("Pegawai tidak diizinkan memakai gedung kantor untuk kampanye.") == [
        ("prohibition", "Pegawai tidak diizinkan memakai gedung kantor untuk kampanye")]


# -- set p (issue 9): a negated predicate in an item under an obligation/neutral lead-in ---
@pytest.mark.parametrize("text,acts", [
    ("Dalam surat itu, para kepala desa diminta menyampaikan ketentuan berikut kepada perangkat desa:\n"
     "- Perangkat desa tidak menjadi anggota tim pemenangan calon.\n- Balai desa tidak dipakai untuk "
     "pertemuan partai.",
     ["Perangkat desa tidak menjadi anggota tim pemenangan calon", "Balai desa tidak dipakai untuk pertemuan partai"]),
    ("Camat meminta para lurah meneruskan aturan berikut:\n1. Kendaraan kelurahan tidak digunakan untuk "
     "mengangkut massa kampanye.\n2. Pegawai kelurahan tidak ikut memasang spanduk calon.",
     ["Kendaraan kelurahan tidak digunakan untuk mengangkut massa kampanye",
      "Pegawai kelurahan tidak ikut memasang spanduk calon"]),
])
def test_a_negated_item_under_a_request_to_pass_rules_on_is_a_prohibition(text, acts):
    found = clauses_of(text)
    assert [c.text for c in found] == acts
    assert {c.kind for c in found} == {"prohibition"}


@pytest.mark.parametrize("text", [
    "Sekretaris daerah meminta kepala dinas melakukan hal berikut:\n1. Mendata pegawai yang tidak masuk kerja "
    "pada hari kampanye.\n2. Melapor kepada bupati apabila tidak dapat mengawasi bawahannya.",
    "Para camat diminta menjalankan tugas berikut:\n- Mencatat pegawai yang tidak hadir apel netralitas.\n"
    "- Menegur bawahan, untuk tidak mengulang pelanggaran serupa.",
])
def test_a_negation_inside_a_relative_or_condition_keeps_the_obligation(text):
    found = clauses_of(text)
    assert len(found) == 2 and {c.kind for c in found} == {"obligation"}


# -- a cue after "selain" in a lead-in is not the kind of the list ------------------------
@pytest.mark.parametrize("text,duties", [
    ("Edaran itu melarang ASN sebagai berikut:\n1. Menjadi juru kampanye calon.\n2. Memasang alat peraga "
     "kampanye di kantor.\n\nSelain larangan tersebut, edaran juga memuat kewajiban bagi kepala dinas, yaitu:\n\n"
     "Mengadakan apel netralitas setiap awal bulan;\n\nMenunjuk petugas pemantau di setiap bidang;\n\n"
     "Melaporkan hasil pemantauan kepada wali kota.", 3),
    ("Pegawai dilarang:\n- memasang stiker calon di mobil dinas;\n- hadir di deklarasi calon.\n\n"
     "Di samping larangan itu, bupati menetapkan tugas yang wajib dijalankan camat sebagai berikut:\n\n"
     "Menggelar sosialisasi netralitas di tiap kecamatan;\n\nMengirim rekap pelanggaran kepada bupati setiap pekan.", 2),
])
def test_duties_after_selain_larangan_are_obligations(text, duties):
    found = clauses_of(text)
    assert [c.kind for c in found] == ["prohibition", "prohibition"] + ["obligation"] * duties


# -- set p: a request with two negated acts, refraining, and a double negative -----------
@pytest.mark.parametrize("text,acts", [
    ("Dalam pertemuan itu, wali kota meminta para lurah tidak menjadi juru kampanye dan tidak memakai "
     "kendaraan dinas untuk mengantar calon.",
     ["meminta para lurah tidak menjadi juru kampanye", "tidak memakai kendaraan dinas untuk mengantar calon"]),
    ("Bupati mengimbau seluruh pegawai tidak memasang foto calon di media sosial dan tidak menghadiri "
     "deklarasi partai.",
     ["mengimbau seluruh pegawai tidak memasang foto calon di media sosial", "tidak menghadiri deklarasi partai"]),
])
def test_a_request_not_to_do_a_and_not_b_gives_two_prohibitions(text, acts):
    found = clauses_of(text)
    assert [c.text for c in found] == acts
    assert {c.kind for c in found} == {"prohibition"}


@pytest.mark.parametrize("text", [
    "Sekda mengimbau ASN agar menahan diri dari mengomentari unggahan calon selama masa kampanye.",
    "Kepala dinas meminta pegawai untuk menahan diri dari membagikan materi kampanye di grup kantor.",
])
def test_refraining_from_an_act_forbids_it(text):
    assert [k for k, _ in kinds(text)] == ["prohibition"]


@pytest.mark.parametrize("text,kind", [
    ('"Jangan sampai ada guru yang tidak datang ke TPS," kata kepala dinas.', "obligation"),
    ("Camat menegaskan, jangan sampai ada perangkat desa yang tidak menggunakan hak pilihnya.", "obligation"),
    ("Jangan sampai ada pegawai yang ikut kampanye.", "prohibition"),
    ("Bupati meminta ASN yang tidak terdaftar untuk segera melapor ke KPU.", "obligation"),
])
def test_a_double_negative_obliges_the_act(text, kind):
    assert [k for k, _ in kinds(text)] == [kind]


@pytest.mark.parametrize("text", [
    "Ia juga meminta para camat tidak mengizinkan aula kecamatan dipakai untuk rapat tim sukses.",
    "Wali kota meminta lurah tidak membiarkan balai warga digunakan untuk kampanye.",
])
def test_a_request_not_to_allow_is_one_prohibition(text):
    found = clauses_of(text)
    assert len(found) == 1 and found[0].kind == "prohibition" and found[0].text.startswith("meminta ")


def test_a_negation_in_the_manner_of_a_duty_keeps_the_obligation():
    found = clauses_of("Para lurah diminta melakukan hal berikut:\n(a) menjaga sikap dengan tidak memihak kepada "
                       "calon mana pun;\n(b) melayani warga sambil tidak membeda-bedakan pilihan politiknya.")
    assert [c.kind for c in found] == ["obligation", "obligation"]


# -- set p: a circular sent on is no rule; a state before a closing cue is the whole clause --
@pytest.mark.parametrize("text", [
    "Surat edaran itu disampaikan kepada para camat dan lurah untuk diteruskan kepada pegawai.",
    "Edaran bupati tersebut dikirimkan kepada seluruh kepala dinas untuk disebarluaskan ke bawahannya.",
])
def test_a_circular_sent_on_for_distribution_is_no_rule(text):
    assert clauses_of(text) == []


@pytest.mark.parametrize("text", [
    "Para camat diminta untuk meneruskan edaran itu kepada pegawai.",
    "Surat edaran itu meminta ASN untuk tidak memasang baliho calon.",
])
def test_a_request_to_pass_a_circular_on_or_a_circular_that_asks_is_still_a_rule(text):
    assert len(clauses_of(text)) == 1


@pytest.mark.parametrize("text,expected", [
    ('"Bagi pegawai, netral itu wajib hukumnya. Jangan main-main," kata sekda.', "netral itu wajib hukumnya"),
    ('"Bagi guru, adil itu wajib," ujar kepala dinas.', "adil itu wajib"),
])
def test_a_state_before_a_closing_cue_keeps_the_cue_in_the_clause(text, expected):
    found = clauses_of(text)
    assert found[0].text == expected and found[0].kind == "obligation"


# -- an item whose own actor acts on a violation is a duty, not a sanction -------------
@pytest.mark.parametrize("text,act", [
    ("Tugas para camat sebagai berikut:\n1. Camat memastikan kantor bebas dari alat peraga kampanye.\n"
     "2. Camat menyampaikan dugaan pelanggaran kepada bupati.",
     "Camat menyampaikan dugaan pelanggaran kepada bupati"),
    ("Kepala sekolah wajib:\na. mengawasi guru honorer selama kampanye;\nb. Kepala sekolah meneruskan laporan "
     "pelanggaran netralitas ke dinas pendidikan.",
     "Kepala sekolah meneruskan laporan pelanggaran netralitas ke dinas pendidikan"),
])
def test_an_items_own_actor_acting_on_a_violation_is_an_act(text, act):
    found = kinds(text)
    assert ("obligation", act) in found and len(found) == 2
    # the same item stating what follows a breach stays none
    breach = text.replace(act, "Pegawai yang melanggar ketentuan ini dikenai sanksi disiplin")
    assert len(kinds(breach)) == 1
