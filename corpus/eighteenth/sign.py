#!/usr/bin/env python3
"""Sign one text PDF with pyHanko, the way a Vietnamese e-document system stamps it.

Run by build.py under the pyHanko venv (/tmp/eighteenth-venv), one call per file:

  sign.py IN.pdf OUT.pdf JSON

JSON: {"cn", "o", "email", "agency", "signed_at" (ISO with +07:00),
       "box": [x1, y1, x2, y2] (PDF points, page 1), "face": the stamp's face (a PDF page),
       "tamper": null | {"from", "to"}}

- A self-signed RSA-2048 certificate is made for the sending body (subject CN, O,
  L=Hà Tĩnh, C=VN, UTF-8); the key is fresh each run, so signed bytes differ from run to run.
- The signing time (CMS signingTime, /M of the signature, the PDF's ModDate) is the
  given one, not the clock: pyHanko's session time and its "now" are patched.
- The visible box prints "Người ký / Email / Cơ quan / Thời gian ký" as real systems do.
- tamper: before signing, page 1's content stream is stored uncompressed; after signing,
  one digit glyph of the page text is swapped in place (same byte length, structure and
  xref intact), so the signed byte range no longer matches its digest.
"""
import json
import re
import sys
from datetime import datetime, timedelta, timezone

from asn1crypto import keys as a_keys, x509 as a_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from pyhanko.pdf_utils import generic, layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import copy_into_new_writer
from pyhanko.sign import fields, signers
from pyhanko.sign.signers import pdf_signer
from pyhanko.stamp import StaticStampStyle
import pyhanko.pdf_utils.metadata.info as meta_info
import pyhanko.pdf_utils.metadata.xmp_xml as meta_xmp

VN = timezone(timedelta(hours=7))


def make_cert(cn, o):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, o),
        x509.NameAttribute(NameOID.LOCALITY_NAME, "Hà Tĩnh"),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
    ])
    cert = (x509.CertificateBuilder()
            .subject_name(name).issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(datetime(2025, 1, 1, tzinfo=timezone.utc))
            .not_valid_after(datetime(2030, 1, 1, tzinfo=timezone.utc))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False, crl_sign=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    a_cert = a_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    a_key = a_keys.PrivateKeyInfo.load(key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return a_cert, a_key


def fix_clock(when):
    class Fixed(datetime):
        @classmethod
        def now(cls, tz=None):
            return when if tz is None else when.astimezone(tz)
    meta_info.datetime = Fixed
    meta_xmp.datetime = Fixed
    orig = pdf_signer.PdfSigner.init_signing_session

    def init(self, *a, **k):
        s = orig(self, *a, **k)
        s.system_time = when
        return s
    pdf_signer.PdfSigner.init_signing_session = init


def uncompress_page1(in_pdf):
    """Rewrite the PDF with page 1's content stream(s) unfiltered; return the bytes."""
    import io
    with open(in_pdf, "rb") as fh:
        r = PdfFileReader(io.BytesIO(fh.read()))
        w = copy_into_new_writer(r)
    page = w.root["/Pages"]["/Kids"][0].get_object()
    contents = page["/Contents"]
    streams = contents if isinstance(contents, generic.ArrayObject) else [contents]
    for ref in streams:
        ref.get_object().strip_filters()
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def to_unicode_maps(data):
    """{font resource name: {code hex (upper): char}} for page 1 of the PDF bytes."""
    import io
    r = PdfFileReader(io.BytesIO(data))
    page = r.root["/Pages"]["/Kids"][0].get_object()
    fonts = page["/Resources"]["/Font"]
    maps = {}
    for name, ref in fonts.items():
        f = ref.get_object()
        if "/ToUnicode" not in f:
            continue
        cm = f["/ToUnicode"].get_object().data.decode("latin-1")
        m = {}
        for block in re.findall(r"beginbfchar(.*?)endbfchar", cm, re.S):
            for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                m[src.upper()] = bytes.fromhex(dst).decode("utf-16-be")
        for block in re.findall(r"beginbfrange(.*?)endbfrange", cm, re.S):
            for a, b, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                w = len(a)
                base = int(dst, 16)
                for k, c in enumerate(range(int(a, 16), int(b, 16) + 1)):
                    m[format(c, "0%dX" % w)] = chr(base + k)
        maps[str(name)] = m
    return maps


def tamper(data, frm, to, maps):
    """Swap the glyph codes of the digits `frm` -> `to` (same length) in page 1's
    uncompressed content (data: the first signed range), using the fonts' ToUnicode
    maps; return the new bytes."""
    font = None
    text = data.decode("latin-1")
    for m in re.finditer(r"/(F\d+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>", text):
        if m.group(1):
            font = "/" + m.group(1)
            continue
        cmap = maps.get(font)
        if not cmap:
            continue
        hx = m.group(2).upper()
        w = len(next(iter(cmap)))
        codes = [hx[i:i + w] for i in range(0, len(hx), w)]
        chars = "".join(cmap.get(c, "?") for c in codes)
        k = chars.find(frm)
        if k < 0:
            continue
        inv = {v: c for c, v in cmap.items()}
        new = list(codes)
        for j, ch in enumerate(to):
            new[k + j] = inv[ch]
        start = m.start(2)
        rep = "".join(new).encode("latin-1")
        return data[:start] + rep + data[start + len(rep):]
    raise SystemExit("tamper target %r not found" % frm)


def main():
    src, dst, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    when = datetime.fromisoformat(spec["signed_at"])
    fix_clock(when)
    cert, key = make_cert(spec["cn"], spec["o"])
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                  cert_registry=None)
    import io
    if spec.get("tamper"):
        data = uncompress_page1(src)
    else:
        with open(src, "rb") as fh:
            data = fh.read()
    # the face (the four lines above, typeset by LibreOffice in build.py) is imported
    # as the appearance; pyHanko's OpenType text stamp mis-spaces the glyphs here
    style = StaticStampStyle.from_pdf_file(
        spec["face"], border_width=1, background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(0, 0, 0, 0),
            inner_content_scaling=layout.InnerScaling.STRETCH_TO_FIT))
    w = IncrementalPdfFileWriter(io.BytesIO(data))
    meta = signers.PdfSignatureMetadata(field_name="Signature1", md_algorithm="sha256",
                                        location="Hà Tĩnh", name=spec["cn"])
    pdf_signer_obj = signers.PdfSigner(
        meta, signer=signer, stamp_style=style,
        new_field_spec=fields.SigFieldSpec("Signature1", on_page=0, box=tuple(spec["box"])))
    out = io.BytesIO()
    pdf_signer_obj.sign_pdf(w, output=out)
    signed = out.getvalue()
    if spec.get("tamper"):
        t = spec["tamper"]
        br = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", signed)
        cut = int(br.group(2))  # end of the first signed range
        head = tamper(signed[:cut], t["from"], t["to"], to_unicode_maps(signed))
        signed = head + signed[cut:]
    with open(dst, "wb") as fh:
        fh.write(signed)


if __name__ == "__main__":
    main()
