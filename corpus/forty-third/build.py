"""Build corpus/forty-third (huyện Bố Trạch, tỉnh Quảng Bình: Kế hoạch 94/KH-UBND ngày 11/4/2024,
Tháng hành động về an toàn, vệ sinh lao động năm 2024; the units' replies saved from the mail
client as .eml files).

Everything generic is corpus/render.py's (render.yaml names the renderers); the fixed-date PDF is
corpus/twenty-fifth's (fixed_pdf), loaded by path. New here:
  eml   an e-mail (src/mail-*.yaml: from, to, date, subject, message_id, body or body_source,
        html, text_cte, attachments) written with Python's email package (EmailMessage, bytes()).
        Each attachment is rendered from its own source by a render.py renderer ("docx", or
        "pdf" = fixed_pdf), or is a .zip holding rendered files, or an empty file (0 bytes).
        Boundaries and dates are fixed, so the bytes are deterministic.
Run:  /work/main/.venv/bin/python corpus/forty-third/build.py
"""
import html
import io
import os
import shutil
import sys
import tempfile
import zipfile
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
        ".pdf": ("application", "pdf"), ".zip": ("application", "x-zip-compressed")}
MAILER = "Zimbra 8.8.15_GA_4562 (ZimbraWebClient - GC124 (Win)/8.8.15_GA_4545)"


def _address(pair):
    name, addr = pair
    user, domain = addr.split("@")
    return Address(display_name=name, username=user, domain=domain)


def _rendered(spec, profile):
    """The bytes of one attachment rendered from its source."""
    tmp = tempfile.mkdtemp(prefix="render-43-")
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


def _attachment(spec, profile):
    if spec.get("empty"):
        return b""
    if "zip" in spec:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for member in spec["zip"]:
                zi = zipfile.ZipInfo(member["name"], date_time=(2024, 5, 30, 16, 20, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, _rendered(member, profile))
        return buf.getvalue()
    return _rendered(spec, profile)


def _html(text):
    lines = "".join("<div>%s</div>" % (html.escape(l) if l.strip() else "<br>") for l in text.split("\n"))
    return ('<html><body><div style="font-family: times new roman, new york, times, serif; '
            'font-size: 12pt; color: #000000">%s</div></body></html>' % lines)


def eml(src, out, profile=None, **_):
    with open(src, encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    body = spec.get("body") or R.read_text(os.path.join(SRC, spec["body_source"]))
    body = body.rstrip("\n") + "\n"
    msg = EmailMessage(policy=policy.SMTP)
    msg["Date"] = spec["date"]
    msg["From"] = _address(spec["from"])
    msg["To"] = [_address(p) for p in spec["to"]]
    msg["Message-ID"] = spec["message_id"]
    msg["Subject"] = spec["subject"]
    msg["MIME-Version"] = "1.0"
    msg["X-Mailer"] = MAILER
    msg.set_content(body, cte=spec.get("text_cte", "quoted-printable"))
    if spec.get("html"):
        msg.add_alternative(_html(body.rstrip("\n")), subtype="html", cte="quoted-printable")
    for att in spec.get("attachments", []):
        ext = os.path.splitext(att["name"])[1].lower()
        maintype, subtype = MIME[ext]
        msg.add_attachment(_attachment(att, profile), maintype=maintype, subtype=subtype, filename=att["name"])
    for part in msg.iter_attachments():
        del part["MIME-Version"]   # a mail client writes it once, at the top
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("=_%s-%d_%s" % (os.path.basename(src).split(".")[0], n, "b3f9c2a7d1e0"))
    with open(out, "wb") as fh:
        fh.write(bytes(msg))


if __name__ == "__main__":
    sys.exit(R.main([HERE] + sys.argv[1:]))
