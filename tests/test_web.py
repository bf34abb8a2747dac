"""The clerk's page (issue #15), through the framework's test client: every page, uploads
(hostile names too), the run, corrections both ways with coverage.xlsx, downloads, the
password mode and the CSRF check."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, run_cli
from fastapi.testclient import TestClient

from pipeline import review as rv
from pipeline.web.app import create_app

SEVENTH = ROOT / "corpus" / "seventh"
PLAN = SEVENTH / "plan" / "KH-27-UBND-phong-chong-SXH-2025-xa-Hoa-Phong.docx"


def client(tmp_path, password=None):
    app = create_app(tmp_path / "data", password=password, jobs=2)
    return app, TestClient(app)


def token(c: TestClient, url: str = "/") -> dict:
    page = c.get(url)
    return {"X-CSRF-Token": re.search(r'X-CSRF-Token": "([^"]+)"', page.text).group(1)}


def new_round(c: TestClient, h: dict, name="Phòng chống SXH 2025") -> int:
    r = c.post("/rounds", data={"name": name}, files={"plan": (PLAN.name, PLAN.read_bytes())},
               headers={**h, "HX-Request": "true"})
    assert r.status_code == 200, r.text
    return int(r.headers["HX-Redirect"].rsplit("/", 1)[1])


def inbox_upload(folder: Path) -> list:
    """The files of a folder as a browser sends a folder upload: names are relative paths."""
    return [("files", (f"{folder.name}/{p.relative_to(folder).as_posix()}", p.read_bytes()))
            for p in sorted(folder.rglob("*")) if p.is_file()]


def test_a_round_shows_what_was_understood_of_the_plan(tmp_path):
    _, c = client(tmp_path)
    h = token(c)
    rid = new_round(c, h)
    page = c.get(f"/rounds/{rid}").text
    assert "27/KH-UBND" in page and "Ủy ban nhân dân xã Hòa Phong" in page
    assert re.search(r"\d+ nhiệm vụ của \d+ đơn vị", page)
    home = c.get("/").text
    assert "Phòng chống SXH 2025" in home and f"/rounds/{rid}" in home
    assert c.get("/docs").status_code == 404 and c.get("/openapi.json").status_code == 404  # no CDN pages


def test_every_script_is_served_by_the_program(tmp_path):
    _, c = client(tmp_path)
    page = c.get("/").text
    scripts = re.findall(r'<script src="([^"]+)"', page) + re.findall(r'<link rel="stylesheet" href="([^"]+)"', page)
    assert scripts and all(s.startswith("/static/") for s in scripts)
    for s in scripts:
        assert c.get(s).status_code == 200
    assert "http" not in " ".join(scripts)


def test_a_form_without_the_csrf_token_changes_nothing(tmp_path):
    app, c = client(tmp_path)
    c.get("/")
    r = c.post("/rounds", data={"name": "x"}, files={"plan": (PLAN.name, PLAN.read_bytes())})
    assert r.status_code == 403 and "hết hạn" in r.text
    r = c.post("/rounds", data={"name": "x"}, files={"plan": (PLAN.name, PLAN.read_bytes())},
               headers={"X-CSRF-Token": "doan-bua"})
    assert r.status_code == 403
    assert app.state.store.rounds() == []


def test_hostile_names_never_leave_the_rounds_inbox(tmp_path):
    app, c = client(tmp_path)
    h = token(c)
    rid = new_round(c, h)
    hostile = ["../../../ra-ngoai.txt", "/etc/cron.d/x.txt", "C:\\Windows\\system32\\x.txt", "..\\..\\y.txt",
               "CON.txt", "a/../../../../z.txt", "thu muc/\x00nul.txt", "con/./aux.docx", "  ..  ", "…/./.txt"]
    files = [("files", (name, f"noi dung {i}".encode())) for i, name in enumerate(hostile)]
    r = c.post(f"/rounds/{rid}/upload", files=files, headers=h)
    assert r.status_code == 200
    rnd = app.state.store.get(rid)
    stored = [p for p in rnd.inbox.rglob("*") if p.is_file()]
    assert len(stored) == len(hostile)
    inbox = rnd.inbox.resolve()
    assert all(inbox in p.resolve().parents for p in stored)
    names = {p.relative_to(rnd.inbox).as_posix() for p in stored}
    assert {"ra-ngoai.txt", "_CON.txt", "a/z.txt", "etc/cron.d/x.txt"} <= names
    assert not any(part.startswith(".") or part.lower() in ("con", "aux") for n in names for part in n.split("/"))
    outside = [p for p in tmp_path.rglob("*") if p.is_file() and "data" not in p.relative_to(tmp_path).parts]
    assert outside == []


def test_each_upload_says_what_arrived(tmp_path, monkeypatch):
    from pipeline.web import app as web_app

    _, c = client(tmp_path)
    h = token(c)
    rid = new_round(c, h)
    first = c.post(f"/rounds/{rid}/upload", files=[("files", ("don-vi/KH 12.docx", b"ban dau"))], headers=h).text
    assert "mới" in first
    same = c.post(f"/rounds/{rid}/upload", files=[("files", ("ban-sao/KH 12 (1).docx", b"ban dau"))], headers=h).text
    assert "đã có (trùng nội dung" in same
    newer = c.post(f"/rounds/{rid}/upload", files=[("files", ("don-vi/KH 12.docx", b"ban sua"))], headers=h).text
    assert "bản mới của tệp cùng tên" in newer and "KH 12 (2).docx" in newer
    monkeypatch.setattr(web_app, "MAX_FILE", 10)
    big = c.post(f"/rounds/{rid}/upload", files=[("files", ("lon.pdf", b"x" * 11))], headers=h).text
    assert "không nhận" in big and "quá lớn" in big


@pytest.fixture(scope="module")
def finished(tmp_path_factory):
    """A round of corpus/seventh, its files uploaded as a folder and its roster attached, run through the page."""
    tmp_path = tmp_path_factory.mktemp("web")
    app, c = client(tmp_path)
    h = token(c)
    rid = new_round(c, h)
    r = c.post(f"/rounds/{rid}/attach", data={"what": "roster"},
               files={"file": ("roster.yaml", (SEVENTH / "roster.yaml").read_bytes())}, headers={**h, "HX-Request": "1"})
    assert r.status_code == 200
    r = c.post(f"/rounds/{rid}/upload", files=inbox_upload(SEVENTH / "inbox"), headers=h)
    assert r.status_code == 200
    started = c.post(f"/rounds/{rid}/run", headers=h)
    assert 'sse-connect="/rounds/' in started.text
    rnd = app.state.store.get(rid)
    again = c.post(f"/rounds/{rid}/run", headers=h)  # a second click while it runs
    app.state.jobs.wait(rnd, 900)
    return app, c, h, rid, rnd, again.text


@pytest.mark.slow
def test_a_run_from_the_page_writes_what_the_command_line_writes(finished, tmp_path):
    app, c, h, rid, rnd, again = finished
    assert "Đang có một lần rà soát chạy" in again  # not run twice
    runs = app.state.store.runs(rnd)
    assert [r["outcome"] for r in runs] == ["done"]
    out = tmp_path / "cli"
    run_cli("check", "--plan", PLAN, "--inbox", rnd.inbox, "--roster", SEVENTH / "roster.yaml", "--out", out,
            "--quiet", "--jobs", "2")
    for name in ("coverage.csv", "submissions.csv", "duties.csv"):
        assert (rnd.out / name).read_bytes() == (out / name).read_bytes(), name
    files_page = (rnd.out / "files.csv").read_text(encoding="utf-8")
    assert "inbox/thon/" in files_page  # the folder's sub-folders kept their names
    progress = c.get(f"/rounds/{rid}/progress").text
    assert "Đã xong" in progress


@pytest.mark.slow
def test_results_filter_and_show_evidence_with_a_link_to_the_source(finished):
    app, c, h, rid, rnd, _ = finished
    page = c.get(f"/rounds/{rid}/results").text
    assert "Kết quả rà soát" in page and "Chưa gửi văn bản nào" in page
    covered = c.get(f"/rounds/{rid}/duties", params={"status": "covered"}).text
    assert covered.count("<tr class=\"st-covered\">") >= 3 and "st-missing" not in covered
    link = re.search(rf'href="/rounds/{rid}/file/(\d+)"', covered).group(1)
    source = c.get(f"/rounds/{rid}/file/{link}")
    assert source.status_code == 200 and len(source.content) > 100
    assert c.get(f"/rounds/{rid}/file/9999").status_code == 404
    one = c.get(f"/rounds/{rid}/duties", params={"holder": "cong-an-xa", "kind": "plan"}).text
    bodies = re.findall(r'<tr class="st-\w+">\s*<td>[^<]*</td>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>', one)
    assert bodies and set(bodies) == {("Công an xã", "Kế hoạch")}


@pytest.mark.slow
def test_a_correction_in_the_page_is_in_the_spreadsheet_and_the_other_way_round(finished):
    from openpyxl import load_workbook

    app, c, h, rid, rnd, _ = finished
    import csv

    with open(rnd.out / "coverage.csv", encoding="utf-8", newline="") as fh:
        rows = [[r["duty_id"], r["body_id"], r["body"], r["kind"]] for r in csv.DictReader(fh)]
    first, second = rows[0], rows[2]
    # the page -> coverage.xlsx
    r = c.post(f"/rounds/{rid}/verdict", data={"duty_id": first[0], "body_id": first[1], "kind": first[3],
                                                "clerk": "partial", "note": "Đã gọi điện hỏi lại"}, headers=h)
    assert r.status_code == 200 and "Đã lưu vào coverage.xlsx" in r.text
    review = rv.read_review(rnd.out / "coverage.xlsx")
    fix = next(v for v in review.verdicts if (v.duty_id, v.body_id, v.kind) == (first[0], first[1], first[3]))
    assert (fix.verdict, fix.note) == ("partial", "Đã gọi điện hỏi lại")
    # coverage.xlsx (as the clerk edits it in Excel) -> the page
    wb = load_workbook(rnd.out / "coverage.xlsx")
    ws = wb["Nhiệm vụ"]
    head = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        cells = {head[i]: cell for i, cell in enumerate(row)}
        if (cells[rv.COL_DUTY].value, cells[rv.COL_BODY_ID].value) == (second[0], second[1]) and \
                cells[rv.COL_KIND].value == rv.KIND_VI[second[3]]:
            cells[rv.COL_VERDICT].value = rv.STATUS_VI["missing"]
    wb.save(rnd.out / "coverage.xlsx")
    shown = c.get(f"/rounds/{rid}/duties", params={"holder": second[1], "kind": second[3]}).text
    row = next(tr for tr in shown.split("<tr ")[1:] if f">{second[0]}<" in tr)
    assert 'class="verdict v-missing"' in row and 'value="missing" selected' in row
    # and the next run takes both in, as corrections made in the spreadsheet
    c.post(f"/rounds/{rid}/run", headers=h)
    app.state.jobs.wait(rnd, 900)
    cov = (rnd.out / "coverage.csv").read_text(encoding="utf-8")
    assert "Đã gọi điện hỏi lại" in cov


@pytest.mark.slow
def test_downloads_are_the_rounds_own_files(finished):
    app, c, h, rid, rnd, _ = finished
    xlsx = c.get(f"/rounds/{rid}/download/coverage.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    tables = zipfile.ZipFile(io.BytesIO(c.get(f"/rounds/{rid}/download/bang.zip").content))
    assert {"coverage.csv", "files.csv", "summary.json"} <= set(tables.namelist())
    drafted = c.post(f"/rounds/{rid}/drafts", headers=h).text
    letter = re.search(rf'href="/rounds/{rid}/download/(don-doc-[^"]+\.docx)"', drafted).group(1)
    doc = c.get(f"/rounds/{rid}/download/{letter}")
    assert doc.status_code == 200 and doc.content[:2] == b"PK"
    for bad in ("..%2F..%2Frasoat.sqlite", "plan.json", "%2Fetc%2Fpasswd", "x.docx", "..%5Cplan.json"):
        assert c.get(f"/rounds/{rid}/download/{bad}").status_code == 404


def test_a_plan_with_no_duties_fails_its_run_and_the_server_goes_on(tmp_path):
    app, c = client(tmp_path)
    h = token(c)
    r = c.post("/rounds", data={"name": "Công văn"}, headers={**h, "HX-Request": "1"},
               files={"plan": ("cong-van.txt", "ỦY BAN NHÂN DÂN XÃ A\nSố: 1/UBND\nV/v họp\nKính gửi: các thôn.\n"
                                                "Mời dự họp lúc 8 giờ.".encode())})
    rid = int(r.headers["HX-Redirect"].rsplit("/", 1)[1])
    assert "Không tìm thấy nhiệm vụ" in c.get(f"/rounds/{rid}").text
    c.post(f"/rounds/{rid}/upload", files=[("files", ("a.txt", b"KE HOACH"))], headers=h)
    c.post(f"/rounds/{rid}/run", headers=h)
    rnd = app.state.store.get(rid)
    app.state.jobs.wait(rnd, 300)
    (run,) = app.state.store.runs(rnd)
    assert run["outcome"] == "failed" and "Không tìm thấy nhiệm vụ" in run["message"]
    assert c.get("/").status_code == 200 and "Không tìm thấy nhiệm vụ" in c.get(f"/rounds/{rid}/progress").text


def test_a_run_going_on_from_the_command_line_is_seen_and_not_started_again(tmp_path):
    from pipeline.api import run_lock

    app, c = client(tmp_path)
    h = token(c)
    rid = new_round(c, h)
    rnd = app.state.store.get(rid)
    with run_lock(rnd.out):
        r = c.post(f"/rounds/{rid}/run", headers=h)
        assert "Đang có một lần rà soát chạy" in r.text
    assert app.state.store.runs(rnd) == []


def test_with_a_password_every_page_asks_for_it(tmp_path):
    _, c = client(tmp_path, password="mat-khau-dai")
    r = c.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login"
    assert c.post("/rounds", data={"name": "x"}).status_code == 401
    assert c.get("/static/style.css").status_code == 200
    assert "không đúng" in c.post("/login", data={"pw": "sai"}).text
    assert c.get("/", follow_redirects=False).status_code == 303
    home = c.post("/login", data={"pw": "mat-khau-dai"})
    assert home.status_code == 200 and "Các đợt rà soát" in home.text
    h = token(c)
    assert new_round(c, h) == 1
    c.post("/logout", headers=h)
    assert c.get("/", follow_redirects=False).status_code == 303


def test_serve_beyond_this_computer_needs_a_password():
    r = run_cli("serve", "--host", "0.0.0.0", "--port", "8766", env={"RASOAT_PASSWORD": ""}, timeout=60)
    assert r.returncode == 2 and "mật khẩu" in r.stderr


def test_next_years_round_shows_the_duty_changes_and_keeps_the_roster(tmp_path):
    app, c = client(tmp_path)
    h = token(c)
    base = ROOT / "corpus" / "next-year-2026"
    r = c.post("/rounds", data={"name": "2025"}, headers={**h, "HX-Request": "1"},
               files={"plan": ("ke-hoach-2025.txt", (base / "ke-hoach-2025.txt").read_bytes())})
    old = int(r.headers["HX-Redirect"].rsplit("/", 1)[1])
    c.post(f"/rounds/{old}/attach", data={"what": "roster"}, headers={**h, "HX-Request": "1"},
           files={"file": ("roster.yaml", (SEVENTH / "roster.yaml").read_bytes())})
    r = c.post("/rounds", data={"name": "2026", "previous": str(old)}, headers={**h, "HX-Request": "1"},
               files={"plan": ("ke-hoach-2026.txt", (base / "ke-hoach-2026.txt").read_bytes())})
    new = int(r.headers["HX-Redirect"].rsplit("/", 1)[1])
    page = c.get(f"/rounds/{new}").text
    changes = int(re.search(r"So với kế hoạch năm trước: (\d+) thay đổi", page).group(1))
    assert changes > 0 and "Đơn vị đổi tên/sáp nhập" in page
    assert app.state.store.get(new).roster.read_bytes() == (SEVENTH / "roster.yaml").read_bytes()


@pytest.mark.slow
def test_the_results_page_shows_each_target_and_what_was_reached(tmp_path):
    """A round of corpus/twentieth (a plan with 16 targets, reports with figures), run from the
    page: the results page lists the targets with the units' figures and the judgement."""
    twentieth = ROOT / "corpus" / "twentieth"
    plan = next((twentieth / "plan").iterdir())
    app, c = client(tmp_path)
    h = token(c)
    r = c.post("/rounds", data={"name": "Giảm nghèo 2026"}, files={"plan": (plan.name, plan.read_bytes())},
               headers={**h, "HX-Request": "true"})
    rid = int(r.headers["HX-Redirect"].rsplit("/", 1)[1])
    c.post(f"/rounds/{rid}/attach", data={"what": "roster"},
           files={"file": ("roster.yaml", (twentieth / "roster.yaml").read_bytes())}, headers={**h, "HX-Request": "1"})
    c.post(f"/rounds/{rid}/upload", files=inbox_upload(twentieth / "inbox"), headers=h)
    c.post(f"/rounds/{rid}/run", headers=h)
    app.state.jobs.wait(app.state.store.get(rid), 600)
    page = c.get(f"/rounds/{rid}/results").text
    assert "Chỉ tiêu (16)" in page
    loans = re.search(r"Doanh số cho vay hộ nghèo.*?</tr>", page, re.S).group(0)
    assert "1512.6" in loans and "Đạt" in loans
    assert "Đạt một phần" in page and "không tính: số liệu của 2025" in page


