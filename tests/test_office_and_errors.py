"""Legacy formats through LibreOffice, and every kind of bad input: a typed error,
a Vietnamese message, exit status 2, and no traceback."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import builders
import pytest
from conftest import ROOT, run_cli

from pipeline import parse
from pipeline.errors import (
    ConverterTimeout,
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    UnsupportedFormat,
)


@pytest.fixture(scope="session")
def office_files(fx, numbered):
    out = {}
    for target in ("doc", "rtf", "odt"):
        sub = fx / f"lo-{target}"
        sub.mkdir(exist_ok=True)
        out[target] = builders.soffice_convert(numbered, target, sub)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["doc", "rtf", "odt"])
def test_legacy_formats_keep_their_automatic_numbering(office_files, fmt):
    doc = parse(office_files[fmt])
    assert doc.source.format == fmt
    texts = [b.text for b in doc.blocks if b.part == "body"]
    for expected in ("I. Mục đích, yêu cầu", "II. Nội dung", "1. Truyền thông nâng cao nhận thức",
                     "b) Cấp xã", "1.2. Phòng Tư pháp"):
        assert expected in texts, (fmt, texts)


def expect_clerk_error(path, words: str, env=None):
    out = run_cli("parse", path, env=env)
    assert out.returncode == 2, (out.returncode, out.stdout[:500], out.stderr)
    assert "Traceback" not in out.stderr
    lines = [ln for ln in out.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Lỗi: "), out.stderr
    assert words in lines[0], lines[0]


def test_empty_file(fx):
    path = fx / "rong.docx"
    path.write_bytes(b"")
    with pytest.raises(EmptyFile):
        parse(path)
    expect_clerk_error(path, "Tệp rỗng")


def test_missing_file(fx):
    expect_clerk_error(fx / "khong-co.pdf", "Không tìm thấy tệp")


def test_truncated_pdf(fx, seed_pdf):
    path = fx / "cut.pdf"
    data = seed_pdf.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(CorruptFile):
        parse(path)
    expect_clerk_error(path, "bị hỏng")


def test_truncated_docx(fx, numbered):
    path = fx / "cut.docx"
    data = numbered.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptFile):
        parse(path)
    expect_clerk_error(path, "bị hỏng")


def test_docx_with_a_broken_part(fx, numbered):
    path = fx / "badxml.docx"
    with zipfile.ZipFile(numbered) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    with pytest.raises(CorruptFile):
        parse(path)


def test_password_protected_pdf(fx, seed_pdf):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(seed_pdf)))
    writer.encrypt(user_password="matkhau", owner_password="chu", algorithm="AES-128")
    path = fx / "locked.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    with pytest.raises(EncryptedFile):
        parse(path)
    expect_clerk_error(path, "mật khẩu")


def test_password_protected_docx(fx, numbered):
    from msoffcrypto.format.ooxml import OOXMLFile

    path = fx / "locked.docx"
    with open(numbered, "rb") as src:
        plain = OOXMLFile(src)
        buffer = io.BytesIO()
        plain.encrypt("matkhau", buffer)
    path.write_bytes(buffer.getvalue())
    with pytest.raises(EncryptedFile):
        parse(path)
    expect_clerk_error(path, "mật khẩu")


def test_unsupported_formats(fx):
    """A file that is no document (a sound recording sent by mistake) is refused with the list of
    what can be read (a slide deck, refused here once, is read since sixty-fourth)."""
    sound = fx / "ghi-am-cuoc-hop.mp3"
    sound.write_bytes(b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(range(256)) * 20)
    for path in (sound,):
        with pytest.raises(UnsupportedFormat):
            parse(path)
        expect_clerk_error(path, "không được hỗ trợ")


@pytest.fixture(scope="session")
def sheet_files(fx):
    xlsx = builders.report_xlsx(fx / "bao-cao.xlsx")
    out = {"xlsx": xlsx}
    for target in ("xls", "ods"):
        sub = fx / f"lo-sheet-{target}"
        sub.mkdir(exist_ok=True)
        out[target] = builders.soffice_convert(xlsx, target, sub)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["xlsx", "xls", "ods"])
def test_a_report_sent_as_a_spreadsheet_is_read_as_a_document(sheet_files, fmt):
    doc = parse(sheet_files[fmt])
    assert doc.source.format == fmt
    m = doc.meta
    assert (m.doc_type, m.number, m.issuer, m.parent_issuer, m.date) == (
        "BC", "45/BC-STP", "Sở Tư pháp", "Ủy ban nhân dân tỉnh Phú Yên", "2025-06-20")
    assert m.title.startswith("Kết quả thực hiện Kế hoạch số 12/KH-UBND")
    assert (m.signing_authority, m.signer) == ("KT. GIÁM ĐỐC", "Trần Văn Bình")
    tables = [b.rows for b in doc.blocks if b.kind == "table" and b.rows and len(b.rows[0]) == 5]
    assert len(tables) == 1, "the task table, group rows inside it, is one table"
    rows = tables[0]
    assert rows[0] == ["STT", "Nhiệm vụ", "Kết quả thực hiện", "Tình trạng", "Ghi chú"]
    assert [r[3] for r in rows[1:] if r[0].isdigit()] == ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện"]


def _form_with_signatures(path: Path, three_bands: bool) -> Path:
    """A "biểu mẫu" whose closing is laid out in bands under the table: Nơi nhận, the form's
    preparer ("NGƯỜI LẬP BIỂU" and a name) and the head signing on the right."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for r, (left, right) in enumerate([("PHÒNG NÔNG NGHIỆP VÀ PTNT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                       ("Số: 248/BC-NN", "Mù Cang Chải, ngày 25 tháng 11 năm 2024")], start=1):
        ws.cell(r, 1, left)
        ws.cell(r, 4, right)
    ws.cell(4, 1, "BÁO CÁO")
    ws.cell(5, 1, "Kết quả thực hiện nhiệm vụ phòng, chống thiên tai năm 2024")
    table = [("TT", "Nội dung", "Kết quả", "Tình trạng", "Ghi chú"),
             (1, "Kiểm tra công trình thủy lợi", "Kiểm tra 18 công trình thủy lợi, 03 hồ chứa nhỏ", "Hoàn thành", ""),
             (2, "Tập huấn kỹ năng phòng, chống thiên tai", "Tổ chức 01 lớp tập huấn cho 70 thành viên", "Hoàn thành", "")]
    for r, row in enumerate(table, start=7):
        for c, v in enumerate(row, start=1):
            ws.cell(r, c, v)
    closing = {  # (row, column, text) of each cell below the table
        # Nơi nhận | NGƯỜI LẬP BIỂU | TRƯỞNG PHÒNG on one row, the names at the bottom
        True: [(11, 1, "Nơi nhận:"), (11, 3, "NGƯỜI LẬP BIỂU"), (11, 5, "TRƯỞNG PHÒNG"), (12, 1, "- UBND huyện (b/c);"),
               (13, 1, "- Lưu: VT."), (15, 3, "Lý A Chu"), (15, 5, "Nguyễn Văn Hiếu")],
        # Nơi nhận first, then the two signatures side by side
        False: [(11, 1, "Nơi nhận:"), (12, 1, "- UBND huyện (b/c);"), (13, 1, "- Lưu: VT."), (15, 1, "NGƯỜI LẬP BIỂU"),
                (15, 4, "TRƯỞNG PHÒNG"), (18, 1, "Lý A Chu"), (18, 4, "Nguyễn Văn Hiếu")]}
    for r, c, text in closing[three_bands]:
        ws.cell(r, c, text)
    wb.save(path)
    return path


