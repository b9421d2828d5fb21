"""The document gate (corpus_tools/clauses/gate.py): news that reports no rule gives no
clause, while a rule stated in the same bare words keeps its clauses once the article
names a circular, an addressee, a list or a noun of rule. All texts are invented."""
import pytest

from clause_helpers import clauses_of
from corpus_tools.settings import Settings

# election news whose modals describe the story
DESCRIPTIVE = [
    "Distribusi kotak suara ke Pulau Sangir Kecil tertunda dua hari. Kapal logistik harus menunggu ombak reda "
    "sebelum berangkat dari pelabuhan. \"Kami tidak diizinkan berlayar oleh petugas pelabuhan karena angin "
    "kencang,\" kata Darmin, nakhoda kapal itu.",
    "Honor petugas pemungutan suara di Desa Lembah Hijau baru cair pekan ini. Pencairan harus melalui "
    "pemeriksaan kuitansi oleh bendahara kecamatan. Menurut Yanti, anggota panitia, rekap suara wajib rampung "
    "sebelum tengah malam sesuai jadwal.",
]

# news outside elections whose modals and command verbs advise the public (sports, health, tax)
CIVIC_ADVICE = [
    "Persikab Sukamaju harus puas berbagi angka 1-1 dengan tamunya pada laga lanjutan Liga 2. Pelatih mengakui "
    "timnya wajib menang di tiga laga sisa. \"Kami tidak boleh kehilangan poin lagi,\" ujarnya. Gelandang andalan "
    "tidak diizinkan bermain karena akumulasi kartu. Manajemen juga mengimbau suporter agar tidak menyalakan suar "
    "di tribun.",
    "Dinas Kesehatan mencatat 214 kasus demam berdarah. Kepala dinas mengatakan warga harus waspada karena musim "
    "hujan belum berakhir. Pasien dengan trombosit rendah wajib dirawat inap. Puskesmas juga diminta aktif "
    "memeriksa jentik di permukiman padat. \"Jangan tunggu sampai demam tinggi,\" katanya.",
    "Bapenda Kota Tirtajaya mengingatkan wajib pajak kendaraan agar segera melunasi tunggakan sebelum program "
    "pemutihan berakhir. Warga tidak perlu membawa BPKB.",
]

# a rule for candidates and voters, in words of the public: still a rule
CANDIDATES = ("Bawaslu Sukamaju mengingatkan aturan masa tenang. Pasangan calon dilarang menjanjikan uang kepada "
              "pemilih, dan tim kampanye wajib menurunkan alat peraga sehari sebelum masa tenang.")

# the same bare modals, in articles that do report a rule
RULES = [
    ("Surat edaran bupati itu menegaskan, harus menjaga jarak dari semua peserta pemilu. "
     "Selain itu, tidak diizinkan memakai mobil dinas untuk kegiatan kampanye.", 2),
    ("Pemkab Tanah Merah menerbitkan SE tentang netralitas. Di dalamnya tertulis: harus bersikap netral "
     "selama masa kampanye, dan tidak diizinkan hadir dalam deklarasi calon.", 2),
    ("Kepala desa tidak diizinkan berfoto dengan pose jari yang menunjukkan dukungan kepada calon.", 1),
    ("Sekda mengingatkan, ada larangan mengikuti kampanye pada jam kerja.", 1),
    ("Soal netralitas, Sekda mengingatkan: jangan memasang foto bersama calon di media sosial.", 1),
    ("\"Jangan ikut kampanye,\" kata Sekda saat apel. Menurut dia, sikap netral itu kewajiban.", 1),
]


@pytest.mark.parametrize("text", DESCRIPTIVE)
def test_descriptive_news_gives_no_clause(text):
    assert clauses_of(text, settings=Settings()) == []


@pytest.mark.parametrize("text", DESCRIPTIVE)
def test_the_gate_is_a_knob(text):
    off = Settings(sections={"clauses": {"rule_context_gate": False}})
    assert clauses_of(text, settings=off), "without the gate the bare modals are read as clauses"


@pytest.mark.parametrize("text,n", RULES)
def test_a_rule_context_keeps_bare_modals(text, n):
    assert len(clauses_of(text, settings=Settings())) >= n


@pytest.mark.parametrize("text", CIVIC_ADVICE)
def test_civic_advice_to_the_public_gives_no_clause(text):
    assert clauses_of(text, settings=Settings()) == []


def test_rules_for_candidates_and_campaign_teams_are_kept():
    assert len(clauses_of(CANDIDATES, settings=Settings())) == 2


# -- news that names no election at all: its rules are not neutrality rules -------------------
NO_ELECTION = [
    "Festival layang-layang pelajar se-Kabupaten Tanjung Lestari dibuka Sabtu. Panitia menetapkan peserta wajib "
    "memakai tali nilon standar, dan setiap regu dilarang menerbangkan layangan di dekat kabel listrik. Peserta "
    "SD boleh didampingi satu guru pembina.",
    "Puskesmas Lembah Hijau menggelar pemeriksaan gigi gratis bagi murid. Setiap murid wajib membawa kartu "
    "kesehatan, dan orang tua dilarang masuk ke ruang periksa. Guru pendamping boleh menunggu di aula sekolah.",
]


@pytest.mark.parametrize("text", NO_ELECTION)
def test_rules_in_news_that_names_no_election_give_no_clause(text):
    assert clauses_of(text, settings=Settings()) == []
    off = Settings(sections={"clauses": {"rule_context_gate": False}})
    assert len(clauses_of(text, settings=off)) >= 3, "without the gate the rules are read"


