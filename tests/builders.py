"""Builders for the test fixtures: DOCX with automatic numbering, tables, text
boxes and legacy fonts; PDFs through LibreOffice; scans; encoders for the
legacy Vietnamese encodings that do not share code with the program."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import unicodedata
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

_ROOT = Path(__file__).resolve().parents[1]
# the seed plan: the corpus ships a copy; ../shared/seeds is where it came from
SEED = next(
    (p for p in [_ROOT / "corpus" / "documents" / "seed-huong-tra-bdg-2023.txt",
                 *sorted((_ROOT.parent / "shared" / "seeds").glob("*.txt"))] if p.is_file()),
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------
# DOCX


def _abstract_num(aid: int, levels: list[tuple[str, str, int]], style_links: dict[int, str] | None = None) -> str:
    lv = []
    for ilvl, (fmt, text, start) in enumerate(levels):
        pstyle = f'<w:pStyle w:val="{style_links[ilvl]}"/>' if style_links and ilvl in style_links else ""
        lv.append(
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{pstyle}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        )
    return f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">' + "".join(lv) + "</w:abstractNum>"


def _num(nid: int, aid: int, start_overrides: dict[int, int] | None = None) -> str:
    ov = "".join(
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
        for ilvl, v in (start_overrides or {}).items()
    )
    return f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>'


def add_numbering(document, abstracts: list[str], nums: list[str]) -> None:
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for xml in abstracts:
        el = parse_xml(xml)
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
    for xml in nums:
        numbering.append(parse_xml(xml))


def set_num(paragraph, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def numbered_docx(path: Path) -> Path:
    """Headings numbered by Word only: I./1./a) levels, a restarted list, a list
    continued under another w:num, and a heading style that carries its numbering."""
    doc = Document()
    styles = doc.styles
    h = styles.add_style("MucLon", 1)  # WD_STYLE_TYPE.PARAGRAPH == 1
    h.font.bold = True
    add_numbering(
        doc,
        [
            _abstract_num(900, [("upperRoman", "%1.", 1), ("decimal", "%2.", 1), ("lowerLetter", "%3)", 1)]),
            _abstract_num(901, [("decimal", "%1.", 1), ("decimal", "%1.%2.", 1)]),
            _abstract_num(902, [("upperRoman", "%1.", 1)], style_links={0: "MucLon"}),
            _abstract_num(903, [("bullet", "-", 1)]),
        ],
        [_num(900, 900), _num(901, 900), _num(902, 900, {1: 1}), _num(903, 901), _num(904, 902), _num(905, 903)],
    )
    # the heading style carries its numbering (style-inherited numbering)
    h.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="904"/></w:numPr>')
    )
    p = doc.add_paragraph("KẾ HOẠCH")
    p = doc.add_paragraph("Mục đích, yêu cầu")
    set_num(p, 900, 0)
    doc.add_paragraph("Đoạn văn mục đích.")
    p = doc.add_paragraph("Nội dung")
    set_num(p, 900, 0)
    p = doc.add_paragraph("Truyền thông nâng cao nhận thức")
    set_num(p, 900, 1)
    p = doc.add_paragraph("Tập huấn cán bộ")
    set_num(p, 900, 1)
    p = doc.add_paragraph("Cấp thị xã")
    set_num(p, 900, 2)
    p = doc.add_paragraph("Cấp xã")
    set_num(p, 900, 2)
    p = doc.add_paragraph("Các dấu gạch đầu dòng")
    set_num(p, 905, 0)
    # another w:num on the same abstract list continues it: 3.
    p = doc.add_paragraph("Kiểm tra, giám sát")
    set_num(p, 901, 1)
    p = doc.add_paragraph("Kinh phí thực hiện")
    set_num(p, 901, 0)
    # "Restart numbering": a w:num with a start override
    p = doc.add_paragraph("Nguồn ngân sách")
    set_num(p, 902, 1)
    p = doc.add_paragraph("Nguồn xã hội hóa")
    set_num(p, 902, 1)
    # decimal multi-level (1.1.)
    p = doc.add_paragraph("Phân công")
    set_num(p, 903, 0)
    p = doc.add_paragraph("Phòng Nội vụ")
    set_num(p, 903, 1)
    p = doc.add_paragraph("Phòng Tư pháp")
    set_num(p, 903, 1)
    # headings numbered by their style alone
    doc.add_paragraph("Tổ chức thực hiện", style="MucLon")
    doc.add_paragraph("Chế độ báo cáo", style="MucLon")
    p = doc.add_paragraph("Đoạn không đánh số sau cùng.")
    doc.save(path)
    return path


NUMBERED_EXPECTED = [
    "KẾ HOẠCH",
    "I. Mục đích, yêu cầu",
    "Đoạn văn mục đích.",
    "II. Nội dung",
    "1. Truyền thông nâng cao nhận thức",
    "2. Tập huấn cán bộ",
    "a) Cấp thị xã",
    "b) Cấp xã",
    "- Các dấu gạch đầu dòng",
    "3. Kiểm tra, giám sát",
    "III. Kinh phí thực hiện",
    "1. Nguồn ngân sách",
    "2. Nguồn xã hội hóa",
    "1. Phân công",
    "1.1. Phòng Nội vụ",
    "1.2. Phòng Tư pháp",
    "I. Tổ chức thực hiện",
    "II. Chế độ báo cáo",
    "Đoạn không đánh số sau cùng.",
]


def table_docx(path: Path) -> Path:
    """An assignment table with a vertically and a horizontally merged cell, a
    header and footer, and a text box."""
    doc = Document()
    doc.add_paragraph("Phân công nhiệm vụ")
    table = doc.add_table(rows=5, cols=4)
    header = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    rows = [
        ["1", "Tuyên truyền Luật Bình đẳng giới", "Phòng Văn hóa và Thông tin", "Quý II/2024"],
        ["2", "Tập huấn kỹ năng lồng ghép giới", None, "Tháng 9/2024"],
        ["3", "Kiểm tra việc thực hiện", "Phòng Lao động - Thương binh và Xã hội", "Tháng 11/2024"],
        ["Tổng hợp báo cáo kết quả", None, None, None],
    ]
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values):
            if value is not None:
                table.cell(r, c).text = value
    table.cell(1, 2).merge(table.cell(2, 2))  # vertical merge: one lead body for two rows
    table.cell(4, 0).merge(table.cell(4, 3))  # horizontal merge across the row
    table.cell(4, 0).text = "Tổng hợp báo cáo kết quả"
    doc.add_paragraph("Đoạn sau bảng.")
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Tiêu đề trang lặp lại"
    section.footer.paragraphs[0].text = "Chân trang lặp lại"
    # a VML text box inside a run
    box = parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox>'
        '<w:txbxContent><w:p><w:r><w:t>Nội dung trong hộp văn bản</w:t></w:r></w:p></w:txbxContent>'
        "</v:textbox></v:shape></w:pict></w:r>"
    )
    doc.add_paragraph("Đoạn có hộp văn bản.")._p.append(box)
    doc.save(path)
    return path


def formal_docx(path: Path, body: str | None = None) -> Path:
    """A plan laid out as Nghị định 30/2020 asks: a borderless two-column header
    table, title, body, Nơi nhận | signature table, a running header and page
    numbers. Used to make the text PDF with a real layout."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(13)
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Kế hoạch bình đẳng giới năm 2023 - bản dự thảo"
    fp = section.footer.paragraphs[0]
    fp.alignment = 1
    run = fp.add_run()
    run._r.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.text = "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ\nỦY BAN NHÂN DÂN THỊ XÃ HƯƠNG TRÀ\nSố: 45/KH-UBND"
    right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHương Trà, ngày 10 tháng 02 năm 2023"
    from docx.shared import Cm

    for cell, width in ((left, Cm(6.5)), (right, Cm(10))):
        cell.width = width
        for p in cell.paragraphs:
            p.alignment = 1
            for run in p.runs:
                run.font.size = Pt(12)
    text = body if body is not None else seed_text().replace("**", "")  # the seed's Markdown bold
    for line in text.split("\n"):
        if line.strip():
            p = doc.add_paragraph(line.strip())
            if line.strip() in ("KẾ HOẠCH",):
                p.alignment = 1
    doc.save(path)
    return path


