#!/usr/bin/env python3
"""Re-read gold.tsv, check every span against the file bytes, count rows per doc,
and list every digit run / Chinese numeral in each document that no gold row covers."""
import csv, os, re, sys, collections
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = list(csv.DictReader(open(os.path.join(SET, "gold.tsv"), encoding="utf-8"), delimiter="\t",
                           quoting=csv.QUOTE_NONE))
bad = 0
cover = collections.defaultdict(list)
cnt = collections.Counter()
for r in rows:
    data = open(os.path.join(SET, r["doc"]), "rb").read()
    s, e = int(r["start"]), int(r["end"])
    if data[s:e] != r["span"].encode("utf-8"):
        print("MISMATCH", r["doc"], s, e, r["span"], data[s:e]); bad += 1
    cover[r["doc"]].append((s, e))
    cnt[(r["doc"], r["status"])] += 1
    if r["metric"] and r["metric"] not in {"dsr_investment","dsr_project_countries","dsr_mou_countries",
        "ecommerce_mou_countries","digital_investment_mou_countries","internet_users","internet_penetration",
        "offline_population","cybercrime_cost","data_center_cost","broadband_people_connected",
        "broadband_households_connected","maritime_trade_share","value_chain_improvement"}:
        print("BAD METRIC", r); bad += 1
print("mismatches:", bad)
docs = sorted({r["doc"] for r in rows} | {f for f in os.listdir(SET) if f.endswith(".txt")})
for d in docs:
    text = open(os.path.join(SET, d), encoding="utf-8").read()
    data = text.encode("utf-8")
    han = len(re.findall(r"[\u4e00-\u9fff]", text)); ns = len(re.sub(r"\s", "", text))
    print(f"== {d}: core {cnt[(d,'core')]} opt {cnt[(d,'opt')]}  han {han} nonspace {ns}")
    if "-v" not in sys.argv:
        continue
    for m in re.finditer(r"[0-9０-９][0-9０-９.,，%]*|[一二两三四五六七八九十百千万亿半几数]+[成倍个项%]?", text):
        bs = len(text[:m.start()].encode("utf-8")); be = bs + len(m.group().encode("utf-8"))
        tok = m.group()
        if re.fullmatch(r"[一二两数几]", tok) or re.fullmatch(r"20[0-9][0-9]|[0-9]{1,2}", tok) and re.match(r"[年月日\-:]", text[m.end():m.end()+1] or " "):
            continue  # lone 一/数 inside words; dates
        if not any(s < be and bs < e for s, e in cover[d]):
            ctx = text[max(0, m.start()-12):m.end()+8].replace("\n", "⏎")
            print(f"   uncovered {m.group()!r:12} …{ctx}…")