@pytest.mark.parametrize("three_bands", [False, True])
def test_a_forms_signer_is_the_head_on_the_right_not_its_preparer(tmp_path, three_bands):
    doc = parse(_form_with_signatures(tmp_path / "bieu-mau.xlsx", three_bands))
    m = doc.meta
    assert (m.signer, m.signer_title) == ("Nguyễn Văn Hiếu", "Trưởng phòng")
    assert m.recipients == ["UBND huyện (b/c)", "Lưu: VT"]
    assert [t.status for t in doc.tasks] == ["done", "done"], "the signatures are no activities"


def test_a_signers_name_of_the_central_highlands():
    from pipeline.segment.closing import _person_name

    assert _person_name("Rơ Châm H'Luyến") and _person_name("Y'Bih Niê") and not _person_name("TRƯỞNG PHÒNG")


def _path_without_programs(tmp_path) -> dict:
    """An environment whose PATH has nothing on it: a machine without tesseract or LibreOffice."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    return dict(os.environ, PATH=str(empty))


@pytest.mark.slow
def test_scan_without_tesseract_says_how_to_install(scanned_pdf, tmp_path):
    expect_clerk_error(scanned_pdf, "apt-get install tesseract-ocr", env=_path_without_programs(tmp_path))


@pytest.mark.slow
def test_doc_without_libreoffice_says_how_to_install(office_files, tmp_path):
    expect_clerk_error(office_files["doc"], "LibreOffice", env=_path_without_programs(tmp_path))


@pytest.mark.slow
def test_libreoffice_timeout_is_an_error_not_a_hang(office_files, monkeypatch):
    from pipeline.readers import office

    monkeypatch.setattr(office, "TIMEOUT", 0.01)
    with pytest.raises(ConverterTimeout) as info:
        parse(office_files["odt"])
    assert "quá lâu" in info.value.message


def test_internal_error_has_no_traceback_unless_debug(fx):
    # a bug inside the program (simulated by a parse that raises) is exit 1 and a one-line
    # message; the traceback is shown only with --debug
    path = fx / "ok.txt"
    path.write_text("Kế hoạch", encoding="utf-8")
    code = (
        "import sys, pipeline.parsing as p\n"
        "def boom(path): raise ZeroDivisionError('bug')\n"
        "p.parse = boom\n"
        "from pipeline.cli import main\n"
        "sys.argv = ['rasoat', 'parse', sys.argv[1]] + sys.argv[2:]\n"
        "main()\n"
    )
    for extra, traceback_shown in (([], False), (["--debug"], True)):
        out = subprocess.run([sys.executable, "-c", code, str(path), *extra], capture_output=True, text=True)
        assert out.returncode == 1
        assert "Lỗi nội bộ" in out.stderr
        assert ("Traceback" in out.stderr) is traceback_shown


def test_zip_bomb_is_refused_before_inflating(fx, numbered):
    from pipeline.errors import UnsafeFile

    path = fx / "bom.docx"
    with zipfile.ZipFile(numbered) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data + b" " * (300 * 1024 * 1024)  # 300 MB of spaces, a few hundred KB compressed
            dst.writestr(item.filename, data)
    assert path.stat().st_size < 5 * 1024 * 1024
    with pytest.raises(UnsafeFile):
        parse(path)
    expect_clerk_error(path, "bất thường")


@pytest.mark.slow
def test_check_writes_its_scratch_files_inside_the_out_folder(office_files, scanned_pdf, tmp_path):
    """LibreOffice's conversion of a .doc and tesseract's page images go to a folder inside
    --out while the files are read, removed afterwards: nothing lands in the system's /tmp.
    LibreOffice and tesseract are run through wrappers that log where they were told to work."""
    from conftest import run_cli

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(office_files["doc"], inbox / "ke-hoach.doc")
    shutil.copy(scanned_pdf, inbox / "scan.pdf")
    log = tmp_path / "calls.log"
    wrappers = tmp_path / "bin"
    wrappers.mkdir()
    for name in ("soffice", "tesseract"):
        real = shutil.which(name)
        script = wrappers / name
        script.write_text(f'#!/bin/sh\necho "{name} TMPDIR=$TMPDIR $*" >> {log}\nexec {real} "$@"\n')
        script.chmod(0o755)
    plan = builders.formal_docx(tmp_path / "ke-hoach-45.docx")
    out = tmp_path / "out"
    env = dict(os.environ, PATH=f"{wrappers}:{os.environ['PATH']}", TMPDIR=str(tmp_path / "system-tmp"))
    (tmp_path / "system-tmp").mkdir()
    result = run_cli("check", "--plan", plan, "--inbox", inbox, "--out", out, "--quiet", env=env)
    assert result.returncode == 0, result.stderr
    rows = {r["file"]: r for r in csv.DictReader(open(out / "files.csv", encoding="utf-8"))}
    assert rows["ke-hoach.doc"]["doc_type"] and rows["scan.pdf"]["status"] in ("ok", "unrecognized")
    calls = [line for line in log.read_text().splitlines() if "--list-langs" not in line and "--version" not in line]
    assert any(c.startswith("soffice") for c in calls) and any(c.startswith("tesseract") for c in calls), calls
    for call in calls:  # every path they were given, and their TMPDIR, lie inside the out folder
        paths = [w.split("=", 1)[-1].removeprefix("file://") for w in call.split() if "/" in w]
        assert paths and all(p.startswith(str(out) + "/") for p in paths), call
    assert list((tmp_path / "system-tmp").iterdir()) == [] and not list(out.glob(".tmp-*"))


KEPT = """
import os, signal, sys, tempfile
from pathlib import Path
from pipeline.readers import office
office.keep_libreoffice()  # as a reading process does
if office._uno() is None:
    print("no-uno")
    sys.exit(0)
