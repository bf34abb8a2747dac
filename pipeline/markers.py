"""The marks that open a list item, made once for every stage that reads or strips them.

A list item opens with a dash or bullet ("- ", "– ", "• ", "+ ", "* "; segment.lines turns other
bullet characters into "•"), a number ("1.", "1)", "2.3."), or a letter as Nghị định 30 numbers
the điểm of a khoản ("a)", "đ)"; not "a.", which is read as well as a Roman "i." or "v."). Segmentation, duty extraction and the date rules all strip or test these
marks; they compose their patterns from the pieces here instead of writing their own.
"""
from __future__ import annotations

import re

BULLET = "[-–—•+*]"
NUMBER = r"\d{1,2}(?:\.\d{1,2})*[.)]"
LETTER = r"[a-zđ]\)"
ITEM = f"(?:{BULLET}|{NUMBER}|{LETTER})"

# any item's mark and the space after it ("- Tổ chức …", "2) Báo cáo …", "b) Phối hợp …")
ITEM_MARK = re.compile(rf"^\s*{ITEM}\s+")
# a dash or bullet only ("- Phối hợp …"); the space after it may be missing in typed text
DASH_MARK = re.compile(rf"^\s*{BULLET}\s*")
# a number or a letter only: a numbered heading or item ("3. Sở Y tế", "a) Chủ trì …")
NUMBER_MARK = re.compile(rf"^\s*(?:{NUMBER}|{LETTER})\s*")
