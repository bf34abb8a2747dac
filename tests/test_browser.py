"""Issue #15, end to end in a real browser: Playwright (pinned) drives Debian's chromium,
headless, through a whole round of the demo as a clerk would do it, without the command
line: create a round from the plan, upload the inbox as a folder, run, wait for the
progress to finish, correct a verdict, download coverage.xlsx and find the correction in it,
open a reminder letter. With RASOAT_SCREENSHOTS=DIR the pages are saved there (docs/ for
the README)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DEMO = ROOT / "corpus" / "demo"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                                                   "(scripts/install-system-deps.sh installs it)")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--data", str(tmp_path / "data"),
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(10)


def test_a_clerk_completes_a_round_of_the_demo_in_the_browser(server, tmp_path):
    from openpyxl import load_workbook
    from playwright.sync_api import expect, sync_playwright

    shots = Path(os.environ["RASOAT_SCREENSHOTS"]) if os.environ.get("RASOAT_SCREENSHOTS") else tmp_path

    def shot(page, name):
        page.screenshot(path=str(shots / f"web-{name}.png"), full_page=True)

    plan = next((DEMO / "plan").iterdir())
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1360, "height": 900}, accept_downloads=True)
        page.goto(server + "/")
        expect(page.get_by_role("heading", name="Các đợt rà soát")).to_be_visible()
        page.get_by_label("Tên đợt").fill("Bình đẳng giới 2023")
        page.get_by_label("Tệp kế hoạch chung").set_input_files(str(plan))
        shot(page, "rounds")
        page.get_by_role("button", name="Tạo đợt và đọc kế hoạch").click()
        page.wait_for_url("**/rounds/1")
        expect(page.get_by_text("45/KH-UBND")).to_be_visible()

        # the inbox as a folder: its sub-folders keep their names
        page.get_by_label("Cả một thư mục").set_input_files(str(DEMO / "inbox"))
        page.get_by_role("button", name="Tải lên").click()
        expect(page.locator("#arrivals")).to_contain_text("Đã nhận", timeout=60_000)
        page.get_by_role("button", name="Chạy rà soát").click()
        expect(page.locator("#progress")).to_contain_text("Đã đọc", timeout=120_000)
        shot(page, "progress")
        expect(page.locator("#progress")).to_contain_text("Đã xong", timeout=900_000)
        shot(page, "round")

        page.locator("#progress").get_by_role("link", name="Xem kết quả rà soát").click()
        expect(page.get_by_role("heading", name="Kết quả rà soát")).to_be_visible()
        page.get_by_label("Kết luận", exact=True).first.select_option("covered")  # the filter: covered only
        expect(page.locator("#duties tbody tr").first).to_have_class("st-covered")
        row = page.locator("#duties tbody tr").first
        duty_id = row.locator("td").first.inner_text()
        row.get_by_label("Kết luận").select_option("partial")
        row.get_by_label("Ghi chú").fill("Mới có kế hoạch, chưa có số liệu")
        row.get_by_role("button", name="Lưu").click()
        expect(page.get_by_text("Đã lưu vào coverage.xlsx")).to_be_visible()
        shot(page, "results")

        page.goto(server + "/rounds/1")
        with page.expect_download() as info:
            page.get_by_role("link", name="Bảng tổng hợp coverage.xlsx").click()
        xlsx = tmp_path / "coverage.xlsx"
        info.value.save_as(xlsx)
        page.get_by_role("button", name="Soạn báo cáo tổng hợp và văn bản đôn đốc").click()
        letter_link = page.locator("#drafts a[href*='don-doc-']").first
        expect(letter_link).to_be_visible(timeout=60_000)
        with page.expect_download() as info:
            letter_link.click()
        letter = tmp_path / "don-doc.docx"
        info.value.save_as(letter)
        browser.close()

    ws = load_workbook(xlsx)["Nhiệm vụ"]
    head = [c.value for c in ws[1]]
    rows = [dict(zip(head, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
    corrected = [r for r in rows if r["Kết luận của cán bộ"]]
    assert len(corrected) == 1 and corrected[0]["Mã nhiệm vụ"] == duty_id
    assert corrected[0]["Kết luận của cán bộ"] == "Một phần" and corrected[0]["Ghi chú"].startswith("Mới có kế hoạch")

    import docx

    text = "\n".join(p.text for p in docx.Document(str(letter)).paragraphs)
    assert "Kính gửi" in text
