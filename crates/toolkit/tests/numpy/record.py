"""Records what numpy's legacy generator makes, for tests/numpy_legacy.rs.

Run with any numpy (`python3 record.py > legacy.txt`); the Rust test replays
every call and compares each value bit for bit. Each block starts with
`seed N` (np.random.seed(N)); each call is a line `randn K` or `rand K`
followed by K values written as float.hex().
"""
import numpy as np

CALLS = [
    ("randn", 5), ("randn", 1), ("rand", 3), ("randn", 7), ("rand", 1),
    ("randn", 2), ("randn", 64), ("rand", 64),
]


def main():
    print(f"# numpy {np.__version__}")
    for seed in (0, 1, 2, 3, 42, 12345, 2**31, 2**32 - 1):
        print(f"seed {seed}")
        np.random.seed(seed)
        for name, k in CALLS:
            values = getattr(np.random, name)(k)
            print(f"{name} {k}")
            print(" ".join(float(v).hex() for v in values))
    # Shapes, filled in C order, and the flower of the course's week 3.
    np.random.seed(2)
    print("seed 2")
    for name, shape in (("randn", (4, 2)), ("randn", (1, 4)), ("rand", (3, 5))):
        values = getattr(np.random, name)(*shape)
        print(f"{name} {values.size}")
        print(" ".join(float(v).hex() for v in values.ravel()))


def flower():
    """The course's planar "flower", made as its week 3 makes it."""
    np.random.seed(1)
    m, per_class, a = 400, 200, 4
    x = np.zeros((m, 2))
    y = np.zeros((m, 1))
    for j in range(2):
        rows = range(per_class * j, per_class * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, per_class) + np.random.randn(per_class) * 0.2
        r = a * np.sin(4 * t) + np.random.randn(per_class) * 0.2
        x[rows] = np.c_[r * np.sin(t), r * np.cos(t)]
        y[rows] = j
    x, y = x.T, y.T
    print(f"flower {x.size + y.size}")
    print(" ".join(float(v).hex() for v in np.concatenate([x.ravel(), y.ravel()])))


main()
flower()
