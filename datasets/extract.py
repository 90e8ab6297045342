#!/usr/bin/env python3
"""Writes the two bundled CSV files from the data files inside a scikit-learn wheel.

Usage: python3 datasets/extract.py path/to/scikit_learn-*.whl

Standard library only. The wheel is read, never installed or committed. Cell text is copied
exactly as the wheel stores it (no float re-formatting), so the values are the published ones.
"""
import csv
import gzip
import hashlib
import io
import sys
import zipfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

MEASURES = ["radius", "texture", "perimeter", "area", "smoothness", "compactness",
            "concavity", "concave_points", "symmetry", "fractal_dimension"]
# Same order as the wheel's columns: 10 means, 10 standard errors, 10 "worst" values.
CANCER_COLUMNS = ([f"mean_{m}" for m in MEASURES] + [f"{m}_error" for m in MEASURES]
                  + [f"worst_{m}" for m in MEASURES] + ["label"])
DIGIT_COLUMNS = [f"r{r}c{c}" for r in range(8) for c in range(8)] + ["label"]


def write(name, header, rows):
    path = HERE / name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        if len(row) != len(header):
            sys.exit(f"{name}: a row has {len(row)} cells, expected {len(header)}")
        w.writerow(row)
    data = buf.getvalue().encode()
    path.write_bytes(data)
    counts = Counter(row[-1] for row in rows)
    print(f"{name}: {len(rows)} rows x {len(header) - 1} features + label; "
          f"classes {dict(sorted(counts.items(), key=lambda kv: int(kv[0])))}; "
          f"sha256 {hashlib.sha256(data).hexdigest()}")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with zipfile.ZipFile(sys.argv[1]) as whl:
        cancer = whl.read("sklearn/datasets/data/breast_cancer.csv").decode()
        digits = gzip.decompress(whl.read("sklearn/datasets/data/digits.csv.gz")).decode()
    # The wheel's first cancer line is "569,30,malignant,benign": counts and class names.
    cancer_rows = list(csv.reader(io.StringIO(cancer)))[1:]
    write("breast_cancer.csv", CANCER_COLUMNS, cancer_rows)
    digit_rows = list(csv.reader(io.StringIO(digits)))
    if any(not (v.isdigit() and 0 <= int(v) <= 16) for row in digit_rows for v in row[:-1]):
        sys.exit("digits: a pixel is not an integer in 0..16")
    write("digits.csv", DIGIT_COLUMNS, digit_rows)


if __name__ == "__main__":
    main()
