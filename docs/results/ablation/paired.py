#!/usr/bin/env python3
# Paired differences between two lift3d-eval samples.csv files (same inputs, same order within each
# object): mean difference of a metric and its standard error, per generator, steps and input kind.
#   paired.py A/samples.csv B/samples.csv [metric (default fscore_5)]
import csv, math, sys, collections
def load(path):
    groups = collections.defaultdict(list)
    for row in csv.DictReader(open(path)):
        groups[(row['generator'], row['steps'], row['source'])].append(row)
    return groups
a, b = load(sys.argv[1]), load(sys.argv[2])
metric = sys.argv[3] if len(sys.argv) > 3 else 'fscore_5'
print(f"| generator | steps | input | n | mean A | mean B | A - B | paired SE |")
print("|---|---:|---|---:|---:|---:|---:|---:|")
for key in sorted(a):
    if key not in b or len(a[key]) != len(b[key]):
        continue
    pairs = [(float(x[metric]), float(y[metric])) for x, y in zip(a[key], b[key])
             if x['object'] == y['object']]
    n = len(pairs)
    d = [x - y for x, y in pairs]
    mean = sum(d) / n
    se = math.sqrt(sum((v - mean) ** 2 for v in d) / (n - 1) / n)
    print(f"| {key[0]} | {key[1]} | {key[2]} | {n} | {sum(x for x, _ in pairs) / n:.3f} | "
          f"{sum(y for _, y in pairs) / n:.3f} | {mean:+.3f} | {se:.3f} |")
