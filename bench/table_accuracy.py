"""Table cells of yusuan's PDF reader against pdfplumber's, scored on hand-checked ground truth.

    pip install pdfplumber
    cargo build --release -p yusuan-cli
    python3 bench/table_accuracy.py [--corpus DIR] [--yusuan BINARY] [--diff]

Ground truth: `bench/table_truth/<document>.tsv` (see the README there), the text of every
non-empty cell of the table pages, row by row, in column order. The tools:

- pdfplumber: `page.extract_tables()` (default settings) on each of those pages; every table of
  the page in the order pdfplumber returns them, each row a row.
- yusuan: `yusuan read --format lines FILE` (the release binary), the lines of those pages; each
  line a row, its tab-separated fields the cells.

Scoring, per page. Cell texts are normalized the same way on both sides: all whitespace removed
(line breaks inside a cell included), full-width digits, commas and full stops made ASCII; nothing
else (an amount is compared as written: `96,282,213.44` must be exactly that, `96282213.44`
is wrong). Empty cells (pdfplumber's `None` and `''`, yusuan's empty fields) are dropped, and so
are rows left with no cell. Then:

1. Each ground-truth row is paired with at most one row of the tool, in order (the pairs never
   cross), choosing the pairing that maximizes the total of 2.
2. In a pair, the matched cells are the longest common subsequence of the two rows' cells
   (equal text, in the same order).
3. **correct**: the ground-truth cells matched. A cell counts only in the right row and in the
   right order in that row; a cell cut in two, joined with its neighbour, moved to another row
   or with a character wrong is not correct.
4. **extra**: the tool's cells, inside a table, that match no ground-truth cell: split
   fragments, merged cells, wrong text, cells of another row. Inside a table means in a row
   paired with a ground-truth row of the table, or between two such rows of the same table
   (a row cut in two gives a row that pairs with nothing). Rows of the tool before a table's
   first paired row or after its last are not counted: titles, unit lines, notes and the
   `公开NN表` labels between two tables of a page, which yusuan prints as lines of the page and
   pdfplumber sometimes takes into a table.

Output: per document, the ground-truth cells, and for each tool its correct cells (share) and
extra cells. `--diff` lists, per page, the ground-truth cells a tool missed and its extra cells.
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys

import pdfplumber

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent
DOCUMENTS = {
    "shanghai-putuo-justice-2026-budget": range(10, 22),
    "shanghai-putuo-finance-2024-final": range(6, 21),
    "jiangsu-procuratorate-2019-budget": range(14, 25),
}
FULL_WIDTH = str.maketrans("０１２３４５６７８９，．", "0123456789,.")


def norm(cell):
    return re.sub(r"\s+", "", cell or "").translate(FULL_WIDTH)


def cells_of(row):
    return [c for c in (norm(x) for x in row) if c]


def read_truth(path):
    """{page: [(table number, cells)]}: a `# table` line starts a table, and so does a page."""
    pages, table, last_page = {}, 0, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# table"):
            table += 1
            last_page = None
        if not line.strip() or line.startswith("#"):
            continue
        page, _row, *cells = line.split("\t")
        page = int(page)
        if last_page is not None and page != last_page:
            table += 1
        last_page = page
        pages.setdefault(page, []).append((table, cells_of(cells)))
    return pages


def pdfplumber_rows(pdf_path, pages):
    out = {}
    with pdfplumber.open(pdf_path) as pdf:
        for p in pages:
            rows = []
            for table in pdf.pages[p - 1].extract_tables():
                rows.extend(r for r in (cells_of(row) for row in table) if r)
            out[p] = rows
    return out


def yusuan_rows(binary, pdf_path, pages):
    text = subprocess.run(
        [str(binary), "read", "--format", "lines", str(pdf_path)],
        check=True, capture_output=True, text=True,
    ).stdout
    out = {p: [] for p in pages}
    for line in text.splitlines():
        m = re.match(r" *(\d+) p(\d+)", line)
        if not m:
            continue
        n, p = int(m.group(1)), int(m.group(2))
        if p in out:
            # `{n:>5} p{page:<3} {line}` (crates/yusuan-cli/src/read_output.rs)
            row = cells_of(line[len(f"{n:>5} p{p:<3} "):].split("\t"))
            if row:
                out[p].append(row)
    return out


def lcs(a, b):
    """Matched index pairs of the longest common subsequence of two cell lists."""
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if a[i] == b[j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def score_page(rows, tool):
    """(correct, extra, missed truth cells, extra tool cells) of one page."""
    truth = [cells for _, cells in rows]
    n, m = len(truth), len(tool)
    gain = [[len(lcs(t, u)) for u in tool] for t in truth]
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1], gain[i][j] + best[i + 1][j + 1])
    paired, i, j = {}, 0, 0
    while i < n and j < m:
        if gain[i][j] and best[i][j] == gain[i][j] + best[i + 1][j + 1]:
            paired[i] = j
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    correct, missed, extras = 0, [], []
    for i, t in enumerate(truth):
        if i not in paired:
            missed.extend((i + 1, c) for c in t)
            continue
        u = tool[paired[i]]
        pairs = lcs(t, u)
        correct += len(pairs)
        hit_t = {a for a, _ in pairs}
        hit_u = {b for _, b in pairs}
        missed.extend((i + 1, c) for k, c in enumerate(t) if k not in hit_t)
        extras.extend((i + 1, c) for k, c in enumerate(u) if k not in hit_u)
    # tool rows between two paired rows of the same table, paired with nothing
    spans = {}
    for i, j in paired.items():
        lo, hi = spans.get(rows[i][0], (j, j))
        spans[rows[i][0]] = (min(lo, j), max(hi, j))
    inside = set(paired.values())
    for lo, hi in spans.values():
        for j in range(lo + 1, hi):
            if j not in inside:
                extras.extend(("-", c) for c in tool[j])
    return correct, len(extras), missed, extras


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=pathlib.Path, default=REPO.parent / "shared/corpus/pdf")
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    ap.add_argument("--yusuan", type=pathlib.Path, default=target / "release/yusuan")
    ap.add_argument("--diff", action="store_true", help="list missed and extra cells per page")
    args = ap.parse_args()
    if not args.yusuan.exists():
        sys.exit(f"{args.yusuan}: build it with `cargo build --release -p yusuan-cli` or pass --yusuan")

    header = f"{'document':<36} {'truth cells':>11}  {'yusuan correct':>17} {'extra':>5}  {'pdfplumber correct':>18} {'extra':>5}"
    lines = [header, "-" * len(header)]
    totals = [0, 0, 0, 0, 0]
    diffs = []
    for doc, pages in DOCUMENTS.items():
        truth = read_truth(HERE / "table_truth" / f"{doc}.tsv")
        pdf_path = args.corpus / f"{doc}.pdf"
        tools = {"yusuan": yusuan_rows(args.yusuan, pdf_path, pages), "pdfplumber": pdfplumber_rows(pdf_path, pages)}
        cells = sum(len(r) for p in pages for _, r in truth.get(p, []))
        figures = []
        for name, rows in tools.items():
            correct = extra = 0
            for p in pages:
                c, e, missed, extras = score_page(truth.get(p, []), rows[p])
                correct += c
                extra += e
                if missed or extras:
                    diffs.append(f"{doc} p{p} {name}: missed {missed}; extra {extras}")
            figures += [correct, extra]
        lines.append(
            f"{doc:<36} {cells:>11}  {figures[0]:>7} ({figures[0] / cells:6.1%}) {figures[1]:>5}  "
            f"{figures[2]:>8} ({figures[2] / cells:6.1%}) {figures[3]:>5}"
        )
        for k, v in enumerate([cells] + figures):
            totals[k] += v
    c, yc, ye, pc, pe = totals
    lines.append(f"{'all':<36} {c:>11}  {yc:>7} ({yc / c:6.1%}) {ye:>5}  {pc:>8} ({pc / c:6.1%}) {pe:>5}")
    print("\n".join(lines))
    if args.diff:
        print()
        print("\n".join(diffs))


if __name__ == "__main__":
    main()
