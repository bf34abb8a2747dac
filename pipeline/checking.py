"""The main job: read the master plan and the inbox, decide who sent what, when,
and which duties each holder's own plan and report took up.

read (in parallel) -> classify and attribute each file -> submissions ->
coverage and orphans -> the tables (``write``). Every inbox file gets a row in
``files.csv`` whatever happens to it.
"""

from __future__ import annotations

import csv
import os
import re
import stat
import time
import zipfile
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from extractors.references import cites as cites_number
from extractors.references import find_references

from .errors import NoText, ReadError
from .holders import ELSEWHERE, Holder, build_holders, load_roster, match_sender
from .match import Similarity, assign_tasks, judge, says_plan_issued
from .review import FileFix, Review, apply_file_fixes, apply_verdicts
from .model import Document
from .normalize import fold

PLAN_TYPES = {"KH", "CTr", "PA", "ĐA", "HD", "TB"}
FILE_TIMEOUT = 600.0  # seconds for one file (a long scan is OCR'd at about 11 s a page)
MEMORY_LIMIT = 6 * 1024**3  # bytes of address space for the process reading one file
REPORT_TYPES = {"BC"}


class PlanError(ReadError):
    code = "plan"


@dataclass
class FileResult:
    rel: str
    path: Path
    sha256: str = ""
    status: str = "ok"
    role: str = ""
    message: str = ""
    doc: Document | None = None
    holder: Holder | None = None
    cites_plan: bool = False
    received: str | None = None  # from the register
    duplicate_of: FileResult | None = None  # same bytes as this file, which was read instead
    # the clerk's corrections (review.py): what the program decided before them
    auto_role: str | None = None
    auto_holder: Holder | None = None
    reviewed: bool = False
    clerk_fix: FileFix | None = None  # as the clerk wrote it in the spreadsheet
    documents: int = 1  # how many documents the file held
    # the plans or reports of other units the same file held (three schools' plans scanned
    # together): each counts for its unit, listed under this file
    extra: list[FileResult] = field(default_factory=list)

    def add_message(self, *parts: str) -> None:
        """Add sentences to what files.csv says of the file."""
        self.message = " ".join(p for p in (self.message, *parts) if p)

    @property
    def date(self) -> str | None:
        """The date lateness is judged by: the register's received date, else the document's own."""
        return self.received or self.doc_date

    @property
    def doc_date(self) -> str | None:
        return self.doc.meta.date if self.doc else None

    @property
    def holders(self) -> list[Holder]:
        """Every unit whose document the file held."""
        return [h for h in [self.holder, *(e.holder for e in self.extra)] if h is not None]

    def units(self) -> list[FileResult]:
        """This file's result and those of the other units' documents it held."""
        return [self, *self.extra]


@dataclass
class Submission:
    holder: Holder
    kind: str
    file: FileResult | None
    others: list[FileResult] = field(default_factory=list)
    due: str | None = None

    @property
    def on_time(self) -> str:
        if self.file is None or not self.due or not self.file.date:
            return ""
        return on_time(self.file.date, self.due)


def on_time(date: str, due: str) -> str:
    """"yes", "no", or "" when the precision does not tell (a date known to the month of the due date)."""
    n = min(len(date), len(due))
    if date[:n] < due[:n]:
        return "yes"
    if date[:n] > due[:n]:
        return "no"
    return "yes" if len(date) >= len(due) else ""


# ---------------------------------------------------------------------------
# reading


def _parse_one(path: str) -> tuple[Document | None, str, str]:
    from .parsing import parse

    try:
        doc = parse(path, split=True)
        if not any(b.text.strip() for b in doc.blocks):  # read, but nothing to review in it
            return None, NoText.code, " ".join([
                f"{NoText.message} Có thể là trang trắng, ảnh chụp quá mờ hoặc chỉ có hình; hãy mở tệp kiểm tra "
                "bằng tay."] + [w for w in doc.source.warnings if w])
        return doc, "", ""
    except ReadError as exc:
        return None, exc.code, exc.message
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not stop the batch
        return None, "internal", f"Lỗi khi đọc tệp ({type(exc).__name__}); hãy mở tệp kiểm tra bằng tay."


def links_out(path: Path, root: Path) -> bool:
    """A link that leads out of the inbox folder (``root``, resolved): never followed."""
    return path.is_symlink() and not str(path.resolve()).startswith(str(root) + os.sep)


