#!/usr/bin/env python3
"""Writes the small `.h5` files the `image` command is tested on, laid out as
the course's `train_catvnoncat.h5` and `test_catvnoncat.h5` are (datasets
`train_set_x` (m, h, w, c) of bytes, `train_set_y` (m,) of int64,
`list_classes`), and the broken variants the tests expect one-line errors
for. Run by hand with h5py installed:

    python3 python/make_h5.py tests/data
"""
import sys
from pathlib import Path

import h5py
import numpy as np


def images(rng, m, side=4):
    # Class 1 images are bright, class 0 dark, so a tiny network can learn them.
    labels = np.array([j % 2 for j in range(m)], dtype=np.int64)
    pixels = rng.integers(0, 100, size=(m, side, side, 3))
    pixels[labels == 1] += 150
    return pixels.astype(np.uint8), labels


def write(path, datasets):
    with h5py.File(path, "w") as f:
        for name, values in datasets.items():
            f.create_dataset(name, data=values, track_times=False)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    classes = np.array([b"non-cat", b"cat"])
    x, y = images(rng, 12)
    write(out / "train.h5", {"train_set_x": x, "train_set_y": y, "list_classes": classes})
    tx, ty = images(rng, 6)
    write(out / "test.h5", {"test_set_x": tx, "test_set_y": ty, "list_classes": classes})
    write(out / "no_pair.h5", {"images": x, "labels": y})
    write(out / "float_pixels.h5", {"train_set_x": x.astype(np.float64), "train_set_y": y})
    write(out / "counts.h5", {"train_set_x": x, "train_set_y": y[:-1]})
    bad = y.copy()
    bad[3] = 2
    write(out / "labels.h5", {"train_set_x": x, "train_set_y": bad})
    write(out / "flat.h5", {"train_set_x": x.reshape(12, -1), "train_set_y": y})


main()
