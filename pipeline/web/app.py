"""The clerk's page: FastAPI routes over the same Python API as the command line.

Pages are Jinja2 templates; htmx (vendored in static/vendor, pinned, with its licence)
swaps the parts that change; the progress of a run comes as server-sent events. Every
script and stylesheet is served from here: the page works with no internet. FastAPI's own
documentation pages, which load from a CDN, are off.

Security: a session cookie carries a CSRF token that every form that changes something
sends back (checked before anything is done); with a password, every page but the login
needs a signed-in session, which expires after ``SESSION_HOURS``.
"""

from __future__ import annotations

import asyncio
import hmac
import io
import secrets
import zipfile
from pathlib import Path

from fastapi import FastAPI, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.sessions import SessionMiddleware

from .. import review as rv
from ..progress import ProgressFile
from . import views
from .jobs import Jobs
from .store import Store, StoreError

HERE = Path(__file__).parent
SESSION_HOURS = 8
MAX_FILE = 200 * 1024 * 1024  # bytes of one uploaded file
MAX_REQUEST = 1024 * 1024 * 1024  # bytes of one upload request
OPEN = ("/static/", "/login")


def create_app(data: Path, password: str | None = None, jobs: int | None = None) -> FastAPI:
    app = FastAPI(title="rasoat", docs_url=None, redoc_url=None, openapi_url=None)
    store = Store(Path(data))
    runner = Jobs(store, jobs)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(STATUS_VI=rv.STATUS_VI, KIND_VI=rv.KIND_VI, ROLE_VI=rv.ROLE_VI,
                                 JUDGEMENT_VI=rv.JUDGEMENT_VI, change_vi=views.CHANGE_VI)
    app.state.store, app.state.jobs = store, runner

    @app.middleware("http")
    async def guard(request: Request, call_next):
        path = request.url.path
        if password and not path.startswith(OPEN) and not request.session.get("signed_in"):
            if request.method == "GET":
                return RedirectResponse("/login", status_code=303)
            return Response("Cần đăng nhập.", status_code=401)
        if request.method == "POST" and not path.startswith("/login"):
            if int(request.headers.get("content-length") or 0) > MAX_REQUEST:
                return Response(f"Lần tải lên quá lớn (tối đa {MAX_REQUEST // 1024**2} MB).", status_code=413)
            sent = request.headers.get("x-csrf-token", "")
            if not hmac.compare_digest(sent, request.session.get("csrf", "-")):
                return Response("Phiên làm việc đã hết hạn hoặc yêu cầu không hợp lệ; hãy tải lại trang.",
                                status_code=403)
        return await call_next(request)

    # the session is outermost: the guard above reads it
    app.add_middleware(SessionMiddleware, secret_key=secrets.token_hex(32), max_age=SESSION_HOURS * 3600,
                       same_site="strict", session_cookie="rasoat")
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, name: str, **ctx) -> HTMLResponse:
        if "csrf" not in request.session:
            request.session["csrf"] = secrets.token_urlsafe(32)
        ctx.update(request=request, csrf=request.session["csrf"], password=bool(password))
        return templates.TemplateResponse(request, name, ctx)

    def round_of(round_id: int):
        try:
            return store.get(round_id)
        except KeyError:
            raise HTTPException(404, "Không có đợt rà soát này.") from None

    # -- sign in ---------------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, error: str = ""):
        return page(request, "login.html", error=error)

    @app.post("/login")
    def login(request: Request, pw: str = Form("")):
        if password and hmac.compare_digest(pw.encode(), password.encode()):
            request.session.clear()
            request.session.update(signed_in=True, csrf=secrets.token_urlsafe(32))
            return RedirectResponse("/", status_code=303)
        return RedirectResponse("/login?error=1", status_code=303)

    @app.post("/logout")
    def logout(request: Request):
        request.session.clear()
        return _go(request, "/login" if password else "/")

    # -- rounds ----------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request):
        rounds = store.rounds()
        return page(request, "home.html", rounds=rounds, summaries={r.id: store.summary(r) for r in rounds})

    @app.post("/rounds")
    async def create_round(request: Request, name: str = Form(""), plan: UploadFile = File(...),
                           previous: str = Form("")):
        data = await _read_upload(plan)
        try:
            rnd = store.create(name, plan.filename or "ke-hoach", data, int(previous) if previous else None)
        except StoreError as exc:
            raise HTTPException(400, str(exc)) from None
        views.plan_view(rnd)  # read now: a plan that cannot be read says so on its page
        return _go(request, f"/rounds/{rnd.id}")

    @app.get("/rounds/{round_id}", response_class=HTMLResponse)
    def round_page(request: Request, round_id: int):
        rnd = round_of(round_id)
        busy = runner.busy(rnd)
        return page(request, "round.html", rnd=rnd, plan=views.plan_view(rnd), files=store.inbox_files(rnd),
                    uploads=store.uploads(rnd, 30), runs=store.runs(rnd), busy=busy,
                    view=views.progress_view(ProgressFile.read(rnd.out), busy), summary=store.summary(rnd),
                    diff=views.diff_view(store, rnd))

    @app.post("/rounds/{round_id}/upload", response_class=HTMLResponse)
    async def upload(request: Request, round_id: int, files: list[UploadFile] = File(...)):
        rnd = round_of(round_id)
        arrived = []
        for f in files:
            try:
                data = await _read_upload(f)
                arrived.append(store.add_file(rnd, f.filename or "tep", data))
            except HTTPException as exc:
                arrived.append({"name": f.filename, "stored": "", "arrival": "refused", "why": exc.detail})
            except StoreError as exc:
                arrived.append({"name": f.filename, "stored": "", "arrival": "refused", "why": str(exc)})
        return page(request, "_arrivals.html", arrived=arrived, files=store.inbox_files(rnd), rnd=rnd,
                    uploads=store.uploads(rnd, 30), oob=True)

    @app.post("/rounds/{round_id}/attach")
    async def attach(request: Request, round_id: int, what: str = Form(...), file: UploadFile = File(...)):
        rnd = round_of(round_id)
        if what not in ("roster", "register"):
            raise HTTPException(400, "Loại tệp không hợp lệ.")
        store.attach(rnd, what, await _read_upload(file))
        return _go(request, f"/rounds/{rnd.id}")

    # -- the check ---------------------------------------------------------------

    @app.post("/rounds/{round_id}/run", response_class=HTMLResponse)
    def start_run(request: Request, round_id: int):
        rnd = round_of(round_id)
        refused = runner.start(rnd)
        return page(request, "_progress.html", rnd=rnd, refused=refused, live=refused is None,
                    view=views.progress_view(None, {"started": ""}))

    @app.get("/rounds/{round_id}/progress", response_class=HTMLResponse)
    def progress(request: Request, round_id: int):
        rnd = round_of(round_id)
        state = ProgressFile.read(rnd.out)
        return page(request, "_progress_body.html", rnd=rnd, view=views.progress_view(state, runner.busy(rnd)))

    @app.get("/rounds/{round_id}/events")
    async def events(request: Request, round_id: int):
        """Server-sent events: the progress fragment at least once a second until the run ends."""
        rnd = round_of(round_id)
        body = templates.get_template("_progress_body.html")

        async def stream():
            last = None
            while not await request.is_disconnected():
                state = ProgressFile.read(rnd.out)
                going = runner.busy(rnd)
                html = body.render(rnd=rnd, view=views.progress_view(state, going))
                yield _sse("progress", html)
                if going is None and last is not None:
                    yield _sse("done", html)
                    return
                last = state
                await asyncio.sleep(0.5)

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})

    # -- results -----------------------------------------------------------------

    @app.get("/rounds/{round_id}/results", response_class=HTMLResponse)
    def results(request: Request, round_id: int, holder: str = "", kind: str = "", status: str = ""):
        rnd = round_of(round_id)
        tables = views.results_view(rnd)
        if tables is None:
            return RedirectResponse(f"/rounds/{rnd.id}", status_code=303)
        rows = views.filter_rows(tables["coverage"], holder, kind, status)
        return page(request, "results.html", rnd=rnd, t=tables, rows=rows, holder=holder, kind=kind, status=status)

    @app.get("/rounds/{round_id}/duties", response_class=HTMLResponse)
    def duties(request: Request, round_id: int, holder: str = "", kind: str = "", status: str = ""):
        rnd = round_of(round_id)
        tables = views.results_view(rnd) or {"coverage": [], "file_index": {}}
        rows = views.filter_rows(tables["coverage"], holder, kind, status)
        return page(request, "_duties.html", rnd=rnd, t=tables, rows=rows)

    @app.post("/rounds/{round_id}/verdict", response_class=HTMLResponse)
    def verdict(request: Request, round_id: int, duty_id: str = Form(...), body_id: str = Form(...),
                kind: str = Form(...), clerk: str = Form(""), note: str = Form(""), confirm: str = Form("")):
        rnd = round_of(round_id)
        if clerk and clerk not in rv.STATUS_VI:
            raise HTTPException(400, "Kết luận không hợp lệ.")
        try:
            ok = rv.write_verdict(rnd.out / "coverage.xlsx", duty_id, body_id, kind, clerk, note, bool(confirm))
        except (OSError, ValueError, KeyError) as exc:
            raise HTTPException(409, f"Không ghi được vào coverage.xlsx ({type(exc).__name__}); "
                                     "có thể tệp đang mở trong Excel.") from None
        if not ok:
            raise HTTPException(404, "Không tìm thấy dòng này trong coverage.xlsx.")
        tables = views.results_view(rnd)
        row = next(r for r in tables["coverage"] if (r["duty_id"], r["body_id"], r["kind"]) == (duty_id, body_id, kind))
        return page(request, "_duty_row.html", rnd=rnd, t=tables, r=row, saved=True)

    @app.post("/rounds/{round_id}/filefix", response_class=HTMLResponse)
    def filefix(request: Request, round_id: int, sha256: str = Form(...), role: str = Form(""),
                sender: str = Form(""), note: str = Form("")):
        rnd = round_of(round_id)
        if role and role not in rv.ROLE_VI:
            raise HTTPException(400, "Loại văn bản không hợp lệ.")
        try:
            ok = rv.write_file_fix(rnd.out / "coverage.xlsx", sha256, role, sender, note)
        except (OSError, ValueError, KeyError) as exc:
            raise HTTPException(409, f"Không ghi được vào coverage.xlsx ({type(exc).__name__}).") from None
        if not ok:
            raise HTTPException(404, "Không tìm thấy tệp này trong coverage.xlsx.")
        return HTMLResponse('<span class="saved" role="status">Đã lưu; áp dụng ở lần rà soát sau.</span>')

    @app.get("/rounds/{round_id}/file/{index}")
    def source_file(round_id: int, index: int):
        """A file of the round's inbox, by its row in files.csv (never by a path from the browser)."""
        rnd = round_of(round_id)
        tables = views.results_view(rnd)
        files = tables["files"] if tables else []
        if not 0 <= index < len(files):
            raise HTTPException(404, "Không có tệp này.")
        parts = files[index]["file"].split("/")
        path = (rnd.inbox / Path(*parts)).resolve()
        if rnd.inbox.resolve() not in path.parents or not path.is_file():
            raise HTTPException(404, "Tệp nằm trong tệp nén hoặc không còn trên máy.")
        return FileResponse(path, filename=path.name, content_disposition_type="inline")

    # -- downloads ---------------------------------------------------------------

    @app.get("/rounds/{round_id}/download/{what}")
    def download(round_id: int, what: str):
        rnd = round_of(round_id)
        if what == "coverage.xlsx" and (rnd.out / what).is_file():
            return FileResponse(rnd.out / what, filename=f"coverage-dot-{rnd.id}.xlsx")
        if what == "bang.zip":
            return _zip_response([rnd.out / n for n in views.TABLES], f"bang-tong-hop-dot-{rnd.id}.zip")
        if what == "van-ban.zip":
            return _zip_response(views.drafts(rnd), f"van-ban-dot-{rnd.id}.zip")
        if what.endswith(".docx") and "/" not in what:
            path = views.drafts_folder(rnd) / what
            if path in views.drafts(rnd):
                return FileResponse(path, filename=what)
        raise HTTPException(404, "Chưa có tệp này (hãy chạy rà soát trước).")

    @app.post("/rounds/{round_id}/drafts", response_class=HTMLResponse)
    def make_drafts(request: Request, round_id: int):
        rnd = round_of(round_id)
        try:
            docs = views.make_drafts(rnd)
        except Exception as exc:  # noqa: BLE001 - the page says what happened, the server goes on
            return HTMLResponse(f'<p class="error" role="alert">Không soạn được văn bản ({type(exc).__name__}).</p>')
        return page(request, "_drafts.html", rnd=rnd, docs=docs)

    return app


async def _read_upload(f: UploadFile) -> bytes:
    data = await f.read(MAX_FILE + 1)
    if len(data) > MAX_FILE:
        raise HTTPException(413, f"Tệp {f.filename} quá lớn (tối đa {MAX_FILE // 1024**2} MB).")
    return data


def _sse(event: str, html: str) -> str:
    return f"event: {event}\n" + "".join(f"data: {line}\n" for line in html.splitlines()) + "\n"


def _zip_response(paths: list[Path], name: str) -> Response:
    present = [p for p in paths if p.is_file()]
    if not present:
        raise HTTPException(404, "Chưa có tệp nào (hãy chạy rà soát trước).")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for p in present:
            z.write(p, p.name)
    return Response(buf.getvalue(), media_type="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _go(request: Request, url: str) -> Response:
    """After a form that changed something: htmx is told where to go next, a plain browser redirected."""
    if request.headers.get("hx-request"):
        return Response(status_code=200, headers={"HX-Redirect": url})
    return RedirectResponse(url, status_code=303)