def inbox_files(inbox: Path, exclude: tuple[Path, ...] = ()) -> list[tuple[str, Path]]:
    """Every file under the inbox (links to folders are not followed, a folder is walked once),
    as (path relative to the inbox, path); the folders in ``exclude`` (the out folder, when the
    clerk put it inside the inbox) are left out."""
    inbox = inbox.resolve()
    out = []
    seen_dirs = {os.path.realpath(p) for p in exclude}
    for root, dirs, files in os.walk(inbox, followlinks=False):
        real = os.path.realpath(root)
        if real in seen_dirs:
            dirs[:] = []
            continue
        seen_dirs.add(real)
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            out.append((path.relative_to(inbox).as_posix(), path))
    return out


_COPY_MARK = re.compile(r"\(\d{1,3}\)|\bcopy\b|ban sao|bản sao|sao chep|sao chép", re.I)


def _original_key(rel: str) -> tuple[bool, int, str]:
    name = Path(rel).name
    return (bool(_COPY_MARK.search(name)), len(rel), rel)


def read_inbox(inbox: Path, jobs: int, progress=None, timeout: float = FILE_TIMEOUT, cache=None,
               meanwhile=None, exclude: tuple[Path, ...] = (), unpack_dir: Path | None = None,
               method: str | None = None) -> list[FileResult]:
    """Every file of the inbox, read (in parallel, each in isolation) or told why not.
    ``unpack_dir``: where the members of zip archives are unpacked (each becomes a file of the
    inbox, ``archive.zip/member``); without it an archive is an error row."""
    from .archives import is_plain_zip, unpack
    from .readers import sha256_of

    results: list[FileResult] = []
    by_sha: dict[str, FileResult] = {}
    todo: list[FileResult] = []
    root = inbox.resolve()

    def admit(fr: FileResult, size: int) -> None:
        # of identical files, the original is the one whose name is not a copy's ("KH (1).docx",
        # "Copy of KH.docx", "KH - bản sao.docx"), then the shortest name
        if size == 0:
            return  # empty files are each an error of their own, not copies of one another
        first = by_sha.get(fr.sha256)
        if first is None or _original_key(fr.rel) < _original_key(first.rel):
            by_sha[fr.sha256] = fr

    for rel, path in inbox_files(inbox, exclude):
        fr = FileResult(rel=rel, path=path)
        results.append(fr)
        if links_out(path, root):
            fr.status, fr.message = "error", "Là liên kết (shortcut) trỏ ra ngoài thư mục văn bản đến: không đọc."
            continue
        try:
            st = path.stat()
            if not stat.S_ISREG(st.st_mode):  # a named pipe, socket or device would block or never end
                fr.status, fr.message = "error", ("Không phải là một tệp văn bản thông thường (ống dẫn, "
                                                  "thiết bị hoặc socket): không đọc.")
                continue
            fr.sha256 = sha256_of(path)
        except OSError as exc:
            fr.status, fr.message = "error", f"Không mở được tệp ({exc.strerror or exc})."
            continue
        if unpack_dir is not None and is_plain_zip(path):
            fr.role = "other"
            try:
                members = unpack(path, unpack_dir / f"{len(results):05d}")
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                fr.status, fr.message = "error", f"Tệp nén bị hỏng, không giải nén được ({type(exc).__name__})."
                continue
            fr.status = "unrecognized"
            fr.message = (f"Tệp nén chứa {len(members)} tệp; mỗi tệp bên trong có một dòng riêng ({rel}/…)."
                          if members else "Tệp nén không chứa tệp nào.")
            for member in members:
                sub = FileResult(rel=f"{rel}/{member.name}", path=member.path or path)
                results.append(sub)
                if member.problem:
                    sub.status, sub.message = "error", member.problem
                    continue
                sub.sha256 = sha256_of(member.path)
                admit(sub, member.path.stat().st_size)
            continue
        admit(fr, st.st_size)
    for fr in results:
        if fr.status != "ok":
            continue
        first = by_sha.get(fr.sha256, fr)
        if first is not fr:
            fr.status = "duplicate"
            fr.message = f"Trùng nội dung với tệp {first.rel}"
        else:
            todo.append(fr)
    if cache is not None:  # a file already read by an earlier run with the same rules is not read again
        fresh = []
        for fr in todo:
            hit = cache.get(fr.sha256)
            if hit is None:
                fresh.append(fr)
            elif isinstance(hit, tuple):  # a file that could not be read last time either
                _store(fr, *hit)
            else:
                fr.doc = hit
        todo = fresh
    if progress:
        progress.start(len(todo))
    results_by_index = parse_isolated([str(f.path) for f in todo], jobs, timeout,
                                      lambda i: progress.advance(todo[i].rel) if progress else None,
                                      meanwhile=meanwhile, method=method)
    for i, fr in enumerate(todo):
        _store(fr, *results_by_index[i])
        if cache is not None:
            cache.put(fr.sha256, fr.doc if fr.doc is not None else results_by_index[i])
    for fr in results:
        if fr.status == "duplicate":
            fr.duplicate_of = by_sha.get(fr.sha256)
    if progress:
        progress.stop()
    return results


