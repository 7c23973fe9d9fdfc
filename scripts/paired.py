#!/usr/bin/env python3
# Paired differences inside one lift3d-eval samples.csv: generator A at some steps against
# generator B at some steps, on the same inputs (same object, same view order), per split and
# input kind: both means, the mean difference and its standard error over inputs. This is how the
# README's "beats ... by more than two standard errors" statements are checked.
#   scripts/paired.py samples.csv[+more.csv] A[@steps] B[@steps] [metric (default fscore_5)]
# Several CSVs joined by + are read as one: runs over the same objects with the same --max-objects
# score the same inputs in the same order, e.g.
#   scripts/paired.py docs/results/model-v2/samples.csv lift3d@32 baseline-balloon chamfer_l1
#   scripts/paired.py docs/results/model-v2/samples.csv+docs/results/model-v2-flow-matching/samples.csv \
#       lift3d@1 lift3d-flow-matching@1
# Baselines have no steps (0 in the CSV). Metrics: iou32, iou64, chamfer_l1, fscore_1, fscore_2,
# fscore_5, silhouette_iou.
import collections
import csv
import math
import sys


def spec(text):
    name, _, steps = text.partition('@')
    return name, steps or '0'


def rows_of(paths, generator, steps):
    # (split, input kind) -> {(object, index within the object): row}
    groups = collections.defaultdict(dict)
    seen = collections.Counter()
    rows = [row for path in paths.split('+') for row in csv.DictReader(open(path, newline=''))]
    for row in rows:
        if row['generator'] != generator or row['steps'] != steps:
            continue
        key = (row['split'], row['source'], row['object'])
        groups[(row['split'], row['source'])][(row['object'], seen[key])] = row
        seen[key] += 1
    return groups


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__ or 'usage: paired.py samples.csv A[@steps] B[@steps] [metric]')
    path = sys.argv[1]
    a, b = spec(sys.argv[2]), spec(sys.argv[3])
    metric = sys.argv[4] if len(sys.argv) > 4 else 'fscore_5'
    rows_a, rows_b = rows_of(path, *a), rows_of(path, *b)
    if not rows_a or not rows_b:
        sys.exit(f'{path} has no rows for {sys.argv[2] if not rows_a else sys.argv[3]}')
    print(f'{metric}: A = {sys.argv[2]}, B = {sys.argv[3]}')
    print('| split | input | n | A | B | A - B | paired SE |')
    print('|---|---|---:|---:|---:|---:|---:|')
    for group in sorted(rows_a):
        common = sorted(set(rows_a[group]) & set(rows_b[group].keys()))
        if len(common) < 2:
            continue
        pairs = [(float(rows_a[group][k][metric]), float(rows_b[group][k][metric]))
                 for k in common]
        n = len(pairs)
        d = [x - y for x, y in pairs]
        mean = sum(d) / n
        se = math.sqrt(sum((v - mean) ** 2 for v in d) / (n - 1) / n)
        print(f'| {group[0]} | {group[1]} | {n} | {sum(x for x, _ in pairs) / n:.3f} | '
              f'{sum(y for _, y in pairs) / n:.3f} | {mean:+.3f} | {se:.3f} |')


if __name__ == '__main__':
    main()
