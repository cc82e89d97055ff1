"""What each session holds: two `jcmd GC.class_histogram` outputs, the classes whose instances grew, per session.

    python3 bench/histo-diff.py before.txt after.txt SESSIONS
"""
import re
import sys


def read(path):
    rows = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)", line)
        if m:
            count, size, name = int(m.group(1)), int(m.group(2)), m.group(3)
            c, b = rows.get(name, (0, 0))
            rows[name] = (c + count, b + size)
    return rows


before, after, n = read(sys.argv[1]), read(sys.argv[2]), int(sys.argv[3])
grown = []
for name, (c, b) in after.items():
    c0, b0 = before.get(name, (0, 0))
    grown.append(((b - b0) / n, (c - c0) / n, name))
grown.sort(reverse=True)
total = sum(g[0] for g in grown)
print(f"per session: {total / 1024:.0f} KB in instances (shallow sizes)")
print(f"{'bytes':>9} {'count':>8}  class")
for b, c, name in grown:
    if b < 512:
        break
    print(f"{b:9.0f} {c:8.1f}  {name}")
