"""Typed errors for files that cannot be read.

Each carries a message for the clerk (Vietnamese, ``message``) and one for a
developer (English, ``detail``, shown with ``--debug``). A reader raises these;
nothing else about a bad file is allowed to escape as a bare exception.
"""

from __future__ import annotations


class ReadError(Exception):
    """A file that could not be read. ``code`` is stable for scripts and tests."""

    code = "unreadable"
    message = "Không đọc được tệp."

    def __init__(self, detail: str = "", message: str | None = None):
        super().__init__(detail or self.code)
        self.detail = detail
        if message is not None:
            self.message = message

    def __str__(self) -> str:  # what a clerk reads
        return self.message


class FileMissing(ReadError):
    code = "not_found"
    message = "Không tìm thấy tệp (kiểm tra lại đường dẫn)."


class EmptyFile(ReadError):
    code = "empty"
    message = "Tệp rỗng, không có nội dung."


class CorruptFile(ReadError):
    code = "corrupt"
    message = "Tệp bị hỏng hoặc không đầy đủ (có thể tải về bị lỗi); đề nghị đơn vị gửi lại."


class EncryptedFile(ReadError):
    code = "encrypted"
    message = "Tệp được đặt mật khẩu nên không đọc được; đề nghị đơn vị gửi bản không đặt mật khẩu."


class UnsupportedFormat(ReadError):
    code = "unsupported"
    message = (
        "Định dạng tệp không được hỗ trợ (chỉ đọc được .docx, .doc, .pdf, .odt, .rtf, .xlsx, .xls, .ods, "
        ".csv, .txt, .md, .html, .mht, trình chiếu .pptx, .odp, thư điện tử .eml, tệp nén .zip và ảnh chụp .jpg, "
        ".png, .tif)."
    )


class NoText(ReadError):
    code = "no_text"
    message = "Tệp không có chữ đọc được."


class OcrUnavailable(ReadError):
    code = "ocr_unavailable"
    message = (
        "Tệp là bản scan (ảnh chụp) cần nhận dạng chữ, nhưng máy chưa cài Tesseract OCR "
        "tiếng Việt. Cài bằng lệnh: apt-get install tesseract-ocr tesseract-ocr-vie "
        "(hoặc chạy make demo)."
    )


class OcrFailed(ReadError):
    code = "ocr_failed"
    message = "Không nhận dạng được chữ trên bản scan."


class ConverterUnavailable(ReadError):
    code = "converter_unavailable"
    message = (
        "Tệp Word/RTF/ODT định dạng cũ cần LibreOffice để chuyển đổi, nhưng máy chưa cài. "
        "Cài bằng lệnh: apt-get install libreoffice-writer-nogui (hoặc chạy make demo)."
    )


class ConverterFailed(ReadError):
    code = "converter_failed"
    message = (
        "LibreOffice không chuyển đổi được tệp (tệp hỏng hoặc có mật khẩu); "
        "đề nghị đơn vị gửi lại bản .docx hoặc .pdf."
    )


class ConverterTimeout(ReadError):
    code = "converter_timeout"
    message = "Chuyển đổi tệp bằng LibreOffice quá lâu nên đã dừng; đề nghị đơn vị gửi bản .docx hoặc .pdf."


class UnsafeFile(ReadError):
    code = "unsafe"
    message = (
        "Tệp có cấu trúc bất thường (một phần nén bên trong bung ra quá lớn) nên không mở, "
        "để an toàn cho máy; đề nghị đơn vị gửi lại."
    )