doc = Path(sys.argv[1])
pids = []
for i in range(3):
    office.convert(doc, "docx:MS Word 2007 XML", Path(tempfile.mkdtemp()))
    pids.append(office.kept().proc.pid)
    if i == 1:
        os.kill(pids[-1], signal.SIGKILL)  # LibreOffice crashes: the next file starts a fresh one
print(*pids, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # the reading process killed (a time limit): its LibreOffice goes too
"""


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    return "State:\tZ" in state


@pytest.mark.slow
def test_a_reading_process_keeps_one_libreoffice_that_dies_with_it(office_files, tmp_path):
    import subprocess
    import sys
    import time

    run = subprocess.run([sys.executable, "-c", KEPT, str(office_files["doc"])], capture_output=True, text=True,
                         cwd=ROOT, env={**os.environ, "TMPDIR": str(tmp_path)}, timeout=300)
    if run.stdout.strip() == "no-uno":
        pytest.skip("UNO (python3-uno) and unoserver are not installed: each file starts LibreOffice cold")
    first, second, third = map(int, run.stdout.split())
    assert first == second != third  # kept between files; started again after it crashed
    time.sleep(1)
    assert _gone(third)


def test_check_with_relative_folders_reads_legacy_files(office_files, tmp_path):
    """A clerk types the folders as they are seen from where she stands ("--inbox VAN-BAN-DEN
    --out KET-QUA"): the .doc is still converted (LibreOffice's profile is a file URI, which a
    relative path cannot be), not an error row."""
    (tmp_path / "VAN-BAN-DEN").mkdir()
    shutil.copy(office_files["doc"], tmp_path / "VAN-BAN-DEN" / "ke-hoach.doc")
    builders.formal_docx(tmp_path / "KE-HOACH.docx")
    result = subprocess.run([sys.executable, "-m", "pipeline", "check", "--plan", "KE-HOACH.docx", "--inbox",
                             "VAN-BAN-DEN", "--out", "KET-QUA", "--quiet"], capture_output=True, text=True,
                            cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=600)
    assert result.returncode == 0, result.stderr
    rows = {r["file"]: r for r in csv.DictReader(open(tmp_path / "KET-QUA" / "files.csv", encoding="utf-8"))}
    assert rows["ke-hoach.doc"]["status"] != "error" and rows["ke-hoach.doc"]["doc_type"], rows


def _mail(tmp_path, name, body, attachments=(), date="Mon, 10 Jun 2024 16:05:33 +0700"):
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"], msg["Date"] = "Báo cáo kết quả Tháng hành động", "xa@x.gov.vn", "p@x.gov.vn", date
    msg.set_content(body)
    for filename, data in attachments:
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=filename)
    path = tmp_path / name
    path.write_bytes(bytes(msg))
    return path


REPORT_TXT = """ỦY BAN NHÂN DÂN
XÃ HẢI PHÚ
Số: 41/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Phú, ngày 05 tháng 6 năm 2024
BÁO CÁO
Kết quả Tháng hành động về an toàn, vệ sinh lao động năm 2024
1. Công tác tuyên truyền
Đài truyền thanh xã phát 13 buổi tin, bài về an toàn khi đi biển.
Nơi nhận:
- Lưu: VT.
CHỦ TỊCH
Lê Văn Hải
"""


def test_an_e_mail_is_read_as_the_documents_it_carries(tmp_path):
    """A mail saved as .eml: its attachment is the document (the body is its cover note); a report
    typed into a mail's body is read from its issuer in capitals and dated by the mail; each
    attachment is a document of its own; a mail whose only attachment is empty is an error that
    says so (forty-third)."""
    from pipeline import parse
    from pipeline.errors import ReadError

    sent = _mail(tmp_path, "Xa Hai Phu gui bao cao.eml", "Kính gửi Phòng LĐ-TB&XH, xã gửi báo cáo (file đính kèm).",
                 [("BC 41 ATVSLĐ.txt", REPORT_TXT.encode())])
    doc = parse(sent, split=True)
    assert (doc.source.format, doc.meta.number, doc.meta.issuer, doc.meta.date) == (
        "eml", "41/BC-UBND", "Ủy ban nhân dân xã Hải Phú", "2024-06-05")
    typed = _mail(tmp_path, "Bao cao - xa Dai Trach.eml",
                  "Kính gửi: Phòng Lao động - Thương binh và Xã hội huyện Bố Trạch\n\n"
                  "UBND xã Đại Trạch gửi báo cáo (gửi qua thư điện tử để kịp tổng hợp):\n\n"
                  "UBND XÃ ĐẠI TRẠCH\nBáo cáo kết quả triển khai Tháng hành động về an toàn, vệ sinh lao động năm 2024\n\n"
                  "1. Công tác tuyên truyền\nĐài truyền thanh xã phát 10 lượt tin, bài về an toàn, vệ sinh lao động.\n\n"
                  "TM. UBND XÃ\nCHỦ TỊCH\nNguyễn Thanh Bình\n")
    doc = parse(typed, split=True)
    assert (doc.meta.issuer, doc.meta.date, doc.meta.doc_type) == ("Ủy ban nhân dân xã Đại Trạch", "2024-06-10", "BC")
    assert any("10 lượt tin" in t.text for t in doc.tasks)
    assert any("ngày gửi thư (10/06/2024)" in w for w in doc.source.warnings)  # the clerk is told where the date came from
    # two attachments are two documents though the first was sent unsigned (no closing to end it)
    unsigned = REPORT_TXT.split("Nơi nhận:")[0]
    plan = REPORT_TXT.replace("41/BC-UBND", "12/KH-UBND").replace("BÁO CÁO", "KẾ HOẠCH").replace("05 tháng 6", "02 tháng 5")
    both = _mail(tmp_path, "Xa Hai Phu gui KH va BC.eml", "Kính gửi …, xã gửi kế hoạch và báo cáo (file đính kèm).",
                 [("BC 41.txt", unsigned.encode()), ("KH 12.txt", plan.encode())])
    doc = parse(both, split=True)
    assert [d.meta.number for d in [doc, *doc.parts]] == ["41/BC-UBND", "12/KH-UBND"]
    empty = _mail(tmp_path, "Phong NN gui bao cao.eml", "Kính gửi …, Phòng gửi báo cáo (file đính kèm).",
                  [("BC NN.docx", b"")])
    with pytest.raises(ReadError) as err:
        parse(empty, split=True)
    assert "rỗng" in err.value.message and "Thư điện tử" in err.value.message


def test_a_plan_that_is_a_workbook_of_tasks(tmp_path):
    """The master plan sent as its "Danh mục nhiệm vụ" workbook: the table before any heading is
    read as an appendix's table (co-leads in one cell each hold the row); a second sheet "kèm
    theo" the plan after its signature gives the deadlines (forty-first, reduced)."""
    import openpyxl

    from pipeline import parse

    wb = openpyxl.Workbook()
    ws = wb.active
    rows = [["UBND TỈNH HƯNG YÊN", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["", "", "", "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 78/KH-UBND", "", "", "Hưng Yên, ngày 15 tháng 4 năm 2025"],
            [], ["DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH SỐ 78/KH-UBND VỀ CÔNG TÁC NGƯỜI CAO TUỔI NĂM 2025"], [],
            ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
            ["1", "Tổ chức khám sức khỏe định kỳ, lập hồ sơ theo dõi sức khỏe cho người cao tuổi", "Sở Y tế",
             "UBND các huyện", "Quý III/2025"],
            ["2", "Tuyên truyền chính sách đối với người cao tuổi trên phương tiện thông tin đại chúng",
             "Sở Văn hóa, Thể thao và Du lịch; Sở Giáo dục và Đào tạo", "", "Năm 2025"],
            [], ["Nơi nhận:", "", "", "KT. CHỦ TỊCH"], ["- Lưu: VT.", "", "", "PHÓ CHỦ TỊCH"],
            ["", "", "", "Đào Minh Khương"]]
    for r in rows:
        ws.append(r)
    guide = wb.create_sheet("Huong dan")
    for line in ["HƯỚNG DẪN THỰC HIỆN VÀ BÁO CÁO",
                 "(Danh mục nhiệm vụ kèm theo Kế hoạch số 78/KH-UBND ngày 15/4/2025 của UBND tỉnh)",
                 "1. Cơ quan chủ trì xây dựng kế hoạch thực hiện, gửi Sở Y tế trước ngày 09/5/2025.",
                 "2. Báo cáo kết quả thực hiện 6 tháng đầu năm 2025 gửi về Sở Y tế trước ngày 12/6/2025."]:
        guide.append([line])
    path = tmp_path / "PL Danh muc nhiem vu KH 78.xlsx"
    wb.save(path)
    doc = parse(path)
    assert [(d.body_id, d.deadline) for d in doc.duties] == [
        ("so-y-te", "2025-09"), ("so-van-hoa-the-thao-va-du-lich", "2025"), ("so-giao-duc-va-dao-tao", "2025")]
    assert doc.deadlines == {"plan": "2025-05-09", "report": "2025-06-12"}
    assert doc.meta.title.startswith("DANH MỤC NHIỆM VỤ")


def test_a_slide_deck_and_a_web_archive_are_read(tmp_path):
    """A report sent as a PowerPoint deck and a plan Word saved as a single-file web page
    (sixty-fourth) are read like any document: header, number, date, activities. An OpenDocument
    deck is read slide by slide too."""
    inbox = ROOT / "corpus" / "sixty-fourth" / "inbox"
    deck = parse(inbox / "TTYT Trieu Phong - BC so ket HMTN 6 thang 2025.pptx")
    assert (deck.meta.doc_type, deck.meta.number, deck.meta.date) == ("BC", "318/BC-TTYT", "2025-06-05")
    assert deck.meta.issuer == "Trung tâm Y tế huyện Triệu Phong" and len(deck.tasks) >= 10
    page = parse(inbox / "KH tuyen truyen HMTN 2025 - Phong VHTT.mht")
    assert (page.meta.doc_type, page.meta.number, page.meta.issuer) == ("KH", "08/KH-VHTT", "Phòng Văn hóa và Thông tin")
    assert page.source.format == "mht" and deck.source.format == "pptx"
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:presentation>'
               '<draw:page><draw:frame><draw:text-box><text:p>TRUNG TÂM Y TẾ HUYỆN</text:p>'
               '<text:p>BÁO CÁO</text:p><text:p>Kết quả hiến máu tình nguyện</text:p></draw:text-box></draw:frame>'
               '</draw:page><draw:page><draw:frame><draw:text-box><text:p>1. Tiếp nhận 968 đơn vị máu.</text:p>'
               '</draw:text-box></draw:frame></draw:page></office:presentation></office:body></office:document-content>')
    odp = tmp_path / "bao-cao.odp"
    with zipfile.ZipFile(odp, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.presentation")
        z.writestr("content.xml", content)
    doc = parse(odp)
    assert doc.source.format == "odp" and doc.meta.doc_type == "BC"
    assert [b.page for b in doc.blocks if "968" in b.text] == [2]


def test_a_mail_with_inline_pictures_is_no_web_archive(tmp_path):
    """A mail whose body and pictures are one multipart/related message stays a mail; a page Word
    saved as one file (no mail headers) is a web archive, whatever its name."""
    from pipeline.formats import sniff

    mail = tmp_path / "bao-cao"
    mail.write_bytes(b"From: ubnd@xa.gov.vn\r\nTo: vanthu@huyen.gov.vn\r\nSubject: Bao cao\r\nMIME-Version: 1.0\r\n"
                     b"Content-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n"
                     b"<p>B\xc3\xa1o c\xc3\xa1o</p>\r\n--b--\r\n")
    page = tmp_path / "ke-hoach"
    page.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                     b"Content-Type: text/html; charset=\"utf-8\"\r\n\r\n<p>K\xe1\xba\xbe HO\xe1\xba\xa0CH</p>\r\n--b--\r\n")
    assert sniff(mail) == "eml" and sniff(page) == "mht"