# ---------------------------------------------------------------------------
# LibreOffice


def soffice_convert(src: Path, target: str, outdir: Path) -> Path:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    assert exe, "LibreOffice is needed to build this fixture (make test installs it)"
    profile = outdir / f".lo-profile-{os.getpid()}"
    subprocess.run(
        [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", target, "--outdir", str(outdir), str(src)],
        check=True, capture_output=True, timeout=300,
    )
    out = outdir / (src.stem + "." + target.split(":")[0])
    assert out.exists(), f"LibreOffice did not produce {out}"
    return out


# ---------------------------------------------------------------------------
# Scans


def scan_pdf(text_pdf: Path, out: Path, pages: list[int], angle: float = 1.2, seed: int = 7, dpi: int = 300) -> Path:
    """Render pages of a text PDF to greyscale images at ``dpi``, rotate them slightly, add
    speckle noise, and save an image-only PDF (no text layer)."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(str(text_pdf))
    images = []
    for index in pages:
        img = pdf[index].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
        arr = np.asarray(img).astype(np.int16)
        noise = rng.random(arr.shape)
        arr[noise < 0.002] = 0  # dark specks
        arr[noise > 0.998] = 255
        arr = np.clip(arr + rng.normal(0, 8, arr.shape), 0, 255).astype("uint8")
        images.append(Image.fromarray(arr))
    pdf.close()
    images[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:])
    return out


# ---------------------------------------------------------------------------
# Legacy encoders (independent of the program's decoders)


def to_tcvn3_bytes(text: str) -> bytes:
    """Unicode -> TCVN3 (ABC) bytes with glibc iconv. TCVN3 has no toned capitals:
    callers pass text without them (documents set such text in .VnTimeH)."""
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    out = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode("utf-8"),
                         capture_output=True, check=True)
    return out.stdout


def lower_toned_capitals(text: str) -> str:
    def fix(c: str) -> str:
        if c.isupper() and any(m in unicodedata.normalize("NFD", c) for m in "\u0300\u0301\u0303\u0309\u0323"):
            return c.lower()
        return c

    return "".join(fix(c) for c in unicodedata.normalize("NFC", text))


# VNI-Windows, written from its published layout: base letter + vowel mark + tone mark.
_VNI_TONE_LOWER = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_TONE_UPPER = {"\u0301": "Ù", "\u0300": "Ø", "\u0309": "Û", "\u0303": "Õ", "\u0323": "Ï"}
# with a circumflex (â ê ô) the tone marks are: sắc á, huyền à, hỏi å, ngã ã, nặng ä
_VNI_CIRC = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
# with a breve (ă): é è ú ü ë
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}


def to_vni(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        if not marks or not base.isalpha() or ord(base) > 127:
            out.append(ch)
            continue
        upper = base.isupper()
        tone = next((m for m in marks if m in _VNI_TONE_LOWER), "")
        quality = next((m for m in marks if m in "\u0302\u0306\u031b"), "")
        if base in "iI" and tone:
            # the i-family is one character each: í ì as they look, ị ỉ ĩ as ò æ ó
            special = {"\u0301": "í", "\u0300": "ì", "\u0323": "ò", "\u0309": "æ", "\u0303": "ó"}[tone]
            out.append(special.upper() if upper else special)
            continue
        if quality == "\u0302":
            mark = _VNI_CIRC[tone]
            out.append(base + (mark.upper() if upper else mark))
        elif quality == "\u0306":
            mark = _VNI_BREVE[tone]
            out.append(base + (mark.upper() if upper else mark))
        elif quality == "\u031b":  # horn: ơ = ô, ư = ö, then the tone
            horn = {"o": "ô", "u": "ö", "O": "Ô", "U": "Ö"}[base]
            t = (_VNI_TONE_UPPER if upper else _VNI_TONE_LOWER).get(tone, "")
            out.append(horn + t)
        else:
            out.append(base + (_VNI_TONE_UPPER if upper else _VNI_TONE_LOWER)[tone])
    return "".join(out)


def to_cp1258_bytes(text: str) -> bytes:
    """Windows-1258: precomposed base letters (â, ơ, ư, …) + combining tone marks."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tone = [m for m in parts if m in "\u0300\u0301\u0303\u0309\u0323"]
        rest = unicodedata.normalize("NFC", "".join(m for m in parts if m not in tone))
        out += rest.encode("cp1258") + "".join(tone).encode("cp1258")
    return bytes(out)


def tcvn3_docx(path: Path, paragraphs: list[tuple[str, str]]) -> Path:
    """Paragraphs as (unicode text, font): text in a .Vn font is stored as its TCVN3
    surface (bytes seen as Windows-1252 characters), as Word keeps old documents."""
    doc = Document()
    for text, font in paragraphs:
        p = doc.add_paragraph()
        if font.startswith(".Vn"):
            source = text.lower() if font.endswith("H") else text
            surface = to_tcvn3_bytes(source).decode("cp1252")
            _add_run_with_soft_hyphens(p, surface, font)
        else:
            run = p.add_run(text)
            run.font.name = font
    doc.save(path)
    return path


def _add_run_with_soft_hyphens(paragraph, surface: str, font: str) -> None:
    """Word writes the byte 0xAD (TCVN3 "ư") as <w:softHyphen/>, not as text."""
    pieces = surface.split("\u00ad")
    for i, piece in enumerate(pieces):
        run = paragraph.add_run(piece)
        run.font.name = font
        rpr = run._r.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        fonts.set(qn("w:hAnsi"), font)
        if i < len(pieces) - 1:
            hyphen = paragraph.add_run()
            hyphen.font.name = font
            hyphen._r.get_or_add_rPr().find(qn("w:rFonts")).set(qn("w:hAnsi"), font)
            hyphen._r.append(parse_xml(f'<w:softHyphen {nsdecls("w")}/>'))


def random_bytes(n: int, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(n)


def report_xlsx(path: Path) -> Path:
    """A report sent as a spreadsheet "biểu mẫu": the header block in merged cells (issuer |
    Quốc hiệu), the type line and title merged across, a task table with group rows and a
    status column, and Nơi nhận | signature."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Biểu 01"

    def put(r: int, c1: int, c2: int, text) -> None:
        ws.cell(r, c1, text)
        if c2 > c1:
            ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)

    put(1, 1, 2, "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN")
    put(1, 3, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    put(2, 1, 2, "SỞ TƯ PHÁP")
    put(2, 3, 5, "Độc lập - Tự do - Hạnh phúc")
    put(3, 1, 2, "Số: 45/BC-STP")
    put(3, 3, 5, "Phú Yên, ngày 20 tháng 6 năm 2025")
    put(5, 1, 5, "BÁO CÁO")
    put(6, 1, 5, "Kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2025 của UBND tỉnh về cải cách hành "
                 "chính 6 tháng đầu năm 2025")
    for c, h in enumerate(["STT", "Nhiệm vụ", "Kết quả thực hiện", "Tình trạng", "Ghi chú"], 1):
        ws.cell(8, c, h)
    put(9, 1, 5, "I. CẢI CÁCH THỂ CHẾ")
    rows = [(1, "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh",
             "Đã rà soát 214 văn bản, đề nghị bãi bỏ 12 văn bản", "Đã hoàn thành"),
            (2, "Kiểm tra văn bản QPPL cấp huyện", "Kiểm tra 35 văn bản của 9 huyện", "Đang thực hiện")]
    for r, row in enumerate(rows, start=10):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    put(12, 1, 5, "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH")
    for c, v in enumerate((3, "Công bố danh mục thủ tục hành chính", "Chưa thực hiện do chờ hướng dẫn",
                           "Chưa thực hiện"), 1):
        ws.cell(13, c, v)
    put(15, 1, 2, "Nơi nhận:")
    put(15, 3, 5, "KT. GIÁM ĐỐC")
    put(16, 1, 2, "- UBND tỉnh;\n- Sở Nội vụ;\n- Lưu: VT.")
    put(16, 3, 5, "PHÓ GIÁM ĐỐC")
    put(19, 3, 5, "Trần Văn Bình")
    wb.save(path)
    return path


# A commune's general quarterly report (corpus/fiftieth, reduced): one part on the cold that the
# plan is about, others on an election and on Tết; it never cites the plan.
MEO_VAC_QUARTER = """ỦY BAN NHÂN DÂN
XÃ MÈO VẠC
Số: 52/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mèo Vạc, ngày 16 tháng 3 năm 2026
BÁO CÁO
Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội quý I năm 2026
Ủy ban nhân dân xã Mèo Vạc báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh quý I và phương hướng, nhiệm vụ quý II năm 2026 như sau:
I. KẾT QUẢ THỰC HIỆN
1. Sản xuất nông nghiệp
Gieo trồng ngô vụ Xuân (cây trồng chính vụ Xuân của xã) được 1.452/1.600 ha; hướng dẫn các hộ che phủ ni lông cho rau màu khi có sương muối, bố trí 3,5 tấn ngô giống dự phòng và đã gieo bù 6,2 ha ngô bị chết rét.
Trong quý có 03 đợt rét đậm, rét hại, băng giá; UBND xã đã vận động các hộ che chắn chuồng trại, dự trữ thức ăn cho gia súc. Sau mỗi đợt rét, UBND xã đều thống kê thiệt hại; tổng thiệt hại trong quý là 41 con gia súc bị chết và 6,2 ha ngô mới gieo.
UBND xã đã trích 85 triệu đồng từ nguồn dự phòng ngân sách xã hỗ trợ 120 hộ nghèo bạt che chắn chuồng trại và 18 tấn cám ngô cho gia súc.
2. Công tác bầu cử
Đài truyền thanh xã phát 96 buổi tuyên truyền về cuộc bầu cử trên loa truyền thanh cơ sở.
3. Văn hóa - xã hội
Tổ chức Tết Nguyên đán an toàn; thăm, tặng quà các gia đình chính sách.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026
Chuẩn bị các điều kiện phòng, chống thiên tai mùa mưa bão năm 2026.
Nơi nhận:
- Lưu: VT.
CHỦ TỊCH
Vàng Văn Sử
"""
