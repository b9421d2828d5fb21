"""Variants of cues and directives in news wording: a doubled complementizer, nouns of
reminder, a passive duty to be a state, a passive agent as the actor, a sanction joined to
the act, a warning after an order, an a-fortiori frame after a reminder, emphatic -lah
orders, a fronted object before an order of manner, and a numbered regulation as a sign of
a rule for the document gate. All texts are invented."""
import pytest

from clause_helpers import clauses_of, kinds
from corpus_tools.settings import Settings


@pytest.mark.parametrize("text,expected", [
    ("Bupati Sungai Merah mewanti-wanti agar para pegawainya yang berstatus ASN untuk tidak ikut berkampanye.",
     ("prohibition", "mewanti-wanti agar para pegawainya yang berstatus ASN untuk tidak ikut berkampanye")),
    ("Kepala BKD meminta agar seluruh guru untuk tidak memihak salah satu calon.",
     ("prohibition", "meminta agar seluruh guru untuk tidak memihak salah satu calon")),
])
def test_doubled_complementizer_keeps_the_negated_act(text, expected):
    assert kinds(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Bupati Sungai Merah mewanti-wanti agar stafnya yang merupakan tenaga harian lepas (THL) untuk tidak "
     "ikut dalam kegiatan kampanye.",
     ("prohibition", "mewanti-wanti agar stafnya yang merupakan tenaga harian lepas (THL) untuk tidak "
      "ikut dalam kegiatan kampanye")),
    ("Kepala dinas mewanti-wanti agar pegawai yang bertugas di sekolah negeri (SD) untuk tidak ikut berkampanye.",
     ("prohibition", "mewanti-wanti agar pegawai yang bertugas di sekolah negeri (SD) untuk tidak ikut "
      "berkampanye")),
])
def test_doubled_complementizer_after_a_relative_with_an_abbreviation(text, expected):
    assert kinds(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Camat Lembah Hijau memberikan penegasan kepada setiap pegawai kecamatan untuk netral dalam pilkada.",
     ("obligation", "memberikan penegasan kepada setiap pegawai kecamatan untuk netral dalam pilkada")),
    ("Sekda memberi penegasan kepada seluruh kepala desa agar tidak terlibat kampanye.",
     ("prohibition", "memberi penegasan kepada seluruh kepala desa agar tidak terlibat kampanye")),
    ("Edaran itu menjadi pengingat bagi seluruh pegawai untuk berhati-hati bermedia sosial selama kampanye.",
     ("obligation", "pengingat bagi seluruh pegawai untuk berhati-hati bermedia sosial selama kampanye")),
    ("Imbauan ini sebagai pengingat kepada para guru agar tidak mengunggah dukungan kepada calon.",
     ("prohibition", "pengingat kepada para guru agar tidak mengunggah dukungan kepada calon")),
])
def test_nouns_of_reminder_and_emphasis_are_directives(text, expected):
    assert kinds(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Sebagai pengingat bagi seluruh guru untuk berhati-hati menggunakan media sosial, terutama menjelang "
     "pilkada, agar tidak melanggar aturan.",
     "pengingat bagi seluruh guru untuk berhati-hati menggunakan media sosial, terutama menjelang pilkada, "
     "agar tidak melanggar aturan"),
    ("Sebagai informasi, pegawai honorer perlu berhati-hati bermedia sosial, terutama saat kampanye, supaya "
     "tidak melanggar aturan netralitas.",
     "pegawai honorer perlu berhati-hati bermedia sosial, terutama saat kampanye, supaya tidak melanggar "
     "aturan netralitas"),
])
def test_purpose_not_to_break_the_rules_is_no_permission(text, expected):
    assert kinds(text) == [("obligation", expected)]


@pytest.mark.parametrize("text,expected", [
    ("Kadis menuturkan perawat mesti bersikap santun dan akan dijatuhi hukuman disiplin bila ketahuan melanggar.",
     "perawat mesti bersikap santun"),
    ("Para guru wajib menjaga netralitas, serta bisa diberhentikan apabila melanggar.",
     "Para guru wajib menjaga netralitas"),
    ("Honorer dilarang ikut kampanye dan bakal terancam pemecatan.", "Honorer dilarang ikut kampanye"),
])
def test_sanction_joined_to_the_act_is_no_part_of_it(text, expected):
    assert [t for _, t in kinds(text)] == [expected]


def test_a_further_act_after_dan_akan_stays():
    assert kinds("Pegawai wajib hadir dan akan mendapat arahan dari bupati.") == [
        ("obligation", "Pegawai wajib hadir dan akan mendapat arahan dari bupati")]


@pytest.mark.parametrize("text,expected", [
    ("Pegawai honorer diwajibkan netral selama pilkada.", "Pegawai honorer diwajibkan netral selama pilkada"),
    ("Para kepala desa dituntut netral dalam pilkada.", "Para kepala desa dituntut netral dalam pilkada"),
])
def test_passive_duty_to_be_a_state(text, expected):
    assert kinds(text) == [("obligation", expected)]


@pytest.mark.parametrize("text,expected", [
    ("Karena perawat diwajibkan netral dan tetap mematuhi kode etik profesi.",
     ["perawat diwajibkan netral", "tetap mematuhi kode etik profesi"]),
    ("Kades harus netral dan menaati aturan yang berlaku.", ["Kades harus netral", "menaati aturan yang berlaku"]),
])
def test_state_then_act_are_two_clauses(text, expected):
    assert [t for _, t in kinds(text)] == expected