def slim(doc: Document) -> None:
    """What check keeps of an inbox document: header, citations, tasks, the heading tree's
    titles and the opening paragraphs, not the text they were taken from (the main process
    holds every document of the inbox, so each is sent, and cached, without it)."""
    def strip(sections) -> None:
        for s in sections:
            s.paragraphs, s.tables = [], []
            strip(s.children)

    for d in doc.documents:
        d.blocks, d.dates, d.duties = [], [], []
        strip(d.sections)


RECYCLE = 100  # files a reading process reads before a fresh one takes over (memory does not creep)


def _reader(conn, memory_limit: int | None, rules: str | None = None) -> None:
    """A reading process: parse the files it is sent, one at a time, and send back
    (doc, code, message) for each; stop at None, or after running out of memory. ``rules``:
    the office's rule folder (a spawned process does not inherit it)."""
    from . import ruleset

    ruleset.use(rules)
    if memory_limit:
        try:
            import resource  # not on Windows: there the time limit alone guards the batch

            resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
        except (ImportError, ValueError, OSError):
            pass
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            break
        if path is None:
            break
        exhausted = False
        try:
            result = _parse_one(path)
            if result[0] is not None:
                slim(result[0])
        except MemoryError:
            result, exhausted = (None, "memory", "Tệp quá lớn hoặc quá phức tạp, vượt giới hạn bộ nhớ khi đọc."), True
        try:
            conn.send(result)
        except Exception:  # noqa: BLE001 - e.g. a result that cannot be pickled
            conn.send((None, "internal", "Lỗi khi đọc tệp; hãy mở tệp kiểm tra bằng tay."))
        if exhausted:
            break  # a process that ran out of memory is not trusted with another file
    conn.close()


