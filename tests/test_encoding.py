"""Legacy Vietnamese encodings and text decoding, checked against encoders that
share no code with the program (glibc iconv for TCVN3, a VNI encoder written
from the published layout, Python's cp1258 codec)."""

from __future__ import annotations

import unicodedata

import builders

from conftest import ROOT
from pipeline import parse
from pipeline.encoding import convert_legacy, decode_bytes
from pipeline.normalize import normalize_text

LOWER = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"


def seed_paragraphs(text: str) -> list[str]:
    # the seed writes two dates as Markdown bold ("**25/02/2023**"): read as emphasis
    return [normalize_text(p.replace("**", "")) for p in text.split("\n") if p.strip()]


def test_tcvn3_table_matches_iconv_for_every_letter():
    source = LOWER + "ĂÂÊÔƠƯĐ"
    surface = builders.to_tcvn3_bytes(source).decode("latin-1")
    assert convert_legacy(surface, "tcvn3") == source


def test_vni_table_matches_the_layout_for_every_letter():
    source = LOWER + LOWER.upper()
    assert convert_legacy(builders.to_vni(source), "vni") == source


def test_tcvn3_docx_equals_its_unicode_source(fx):
    title = "KẾ HOẠCH"
    body = builders.lower_toned_capitals(builders.seed_text().split("IV. Tổ chức thực hiện")[0])
    paragraphs = [(title, ".VnTimeH")]
    paragraphs += [(p, ".VnTime") for p in body.split("\n") if p.strip()]
    paragraphs += [("Đoạn này gõ bằng Unicode: Ủy ban nhân dân", "Times New Roman")]
    path = builders.tcvn3_docx(fx / "tcvn3.docx", paragraphs)
    doc = parse(path)
    texts = [b.text for b in doc.blocks]
    assert doc.source.encoding == "tcvn3"
    assert texts[0] == "KẾ HOẠCH"  # upper-case font gives upper-case text
    assert texts[1:-1] == seed_paragraphs(body)
    assert texts[-1] == "Đoạn này gõ bằng Unicode: Ủy ban nhân dân"  # mixed runs
    assert any("nước" in t for t in texts)  # the "ư" Word stored as a soft hyphen


def test_vni_text_file_equals_its_unicode_source(fx):
    text = builders.seed_text()
    path = fx / "vni.txt"
    path.write_bytes(builders.to_vni(text).encode("cp1252"))
    doc = parse(path)
    assert doc.source.encoding == "vni"
    assert [b.text for b in doc.blocks] == seed_paragraphs(text)


def test_tcvn3_text_file_is_detected_by_content(fx):
    text = builders.lower_toned_capitals(builders.seed_text())
    path = fx / "tcvn3.txt"
    path.write_bytes(builders.to_tcvn3_bytes(text))
    doc = parse(path)
    assert doc.source.encoding == "tcvn3"
    assert [b.text for b in doc.blocks] == seed_paragraphs(text)


def test_nfd_text_comes_out_nfc(fx):
    text = builders.seed_text()
    path = fx / "nfd.txt"
    path.write_bytes(unicodedata.normalize("NFD", text).encode("utf-8"))
    doc = parse(path)
    texts = [b.text for b in doc.blocks]
    assert texts == seed_paragraphs(text)
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)


def test_utf16_and_bom_and_cp1258(fx):
    text = "Kế hoạch thực hiện công tác bình đẳng giới năm 2023 của Ủy ban nhân dân thị xã"
    for name, data, encoding in [
        ("u16.txt", text.encode("utf-16"), "utf-16"),
        ("u16le.txt", text.encode("utf-16-le"), "utf-16"),
        ("bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8"), "utf-8"),
        ("cp1258.txt", builders.to_cp1258_bytes(text), "cp1258"),
    ]:
        path = fx / name
        path.write_bytes(data)
        doc = parse(path)
        assert [b.text for b in doc.blocks] == [text], name
        assert doc.source.encoding == encoding, name


def test_plain_unicode_is_never_converted():
    text = "Căn cứ Luật Bình đẳng giới; señor Müller visited Đà Nẵng"
    out, encoding = decode_bytes(text.encode("utf-8"))
    assert (out, encoding) == (text, "utf-8")


def test_html_and_markdown(fx):
    html = fx / "kh.html"
    html.write_text(
        "<html><head><meta charset='utf-8'><style>p{}</style></head><body>"
        "<p><b>KẾ HOẠCH</b></p><h2>I. Mục đích, yêu cầu</h2><p>Nội dung<br>dòng hai</p>"
        "<table><tr><td>TT</td><td>Nhiệm vụ</td></tr><tr><td>1</td><td>Tuyên truyền</td></tr></table>"
        "<script>var x = 1;</script></body></html>",
        encoding="utf-8",
    )
    doc = parse(html)
    assert doc.source.format == "html"
    texts = [b.text for b in doc.blocks]
    assert texts[:4] == ["KẾ HOẠCH", "I. Mục đích, yêu cầu", "Nội dung", "dòng hai"]
    assert doc.blocks[0].bold
    table = [b for b in doc.blocks if b.kind == "table"][0]
    assert table.rows == [["TT", "Nhiệm vụ"], ["1", "Tuyên truyền"]]
    assert not any("var x" in t for t in texts)

    md = fx / "kh.md"
    md.write_text("# KẾ HOẠCH\n\n## II. Nội dung\n\n**1. Truyền thông**\n\n- Tuyên truyền\n", encoding="utf-8")
    doc = parse(md)
    assert doc.source.format == "md"
    assert [b.text for b in doc.blocks] == ["KẾ HOẠCH", "II. Nội dung", "1. Truyền thông", "- Tuyên truyền"]
    assert doc.blocks[2].bold


