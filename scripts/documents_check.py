#!/usr/bin/env python3
"""The documents read by real readers (issue 28): LibreOffice converts the Word report and
the Excel annexes that `cargo test --test documents` wrote to target/documents/.

- the .docx to PDF without error; pdfinfo says A4; pdffonts lists Times New Roman or its
  metric-compatible stand-in Liberation Serif (Debian has no Times New Roman);
  pdftotext shows the header lines exactly, the date line, and each target's figures as
  the app shows them; pdftoppm renders the first page and the annex's first page
  (target/documents/pdf/report-1.png, annex-*.png) for the closing note;
- the .xlsx to PDF without error, and to CSV: each number cell equals the number of the
  app's own CSV (year-end-2026-vi.csv, written by the same test) in the same cell.

Prints DOCUMENTS lines; exits 1 on the first thing that does not hold.
"""
import csv
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIR = ROOT / "target" / "documents"
PDF = DIR / "pdf"
DOCX = DIR / "bao-cao-danh-gia-2026-xa-bac-yen.docx"
XLSX = DIR / "phu-luc-2026-xa-bac-yen.xlsx"
APP_CSV = DIR / "year-end-2026-vi.csv"
APP_FIVE = DIR / "five-year-vi.csv"


def fail(msg):
    print(f"DOCUMENTS FAIL {msg}")
    sys.exit(1)


def run(*args):
    r = subprocess.run(args, capture_output=True, text=True, timeout=240)
    if r.returncode != 0:
        fail(f"{' '.join(map(str, args))}: {r.stderr.strip()[:400]}")
    return r.stdout


def convert(path, to):
    PDF.mkdir(parents=True, exist_ok=True)
    run("soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{DIR}/lo-profile",
        "--convert-to", to, "--outdir", str(PDF), str(path))


def number(cell):
    """The number an annex cell starts with, as the app writes it (4.300; 54,8; -0,5)."""
    m = re.match(r"^[+-]?[\d.]+(,\d+)?", cell.strip())
    if not m:
        return None
    return float(m.group(0).replace(".", "").replace(",", "."))


def decimals(cell):
    """How many decimals the app wrote (54,8 has one)."""
    m = re.match(r"^-?[\d.]+,(\d+)", cell)
    return len(m.group(1)) if m else 0


