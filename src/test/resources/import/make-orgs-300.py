#!/usr/bin/env python3
"""Writes orgs-300.csv: a 300-organisation tree below the test ledger's root (ROOT), rows shuffled with a fixed
seed so children often come before their parents. Convert with LibreOffice (see README.md) to orgs-300.xlsx."""
import csv
import random
import sys

rng = random.Random(20261214)
rows = []  # name, code, type, parent code, established


def date():
    y, m, d = rng.randint(1985, 2024), rng.randint(1, 12), rng.randint(1, 28)
    form = rng.randrange(4)
    return [f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}年{m}月{d}日", ""][form]


districts = ["玄武", "秦淮", "建邺", "鼓楼", "浦口", "栖霞", "雨花台", "江宁", "六合", "溧水"]
for i, district in enumerate(districts, 1):
    dw = f"DW{i:02d}"
    # the committees directly below the importing user's own organisation: parent left blank
    rows.append([f"{district}区机关工委" if i == 10 else f"{district}区委直属机关党委", dw,
                 "党工委" if i == 10 else "党委", "", date()])
    for j in range(1, 5):
        zz = f"{dw}-Z{j}"
        rows.append([f"{district}区第{j}党总支", zz, "党总支", dw, date()])
        for k in range(1, 6):
            kind = "党支部" if k < 5 else ("联合党支部" if j % 2 else "临时党支部")
            rows.append([f"{district}区第{j}党总支第{k}{kind}", f"{zz}-{k:02d}", kind, zz, date()])
    for k in range(1, 6):
        # a few types written as codes, a few codes in lower case: both are accepted
        code = f"{dw}-B{k}"
        rows.append([f"{district}区委直属第{k}党支部", code.lower() if k == 3 else code,
                     "BRANCH" if k == 4 else "党支部", dw if k != 2 else dw.lower(), date()])
assert len(rows) == 300, len(rows)
rng.shuffle(rows)
out = csv.writer(open(sys.argv[1] if len(sys.argv) > 1 else "orgs-300.csv", "w", newline="", encoding="utf-8"))
out.writerow(["党组织名称", "党组织代码", "党组织类型", "上级党组织代码", "成立日期", "书记公民身份号码"])
for r in rows:
    out.writerow(r + [""])