def start_method() -> str:
    """How reading processes start: ``fork`` where the system has it (Linux: the warmed-up
    libraries are shared), else ``spawn`` (Windows, macOS), where each process loads them."""
    import multiprocessing

    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def parse_isolated(paths: list[str], jobs: int, timeout: float, on_done=None,
                   memory_limit: int | None = MEMORY_LIMIT, meanwhile=None, method: str | None = None) -> list[tuple]:
    """Parse every file in a reading process apart from this one, ``jobs`` processes at a
    time, each with a memory cap: a file that hangs past ``timeout`` seconds, exhausts its
    memory or crashes its process becomes an error row (the process is replaced), and the
    batch goes on. A process reads file after file (forking one per file would cost more
    than reading many of them). ``meanwhile``: work for this process while the others read
    (in a thread started after the first reading processes; no process is forked while it runs)."""
    import multiprocessing
    from multiprocessing.connection import wait

    from . import parsing

    method = method or start_method()
    from . import ruleset

    rules = str(ruleset.current()) if ruleset.current() else None
    if paths and method == "fork":
        parsing.warm()  # loaded before forking, shared by every reading process
    ctx = multiprocessing.get_context(method)
    results: list[tuple | None] = [None] * len(paths)
    pending = list(range(len(paths)))
    idle: list[list] = []  # [process, connection, files read]
    busy: dict[int, tuple[list, float]] = {}  # file index -> (worker, started)

    helper = None

    def spawn() -> list:
        if helper is not None:
            helper.join()  # never fork while the helper thread may hold an import lock
        mine, theirs = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=_reader, args=(theirs, memory_limit, rules), daemon=True)
        proc.start()
        theirs.close()
        return [proc, mine, 0]

    def retire(worker: list, kill: bool) -> None:
        proc, conn, _ = worker
        if kill:
            proc.kill()
        else:
            try:
                conn.send(None)
            except (OSError, ValueError):
                proc.kill()
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()
        conn.close()

    try:
        while pending or busy:
            while pending and len(busy) < max(jobs, 1):
                worker = idle.pop() if idle else spawn()
                i = pending.pop(0)
                try:
                    worker[1].send(paths[i])
                except (OSError, ValueError):  # the process died while idle: another one
                    retire(worker, kill=True)
                    pending.insert(0, i)
                    continue
                busy[i] = (worker, time.monotonic())
            if meanwhile is not None and helper is None:
                import threading

                helper = threading.Thread(target=_quietly, args=(meanwhile,), daemon=True)
                helper.start()
            ready = wait([w[1] for w, _ in busy.values()], timeout=0.2)
            for i, (worker, started) in list(busy.items()):
                result, healthy = None, True
                if worker[1] in ready:
                    try:
                        result = worker[1].recv()
                    except (EOFError, OSError):
                        result, healthy = (None, "crashed", "Chương trình đọc tệp bị dừng đột ngột (tệp hỏng hoặc "
                                                            "quá phức tạp)."), False
                elif time.monotonic() - started > timeout:
                    result, healthy = (None, "timeout", f"Đọc tệp quá {int(timeout)} giây nên đã dừng (tệp quá lớn "
                                                        "hoặc bị lỗi)."), False
                if result is None:
                    continue
                del busy[i]
                results[i] = result
                worker[2] += 1
                if not healthy or result[1] == "memory":
                    retire(worker, kill=True)
                elif worker[2] >= RECYCLE:
                    retire(worker, kill=False)
                else:
                    idle.append(worker)
                if on_done:
                    on_done(i)
    finally:
        for worker, _ in busy.values():
            retire(worker, kill=True)
        for worker in idle:
            retire(worker, kill=False)
        if helper is not None:
            helper.join()
    return results  # type: ignore[return-value]


def _quietly(work) -> None:
    try:
        work()
    except Exception:  # noqa: BLE001 - an optimisation: the work is done again where it is needed
        pass


def _store(fr: FileResult, doc, code: str, message: str) -> None:
    if doc is None:
        fr.status, fr.message = "error", message
    else:
        fr.doc = doc


# ---------------------------------------------------------------------------
# classifying


def _topic_words(text: str | None) -> set[str]:
    if not text:
        return set()
    from extractors.duties import words

    stop = set(words()["topic_stop_words"])
    return {w for w in re.findall(r"[a-z]+", fold(text)) if w not in stop and len(w) > 1} | {
        m for m in re.findall(r"\b(?:19|20)\d{2}\b", text)
    }


def on_topic(doc: Document, plan: Document) -> bool:
    """Whether a document is about the plan's subject (its title, or its opening)."""
    mine = doc.meta.title or (doc.preamble[0] if doc.preamble else "")
    theirs = plan.meta.title or ""
    if not mine or not theirs:
        return False
    a, b = _topic_words(mine), _topic_words(theirs)
    if not a or not b:
        return False
    overlap = len(a & b) / min(len(a), len(b))
    if overlap >= 0.6 or fuzz.token_set_ratio(fold(mine), fold(theirs)) >= 85:
        return True
    # the opening cites the plan by its title, not its number ("Thực hiện Kế hoạch của Ban Thường
    # vụ Hội LHPN tỉnh về công tác phòng, chống bạo lực gia đình … năm 2025, …")
    opening = _topic_words(" ".join(doc.preamble[:1]))
    return len(b) >= 3 and len(b & opening) / len(b) >= 0.85


def doc_cites_plan(doc: Document, plan: Document) -> bool:
    if not plan.meta.number:
        return False
    hits = []
    for para in doc.preamble + [doc.meta.title or ""]:
        hits.extend(find_references(para))
    if cites_number(hits, plan.meta.number):
        return True
    refs = [r for r in doc.references if r.number]
    return any(re.sub(r"\s+", "", r.number).upper() == plan.meta.number.upper() for r in refs)


