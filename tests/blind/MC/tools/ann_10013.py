from gold_lib import A, O
DOC = "10013_oecd_connectivity_note.txt"
ITU = "ITU|OECD"
AD = "AidData|OECD"
IP = "internet_penetration"
DI = "dsr_investment"
anns = [
 # intro / sample size
 O("Chinese lenders and state-owned enterprises to digital infrastructure in [[five]]\npartner", 5, "economies", note="sample size"),
 # key findings
 O("Internet use in the [[five]] economies rose", 5, "economies", note="sample size"),
 A("simple average of [[42.8%]] of the", 42.8, "%", metric=IP, year=2019, source=ITU, note="simple average of the five economies"),
 A("population in 2019 to [[58.4%]] in 2023", 58.4, "%", metric=IP, year=2023, source=ITU, note="simple average of the five economies"),
 A("a gain of [[15.6 percentage points]]", 15.6, "pp", year=2023, source=ITU, note="change 2019-2023; year = later year"),
 O("Pakistan, the [[two]] economies furthest behind", 2, "economies"),
 A("gained [[17.8]] and 10.3", 17.8, "pp", scope="kenya", year=2023, source=ITU, note="respectively-list; 'points' = percentage points, change 2019-2023"),
 A("gained 17.8 and [[10.3]]\n     points respectively", 10.3, "pp", scope="pakistan", year=2023, source=ITU, note="respectively-list"),
 A("[[Some 340 million people]] in the five economies were still offline", 340e6, "people", qual="approx", metric="offline_population", year=2023, source="OECD", note="five economies together"),
 O("Some 340 million people in the [[five]] economies were still offline", 5, "economies"),
 O("in 2023, [[more]]\n     than half of them", 50, "%", qual="min", note="'more than half' split across a line"),
 O("Recorded Chinese commitments to digital infrastructure in the [[five]] economies", 5, "economies"),
 A("totalled [[USD 1.78 billion]] in 2023", 1.78e9, "USD", metric=DI, year=2023, source=AD, note="five economies; = Table 2 total 1 775"),
 A("in 2023, [[2.7%]] less than in 2021", 2.7, "%", year=2023, source=AD, note="decline vs 2021"),
 A("but [[about 24%]] more", 24, "%", qual="approx", year=2023, source=AD, note="increase vs 2019"),
 O("Indonesia alone accounted for [[more than half]] (54%)", 50, "%", qual="min"),
 A("more than half ([[54%]]) of 2023 commitments", 54, "%", scope="indonesia", year=2023, source=AD, note="share of five-economy commitments"),
 # section 1
 O("Internet use continued to expand in all [[five]] economies", 5, "economies"),
 A("where [[roughly three-quarters]] of\nthe population", 75, "%", qual="approx", metric=IP, year=2023, source=ITU, note="Egypt and Viet Nam; scope left empty (two countries)"),
 A("[[fewer than three]]\nin ten Pakistanis", 30, "%", qual="max", high=30, metric=IP, scope="pakistan", year=2023, source=ITU, note="'fewer than three in ten' crosses a line break; span is first line"),
 O("and in Kenya the share remained [[below]]\nhalf", 50, "%", qual="max", scope="kenya"),
 O("concentrated in the [[two]] most populous", 2, "economies"),
 A("accounted for [[about 174 million]] of the offline", 174e6, "people", qual="approx", metric="offline_population", scope="pakistan", year=2023, source="OECD|United Nations"),
 A("for [[around 86 million]]; the remaining", 86e6, "people", qual="approx", metric="offline_population", scope="indonesia", year=2023, source="OECD|United Nations"),
 O("the remaining [[three]] economies together", 3, "economies"),
 A("the ITU estimated that [[2.6 billion]] people", 2.6e9, "people", metric="offline_population", scope="global", year=2023, source="ITU"),
 A("people, or [[33%]] of the world", 33, "%", scope="global", year=2023, source="ITU", note="share offline"),
 # section 2
 A("Indonesia's total [[nearly doubled]] between 2019 and 2021", 2, "x", qual="approx", scope="indonesia", year=2021, source=AD, note="620 -> 1 180"),
 O("financing for [[two]] hyperscale data-centre campuses", 2, "campuses", qual="exact"),
 O("The larger of the [[two]],", 2, "campuses", qual="exact"),
 A("was costed at [[USD 1.1 billion]]", 1.1e9, "USD", metric="data_center_cost", scope="indonesia", year=2021, note="signed 2021"),
 A("cost [[about USD 140 million]]", 140e6, "USD", qual="approx", metric="data_center_cost", source="OECD", note="median data-centre project"),
 A("[[roughly 820 km]] long", 820, "km", qual="approx", scope="pakistan", note="cross-border fibre link"),
 A("concessional loan of [[USD 44]]\nmillion", 44e6, "USD", metric=DI, scope="pakistan", note="scale word on next line; span kept to first line"),
 A("reached [[an estimated USD 8.7 billion]]", 8.7e9, "USD", metric=DI, year=2023, source=AD, note="cumulative 2019-2023, five economies"),
 O("commitments to the [[five]] economies reached", 5, "economies"),
 O("All [[five]]\neconomies have signed", 5, "economies"),
 A("such memoranda with [[17 countries]]", 17, "countries", metric="dsr_mou_countries", year=2022, source="NDRC|National Development and Reform Commission"),
 A("cooperation memoranda with [[30]]\ncountries", 30, "countries", metric="ecommerce_mou_countries", year=2023, source="MOFCOM|Ministry of Commerce"),
 # section 3
 O("broadband basket ([[2 GB]])", 2, "GB", qual="exact", note="basket definition"),
 A("equivalent to [[1.5%]] of monthly", 1.5, "%", scope="vietnam", year=2023, source="ITU", note="price of mobile broadband basket as % of GNI p.c."),
 A("capita in Viet Nam and [[4.9%]] in Kenya", 4.9, "%", scope="kenya", year=2023, source="ITU"),
 A("affordability target of [[2%]]", 2, "%", source="Broadband Commission", note="target"),
 A("with [[more than 10]] fixed broadband subscriptions per 100", 10, "subscriptions per 100 inhabitants", qual="min", low=10, scope="egypt", year=2023),
]

