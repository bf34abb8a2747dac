"""``rasoat serve``: the clerk's page in the browser (FastAPI, Jinja2, htmx), over the same
Python API as the command line. ``create_app(data, password)`` builds it; ``serve`` runs it."""

from __future__ import annotations

from pathlib import Path


def serve(data: Path, host: str = "127.0.0.1", port: int = 8765, password: str | None = None) -> None:
    import uvicorn

    from .app import create_app

    app = create_app(Path(data), password)
    uvicorn.run(app, host=host, port=port, log_level="warning")
