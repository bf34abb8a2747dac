from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.encoding import decode_bytes
from pipeline.normalize import fold, normalize_text, slugify


@pytest.mark.parametrize(
    "old, new",
    [
        ("hoà bình", "hòa bình"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("thuỷ lợi", "thủy lợi"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("VĂN HOÁ", "VĂN HÓA"),
        ("tuỳ theo", "tùy theo"),
        ("hoàn thành", "hoàn thành"),  # closed syllable: same in both conventions
        ("thuyền", "thuyền"),
        ("quý I", "quý I"),  # qu + y: the u belongs to the onset
        ("Nguyễn", "Nguyễn"),
        ("hòa", "hòa"),
    ],
)
def test_one_tone_placement(old, new):
    assert normalize_text(old) == new


def test_spaces_quotes_and_invisible_characters():
    raw = "Phòng\u00a0Lao động\u200b – Thương binh\u00advà Xã hội  “Địa chỉ tin cậy”\u2019"
    assert normalize_text(raw) == "Phòng Lao động - Thương binhvà Xã hội \"Địa chỉ tin cậy\"'"


def test_fold_and_slug():
    assert fold("Ủy ban nhân dân") == fold("UỶ BAN NHÂN DÂN") == "uy ban nhan dan"
    assert slugify("Phòng Lao động - Thương binh và Xã hội") == "phong-lao-dong-thuong-binh-va-xa-hoi"
    assert slugify("Đoàn Thanh niên") == "doan-thanh-nien"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_normalisation_is_idempotent_and_nfc(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐ hngtcqk\u0300\u0301\u0303\u0309\u0323"))))
def test_tone_placement_keeps_the_letters(text):
    out = normalize_text(text)
    strip = lambda s: "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))  # noqa: E731
    assert strip(out).split() == strip(text).split()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_decode_without_error(data):
    text, encoding = decode_bytes(data)
    assert isinstance(text, str) and encoding
    assert decode_bytes(data) == (text, encoding)  # the same bytes always read the same
    if data.isascii() and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) and b"\x00" not in data:
        assert text.replace("\r", "") == data.decode("ascii").replace("\r", "") or encoding != "utf-8"


_VI_TEXT = st.text(alphabet=st.sampled_from(list("0123456789/.-:;,() \nIVXabcdđnmgtháyqườĐKHUBNDSốọ")), max_size=300)


@settings(max_examples=200, deadline=None)
@given(_VI_TEXT, st.one_of(st.none(), st.integers(min_value=1990, max_value=2100)))
def test_date_finder_never_fails_and_gives_iso_values(text, year):
    import re

    from extractors.dates import find_dates

    for hit in find_dates(text, year):
        assert text[hit.start:hit.end] == hit.text
        for value in (hit.value, hit.end_value):
            assert value is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?|---\d{2}", value), value


@settings(max_examples=150, deadline=None)
@given(st.lists(_VI_TEXT, max_size=30))
def test_segmentation_never_fails_on_any_lines(lines):
    from pipeline.model import Block
    from pipeline.segment import segment

    meta, sections, preamble = segment([Block(text=t) for t in lines if t.strip()])
    seen = set()

    def walk(secs):
        for s in secs:
            assert s.id not in seen  # ids are unique
            seen.add(s.id)
            walk(s.children)

    walk(sections)


@settings(max_examples=150, deadline=None)
@given(_VI_TEXT)
def test_body_and_citation_finders_never_fail(text):
    from extractors.bodies import find_bodies
    from extractors.references import find_references

    for b in find_bodies(text):
        assert b.body_id == b.body_id.lower()
        assert 0 <= b.start < b.end <= len(text) and text[b.start:b.end].strip()  # a span of the text
    for ref in find_references(text, 2023):
        assert ref.text and ref.text in text
        assert ref.number is None or ref.number.replace(" ", "") in text.replace(" ", "")
