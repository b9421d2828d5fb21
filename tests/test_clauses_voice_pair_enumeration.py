"""An active verb and its passive joined before a comma ('hak memilih dan dipilih, serta
terlibat ...') close a voice pair: it waits for no object shared with the next verb, so
the act after the comma is one of its own (cues.json passive_prefixes). A run of bare
verbs sharing one object stays one act. All texts are invented."""
from clause_helpers import kinds


def test_a_voice_pair_does_not_swallow_the_next_act():
    text = ("Personel Polres Sukamaju dilarang menjadi kader partai, memakai hak memilih dan dipilih, "
            "serta ikut kegiatan kampanye calon.")
    assert kinds(text) == [
        ("prohibition", "Personel Polres Sukamaju dilarang menjadi kader partai"),
        ("prohibition", "memakai hak memilih dan dipilih"),
        ("prohibition", "ikut kegiatan kampanye calon"),
    ]


def test_a_voice_pair_then_an_act_with_its_object():
    text = "Prajurit Kodim Tirtajaya dilarang mengawasi dan diawasi, serta menghadiri kampanye calon bupati."
    assert kinds(text) == [
        ("prohibition", "Prajurit Kodim Tirtajaya dilarang mengawasi dan diawasi"),
        ("prohibition", "menghadiri kampanye calon bupati"),
    ]


def test_bare_verbs_sharing_an_object_stay_one_act():
    assert kinds("ASN dilarang membuat, menyukai, membagikan konten calon.") == [
        ("prohibition", "ASN dilarang membuat, menyukai, membagikan konten calon")]
    assert kinds("Foto calon tidak boleh diunggah, dibagikan, atau dikomentari pegawai.") == [
        ("prohibition", "Foto calon tidak boleh diunggah, dibagikan, atau dikomentari pegawai")]