@pytest.mark.parametrize("text", NO_ELECTION)
def test_the_same_rules_in_election_news_are_kept(text):
    # an election word lifts this part of the gate; the rest of the gate still asks for
    # a sign of a rule (here the topic word "netralitas")
    with_election = text + " Menjelang pilkada, panitia juga menyinggung netralitas guru pembina."
    assert len(clauses_of(with_election, settings=Settings())) >= 3



# a speech quoted in full whose subject only the headline names: its addressees
# ("penyuluh", "bidan desa") are no known role and the body never says "netralitas"
SPEECHES = [
    ("Kadis Pertanian Titip Pesan Netralitas kepada Penyuluh",
     "Apel bulanan penyuluh digelar di halaman dinas, Senin. Kepala dinas menyampaikan amanat menjelang "
     "masa kampanye pilkada.\n\n\"Saya tegaskan, penyuluh dilarang membawa pesan titipan siapa pun ke kelompok "
     "tani. Saudara-saudara juga tidak boleh membagikan bibit bantuan atas nama orang tertentu.\""),
    ("Pendamping Sosial Diminta Jaga Netralitas Jelang Pemilu",
     "Pertemuan rutin pendamping sosial se-kecamatan berlangsung di aula kantor dinas. Kepala dinas berbicara "
     "soal pemilu yang tinggal sebulan.\n\n\"Pendamping dilarang memakai pertemuan kelompok penerima bantuan "
     "untuk mengenalkan jagoan masing-masing. Bapak dan ibu juga tidak boleh menempel stiker di gudang beras,\" katanya."),
]


@pytest.mark.parametrize("title,text", SPEECHES)
def test_headline_naming_the_topic_keeps_a_speech(title, text):
    from corpus_tools.clauses import extract_clauses
    from corpus_tools.segment import segment
    paras, sents = segment(text)
    assert extract_clauses("t", text, paras, sents) == []          # the body alone reads as description
    paras, sents = segment(text)
    kept = extract_clauses("t", text, paras, sents, title=title)
    assert [c.kind for c in kept] == ["prohibition", "prohibition"]
    assert "tidak boleh" in text[kept[1].start:kept[1].end]


def test_headline_without_topic_does_not_open_the_gate():
    from corpus_tools.clauses import extract_clauses
    from corpus_tools.segment import segment
    text = DESCRIPTIVE[0]
    paras, sents = segment(text)
    assert extract_clauses("t", text, paras, sents, title="Logistik Pemilu ke Pulau Sangir Tertunda") == []


def test_pipeline_passes_the_headline_to_the_gate():
    from corpus_tools.pipeline import analyse
    title, text = SPEECHES[1]
    cleaned = {"source": {"path": "x.txt", "format": "text"}, "title": title, "outlet": None, "author": None, "editor": None,
               "published": None, "dateline": None, "text": text, "removed": []}
    assert len(analyse("t", cleaned)["clauses"]) == 2
    assert analyse("t", dict(cleaned, title=None))["clauses"] == []


# session 18: campaign rules that name no circular and not the topic, whose only sign of a
# rule is a ban that names parties of the administration among its words
CAMPAIGN_BANS = [
    "Bawaslu Kabupaten Tanjung Seruni mengingatkan partai politik soal aturan kampanye. \"Rapat umum calon tidak "
    "boleh mengikutsertakan pegawai negeri, prajurit, polisi, dan perangkat desa,\" kata ketua Bawaslu.",
    "Panwascam Rantau Baru menggelar sosialisasi jadwal kampanye kepada tim calon. Kampanye di lapangan "
    "dilarang mengerahkan guru honorer dan pegawai kelurahan, ujar ketua panwascam.",
]


@pytest.mark.parametrize("text", CAMPAIGN_BANS)
def test_a_ban_naming_parties_of_the_administration_keeps_its_clauses(text):
    found = clauses_of(text, Settings())
    assert found and all(c.kind == "prohibition" for c in found)


def test_a_permission_naming_a_village_head_in_school_news_is_still_dropped():
    text = ("Pendaftaran murid baru SD negeri di Tulang Selatan dibuka pekan depan. Setiap calon murid hanya "
            "boleh memilih satu jalur. Orang tua boleh meminta surat keterangan domisili dari kepala desa.")
    assert clauses_of(text, Settings()) == []


# session 21: a ban whose own words name the election (a campaign, a candidate, politics) is a
# rule of the election, with no circular, no topic word and no addressee of the administration
ELECTION_BANS = [
    "Panwaslu Kota Lembah Barat menggelar rapat dengan tim pasangan calon. Ketua panwaslu menjelaskan, "
    "kampanye tidak boleh digelar di rumah ibadah dan gedung sekolah.",
    "Rektor Universitas Tanjung Mas menyampaikan kebijakan kampus menjelang pemilu. \"Segala kegiatan "
    "kampanye tidak diperbolehkan di lingkungan kampus,\" ujarnya kepada wartawan.",
]


@pytest.mark.parametrize("text", ELECTION_BANS)
def test_a_ban_naming_the_election_keeps_its_clauses(text):
    found = clauses_of(text, Settings())
    assert found and all(c.kind == "prohibition" for c in found)


def test_an_election_duty_describing_the_day_is_still_dropped():
    # only bans count: election-day duties are mostly the story's own description
    text = ("Hujan deras merendam TPS 04 Desa Sungai Dua. Petugas TPS harus memindahkan bilik suara ke balai "
            "desa, dan pemilih wajib antre di teras hingga siang.")
    assert clauses_of(text, Settings()) == []
