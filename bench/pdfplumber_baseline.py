"""The job `cargo bench -p yusuan-read --bench read_pdf` times (text and tables of every page),
done with pdfplumber, the tool reviewers use today: pages per second on the corpus PDFs.

    pip install pdfplumber && python3 bench/pdfplumber_baseline.py [../shared/corpus/pdf]
"""
import pathlib
import sys
import time

import pdfplumber

folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2] / "shared/corpus/pdf")
all_pages, all_time = 0, 0.0
for path in sorted(folder.glob("*.pdf")):
    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
        tables = 0
        for page in pdf.pages:
            page.extract_text()
            tables += len(page.extract_tables())
    elapsed = time.perf_counter() - start
    all_pages += pages
    all_time += elapsed
    print(f"{path.name:<42} {pages:>3} pages  {tables:>3} tables  {elapsed * 1e3:>8.1f} ms/doc  {pages / elapsed:>7.1f} pages/s")
print(f"{'all':<42} {all_pages:>3} pages  {all_time * 1e3:>8.1f} ms  {all_pages / all_time:>7.1f} pages/s")