def test_viscii_text_file(fx):
    text = builders.seed_text().split("III. Kinh phí")[0]
    text = text.translate(str.maketrans({"“": '"', "”": '"'}))
    data = __import__("subprocess").run(["iconv", "-f", "UTF-8", "-t", "VISCII"], input=text.encode(),
                                        capture_output=True, check=True).stdout
    path = fx / "viscii.txt"
    path.write_bytes(data)
    doc = parse(path)
    assert doc.source.encoding == "viscii"
    assert [b.text for b in doc.blocks] == seed_paragraphs(text)


# --- property tests: any Vietnamese text survives a round trip through the legacy encodings,
# and the run repair never fails, whatever the text and the font

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p",
           "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"]
_NUCLEI = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây", "eo",
           "êu", "ia", "iê", "iu", "oa", "oă", "oai", "oe", "oi", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uy",
           "ưa", "ưi", "ươ", "ươi", "ưu", "yê"]
_CODAS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
_TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]


@st.composite
def _syllable(draw):
    nucleus = draw(st.sampled_from(_NUCLEI))
    tone = draw(st.sampled_from(_TONES))
    # the tone on the nucleus's last vowel that carries a quality mark, else its first
    marked = max((i for i, c in enumerate(nucleus) if c in "ăâêôơư"), default=0)
    nucleus = unicodedata.normalize("NFC", nucleus[:marked + 1] + tone + nucleus[marked + 1:])
    return draw(st.sampled_from(_ONSETS)) + nucleus + draw(st.sampled_from(_CODAS))


_PHRASE = st.lists(_syllable(), min_size=1, max_size=12).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(_PHRASE, st.booleans())
def test_any_vietnamese_phrase_survives_vni(phrase, capitalised):
    text = phrase.title() if capitalised else phrase
    assert normalize_text(convert_legacy(builders.to_vni(text), "vni")) == normalize_text(text)


@settings(max_examples=60, deadline=None)
@given(_PHRASE)
def test_any_vietnamese_phrase_survives_tcvn3(phrase):
    surface = builders.to_tcvn3_bytes(phrase).decode("latin-1")  # TCVN3 has no toned capitals
    assert normalize_text(convert_legacy(surface, "tcvn3")) == normalize_text(phrase)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.sampled_from([None, "", ".VnTime", ".VnTimeH", "VNI-Times", "VISCII",
                                                "ABCDEF+.VnArial", "Times New Roman", "vni"]))
def test_run_repair_never_fails(text, font):
    from pipeline.encoding import repair_run

    out, encoding = repair_run(text, font)
    assert isinstance(out, str) and encoding in (None, "tcvn3", "vni", "viscii")
    if encoding is None:
        assert out == text  # a run that is not in a legacy encoding is left as it is


def test_tcvn3_capitals_read_without_their_font_are_capitals_again():
    """A TCVN3 document read without its fonts' names (a PDF's text layer, a .TXT: ninety-second)
    gives its .VnTimeH capitals as small letters ("uû ban nh©n d©n" is "ủy ban nhân dân"): short
    lines with no capital that are no sentence are capitals again, and a header typed in two
    columns of a .TXT is read column by column."""
    from pipeline.parsing import capitals_lost, parse

    assert capitals_lost("ủy ban nhân dân") == "ỦY BAN NHÂN DÂN"
    assert capitals_lost("i. mục đích, yêu cầu") == "I. MỤC ĐÍCH, YÊU CẦU"
    assert capitals_lost("ubnd xã thèn phàng        Độc lập - Tự do - Hạnh phúc") == (
        "UBND XÃ THÈN PHÀNG        Độc lập - Tự do - Hạnh phúc")
    assert capitals_lost("trên địa bàn xã.") == "trên địa bàn xã."  # the end of a sentence
    assert capitals_lost("Kết quả thực hiện") == "Kết quả thực hiện"
    # an item whose only capital was toned, which TCVN3's text font has not: left as it is
    assert capitals_lost("11. ủy ban nhân dân các xã, phường") == "11. ủy ban nhân dân các xã, phường"
    base = ROOT / "corpus" / "ninety-second" / "inbox"
    pdf = parse(base / "Xa Nan Xin" / "KH 19 tao hon 2024 Nan Xin.pdf")
    assert (pdf.meta.doc_type, pdf.meta.issuer) == ("KH", "Ủy ban nhân dân xã Nàn Xỉn")
    txt = parse(base / "Xa Then Phang" / "BAO CAO TAO HON 2024.TXT")
    assert (txt.meta.doc_type, txt.meta.issuer, txt.meta.parent_issuer) == (
        "BC", "Ủy ban nhân dân xã Thèn Phàng", "Ủy ban nhân dân huyện Xín Mần")
    assert txt.meta.date == "2024-11-18"