def cites_earlier_plan(doc: Document, plan: Document):
    """A citation of the same issuer's plan of an earlier year (last year's plan), or None."""
    if not plan.meta.number or not plan.meta.date or "/" not in plan.meta.number:
        return None
    suffix = plan.meta.number.split("/", 1)[1].upper()
    for ref in doc.references:
        if (ref.number and "/" in ref.number and ref.number.upper() != plan.meta.number.upper()
                and ref.number.split("/", 1)[1].upper() == suffix and ref.date and ref.date[:4] < plan.meta.date[:4]):
            return ref
    return None


def classify(fr: FileResult, plan: Document, holders: list[Holder]) -> None:
    """Role, sender and status of a file that was read; what the reader warned of (pages
    skipped or read at a low resolution, an old encoding) goes into its message.

    A file of several documents takes the role, sender and document of its first plan or
    report (a cover letter and the plan it sends is the plan); the plans and reports of other
    units in it count for those units (``extra``)."""
    docs = fr.doc.documents if fr.doc else []
    if len(docs) > 1:
        each = []
        for d in docs:
            one = FileResult(rel=fr.rel, path=fr.path, sha256=fr.sha256, doc=d)
            _classify(one, plan, holders)
            each.append(one)
        found = [e for e in each if e.status == "ok" and e.role in ("unit_plan", "report")]
        main = found[0] if found else each[0]
        fr.doc, fr.role, fr.holder, fr.cites_plan, fr.status = main.doc, main.role, main.holder, main.cites_plan, main.status
        fr.message = main.message
        fr.documents = len(docs)
        seen = {(main.holder.body_id if main.holder else "", main.role)}
        for e in found[1:]:
            key = (e.holder.body_id if e.holder else "", e.role)
            if e.holder is not None and key not in seen:
                seen.add(key)
                fr.extra.append(e)
        fr.add_message(f"Tệp gồm {len(docs)} văn bản: " + "; ".join(_describe(e.doc) for e in each) + ".")
    else:
        _classify(fr, plan, holders)
    warnings = [w for w in (fr.doc.source.warnings if fr.doc else []) if w]
    if warnings:
        fr.add_message("Lưu ý khi đọc:", *warnings)


def _describe(doc: Document) -> str:
    m = doc.meta
    what = m.doc_type_name or "văn bản"
    return " ".join(x for x in (what, f"số {m.number}" if m.number else "", f"của {m.issuer}" if m.issuer else "") if x)


def is_the_plan(doc: Document, plan: Document) -> bool:
    """The master plan itself, in this format or another (the clerk keeps it with the inbox)."""
    if doc.source.sha256 and doc.source.sha256 == plan.source.sha256:
        return True
    m, p = doc.meta, plan.meta
    return bool(p.number and m.number and m.number.upper() == p.number.upper() and m.doc_type == p.doc_type
                and m.date == p.date and fold(m.issuer or "") == fold(p.issuer or ""))


def _classify(fr: FileResult, plan: Document, holders: list[Holder]) -> None:
    doc = fr.doc
    assert doc is not None
    if is_the_plan(doc, plan):
        fr.role, fr.status = "other", "unrecognized"
        fr.message = "Đây là kế hoạch chung đang rà soát, không phải văn bản của đơn vị."
        return
    fr.cites_plan = doc_cites_plan(doc, plan)
    relevant = fr.cites_plan or on_topic(doc, plan)
    fr.holder, _how = match_sender(doc, holders, plan.meta.issuer, plan.meta.parent_issuer)
    if _how == ELSEWHERE and not fr.cites_plan:
        # a commune of the same name in another province, answering its own province's plan
        fr.role, fr.status = "other", "unrecognized"
        fr.message = (f"Văn bản của đơn vị thuộc địa phương khác ({doc.meta.issuer or ''}"
                      + (f", {doc.meta.parent_issuer}" if doc.meta.parent_issuer else "")
                      + "), không dẫn kế hoạch này: không tính cho đơn vị nào.")
        return
    old = None if fr.cites_plan else cites_earlier_plan(doc, plan)
    if old is not None:
        fr.role, fr.status = "other", "unrecognized"
        when = "/".join(reversed(old.date.split("-"))) if old.date else None
        fr.message = (f"Văn bản thực hiện Kế hoạch số {old.number}" + (f" ngày {when}" if when else "")
                      + f" (kế hoạch năm trước), không phải Kế hoạch số {plan.meta.number}: không tính cho năm nay.")
        return
    kind = doc.meta.doc_type
    if relevant and kind in PLAN_TYPES:
        fr.role = "unit_plan"
    elif relevant and kind in REPORT_TYPES:
        fr.role = "report"
    elif relevant and kind is None and doc.tasks:
        fr.role = "unit_plan"
        fr.message = "Không xác định được loại văn bản; coi là kế hoạch của đơn vị."
    else:
        fr.role = "other"
        if not relevant:
            # read, but not a document of this plan (a letter on another matter from a holder too)
            fr.status = "unrecognized"
            fr.message = ("Văn bản về việc khác, không thuộc kế hoạch này; không tính là kế hoạch hay báo cáo "
                          "của đơn vị." if fr.holder else "Văn bản không thuộc kế hoạch này và không rõ đơn vị gửi.")
        else:
            fr.message = "Văn bản có liên quan đến kế hoạch nhưng không phải kế hoạch hay báo cáo của đơn vị."
    if fr.role in ("unit_plan", "report") and fr.holder is None:
        fr.message = "Không xác định được đơn vị gửi (không có trong danh sách các đơn vị được giao nhiệm vụ)."
    if fr.role in ("unit_plan", "report") and not fr.cites_plan and plan.meta.number:
        fr.add_message("Văn bản không dẫn số kế hoạch chung; xếp theo chủ đề.")


