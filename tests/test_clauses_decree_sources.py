"""A joint decree (SKB), a decree letter (SK) or a presidential decree named with a short
modifier before "yang" heads a relative clause whose directive states the rule
(cues.json rule_sources); as the sentence's subject or after a talk verb it is no rule."""
from clause_helpers import kinds


def test_skb_with_its_issuers_before_yang():
    assert kinds("Kepala dinas mengutip SKB tiga kementerian yang melarang guru mengikuti "
                 "grup relawan calon.") == [("prohibition", "melarang guru mengikuti grup relawan calon")]


def test_sk_of_an_official_before_yang():
    assert kinds("Camat membacakan SK bupati yang mewajibkan lurah melaporkan kegiatan "
                 "kampanye di wilayahnya.") == [
        ("obligation", "mewajibkan lurah melaporkan kegiatan kampanye di wilayahnya")]


def test_skb_as_the_subject_is_talk():
    assert kinds("SKB tiga kementerian yang melarang guru mengikuti grup relawan calon "
                 "dinilai terlalu keras.") == []


def test_skb_after_a_judging_verb_is_talk():
    assert kinds("Pengamat menilai SKB itu yang melarang pegawai mengikuti akun pemenangan "
                 "kurang jelas.") == []
