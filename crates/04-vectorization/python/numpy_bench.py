#!/usr/bin/env python3
"""The numpy side of chapter 04's comparison: np.dot, a Python loop, and the
course's vectorized logistic-regression step, on the shapes the Rust
benchmarks use. Prints one line per measurement: name, argument, median
seconds. Run by `cargo xtask bench` when a python3 with numpy is found: once
as numpy runs by default, once with OPENBLAS_NUM_THREADS=1 and
`--suffix _1thread`; then, with `--targets`, for the chapter's targets only
(on one thread, that is the dot alone), in turn with the Rust benchmarks of
the same tasks.
"""
import argparse
import sys
import time

import numpy as np


def median_time(fn, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2]


ARGS = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ARGS.add_argument("--suffix", default="", help="appended to every name")
ARGS.add_argument(
    "--targets",
    action="store_true",
    help="only the f64 dot at 10^6 and, unless --suffix is given, the steps",
)


def main():
    args = ARGS.parse_args()

    def report(name, arg, seconds):
        print(f"{name}{args.suffix}\t{arg}\t{seconds:.9f}", flush=True)

    rng = np.random.default_rng(7)
    for dtype in (np.float64, np.float32):
        for n in (1_000, 100_000, 1_000_000):
            if args.targets and (dtype != np.float64 or n != 1_000_000):
                continue
            a = rng.random(n).astype(dtype)
            b = rng.random(n).astype(dtype)
            repeat = 2000 if n <= 100_000 else 200
            report(f"numpy_dot_{np.dtype(dtype).name}", n, median_time(lambda: np.dot(a, b), repeat))
    if not args.suffix and not args.targets:
        a, b = list(rng.random(1_000_000)), list(rng.random(1_000_000))

        def loop():
            s = 0.0
            for i in range(len(a)):
                s += a[i] * b[i]
            return s

        report("python_loop_float64", 1_000_000, median_time(loop, 3))

    if args.targets and args.suffix:
        return 0
    for n_x, m in ((30, 569), (12288, 209), (784, 60000)):
        x = rng.random((n_x, m))
        y = (rng.random((1, m)) < 0.5).astype(np.float64)
        w = (rng.random((n_x, 1)) - 0.5) * 0.02
        b = 0.0

        def step():
            # The course's vectorized propagate.
            z = np.dot(w.T, x) + b
            a_ = 1 / (1 + np.exp(-z))
            cost = -np.mean(y * np.log(a_) + (1 - y) * np.log(1 - a_))
            dz = a_ - y
            dw = np.dot(x, dz.T) / m
            db = np.mean(dz)
            return dw, db, cost

        repeat = 200 if n_x * m < 1e6 else 20
        report("numpy_logistic_step", f"{n_x}x{m}", median_time(step, repeat))


if __name__ == "__main__":
    sys.exit(main())
