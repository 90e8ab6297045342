#!/usr/bin/env python3
"""Records what numpy itself gives for week 3's flower runs on this machine,
for chapter 07's three-column table (the course's published numbers, numpy
here, dlnotes). Run it by hand in a scratch environment with numpy; it
prints the file `tests/numpy/course_runs.txt`:

    python3 python/record_course.py > tests/numpy/course_runs.txt

The arithmetic follows the course's week 3 model step for step (tanh hidden
layer, sigmoid output, the cost from A, learning rate 1.2, seed 3 before
the weights are drawn), written here in this book's own words.
"""
import numpy as np


def course_flower():
    np.random.seed(1)
    per_class = 200
    x = np.zeros((2 * per_class, 2))
    y = np.zeros((2 * per_class, 1))
    for label in range(2):
        rows = slice(per_class * label, per_class * (label + 1))
        angle = np.linspace(3.12 * label, 3.12 * (label + 1), per_class)
        angle = angle + 0.2 * np.random.randn(per_class)
        radius = 4 * np.sin(4 * angle) + 0.2 * np.random.randn(per_class)
        x[rows] = np.c_[radius * np.sin(angle), radius * np.cos(angle)]
        y[rows] = label
    return x.T, y.T


def train(x, y, hidden, iterations, report_every=None):
    np.random.seed(3)
    w1 = np.random.randn(hidden, x.shape[0]) * 0.01
    b1 = np.zeros((hidden, 1))
    w2 = np.random.randn(1, hidden) * 0.01
    b2 = np.zeros((1, 1))
    m = x.shape[1]
    costs = []
    for step in range(iterations):
        a1 = np.tanh(w1 @ x + b1)
        a2 = 1 / (1 + np.exp(-(w2 @ a1 + b2)))
        cost = -np.sum(y * np.log(a2) + (1 - y) * np.log(1 - a2)) / m
        if report_every and step % report_every == 0:
            costs.append((step, float(cost)))
        dz2 = a2 - y
        dw2, db2 = dz2 @ a1.T / m, np.sum(dz2, axis=1, keepdims=True) / m
        dz1 = (w2.T @ dz2) * (1 - a1 ** 2)
        dw1, db1 = dz1 @ x.T / m, np.sum(dz1, axis=1, keepdims=True) / m
        w1, b1 = w1 - 1.2 * dw1, b1 - 1.2 * db1
        w2, b2 = w2 - 1.2 * dw2, b2 - 1.2 * db2
    a2 = 1 / (1 + np.exp(-(w2 @ np.tanh(w1 @ x + b1) + b2)))
    predicted = a2 > 0.5
    right = (np.dot(y, predicted.T) + np.dot(1 - y, 1 - predicted.T)).item()
    return costs, right / float(y.size) * 100


def main():
    x, y = course_flower()
    print(f"# numpy {np.__version__}: week 3's runs on the course's flower, by python/record_course.py")
    costs, accuracy = train(x, y, 4, 10000, report_every=1000)
    for step, cost in costs:
        print(f"cost\t{step}\t{cost!r}")
    print(f"accuracy\t4\t{accuracy!r}")
    for hidden in (1, 2, 3, 4, 5, 20, 50):
        _, accuracy = train(x, y, hidden, 5000)
        print(f"sweep\t{hidden}\t{accuracy!r}")


main()
