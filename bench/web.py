"""The clerk's page under load (issue #15): not a test, figures.

1. The results page of a round with 200 holders and 2,000 coverage rows: seconds to render
   it (median of 5), beside the seconds to read the run's tables alone (``load_run``), the
   floor any page over them pays. Goal: under 1 s.
2. The progress events of a run: a check of corpus/demo started from the page, its
   server-sent events read as a browser would; the longest gap between two events and the
   events per second. Goal: at least one a second.

    .venv/bin/python bench/web.py
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HOLDERS, DUTIES_EACH = 200, 5


def synthetic_round(app) -> int:
    """A round whose out folder holds a finished run of HOLDERS holders x DUTIES_EACH duties x 2 kinds."""
    from pipeline.checking.holders import Holder
    from pipeline.model import Document, Duty, Meta, Source
    from pipeline.runmodel import CoverageRow, Kind, Run, Status, Submission, TaskRow
    from pipeline.review import apply_verdicts
    from pipeline.write import write_run

    store = app.state.store
    plan_path = next((ROOT / "corpus" / "demo" / "plan").iterdir())
    rnd = store.create("Bench", plan_path.name, plan_path.read_bytes())
    duties, holders, coverage, subs, tasks = [], [], [], [], []
    statuses = list(Status)
    for h in range(HOLDERS):
        body_id, name = f"uy-ban-nhan-dan-xa-so-{h}", f"Ủy ban nhân dân xã Số {h}"
        holder = Holder(body_id=body_id, name=name, body=None)
        holders.append(holder)
        for kind in Kind:
            subs.append(Submission(holder, kind, None, [], "2025-06-30"))
        for d in range(DUTIES_EACH):
            text = (f"Tổ chức tuyên truyền, phổ biến nội dung số {d} của kế hoạch đến cán bộ và nhân dân trên địa bàn, "
                    f"kiểm tra, đôn đốc việc thực hiện và báo cáo kết quả định kỳ ({h}-{d}).")
            duty = Duty(id=f"III.{h}-{d}", section=f"III.{h}", body=name, body_id=body_id, role="lead", text=text)
            duties.append(duty)
            for kind in Kind:
                coverage.append(CoverageRow(duty.id, body_id, name, kind, text, status=statuses[(h + d) % 4],
                                            score=0.31, evidence_file=f"xa-{h}/KH.docx", evidence_section="II.1",
                                            evidence_text="Tổ chức 12 buổi tuyên truyền tại các thôn; phát 2.000 tờ rơi."))
            tasks.append(TaskRow(f"xa-{h}/KH.docx", body_id, Kind.PLAN, f"t-{d}", "II.1", "Hoạt động riêng của xã",
                                 "", "", 0.05))
    apply_verdicts(coverage, None)
    plan = Document(source=Source(file=str(plan_path), sha256="0" * 64), meta=Meta(number="1/KH-UBND", title="Bench"))
    plan.duties = duties
    run = Run(plan, plan_path, holders, [], subs, coverage, tasks, {"plan": "2025-06-30", "report": "2025-12-15"})
    write_run(run, rnd.out)
    return rnd.id


def results_page() -> None:
    from fastapi.testclient import TestClient

    from pipeline.results import load_run
    from pipeline.web.app import create_app

    app = create_app(Path(tempfile.mkdtemp()) / "data")
    rid = synthetic_round(app)
    c = TestClient(app)
    rnd = app.state.store.get(rid)
    page, tables = [], []
    for _ in range(5):
        t = time.perf_counter()
        r = c.get(f"/rounds/{rid}/results")
        page.append(time.perf_counter() - t)
        assert r.status_code == 200 and r.text.count('<tr class="st-') == HOLDERS * DUTIES_EACH * 2
        t = time.perf_counter()
        load_run(rnd.out)
        tables.append(time.perf_counter() - t)
    p, f = statistics.median(page), statistics.median(tables)
    print(f"results page, {HOLDERS} holders, {HOLDERS * DUTIES_EACH * 2} coverage rows: {p:.2f} s "
          f"(goal < 1 s: {'met' if p < 1 else 'NOT met'}); reading the tables alone {f:.2f} s; "
          f"page / tables {p / f:.1f}x; {len(r.content) / 1e6:.1f} MB of HTML")


def progress_events() -> None:
    from fastapi.testclient import TestClient

    from pipeline.web.app import create_app

    app = create_app(Path(tempfile.mkdtemp()) / "data", jobs=2)
    c = TestClient(app)
    token = re.search(r'X-CSRF-Token": "([^"]+)"', c.get("/").text).group(1)
    h = {"X-CSRF-Token": token}
    demo = ROOT / "corpus" / "demo"
    plan = next((demo / "plan").iterdir())
    c.post("/rounds", data={"name": "demo"}, files={"plan": (plan.name, plan.read_bytes())}, headers=h)
    files = [("files", (p.relative_to(demo).as_posix(), p.read_bytes())) for p in sorted((demo / "inbox").rglob("*"))
             if p.is_file()]
    c.post("/rounds/1/upload", files=files, headers=h)
    c.post("/rounds/1/run", headers=h)
    stamps = []
    t0 = time.perf_counter()
    with c.stream("GET", "/rounds/1/events") as r:
        for line in r.iter_lines():
            if line.startswith("event:"):
                stamps.append(time.perf_counter())
                if line.strip() == "event: done":
                    break
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    took = stamps[-1] - t0
    print(f"progress events over a {took:.0f} s run of corpus/demo: {len(stamps)} events, "
          f"{len(stamps) / took:.1f} a second, longest gap {max(gaps):.2f} s "
          f"(goal >= 1 a second: {'met' if max(gaps) <= 1 else 'NOT met'})")


if __name__ == "__main__":
    results_page()
    progress_events()