# ---------------------------------------------------------------------------
# the run


@dataclass
class Run:
    plan: Document
    plan_path: Path
    holders: list[Holder]
    files: list[FileResult]
    submissions: list[Submission]
    coverage: list[dict]
    tasks: list[dict]
    due: dict[str, str | None]
    seconds: float = 0.0
    parsed: int = 0  # files read this run
    cached: int = 0  # files whose reading came from the cache
    timings: dict[str, float] = field(default_factory=dict)  # seconds of each stage, for the benchmark
    review: Review | None = None  # the clerk's corrections read back from the spreadsheet
    orphan_fixes: list = field(default_factory=list)  # corrections of duties the plan no longer has


def read_register(path: Path | None) -> dict[str, str]:
    """The office's incoming register: file name -> received date (ISO or dd/mm/yyyy)."""
    if path is None:
        return {}
    from extractors.dates import find_dates

    out: dict[str, str] = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    if not rows:
        return out
    header = [fold(c) for c in rows[0]]
    fcol = next((i for i, h in enumerate(header) if h in ("file", "tep", "ten tep", "tệp")), 0)
    dcol = next((i for i, h in enumerate(header) if "date" in h or "ngay" in h or "received" in h), 1)
    for row in rows[1:]:
        if len(row) <= max(fcol, dcol):
            continue
        raw = row[dcol].strip()
        value = raw if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw) else None
        if value is None:
            hits = find_dates(raw)
            value = hits[0].value if hits else None
        if value:
            out[row[fcol].strip()] = value
    return out


def fingerprint(plan, inbox, roster=None, register=None, plan_due=None, report_due=None,
                exclude: tuple[Path, ...] = ()) -> str:
    """What a run's results depend on: the rules, the plan, every inbox file (name and bytes),
    the roster, the register and the deadlines. Same fingerprint, same results."""
    import hashlib

    from .cache import rules_version
    from .readers import sha256_of

    h = hashlib.sha256()
    h.update(rules_version().encode())
    for path in (plan, roster, register):
        h.update((sha256_of(Path(path)) if path else "-").encode())
    h.update(f"{plan_due}|{report_due}".encode())
    root = Path(inbox).resolve()
    for rel, path in inbox_files(Path(inbox), exclude):
        if links_out(path, root):
            h.update(f"{rel}\0link\n".encode())
            continue
        try:
            h.update(f"{rel}\0{sha256_of(path)}\n".encode())
        except OSError:
            h.update(f"{rel}\0unreadable\n".encode())
    return h.hexdigest()


def holders_for_duty(body_id: str, holders: list[Holder]) -> list[Holder]:
    group = next((h for h in holders if h.body_id == body_id), None)
    if group is None:
        return []
    if group.collective:
        members = [h for h in holders if h.member_of == group.body_id]
        return members or [group]
    return [group]


