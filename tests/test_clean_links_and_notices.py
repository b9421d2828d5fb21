"""Lines a page prints around the story: a "Baca juga" link whose headline has the next
paragraph glued on (no space) gives the link to boilerplate and the paragraph to the body
(clean.unglue); a comment form's spam notice goes (boilerplate.json "comments")."""
import pytest

from corpus_tools.clean import clean_text_dump

PAGE = """{title}

{dateline} - {lead}

{glued}

Ia menambahkan, hasil pemeriksaan akan diumumkan pekan depan oleh panitia pengawas.
"""

CASES = [
    dict(title="Kades Diminta Tidak Hadiri Deklarasi",
         dateline="SUKAMAJU, Warta Lembah",
         lead="Panwascam memanggil lima kepala desa yang hadir di deklarasi calon bupati pekan lalu.",
         link="Baca juga: Lima Kades di Ujung Batu Dipanggil Panwascam",
         para="Sementara itu, camat meminta seluruh kepala desa tidak lagi menghadiri acara pasangan calon."),
    dict(title="Guru Honorer Diingatkan Soal Media Sosial",
         dateline="TELUK SERAI, Kabar Pesisir",
         lead="Dinas pendidikan mengumpulkan kepala sekolah untuk membahas netralitas guru menjelang pilkada.",
         link="Simak juga - Bupati Lantik 12 Pejabat Eselon III di Aula Kantor 2024",
         para="Kepala dinas menegaskan guru honorer dilarang membagikan unggahan pasangan calon di grup sekolah."),
]


@pytest.mark.parametrize("case", CASES, ids=["baca-juga", "simak-juga-digit"])
def test_glued_paragraph_stays_and_link_goes(case):
    text = PAGE.format(glued=case["link"] + case["para"], **case)
    doc = clean_text_dump(text, "glued")
    assert case["para"] in doc.text
    assert case["link"] not in doc.text
    assert any(r.text == case["link"] for r in doc.removed)


def test_link_without_a_glued_sentence_goes_whole():
    # the tail after the capital is a headline, no sentence: the whole line is the link
    case = dict(CASES[0], para="Jadwal Kampanye Terbuka Diumumkan KPU Daerah Pekan Depan Ini")
    text = PAGE.format(glued=case["link"] + case["para"], **case)
    doc = clean_text_dump(text, "glued")
    assert "Jadwal Kampanye" not in doc.text
    assert "Panwascam memanggil lima kepala desa" in doc.text


@pytest.mark.parametrize("notice", [
    "Situs ini menggunakan Akismet untuk mengurangi spam. Pelajari bagaimana data komentar Anda diproses.",
    "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
])
def test_a_comment_form_spam_notice_goes(notice):
    # a blog engine's notice under its comment form, printed after the story
    case = CASES[1]
    text = PAGE.format(glued=case["para"], **case) + "\n" + notice + "\n"
    doc = clean_text_dump(text, "notice")
    assert case["para"] in doc.text
    assert "Akismet" not in doc.text


@pytest.mark.parametrize("lead, links, rest", [
    ("Diberitakan sebelumnya Panwaslu Sungai Rambai mengingatkan seluruh guru honorer menjaga netralitas.",
     ["BACA JUGA:Harga Cabai di Pasar Induk Turun Dua Hari Berturut-turut",
      "BACA JUGA:HMJ-TI Kampus Negeri Gelar Lomba Robotik Tingkat Provinsi"],
     "Hal itu disampaikan ketua panwaslu saat ditemui wartawan di kantornya pada Senin pagi."),
    ("Sebelumnya, camat Lembah Hijau meminta kepala desa tidak memasang foto calon di balai desa.",
     ["BACA JUGA:KKN-PPM Mahasiswa Bangun Sumur di Dusun Ketiga",
      "BACA JUGA: Tim Voli Putri Juara Turnamen Antarkecamatan"],
     "Permintaan itu disampaikan dalam rapat koordinasi di aula kantor camat pada Rabu siang."),
])
def test_read_also_title_in_a_datelines_shape_opens_no_body(lead, links, rest):
    # a linked title with an upper-case word and a hyphen ("KKN-PPM ...") looks like a
    # dateline; the paragraph above it is the story's lead, not a header
    page = "\n".join([lead, *links, rest, "Ia menambahkan, pemantauan dilakukan hingga hari pemungutan suara."])
    doc = clean_text_dump(page, "x")
    assert doc.text.startswith(lead)
    assert rest in doc.text and not any(link in doc.text for link in links)
