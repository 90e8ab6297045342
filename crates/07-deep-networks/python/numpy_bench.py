#!/usr/bin/env python3
"""The numpy side of chapter 07's comparison: week 4's L-layer model as the
course's notebook computes it — [12288, 20, 7, 5, 1], ReLU hidden layers, a
sigmoid output, 2 500 iterations at learning rate 0.0075 on 209 examples of
uniform noise — written in this book's own words. Prints one line: name,
argument, seconds (the median of --repeat runs). Run by `cargo xtask bench`
when a python3 with numpy is found, once as numpy runs by default and once
with OPENBLAS_NUM_THREADS=1 (`--suffix _1thread`), and with `--targets` in
turn with the Rust benchmark.
"""
import argparse
import time

import numpy as np

SIZES = [12288, 20, 7, 5, 1]
EXAMPLES = 209
ITERATIONS = 2500
RATE = 0.0075


def train(x, y):
    np.random.seed(1)
    layers = []
    for n_prev, n in zip(SIZES, SIZES[1:]):
        layers.append([np.random.randn(n, n_prev) / np.sqrt(n_prev), np.zeros((n, 1))])
    m = x.shape[1]
    last = len(layers) - 1
    for _ in range(ITERATIONS):
        kept = []
        a = x
        for l, (w, b) in enumerate(layers):
            z = np.dot(w, a) + b
            kept.append((a, z))
            a = 1 / (1 + np.exp(-z)) if l == last else np.maximum(0, z)
        cost = -np.sum(y * np.log(a) + (1 - y) * np.log(1 - a)) / m
        da = -(np.divide(y, a) - np.divide(1 - y, 1 - a))
        grads = [None] * len(layers)
        for l in reversed(range(len(layers))):
            a_prev, z = kept[l]
            if l == last:
                s = 1 / (1 + np.exp(-z))
                dz = da * s * (1 - s)
            else:
                dz = np.array(da, copy=True)
                dz[z <= 0] = 0
            w = layers[l][0]
            grads[l] = (np.dot(dz, a_prev.T) / m, np.sum(dz, axis=1, keepdims=True) / m)
            da = np.dot(w.T, dz)
        for layer, (dw, db) in zip(layers, grads):
            layer[0] = layer[0] - RATE * dw
            layer[1] = layer[1] - RATE * db
    return cost


ARGS = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ARGS.add_argument("--suffix", default="", help="appended to the name")
ARGS.add_argument("--targets", action="store_true", help="the target only (the same run)")
ARGS.add_argument("--repeat", type=int, default=1, help="runs to take the median of")


def main():
    args = ARGS.parse_args()
    rng = np.random.default_rng(0)
    x = rng.random((SIZES[0], EXAMPLES))
    y = (rng.random((1, EXAMPLES)) > 0.5).astype(float)
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        train(x, y)
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"numpy_course{args.suffix}\t{ITERATIONS}\t{times[len(times) // 2]:.6f}", flush=True)


main()
