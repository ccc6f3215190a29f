from common import R, O
D = "9925_orison_threat_landscape_2025.txt"
OR = "Orison|Orison Security"
G = "global"
# key findings box (data year 2024)
R(D, "  [[1.84bn]]    attacks detected", 1.84e9, "attacks", "exact", "", G, 2024, OR)
R(D, "sensor network ([[+16%]])", 16, "%", "exact", "", G, 2024, OR)
R(D, "  [[9]] days    median attacker dwell", 9, "days", "exact", "", G, 2024, OR)
R(D, "down from [[13]] days", 13, "days", "exact", "", G, 2023, OR)
R(D, "  [[$385K]]     median ransom", 385000, "USD", "exact", "", G, 2024, OR)
R(D, "down from [[$450K]]", 450000, "USD", "exact", "", G, 2023, OR)
R(D, "  [[38%]]       share of state-linked", 38, "%", "exact", "", G, 2024, OR)
R(D, "  [[2.3x]]      growth in attacks", 2.3, "x", "exact", "", "", 2024, OR, note="telecom operators in Belt and Road economies")
# section 1
R(D, "telemetry from some [[41 million]]\nendpoints", 41e6, "endpoints", "approx", "", G, 2024, OR)
R(D, "cloud workloads in [[152]] countries", 152, "countries", "exact", "", G, 2024, OR)
R(D, "detected and blocked [[1.84 billion]] attacks", 1.84e9, "attacks", "exact", "", G, 2024, OR)
R(D, "attacks, [[16%]] more than in 2023", 16, "%", "exact", "", G, 2024, OR)
R(D, "attacks rose [[34%]] in Africa", 34, "%", "exact", "", "africa", 2024, OR)
R(D, "in Africa and [[41%]]\nin Central Asia", 41, "%", "exact", "", "central asia", 2024, OR)
R(D, "against [[4%]] in North America", 4, "%", "exact", "", "north america", 2024, OR)
# Table 1 (attacks in millions; change in %), contexts built from the table lines
import os, re
_t = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", D), encoding="utf-8").read()
for label, scope in [("Asia-Pacific", "asia-pacific"), ("Europe", "europe"), ("North America", "north america"),
                     ("Latin America", "latin america"), ("Africa", "africa"), ("Middle East", "middle east"),
                     ("Central Asia", "central asia"), ("Total", G)]:
    line = re.search(r"\n(  " + re.escape(label) + r" +[0-9,]+ +[+-][0-9]+)\n", _t).group(1)
    m = re.match(r"(  \S.*?\S)( +)([0-9,]+)( +)([+-][0-9]+)$", line)
    head, sp1, n, sp2, ch = m.groups()
    R(D, f"{head}{sp1}[[{n}]]{sp2}{ch}", float(n.replace(",", "")) * 1e6, "attacks", "exact", "", scope, 2024, OR,
      note="Table 1, Attacks (million)")
    R(D, f"{head}{sp1}{n}{sp2}[[{ch}]]", float(ch), "%", "exact", "", scope, 2024, OR,
      note="Table 1, Change vs 2023 (%)")
O(D, "includes the [[five]] former Soviet", 5, "republics", note="definition of a region")
# per-organisation rates
R(D, "faced [[2,960]] attack attempts per\nweek", 2960, "attack attempts per week", "exact", "", "africa", 2024, OR)
R(D, "week in 2024, [[1.9 times]] the global", 1.9, "x", "exact", "", "africa", 2024, OR)
R(D, "the global average of [[1,560]].", 1560, "attack attempts per week", "exact", "", G, 2024, OR, note="elided noun")
# ransomware
R(D, "Leak sites named [[5,420]] victims", 5420, "victims", "exact", "", G, 2024, OR)
R(D, "up [[11%]] on the year", 11, "%", "exact", "", G, 2024, OR)
R(D, "payment fell to [[$385,000]] from", 385000, "USD", "exact", "", G, 2024, OR)
R(D, "from [[$450,000]] in 2023", 450000, "USD", "exact", "", G, 2023, OR)
R(D, "Median demands, at\n[[$1.9 million]], were", 1.9e6, "USD", "exact", "", G, 2024, OR)
R(D, "were about [[five times]] the median payment", 5, "x", "approx", "", G, 2024, OR)
R(D, "in the wild was [[five]] days", 5, "days", "exact", "", G, 2024, OR)
R(D, "fell to [[9]] days from 13.", 9, "days", "exact", "", G, 2024, OR)
R(D, "fell to 9 days from [[13]].", 13, "days", "exact", "", G, 2023, OR, note="elided noun (days)")
R(D, "In [[41%]] of intrusions", 41, "%", "exact", "", G, 2024, OR)
# state-linked
R(D, "We attributed [[1,136]] intrusions", 1136, "intrusions", "exact", "", G, 2024, OR)
R(D, "accounted for [[38%]], 27%, 11% and 9%", 38, "%", "exact", "", G, 2024, OR, note="China-nexus")
R(D, "accounted for 38%, [[27%]], 11% and 9%", 27, "%", "exact", "", G, 2024, OR, note="Russia-nexus")
R(D, "accounted for 38%, 27%, [[11%]] and 9%", 11, "%", "exact", "", G, 2024, OR, note="Iran-nexus")
R(D, "accounted for 38%, 27%, 11% and [[9%]]", 9, "%", "exact", "", G, 2024, OR, note="DPRK-nexus")
R(D, "rose by [[6 percentage points]]", 6, "pp", "exact", "", G, 2024, OR)
R(D, "Attacks on them grew [[2.3-fold]]", 2.3, "x", "exact", "", "", 2024, OR)
O(D, "and [[three]] of the five largest", 3, "attacks", note="ranked subset")
O(D, "three of the [[five]] largest", 5, "attacks", note="ranked subset")
R(D, "peaking at [[3.8]] Tbps", 3.8, "Tbps", "exact", "", "southeast asia", 2024, OR)
R(D, "saw attack volumes nearly [[double]]", 2, "x", "approx", "", "gulf", 2024, OR)
# cost
R(D, "puts it at [[$9.5 trillion]] for 2024", 9.5e12, "USD/year", "exact", "cybercrime_cost", G, 2024, "Cybersecurity Ventures")
R(D, "and [[$10.5 trillion]] a year by", 10.5e12, "USD/year", "exact", "cybercrime_cost", G, 2025, "Cybersecurity Ventures")
R(D, "gives a lower\n[[$6.8 trillion]] for 2024", 6.8e12, "USD/year", "exact", "cybercrime_cost", G, 2024, OR)
# outlook
R(D, "rose from [[8%]] of phishing messages", 8, "%", "exact", "", G, 2023, OR)
R(D, "in 2023 to [[21%]] in 2024", 21, "%", "exact", "", G, 2024, OR)
R(D, "to pass [[one-third]] in 2025", 33.33, "%", "min", "", G, 2025, OR, note="forecast")
O(D, "full report ([[64]] pages)", 64, "pages", note="document length")