from gold_lib import T
years = [2019, 2021, 2023]
t1 = [("Egypt", "egypt"), ("Indonesia", "indonesia"), ("Kenya", "kenya"),
      ("Pakistan", "pakistan"), ("Viet Nam¹", "vietnam")]
tab1 = {"egypt": [57.3, 72.1, 76.4], "indonesia": [47.7, 62.1, 69.2],
        "kenya": [23.0, 29.5, 40.8], "pakistan": [17.1, 21.0, 27.4],
        "vietnam": [68.7, 74.2, 78.1]}
for lab, sc in t1:
    for k in range(3):
        note = "Table 1 (% of population)"
        if sc == "vietnam" and k == 2:
            note += "; footnote 1: OECD estimate"
        anns.append(T("Table 1. Individuals", lab, k, tab1[sc][k], "%", metric=IP,
                      scope=sc, year=years[k], source=ITU, note=note))
tab2 = [("Egypt", "egypt", [145, 410, None]), ("Indonesia", "indonesia", [620, 1180, 955]),
        ("Kenya", "kenya", [230, 175, 390]), ("Pakistan", "pakistan", [440, None, 305]),
        ("Viet Nam", "vietnam", [None, 60, 125]), ("Total", "", [1435, 1825, 1775])]
for lab, sc, vals in tab2:
    for k, v in enumerate(vals):
        if v is None:
            continue
        anns.append(T("Table 2. Commitments", lab, k, v * 1e6, "USD", metric=DI, scope=sc,
                      year=years[k], source=AD,
                      note="Table 2 (USD million)" + ("; total of the five economies" if not sc else "")))