@pytest.mark.parametrize("text", [
    "Kades harus netral dan profesional.",
    "Bidan diwajibkan netral atau tidak berpihak kepada kandidat mana pun.",
])
def test_two_states_or_a_glossed_state_stay_one_clause(text):
    assert len(kinds(text)) == 1


@pytest.mark.parametrize("text", [
    "Menjelang pilkada, netralitas perlu dipegang teguh oleh seluruh pegawai.",
    "Sikap netral perlu dijaga oleh para kepala desa selama tahapan pilkada.",
])
def test_passive_agent_is_the_duty_actor(text):
    assert [k for k, _ in kinds(text)] == ["obligation"]


@pytest.mark.parametrize("text", [
    "Anggaran perlu dibahas oleh dewan.",
    "Gedung itu perlu direnovasi oleh kontraktor.",
])
def test_passive_agent_that_is_no_actor_gives_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ('"Sekali lagi jagalah marwah profesi guru, jangan sampai tercoreng oleh politik praktis," ucap Lukas.',
     [("obligation", "Sekali lagi jagalah marwah profesi guru")]),
    ('"Jaga nama baik korps, jangan sampai rusak karena urusan pilkada," ujar Sekda.',
     [("obligation", "Jaga nama baik korps")]),
    ('"Jaga netralitas, jangan sampai ikut kampanye," ujar Sekda.',
     [("obligation", "Jaga netralitas"), ("prohibition", "jangan sampai ikut kampanye")]),
])
def test_warning_after_a_comma_ends_the_order(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Ingat aturan, jangankan mengunggah foto calon, memberi tanda suka saja di grup WhatsApp itu tidak boleh," '
     'tegas Kadis.',
     ["mengunggah foto calon", "memberi tanda suka saja di grup WhatsApp itu tidak boleh"]),
    ('"Camkan ini, boro-boro berkampanye, berfoto dengan calon saja dilarang," kata Sekda Tanjung Harapan.',
     ["berkampanye", "berfoto dengan calon saja dilarang"]),
    ('"Ingatlah aturannya, jangankan posting baliho calon atau mempromosikan kandidat favorit, berikan '
     '\'like\' saja di Facebook itu tidak boleh," ujar Camat.',
     ["posting baliho calon atau mempromosikan kandidat favorit",
      "berikan 'like' saja di Facebook itu tidak boleh"]),
])
def test_a_fortiori_frame_after_a_reminder(text, expected):
    assert kinds(text) == [("prohibition", t) for t in expected]


@pytest.mark.parametrize("text,expected", [
    ('"Hormatilah aturan netralitas selama pilkada," kata Sekda.', "Hormatilah aturan netralitas selama pilkada"),
    ('"Patuhilah edaran bupati soal netralitas," ujar Camat Lembah Hijau.',
     "Patuhilah edaran bupati soal netralitas"),
])
def test_emphatic_lah_orders(text, expected):
    assert kinds(text) == [("obligation", expected)]


@pytest.mark.parametrize("text,expected", [
    ('"Media sosial gunakan dengan bijak, baik itu Facebook maupun TikTok, jangan sampai menjadi sarana '
     'kampanye," katanya.', ("obligation", "Media sosial gunakan dengan bijak, baik itu Facebook maupun TikTok")),
    ('"Gawai gunakan secara wajar, jangan untuk kampanye," ujarnya.', ("obligation", "Gawai gunakan secara wajar")),
])
def test_fronted_object_before_an_order_of_manner(text, expected):
    assert kinds(text)[0] == expected


@pytest.mark.parametrize("text", [
    '"Warga gunakan dengan bijak hak pilihnya," ujarnya.',
    '"Pegawai gunakan dengan bijak media sosial," ujarnya.',
])
def test_a_fronted_doer_is_no_object(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ('"Jagalah nama baik korps, berikan teladan, masa kampanye ini rawan," ujar Lukas.',
     ["Jagalah nama baik korps", "berikan teladan"]),
    ('"Jaga netralitas pegawai, situasi desa itu genting," ujar Lukas.', ["Jaga netralitas pegawai"]),
])
def test_comment_after_an_order_is_no_part_of_it(text, expected):
    assert [t for _, t in kinds(text)] == expected


# a story that names no circular, no addressee of the lexicon and not the topic
NUMBERED = [
    "Bawaslu Tanjung Biru mengingatkan pengurus yayasan agar tidak menjadi ketua tim kampanye. Menurut Bawaslu, "
    "hal itu diatur dalam Peraturan KPU Nomor 9 Tahun 2023.",
    "Panwaslu Kabupaten Lembah Sari mengimbau kepada pengurus yayasan agar tidak menjadi juru kampanye. Hal itu "
    "sesuai pasal 71 undang-undang pemilihan.",
]


@pytest.mark.parametrize("text", NUMBERED)
def test_a_numbered_regulation_keeps_the_rule(text):
    assert [c.kind for c in clauses_of(text, settings=Settings())] == ["prohibition"]


@pytest.mark.parametrize("text", [t.split(". ")[0] + "." for t in NUMBERED])
def test_without_the_regulation_the_gate_drops_it(text):
    assert clauses_of(text, settings=Settings()) == []
