"""The command line (thin: argument handling and printing only).

Exit status (CONTRACT.md): 0 done; 2 usage error or a file that cannot be
read, with a one-line Vietnamese message on stderr; 1 internal error. No
traceback reaches the user unless ``--debug``.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path

import typer

from .errors import ReadError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="rasoat: rà soát kế hoạch và báo cáo của các đơn vị theo kế hoạch chung.",
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    """rasoat: rà soát kế hoạch và báo cáo của các đơn vị theo kế hoạch chung."""


DEBUG = typer.Option(False, "--debug", help="Show the technical detail and traceback of errors.")


def _fail(exc: BaseException, debug: bool) -> None:
    if isinstance(exc, ReadError):
        typer.echo(f"Lỗi: {exc.message}", err=True)
        if debug:
            typer.echo(f"[{exc.code}] {exc.detail}", err=True)
            traceback.print_exc()
        raise typer.Exit(2)
    typer.echo(
        f"Lỗi nội bộ của chương trình ({type(exc).__name__}). Chạy lại với --debug để xem chi tiết "
        "và gửi cho người phát triển.",
        err=True,
    )
    if debug:
        traceback.print_exc()
    raise typer.Exit(1)


def _hints(block) -> str:
    tags = []
    if block.page:
        tags.append(f"p{block.page}")
    if block.part != "body":
        tags.append(block.part)
    if block.kind == "table":
        tags.append(f"table {len(block.rows or [])}x{max((len(r) for r in block.rows or [[]]), default=0)}")
    if block.style and block.style not in ("Normal", "Body Text"):
        tags.append(f"style={block.style}")
    if block.numbering:
        tags.append(f"auto={block.numbering}")
    for flag in ("bold", "italic", "caps", "ocr"):
        if getattr(block, flag):
            tags.append(flag)
    if block.align and block.align not in ("left", "justify"):
        tags.append(block.align)
    if block.column:
        tags.append(f"col={block.column}")
    return "[" + " ".join(tags) + "]" if tags else ""


@app.command()
def parse(
    file: Path = typer.Argument(..., help="The document to read."),
    as_json: bool = typer.Option(False, "--json", help="Print the Document object (CONTRACT.md) as JSON."),
    debug: bool = DEBUG,
) -> None:
    """Read one document and print its text with its structure hints."""
    from .parsing import parse as parse_file

    try:
        doc = parse_file(file)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a message
        _fail(exc, debug)
        return
    if as_json:
        typer.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
        return
    src = doc.source
    typer.echo(f"# {src.file}")
    typer.echo(
        f"# format={src.format} pages={src.pages} ocr_pages={src.ocr_pages} encoding={src.encoding}"
    )
    for warning in src.warnings:
        typer.echo(f"# ! {warning}")
    for block in doc.blocks:
        hints = _hints(block)
        if block.kind == "table":
            typer.echo(hints)
            for row in block.rows or []:
                typer.echo("  | " + " | ".join(c.replace("\n", " / ") for c in row))
        else:
            typer.echo(f"{hints} {block.text}" if hints else block.text)


def _iso_date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    import re

    from extractors.dates import find_dates

    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return value.strip()
    hits = find_dates(value)
    if hits and hits[0].value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", hits[0].value):
        return hits[0].value
    typer.echo(f"Lỗi: {option} cần một ngày, ví dụ 2023-02-25 hoặc 25/02/2023 (nhận được: {value!r}).", err=True)
    raise typer.Exit(2)


@app.command()
def check(
    plan: Path = typer.Option(..., "--plan", help="The master plan (any supported format)."),
    inbox: Path = typer.Option(..., "--inbox", help="The folder of received files (read recursively)."),
    out: Path = typer.Option(..., "--out", help="Where to write the tables and coverage.xlsx."),
    roster: Path = typer.Option(None, "--roster", help="YAML list of bodies: names, aliases, members, expected."),
    register: Path = typer.Option(None, "--register", help="CSV of the incoming register: file, received date."),
    plan_due: str = typer.Option(None, "--plan-due", help="Deadline for unit plans (overrides the plan's)."),
    report_due: str = typer.Option(None, "--report-due", help="Deadline for reports (overrides the plan's)."),
    jobs: int = typer.Option(None, "--jobs", help="Files read in parallel (default: the CPU count)."),
    quiet: bool = typer.Option(False, "--quiet", help="No progress output."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Read every file again, ignoring earlier runs."),
    timeout: float = typer.Option(None, "--timeout", help="Seconds one file may take before it is given up."),
    review: Path = typer.Option(None, "--review", help="A coverage.xlsx with the clerk's corrections to take in "
                                "(default: the one in --out)."),
    rules: Path = typer.Option(None, "--rules", help="A folder of the office's own rule files (same names as "
                               "pipeline/rules/), each replacing the shipped one."),
    executor: str = typer.Option("local", "--executor", help="Who reads the files: local (processes on this machine) "
                                 "or dask (a Dask cluster; README, Running on a cluster)."),
    scheduler: str = typer.Option(None, "--scheduler", help="With --executor dask: the scheduler's address, e.g. "
                                  "tcp://10.0.0.5:8786 (default: a cluster of --jobs workers on this machine)."),
    cluster_files: str = typer.Option("auto", "--cluster-files", help="With --executor dask: how workers get the "
                                      "files: shared (same path on every worker), send (the bytes) or auto (probe)."),
    debug: bool = DEBUG,
) -> None:
    """The main job: who sent what, when, and which duties each holder took up."""
    from .api import check_options
    from .checking import CheckOptions
    from .progress import Progress

    for path, what in ((plan, "Tệp kế hoạch chung"), (roster, "Tệp danh sách đơn vị"), (register, "Tệp sổ văn bản đến"),
                       (review, "Bảng tính có kết luận của cán bộ (--review)")):
        if path is not None and not path.is_file():
            typer.echo(f"Lỗi: {what} không tồn tại: {path}", err=True)
            raise typer.Exit(2)
    if not inbox.is_dir():
        typer.echo(f"Lỗi: thư mục văn bản đến không tồn tại: {inbox}", err=True)
        raise typer.Exit(2)
    if jobs is not None and jobs < 1:
        typer.echo("Lỗi: --jobs phải là số nguyên dương.", err=True)
        raise typer.Exit(2)
    for value, option, allowed in ((executor, "--executor", ("local", "dask")),
                                   (cluster_files, "--cluster-files", ("auto", "shared", "send"))):
        if value not in allowed:
            typer.echo(f"Lỗi: {option} nhận một trong {', '.join(allowed)} (nhận được: {value!r}).", err=True)
            raise typer.Exit(2)
    if scheduler and executor != "dask":
        typer.echo("Lỗi: --scheduler chỉ dùng cùng --executor dask.", err=True)
        raise typer.Exit(2)
    plan_due = _iso_date(plan_due, "--plan-due")
    report_due = _iso_date(report_due, "--report-due")
    if rules is not None:
        from .ruleset import RulesError, use

        try:
            use(rules)
        except RulesError as exc:
            typer.echo(f"Lỗi: {exc}", err=True)
            raise typer.Exit(2) from None
    try:
        options = CheckOptions(plan, inbox, roster=roster, register=register, plan_due=plan_due,
                               report_due=report_due, jobs=jobs, timeout=timeout, rules=rules, executor=executor,
                               scheduler=scheduler, cluster_files=cluster_files)
        info = check_options(options, out, progress=Progress(quiet), use_cache=not no_cache, review=review)
    except Exception as exc:  # noqa: BLE001
        _fail(exc, debug)
        return
    if not quiet:
        f = info["files"]
        typer.echo(
            f"Đã đọc {f['total']} tệp ({f['ok']} đọc được, {f['duplicate']} trùng, {f['error']} lỗi, "
            f"{f['unrecognized']} không thuộc kế hoạch). {info['duties']} nhiệm vụ của {info['holders']} đơn vị."
        )
        p, r = info["submissions"]["plan"], info["submissions"]["report"]
        typer.echo(f"Kế hoạch đơn vị: đã nhận {p['received']}, chưa nhận {p['missing']}, trễ hạn {p['late']}. "
                   f"Báo cáo: đã nhận {r['received']}, chưa nhận {r['missing']}, trễ hạn {r['late']}.")
        ch = info.get("changes") or {}
        if ch.get("previous_run"):
            typer.echo(f"So với lần chạy trước ({ch['previous_run']}): {len(ch['new_files'])} tệp mới, "
                       f"{len(ch['newly_received'])} văn bản mới nhận, {len(ch['newly_covered'])} nhiệm vụ mới được "
                       f"đưa vào, {len(ch['still_missing'])} văn bản vẫn chưa nhận.")
        rv = info.get("review") or {}
        if rv.get("verdicts_reviewed") or rv.get("files_corrected") or rv.get("needs_review") or rv.get("orphaned"):
            typer.echo(f"Kết luận của cán bộ: {rv['verdicts_corrected']} kết luận sửa, {rv['verdicts_confirmed']} "
                       f"xác nhận, {rv['files_corrected']} tệp sửa loại/đơn vị gửi, {rv['needs_review']} cần xem lại"
                       + (f", {rv['orphaned']} không còn khớp với kế hoạch" if rv.get("orphaned") else "") + ".")
        for warning in rv.get("warnings") or []:
            typer.echo(f"Lưu ý: {warning}")
        if rv.get("error"):
            typer.echo(f"Lưu ý: {rv['error']} Tệp cũ được giữ nguyên; bảng mới ghi vào {out / rv['written_to']}.",
                       err=True)
        else:
            typer.echo(f"Bảng tổng hợp: {out / 'coverage.xlsx'}")


@app.command()
def demo(
    jobs: int = typer.Option(None, "--jobs", help="Files read in parallel (default: the CPU count)."),
    quiet: bool = typer.Option(False, "--quiet"),
    debug: bool = DEBUG,
) -> None:
    """Run check on the sample corpus shipped in corpus/demo, into outputs/demo/."""
    root = Path(__file__).resolve().parents[1]
    demo_dir = root / "corpus" / "demo"
    plans = sorted((demo_dir / "plan").glob("*.docx")) or sorted((demo_dir / "plan").glob("*"))
    if not plans:
        typer.echo(f"Lỗi: không có kế hoạch mẫu trong {demo_dir / 'plan'}", err=True)
        raise typer.Exit(2)
    roster = demo_dir / "roster.yaml"
    check(plan=plans[0], inbox=demo_dir / "inbox", out=root / "outputs" / "demo",
          roster=roster if roster.exists() else None, register=None, plan_due=None, report_due=None,
          jobs=jobs, quiet=quiet, no_cache=False, timeout=None, review=None, rules=None, executor="local",
          scheduler=None, cluster_files="auto", debug=debug)


@app.command()
def diff(
    old_plan: Path = typer.Argument(..., help="Last year's plan."),
    new_plan: Path = typer.Argument(..., help="This year's plan."),
    out: Path = typer.Option(None, "--out", help="Write diff.csv and diff.xlsx here."),
    debug: bool = DEBUG,
) -> None:
    """Compare the duties of two plans: added, removed, changed, reworded, split."""
    from rich.console import Console
    from rich.table import Table

    from .diff import diff_duties, diff_targets, write_diff
    from .parsing import parse as parse_file

    try:
        old_doc, new_doc = parse_file(old_plan), parse_file(new_plan)
        changes = diff_duties(old_doc.duties, new_doc.duties)
        target_changes = diff_targets(old_doc.targets, new_doc.targets)
        if out is not None:
            write_diff(changes, out, target_changes)
    except Exception as exc:  # noqa: BLE001
        _fail(exc, debug)
        return
    vi = {"added": "thêm mới", "removed": "bỏ", "changed": "thay đổi", "reworded": "diễn đạt lại", "split": "tách",
          "renamed_holder": "đơn vị đổi tên, hợp nhất", "renewed": "giữ nguyên (chỉ đổi năm)"}
    table = Table(title=f"Nhiệm vụ: {old_doc.meta.number or old_plan.name} → {new_doc.meta.number or new_plan.name}")
    for col in ("Thay đổi", "Đơn vị", "Mã cũ", "Mã mới", "Nội dung"):
        table.add_column(col, overflow="fold")
    for c in changes:
        r = c.row()
        text = r["new_text"] or r["old_text"]
        table.add_row(vi[r["change"]], r["body"], r["old_duty_id"], r["new_duty_id"], text[:160])
    Console(width=160).print(table)
    counts = {k: sum(1 for c in changes if c.change == k) for k in vi}
    typer.echo(", ".join(f"{vi[k]}: {v}" for k, v in counts.items()))
    if target_changes:
        table = Table(title="Chỉ tiêu")
        for col in ("Thay đổi", "Đơn vị", "Năm trước", "Năm nay", "Chỉ tiêu"):
            table.add_column(col, overflow="fold")
        for c in target_changes:
            r = c.row()
            table.add_row(vi[r["change"]] + (f" ({r['what']})" if r["what"] else ""), r["body"] or "toàn địa bàn",
                          r["old"], r["new"], (r["new_text"] or r["old_text"])[:120])
        Console(width=160).print(table)
    if out is not None:
        typer.echo(f"Đã ghi: {out / 'diff.csv'}, {out / 'diff-targets.csv'}, {out / 'diff.xlsx'}")


@app.command()
def report(
    run: Path = typer.Option(..., "--run", help="The out folder of a check run."),
    issuer: str = typer.Option(None, "--issuer", help="The issuing body (default: the master plan's issuer)."),
    parent: str = typer.Option(None, "--parent", help="Its parent body (default: the plan's)."),
    number: str = typer.Option(None, "--number", help="Số, ký hiệu of the report (default: a placeholder)."),
    signer: str = typer.Option(None, "--signer", help="The signer's name (default: a placeholder)."),
    by: str = typer.Option(None, "--by", help="The date the reminders ask units to send by."),
    only: list[str] = typer.Option(None, "--only", help="Only these documents: bao-cao-tong-hop or a body_id."),
    templates: Path = typer.Option(None, "--templates", help="A folder of templates that replace the built-in ones."),
    debug: bool = DEBUG,
) -> None:
    """Draft the summary report and the reminder letters from a check run."""
    from .report import draft

    if not run.is_dir():
        typer.echo(f"Lỗi: không có thư mục kết quả {run}; hãy chạy rasoat check trước.", err=True)
        raise typer.Exit(2)
    by = _iso_date(by, "--by")
    try:
        written = draft(run, issuer=issuer, parent=parent, number=number, signer=signer, by=by, only=only or None,
                        templates=templates)
    except Exception as exc:  # noqa: BLE001
        _fail(exc, debug)
        return
    for path in written:
        typer.echo(f"Đã soạn: {path}")


@app.command("eval")
def eval_command(
    directory: Path = typer.Argument(None, help="Folder with documents and their .gold.json (default: corpus/)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every difference from the gold."),
    debug: bool = DEBUG,
) -> None:
    """Score the program against the gold annotations of the corpus."""
    from .evaluate import evaluate, format_report

    directory = directory or Path(__file__).resolve().parents[1] / "corpus"
    if not directory.is_dir():
        typer.echo(f"Lỗi: không có thư mục {directory}", err=True)
        raise typer.Exit(2)
    try:
        report = evaluate(directory)
    except Exception as exc:  # noqa: BLE001
        _fail(exc, debug)
        return
    from .evaluate import check_gold_files, evaluate_check, format_check_report, format_check_total

    check_golds = check_gold_files(directory)
    diff_golds = sorted(directory.rglob("diff.gold.json"))
    if not report.documents and not check_golds and not diff_golds:
        typer.echo(f"Lỗi: không có tệp .gold.json hay gold.json nào trong {directory}", err=True)
        raise typer.Exit(2)
    if report.documents:
        typer.echo(format_report(report, verbose=verbose))
    from .evaluate import evaluate_diff, format_diff_report

    for gold in diff_golds:
        typer.echo("")
        typer.echo(format_diff_report(gold.parent.name, evaluate_diff(gold)))
    checks = []
    for gold in check_golds:
        typer.echo("")
        try:
            checks.append(evaluate_check(gold, jobs=os.cpu_count() or 1))
            typer.echo(format_check_report(checks[-1], verbose=verbose))
        except Exception as exc:  # noqa: BLE001
            _fail(exc, debug)
    if len(checks) > 1:
        typer.echo("\n" + format_check_total(checks))
    from .evaluate import Score, evaluate_targets, format_target_report, target_gold_files

    total = Score()
    for folder, gold in target_gold_files(directory):
        result = evaluate_targets(folder, gold)
        total.add(result.score)
        typer.echo(format_target_report(result, verbose=verbose))
    if total.tp + total.fn:
        typer.echo(f"targets, all sets: P={total.precision:.3f} R={total.recall:.3f} F1={total.f1:.3f}")


@app.command()
def serve(
    data: Path = typer.Option(Path("rasoat-data"), "--data", help="The folder that keeps every review round."),
    host: str = typer.Option("127.0.0.1", "--host", help="The address to listen on (127.0.0.1: this computer only)."),
    port: int = typer.Option(8765, "--port", help="The port of the page."),
    password: str = typer.Option(None, "--password", envvar="RASOAT_PASSWORD",
                                 help="Required to listen beyond this computer; also from RASOAT_PASSWORD."),
) -> None:
    """The clerk's page in the browser: rounds, uploads, the check, results, corrections, downloads."""
    from .web import serve as run_server

    if host not in ("127.0.0.1", "localhost", "::1") and not password:
        typer.echo("Lỗi: trang chỉ được mở cho các máy khác (--host) khi có mật khẩu: thêm --password hoặc đặt "
                   "biến môi trường RASOAT_PASSWORD.", err=True)
        raise typer.Exit(2)
    data.mkdir(parents=True, exist_ok=True)
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    typer.echo(f"Mở trình duyệt tại địa chỉ: http://{shown}:{port}/   (dữ liệu lưu ở {data.resolve()}; "
               "nhấn Ctrl+C để dừng)")
    run_server(data, host, port, password)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("Đã dừng theo yêu cầu.", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
