"""Build corpus/twenty-sixth (Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng
phong trào toàn dân bảo vệ an ninh Tổ quốc huyện Châu Phú, An Giang: Kế hoạch 05/KH-BCĐ năm
2023 and its replies: the standing body's long report, a status table, a commune's six-month
report with its "phương hướng", deferrals, a scanned commune plan, a duplicate).

Sources are typed as in corpus/third (header columns one after the other, type and title, body
one paragraph a line, "Nơi nhận:", signature); " | " lines are Word tables (corpus/fourth's
style). Everything is rendered by the shared corpus/render.py from render.yaml; nothing new is
drawn here.

Run:  /work/main/.venv/bin/python corpus/twenty-sixth/build.py
DOCX bytes are deterministic; the PDF, .doc and .odt carry LibreOffice's dates.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = render.set_paths(__file__)

if __name__ == "__main__":
    sys.exit(render.main([HERE] + sys.argv[1:]))
