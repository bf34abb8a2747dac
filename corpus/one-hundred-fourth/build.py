#!/usr/bin/env python3
"""Build corpus/one-hundred-fourth (Tổng công ty Điện lực miền Trung: Kế hoạch 268/KH-EVNCPC ngày
22/01/2026, giảm tổn thất điện năng năm 2026 tại các Công ty Điện lực Quảng Trị, Quảng Ngãi, Gia
Lai, Đắk Lắk; a State-owned corporation's plan to its own Ban, subsidiaries and trade union, and
their plans, reports, a Tờ trình, an e-mail and an internal notice) from src/.

Everything generic is corpus/render.py's (render.yaml names the renderers: docx, doc, scan,
xlsx-report); the fixed-date text PDF is corpus/twenty-fifth's fixed_pdf, loaded by path. New here:
  eml   an e-mail saved from the mail client (src/*-mail.yaml: from, to, date, subject, message_id,
        body, attachments), written with Python's email package; each attachment is rendered from
        its own source by a render.py renderer ("docx") or fixed_pdf ("pdf"). Boundaries, dates
        and the DOCX inside are fixed, so the bytes are deterministic (after corpus/forty-third).
Run:  /work/main/.venv/bin/python corpus/one-hundred-fourth/build.py   (= corpus/render.py one-hundred-fourth)
"""
import os
import shutil
import sys
import tempfile
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage

import yaml

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import render as R  # noqa: E402  corpus/render.py

HERE, SRC, LO_PROFILE = R.set_paths(__file__)
T25 = R.set_module(os.path.join(os.path.dirname(HERE), "twenty-fifth"), "build")
fixed_pdf = T25.fixed_pdf

MIME = {".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ".pdf": ("application", "pdf")}
MAILER = "Microsoft Outlook 16.0"


def _address(pair):
    name, addr = pair
    user, domain = addr.split("@")
    return Address(display_name=name, username=user, domain=domain)


def _rendered(spec, profile):
    """The bytes of one attachment rendered from its source."""
    tmp = tempfile.mkdtemp(prefix="render-104-")
    try:
        out = os.path.join(tmp, spec["name"])
        opts = {k: R._option(v) for k, v in spec.get("options", {}).items()}
        src = os.path.join(SRC, spec["source"])
        if spec["renderer"] == "pdf":
            fixed_pdf(src, out, profile, **opts)
        else:
            R.RENDERERS[spec["renderer"]](src, out, **opts)
        with open(out, "rb") as fh:
            return fh.read()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def eml(src, out, profile=None, **_):
    with open(src, encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    msg = EmailMessage(policy=policy.SMTP)
    msg["Date"] = spec["date"]
    msg["From"] = _address(spec["from"])
    msg["To"] = [_address(p) for p in spec["to"]]
    msg["Message-ID"] = spec["message_id"]
    msg["Subject"] = spec["subject"]
    msg["MIME-Version"] = "1.0"
    msg["X-Mailer"] = MAILER
    msg.set_content(spec["body"].rstrip("\n") + "\n", cte="quoted-printable")
    for att in spec.get("attachments", []):
        maintype, subtype = MIME[os.path.splitext(att["name"])[1].lower()]
        msg.add_attachment(_rendered(att, profile), maintype=maintype, subtype=subtype, filename=att["name"])
    for part in msg.iter_attachments():
        del part["MIME-Version"]   # a mail client writes it once, at the top
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_NextPart_%03d_%s" % (n, "01DCEB0A.7C41F2E0"))
    with open(out, "wb") as fh:
        fh.write(bytes(msg))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
