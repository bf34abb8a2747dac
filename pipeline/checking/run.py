"""The main job: read the master plan and the inbox, decide who sent what, when,
and which duties each holder's own plan and report took up.

read (in isolation, ``isolation``) -> classify and attribute each file (``classify``) ->
submissions -> coverage and orphans (``coverage``) -> a ``Run`` (``runmodel``), which the
writers turn into tables. Every inbox file gets a row whatever happens to it.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from ..errors import ReadError
from ..review import Review, apply_file_fixes, apply_target_fixes, apply_verdicts
from ..extract import own_due, report_due, year_of, yearly_due
from ..runmodel import FileResult, FileStatus, Role, Run
from . import confidence
from . import coverage as cov
from .classify import archive_companions, archive_summaries, classify, appendix_pieces, continuation_pages
from .extensions import extend_everyone, extend_units, extensions
from .holders import build_holders, load_roster
from .inbox import inbox_files, links_out, read_inbox, read_register
from .isolation import LocalPool, Reader
from .options import CheckOptions
from .targets import judge_targets, planned_short


class PlanError(ReadError):
    code = "plan"


@contextmanager
def scratch(folder: Path | None):
    """A scratch folder for the run inside ``folder`` (the system's temporary folder when
    None), removed with its content afterwards. It is handed to the reading processes, which
    make it their temporary folder; this process's own is left alone."""
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    # absolute: the readers hand it to LibreOffice as a file URI, and a relative --out
    # ("--out KET-QUA") has none
    path = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder)).resolve()
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def fingerprint(options: CheckOptions) -> str:
    """What a run's results depend on: the rules, the plan, every inbox file (name and bytes),
    the roster, the register and the deadlines. Same fingerprint, same results."""
    import hashlib

    from ..cache import rules_version
    from ..readers import sha256_of

    h = hashlib.sha256()
    h.update(rules_version().encode())
    for path in (options.plan, options.roster, options.register):
        h.update((sha256_of(Path(path)) if path else "-").encode())
    h.update(f"{options.plan_due}|{options.report_due}".encode())
    root = Path(options.inbox).resolve()
    for rel, path in inbox_files(Path(options.inbox), options.exclude):
        if links_out(path, root):
            h.update(f"{rel}\0link\n".encode())
            continue
        try:
            h.update(f"{rel}\0{sha256_of(path)}\n".encode())
        except OSError:
            h.update(f"{rel}\0unreadable\n".encode())
    return h.hexdigest()


def read_plan(reader: Reader, path: Path):
    """The master plan, with its duties, or a PlanError the clerk can act on."""
    doc, _code, message = reader.read_plan(path)
    if doc is None:
        raise PlanError(str(path), f"Không đọc được kế hoạch chung: {message}")
    if not doc.duties:
        raise PlanError("no duties", "Không tìm thấy nhiệm vụ nào được giao trong kế hoạch chung "
                        "(phần \"Tổ chức thực hiện\" hoặc bảng phân công); hãy kiểm tra lại tệp kế hoạch.")
    return doc


def attribute(files: list[FileResult], plan, holders, register: Path | None, review: Review | None) -> None:
    """Role, sender and received date of every file read; copies say what their originals
    say; then the clerk's corrections of roles and senders, which everything after follows."""
    register_dates = read_register(register)
    for fr in files:
        if fr.status == FileStatus.OK and fr.doc is not None:
            classify(fr, plan, holders)
            fr.received = register_dates.get(fr.rel) or register_dates.get(Path(fr.rel).name)
            for e in fr.extra:
                e.received = fr.received
    for fr in files:
        original = fr.duplicate_of
        if original is not None:  # a copy says what its original says (it is not counted twice)
            fr.doc, fr.role, fr.holder, fr.cites_plan = original.doc, original.role, original.holder, original.cites_plan
            fr.general = original.general
            fr.documents = original.documents
    continuation_pages(files)
    appendix_pieces(files, plan)
    archive_companions(files)
    apply_file_fixes(files, review, holders)
    archive_summaries(files)


def expected_kinds(plan, options: CheckOptions) -> tuple[str, ...]:
    """What the holders are to send: their plans and reports, or only reports when the master
    document sets no date for unit plans and none of its duties asks a holder for a plan of its
    own (a công văn "… báo cáo kết quả thực hiện về UBND huyện trước ngày 21/6/2024": asking for
    plans it never asked for would chase every unit in the reminder letters)."""
    from .similarity import asks_for_own_plan, parts

    if options.plan_due or plan.deadlines.get("plan"):
        return ("plan", "report")
    if any(asks_for_own_plan(p) for d in plan.duties for p in parts(d.text)):
        return ("plan", "report")
    return ("report",)


