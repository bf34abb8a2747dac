"""The command line (thin: argument handling and printing only).

Exit status (CONTRACT.md): 0 done; 2 usage error or a file that cannot be
read, with a one-line Vietnamese message on stderr; 1 internal error. No
traceback reaches the user unless ``--debug``.
"""

from __future__ import annotations

import json
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
    if not report.documents:
        typer.echo(f"Lỗi: không có tệp .gold.json nào trong {directory}", err=True)
        raise typer.Exit(2)
    typer.echo(format_report(report, verbose=verbose))


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("Đã dừng theo yêu cầu.", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
