"""Build corpus/twenty-third (UBND huyện Krông Bông, Đắk Lắk: phòng cháy, chữa cháy rừng mùa
khô 2024 - 2025; replies full of deferrals, status tables, paraphrase and boilerplate).

Sources are typed as in corpus/third (header columns one after the other, type and title, body
one paragraph a line, "Nơi nhận:", signature); " | " lines are Word tables (corpus/fourth's
style). Everything is rendered by the shared corpus/render.py from render.yaml; nothing new is
drawn here (docx, pdf via LibreOffice, one scanned page, the yaml "biểu mẫu" workbook).

Run:  /work/main/.venv/bin/python corpus/twenty-third/build.py
DOCX and XLSX bytes are deterministic; the PDFs carry LibreOffice's dates.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = render.set_paths(__file__)

if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