def main():
    for f in (DOCX, XLSX, APP_CSV, APP_FIVE):
        if not f.exists():
            fail(f"{f} missing: run cargo test --test documents first")
    convert(DOCX, "pdf")
    pdf = PDF / (DOCX.stem + ".pdf")
    info = run("pdfinfo", str(pdf))
    if "(A4)" not in info:
        fail(f"not A4: {info}")
    fonts = run("pdffonts", str(pdf))
    if not re.search(r"TimesNewRoman|Times New Roman|LiberationSerif", fonts):
        fail(f"no Times New Roman nor Liberation Serif: {fonts}")
    text = run("pdftotext", "-layout", str(pdf), "-")
    flat = re.sub(r"\s+", " ", text)
    for line in ["ỦY BAN NHÂN DÂN", "XÃ BẮC YÊN", "Số: 05/BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Bắc Yên, ngày 09 tháng 12 năm 2026", "BÁO CÁO",
                 "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nơi nhận:", "- Lưu: VT.", "Phụ lục I",
                 "Phụ lục II", "ĐÁNH GIÁ KHẢ NĂNG THỰC HIỆN CÁC CHỈ TIÊU ĐẾN NĂM 2030",
                 "† Số liệu năm 2025 minh họa"]:
        if line not in text:
            fail(f"the report's text lacks {line!r}")
    for figure in ["40†", "4.300†", "Ước TH 52 tỷ đồng", "KH 50 tỷ đồng", "bằng 104% kế hoạch", "97,5", "-0,5 điểm %"]:
        if figure not in flat:
            fail(f"the report lacks the figure {figure!r}")
    # The five-year annex: every projected value of each row as the app writes it.
    five = [r for r in list(csv.reader(APP_FIVE.open(encoding="utf-8-sig"), delimiter=";"))[3:] if r and r[0].isdigit()]
    annex_text = re.sub(r"\s+", " ", text[text.find("Phụ lục II"):])
    missing = [(r[0], c) for r in five for c in r[5:-1] if f" {c} " not in annex_text]
    if not five or missing:
        fail(f"the five-year annex lacks {missing[:5]} of {len(five)} rows")
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    # The annex's header rows and numbering row stand at the top of each of its pages.
    page_texts = [run("pdftotext", "-layout", "-f", str(p), "-l", str(p), str(pdf), "-") for p in range(1, pages + 1)]
    annex_from = next((k for k, t in enumerate(page_texts) if "Kèm theo Báo cáo" in t), None)
    if annex_from is None:
        fail("no annex page found")
    annex_pages = [t for t in page_texts[annex_from:] if t.strip()]
    for k, t in enumerate(annex_pages):
        if "STT" not in t or "(11)" not in t:
            fail(f"annex page {k + 1} of {len(annex_pages)} lacks the repeated header rows")
    run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(PDF / "report"))
    run("pdftoppm", "-png", "-r", "60", "-f", str(pages - 1), "-l", str(pages - 1), str(pdf), str(PDF / "annex"))
    used = ", ".join(sorted(set(re.findall(r"[A-Z]+\+(\S+)", fonts))))
    print(f"DOCUMENTS docx: {pages} pages A4, the annex's header on each of its {len(annex_pages)} pages, fonts {used}; header, date line and figures read back; page images in {PDF}")

    convert(XLSX, "pdf")
    # Every sheet to its own CSV, the cells' values (not as shown), UTF-8.
    convert(XLSX, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1')
    sheets = sorted(PDF.glob(XLSX.stem + "-*.csv"))
    if len(sheets) < 2:
        fail(f"expected a CSV per sheet, got {[s.name for s in sheets]}")
    year_end = next((s for s in sheets if "Cuối" in s.name or "Cu" in s.name), sheets[0])
    xl = list(csv.reader(year_end.open(encoding="utf-8")))
    app = list(csv.reader(APP_CSV.open(encoding="utf-8-sig"), delimiter=";"))
    # Data rows: the app's after its title, 2 header rows and the numbering row; the
    # workbook's after its title, 2 header rows and the numbering row too.
    app_rows = [r for r in app[4:] if r and r[0].isdigit()]
    xl_rows = [r for r in xl[4:] if r and re.match(r"^\d+$", r[0] or "")]
    if len(app_rows) != len(xl_rows) or not app_rows:
        fail(f"{len(app_rows)} rows in the app's CSV, {len(xl_rows)} in the workbook")
    compared = 0
    for a, x in zip(app_rows, xl_rows):
        for col in (3, 4, 5, 6, 7, 9):
            want = number(a[col]) if col < len(a) else None
            if want is None:
                continue
            got = float(x[col]) if col < len(x) and re.match(r"^-?[\d.]+(E-?\d+)?$", x[col]) else None
            if got is None or abs(got - want) > 1e-6 * max(1.0, abs(want)) and abs(got - want) > 0.051:
                fail(f"row {a[0]} column {col + 1}: the app shows {a[col]!r}, the workbook holds {x[col] if col < len(x) else None!r}")
            compared += 1
    five_sheet = next((s for s in sheets if "5" in s.name.split("-")[-1]), None)
    if five_sheet is None:
        fail("no five-year sheet")
    xl5 = [r for r in list(csv.reader(five_sheet.open(encoding="utf-8")))[3:] if r and re.match(r"^\d+$", r[0] or "")]
    if len(xl5) != len(five):
        fail(f"{len(five)} five-year rows in the app, {len(xl5)} in the workbook")
    for a, x in zip(five, xl5):
        for col in range(4, len(a) - 1):
            want, got = number(a[col]), float(x[col])
            if abs(got - want) > 0.5 * 10 ** -decimals(a[col]):
                fail(f"five-year row {a[0]} column {col + 1}: the app shows {a[col]!r}, the workbook holds {x[col]!r}")
            compared += 1
    print(f"DOCUMENTS xlsx: {len(sheets)} sheets; {compared} number cells equal the app's CSV, cell by cell")


if __name__ == "__main__":
    main()
