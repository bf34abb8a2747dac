"""Build corpus/twenty-eighth (Trường THPT Đô Lương 1, Nghệ An: Kế hoạch 45/KH-THPTĐL1
ngày 08/9/2025, phòng, chống bạo lực học đường và xây dựng trường học an toàn, năm học
2025-2026, and the replies of the school's own units and people).

Everything generic is corpus/render.py's (render.yaml names the renderers); the Đoàn layout
and the fixed-date PDF are corpus/twenty-fifth's (doan_docx, fixed_pdf), loaded by path.
New here:
  doan_pdf     the Đoàn trường's report in the Đoàn layout, as a text PDF (fixed dates)
  lesson_docx  a teacher's lesson plan (kế hoạch bài dạy, CV 5512 Phụ lục IV layout):
               "Trường: / Họ và tên giáo viên: / Ngày soạn:" lines, no NĐ 30 header,
               centred title block, headings in bold, no closing.
Run:  /work/main/.venv/bin/python corpus/twenty-eighth/build.py
"""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
doan_docx = T25.doan_docx
fixed_pdf = T25.fixed_pdf


def doan_pdf(src, out, time=None, profile=None, **_):
    tmp = tempfile.mkdtemp(prefix="render-28-")
    try:
        R.via_docx(lambda d: doan_docx(src, d, time), "pdf", os.path.join(tmp, "x.pdf"), profile)
        with open(os.path.join(tmp, "x.pdf"), "rb") as fh:
            data = fh.read()
        with open(out, "wb") as fh:
            fh.write(R.fix_pdf(data, os.path.basename(out)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def lesson_docx(src, out, time=None, **_):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    blocks = R.read_text(src).rstrip("\n").split("\n\n")
    head, title, body = blocks[0].split("\n"), blocks[1].split("\n"), "\n\n".join(blocks[2:]).split("\n")
    doc = R.new_document(title[1].capitalize(), time)
    doc.core_properties.author = doc.core_properties.last_modified_by = "Lan Anh"
    for line in head:
        R.para(doc, line, size=13, italic=line.startswith("Ngày"))
    R.para(doc, title[0], size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12)
    R.para(doc, title[1], size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for line in title[2:]:
        R.para(doc, line, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    R.para(doc, after=6)
    for line in body:
        if not line.strip():
            continue
        heading = bool(R.ROMAN.match(line)) or (bool(R.ARABIC.match(line)) and len(line) < 80)
        R.para(doc, line, size=13, bold=heading, indent=None if heading else 1.0, after=3)
    R.save_docx(doc, out)


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