@contextmanager
def scratch(folder: Path | None):
    """A scratch folder inside ``folder`` that is also every library's temporary folder
    (tempfile, and TMPDIR for LibreOffice and tesseract, which the reading processes inherit)
    while it is open; removed with its content afterwards."""
    import shutil
    import tempfile

    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder))
    saved = tempfile.tempdir, os.environ.get("TMPDIR")
    tempfile.tempdir = os.environ["TMPDIR"] = str(path)
    try:
        yield path
    finally:
        tempfile.tempdir = saved[0]
        if saved[1] is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = saved[1]
        shutil.rmtree(path, ignore_errors=True)


def run_check(plan_path: Path, inbox: Path, roster: Path | None = None, register: Path | None = None,
              plan_due: str | None = None, report_due: str | None = None, jobs: int = 1, progress=None,
              cache_dir: Path | None = None, timeout: float | None = None, review: Review | None = None,
              exclude: tuple[Path, ...] = (), work_dir: Path | None = None, method: str | None = None) -> Run:
    """``exclude``: folders under the inbox that are not part of it (the out folder);
    ``work_dir``: where the run's scratch files go while the files are read (zip archives
    unpacked, LibreOffice's conversions, OCR images): the out folder, so that nothing is
    written anywhere else; the system's temporary folder when not given. Removed afterwards."""
    from .parsing import parse

    t0 = time.time()
    cache = None
    if cache_dir is not None:
        from .cache import FILENAME, Cache

        cache_dir.mkdir(parents=True, exist_ok=True)
        cache = Cache(cache_dir / FILENAME)
    try:
        with scratch(work_dir):
            plan = parse(plan_path)
    except ReadError as exc:
        raise PlanError(exc.detail, f"Không đọc được kế hoạch chung: {exc.message}") from exc
    if not plan.duties:
        raise PlanError("no duties", "Không tìm thấy nhiệm vụ nào được giao trong kế hoạch chung "
                        "(phần \"Tổ chức thực hiện\" hoặc bảng phân công); hãy kiểm tra lại tệp kế hoạch.")
    holders = build_holders(plan.duties, load_roster(roster))
    due = {"plan": plan_due or plan.deadlines.get("plan"), "report": report_due or plan.deadlines.get("report")}
    try:
        from .match import prepare

        with scratch(work_dir) as tmp:
            files = read_inbox(inbox, jobs, progress, timeout=timeout or FILE_TIMEOUT, cache=cache, meanwhile=prepare,
                               exclude=exclude, unpack_dir=tmp / "unpacked", method=method)
        if cache is not None:
            from .match import remember

            remember(cache.get_words())
    except BaseException:
        if cache is not None:
            cache.close()
        raise
    parsed = cache.misses if cache is not None else sum(1 for f in files if f.doc is not None or f.status == "error")
    t_read = time.time()
    register_dates = read_register(register)
    for fr in files:
        if fr.status == "ok" and fr.doc is not None:
            classify(fr, plan, holders)
            fr.received = register_dates.get(fr.rel) or register_dates.get(Path(fr.rel).name)
            for e in fr.extra:
                e.received = fr.received
    for fr in files:
        original = fr.duplicate_of
        if original is not None:  # a copy says what its original says (it is not counted twice)
            fr.doc, fr.role, fr.holder, fr.cites_plan = original.doc, original.role, original.holder, original.cites_plan
            fr.documents = original.documents
    # the clerk's corrections of a file's role and sender come before everything that follows from them
    apply_file_fixes(files, review, holders)

    # submissions: the latest dated document of each kind counts
    received: dict[tuple[str, str], list[FileResult]] = defaultdict(list)
    for fr in (u for f in files for u in f.units()):
        if fr.status == "ok" and fr.holder is not None and fr.role in ("unit_plan", "report"):
            kind = "plan" if fr.role == "unit_plan" else "report"
            received[(fr.holder.body_id, kind)].append(fr)
    submissions: list[Submission] = []
    for h in holders:
        if h.collective and any(m.member_of == h.body_id for m in holders):
            continue  # its members answer for it
        for kind in ("plan", "report"):
            if kind not in h.expected:
                continue
            frs = sorted(received.get((h.body_id, kind), []), key=lambda f: (f.date or "", f.rel))
            counted = frs[-1] if frs else None
            submissions.append(Submission(h, kind, counted, frs[:-1], due[kind]))
            for older in frs[:-1]:  # the clerk sees which version was reviewed
                older.add_message(f"Đơn vị đã gửi bản mới hơn ({counted.rel}); bản này không dùng để rà soát.")
    counted = {(s.holder.body_id, s.kind): s.file for s in submissions}

    t_classify = time.time()
    # coverage
    docs = [s.file.doc for s in submissions if s.file and s.file.doc]
    texts = [d.text for d in plan.duties] + [x for doc in docs for x in task_texts(doc, _tasks(doc))]
    sim = Similarity(texts)
    coverage: list[dict] = []
    for duty in plan.duties:
        for h in holders_for_duty(duty.body_id, holders):
            for kind in ("plan", "report"):
                fr = counted.get((h.body_id, kind))
                row = {"duty_id": duty.id, "body_id": h.body_id, "body": h.name, "kind": kind,
                       "status": "not_submitted", "score": 0.0, "evidence_file": "", "evidence_section": "",
                       "evidence_text": "", "duty_text": duty.text, "parts": "",
                       "evidence_sha256": fr.sha256 if fr is not None else ""}
                if fr is not None and fr.doc is not None:
                    tasks = _tasks(fr.doc)
                    texts = task_texts(fr.doc, tasks)
                    verdict = judge(duty.text, texts, sim, own_plan=kind == "plan" or says_plan_issued(texts))
                    row.update(status=verdict.status, score=verdict.score, parts=f"{verdict.parts_covered}/{verdict.parts_total}")
                    if verdict.task_index is not None and verdict.status != "missing":
                        task = tasks[verdict.task_index]
                        row.update(evidence_file=fr.rel, evidence_section=task.section, evidence_text=task.text)
                    elif fr is not None:
                        row.update(evidence_file=fr.rel)
                coverage.append(row)
    orphan_fixes = apply_verdicts(coverage, review)
    t_coverage = time.time()

    # tasks and orphans
    task_rows: list[dict] = []
    for fr in (u for f in files for u in f.units()):
        if fr.status != "ok" or fr.doc is None or fr.role not in ("unit_plan", "report"):
            continue
        kind = "plan" if fr.role == "unit_plan" else "report"
        own = [d for d in plan.duties if fr.holder and (
            d.body_id == fr.holder.body_id or d.body_id == fr.holder.member_of)]
        tasks = _tasks(fr.doc)
        assigned = (assign_tasks([d.text for d in own], task_texts(fr.doc, tasks), sim) if own
                    else [(None, 0.0)] * len(tasks))
        for t, (j, score) in zip(tasks, assigned):
            task_rows.append({"file": fr.rel, "body_id": fr.holder.body_id if fr.holder else "", "kind": kind,
                              "task_id": t.id, "section": t.section, "text": t.text, "when": t.when or "",
                              "duty_id": own[j].id if j is not None else "", "score": score})
    if cache is not None:
        from .match import segmented

        cache.put_words(segmented())
        cache.close()
    end = time.time()
    timings = {"read": round(t_read - t0, 2), "classify": round(t_classify - t_read, 2),
               "coverage": round(t_coverage - t_classify, 2), "tasks": round(end - t_coverage, 2)}
    return Run(plan, plan_path, holders, files, submissions, coverage, task_rows, due, end - t0,
               parsed=parsed, cached=cache.hits if cache is not None else 0, review=review, orphan_fixes=orphan_fixes,
               timings=timings)


def _section_titles(doc: Document) -> dict[str, str]:
    out: dict[str, str] = {}

    def walk(sections) -> None:
        for s in sections:
            out[s.id] = s.title
            walk(s.children)

    walk(doc.sections)
    return out


def task_texts(doc: Document, tasks) -> list[str]:
    """What a unit's activity is compared on: its text, with the heading it stands under
    ("1. Tuyên truyền trên các phương tiện thông tin đại chúng" / "Duy trì chuyên mục …")."""
    titles = _section_titles(doc)
    out = []
    for t in tasks:
        title = titles.get(t.section, "")
        out.append(f"{title}. {t.text}" if title and title != t.text and len(title) < 200 else t.text)
    return out


def _tasks(doc: Document):
    from .model import Task

    if doc.tasks:
        return doc.tasks
    # a document without sections: its paragraphs are its activities
    return [Task(id=f"p-{i}", section="", text=p) for i, p in enumerate(doc.preamble, start=1)]