def test_a_duty_row_shows_the_units_own_words_that_it_has_not_done_a_part():
    """The page says what the sheet says: under the duty, "Đơn vị nêu chưa thực hiện: …" with
    the unit's sentence (coverage.csv ``said_not_done``), and nothing where there is none."""
    from jinja2 import Environment, FileSystemLoader

    from pipeline.web import app as web

    env = Environment(loader=FileSystemLoader(str(web.HERE / "templates")), autoescape=True)
    row = dict(final="partial", status="partial", duty_id="III.1-c", body="Hạt Kiểm lâm huyện", kind="plan",
               duty_text="Tổ chức tập huấn cho lực lượng chuyên trách và tổ đội quần chúng", check_first="no",
               parts_missing="Tổ chức tập huấn … tổ đội quần chúng", evidence_text="", evidence_file="",
               said_not_done="Đối với tổ đội quần chúng: chưa đưa vào Kế hoạch này.", body_id="x", clerk="",
               clerk_note="", review_flag="")
    html = env.get_template("_duty_row.html").render(r=row, rnd={"id": 1}, KIND_VI={}, STATUS_VI={})
    assert "Đơn vị nêu chưa thực hiện:</strong> Đối với tổ đội quần chúng: chưa đưa vào Kế hoạch này." in html
    row["said_not_done"] = ""
    assert "Đơn vị nêu" not in env.get_template("_duty_row.html").render(r=row, rnd={"id": 1}, KIND_VI={},
                                                                          STATUS_VI={})