def earlier_years(files: list[FileResult], plan) -> None:
    """A multi-year plan reported on every year ("báo cáo … trước ngày 10/12 hằng năm"): the round
    is the latest year its reports are for, and a report of an earlier year (last year's report
    sent again) is not this round's: it is set aside with a message, not counted."""
    if "report" not in plan.yearly_deadlines:
        return
    reports = [u for f in files for u in f.units() if u.doc is not None and u.role == Role.REPORT
               and u.status == FileStatus.OK and u.duplicate_of is None]
    settled = {id(r) for r in reports if r.clerk_fix is not None}  # what the clerk said stands
    years = {id(r): year_of(r.doc) for r in reports}
    known = [y for y in years.values() if y]
    if len(known) < 2:
        return
    latest = max(known)
    for r in reports:
        if years[id(r)] and years[id(r)] < latest and id(r) not in settled:
            r.role, r.status = Role.OTHER, FileStatus.UNRECOGNIZED
            r.add_message(f"Báo cáo năm {years[id(r)]}, không phải của năm {latest} (năm các báo cáo khác gửi về); "
                          "không tính là báo cáo của đơn vị trong đợt này.")


def run_check(options: CheckOptions, review: Review | None = None, progress=None,
              reader: Reader | None = None) -> Run:
    """The whole job on ``options``; ``review``: the clerk's corrections to take in;
    ``reader``: the reading executor (default: a ``LocalPool`` of ``options.jobs`` processes)."""
    from .. import ruleset
    from .similarity import prepare

    ruleset.use(options.rules)
    t0 = time.time()
    cache = _open_cache(options.cache_dir)
    try:
        with scratch(options.work_dir) as tmp:
            pool = reader or make_reader(options, tmp)
            try:
                plan = read_plan(pool, options.plan)
                holders = build_holders(plan.duties, load_roster(options.roster), expected_kinds(plan, options),
                                        plan.targets)
                files = read_inbox(options.inbox, pool, progress, cache=cache, meanwhile=prepare,
                                   exclude=options.exclude, unpack_dir=tmp / "unpacked")
            finally:
                if reader is None:
                    pool.shutdown()
    except BaseException:
        if cache is not None:
            cache.close()
        raise
    parsed = cache.misses if cache is not None else sum(1 for f in files if f.doc is not None or f.status == "error")
    due = {"plan": options.plan_due or plan.deadlines.get("plan"),
           "report": options.report_due or plan.deadlines.get("report")}
    t_read = time.time()
    attribute(files, plan, holders, options.register, review)
    moved = extensions(files, plan, holders)  # (the issuer's letters in the inbox that give more time)
    fixed = tuple(k for k, v in (("plan", options.plan_due), ("report", options.report_due)) if v)
    extend_everyone(moved, due, holders, fixed)
    for fr in (u for f in files for u in f.units()):  # (a deadline the clerk gives holds for every file)
        if fr.doc is not None and fr.role == Role.REPORT and not options.report_due:
            fr.due = own_due(fr, plan) or report_due(fr.doc, plan, due["report"])
        elif fr.doc is not None and fr.role == Role.UNIT_PLAN and not options.plan_due:
            fr.due = yearly_due(fr.doc, plan, "plan")  # a multi-year plan's "trước ngày 31/01 hằng năm"
    extend_units(moved, files, fixed)
    earlier_years(files, plan)
    subs = cov.submissions(files, holders, due, None if options.report_due else {b: v[0] for b, v in plan.unit_deadlines.items()})
    t_classify = time.time()
    sim = cov.similarity(plan, subs, cache.get_words() if cache is not None else None)
    coverage = cov.coverage(plan, holders, subs, sim)
    target_verdicts, results = judge_targets(plan, holders, subs)
    cov.short_of_targets(coverage, plan, target_verdicts, planned_short(plan, subs))
    confidence.mark(coverage)
    orphan_fixes = apply_verdicts(coverage, review)
    t_coverage = time.time()
    tasks = cov.task_rows(plan, files, sim)
    apply_target_fixes(target_verdicts, review)
    if cache is not None:
        cache.put_words(sim.known)
        cache.close()
    end = time.time()
    timings = {"read": round(t_read - t0, 2), "classify": round(t_classify - t_read, 2),
               "coverage": round(t_coverage - t_classify, 2), "tasks": round(end - t_coverage, 2)}
    return Run(plan, options.plan, holders, files, subs, coverage, tasks, due, end - t0,
               parsed=parsed, cached=cache.hits if cache is not None else 0, review=review, orphan_fixes=orphan_fixes,
               timings=timings, targets=target_verdicts, results=results)


def make_reader(options: CheckOptions, tmp: Path) -> Reader:
    """The reading executor ``options`` ask for: a pool of processes here, or a Dask cluster."""
    if options.executor == "dask":
        from .cluster import DaskReader

        return DaskReader(options.scheduler, workers=options.jobs, timeout=options.timeout, files=options.cluster_files,
                          rules=options.rules)
    return LocalPool(options.jobs, options.timeout, scratch=tmp, method=options.method)


def _open_cache(folder: Path | None):
    if folder is None:
        return None
    from ..cache import FILENAME, Cache

    folder.mkdir(parents=True, exist_ok=True)
    return Cache(folder / FILENAME)
