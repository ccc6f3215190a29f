from gold_lib import A, O, T
DOC = "10018_dsrpt_codebook_v3_1.txt"
S = "ICSS|Institute for Connectivity and Security Studies"
anns = [
 O("sector and [[at least one]] Chinese participant", 1, "Chinese participants", qual="min", note="inclusion rule"),
 A("Version 3.1 covers [[1,187 projects]]", 1187, "projects", year=2024, source=S),
 A("1,187 projects in [[112 countries]]", 112, "countries", metric="dsr_project_countries", year=2024, source=S),
 A("It adds [[164 projects]]", 164, "projects", year=2024, source=S),
 A("164 projects and [[9 countries]]", 9, "countries", year=2024, source=S),
 A("lists the [[17 countries]] that have signed", 17, "countries", metric="dsr_mou_countries", year=2024, source=S),
 A("China and the [[33]] that have signed", 33, "countries", metric="ecommerce_mou_countries", year=2024, source=S, note="elided noun"),
 A("announced value [[below US$100,000]] are", 100000, "USD", qual="max", source=S, note="inclusion threshold"),
 A("country; the [[64]] cable records", 64, "cable records", year=2024, source=S),
 A("correspond to [[29]] distinct cable systems", 29, "cable systems", year=2024, source=S),
 A("supported by [[at least two]] independent sources", 2, "sources", qual="min", source=S),
 A("independent sources; [[71.4%]] are supported", 71.4, "%", source=S),
 O("are supported\nby [[three or more]]", 3, "sources", qual="min", note="threshold defining the 71.4% share"),
 A("A random sample of [[150]] records", 150, "records", source=S),
 A("coded independently by [[two]] coders", 2, "coders", source=S),
 A("Cohen's kappa was [[0.87]] for sector", 0.87, "", source=S, note="dimensionless coefficient"),
 A("for sector and [[0.79]] for project status", 0.79, "", source=S, note="dimensionless coefficient"),
 O("region of the host country ([[7]] categories)", 7, "categories"),
 O("US GDP deflator (2020 = [[100]])", 100, "", note="index base"),
 O("Number of independent sources (minimum [[2]])", 2, "sources", qual="min"),
 # coverage text
 A("Sub-Saharan Africa accounts for [[312]] projects", 312, "projects", scope="sub-saharan africa", year=2024, source=S),
 A("312 projects in [[44]] countries", 44, "countries", scope="sub-saharan africa", year=2024, source=S),
 A("Asia and Pacific for [[268]] in 19", 268, "projects", scope="east asia and pacific", year=2024, source=S, note="elided noun"),
 A("for 268 in [[19]];", 19, "countries", scope="east asia and pacific", year=2024, source=S, note="elided noun"),
 A("\n([[16.4]]). Completed", 16.4, "projects per country", scope="south asia", year=2024, source=S),
 A("Completed projects make up [[58%]] of the total", 58, "%", year=2024, source=S),
 A("under construction [[27%]] and", 27, "%", year=2024, source=S),
 A("cancelled projects [[15%]].", 15, "%", year=2024, source=S),
 # section 6 text
 A("The [[862]] projects with an announced value sum", 862, "projects", year=2024, source=S),
 A("sum to [[US$83.1 billion]]", 83.1e9, "USD", metric="dsr_investment", year=2024, source=S, note="constant 2020 dollars"),
 A("value_usd is missing for\n[[325]] projects", 325, "projects", year=2024, source=S),
 A("325 projects ([[27.4%]] of the total)", 27.4, "%", year=2024, source=S),
 A("where missingness [[exceeds 40%]]", 40, "%", qual="min", source=S),
 A("is valued at [[US$2.45 billion]]", 2.45e9, "USD", scope="pakistan", source=S, note="constant 2020 dollars"),
 A("for the [[212]] loan-financed projects", 212, "projects", source="AidData"),
 A("disbursed amounts average [[63%]] of announced", 63, "%", source="AidData"),
 A("Coverage of projects\n[[below US$5 million]] is incomplete", 5e6, "USD", qual="max", source=S),
]
sectors = [("Fibre backbone", 301, 25.4), ("Submarine cable", 64, 5.4), ("Mobile network", 287, 24.2),
           ("Data centre", 176, 14.8), ("Smart/safe city", 149, 12.6), ("E-government", 121, 10.2),
           ("Other", 89, 7.5), ("Total", 1187, 100.0)]
for lab, n, sh in sectors:
    anns.append(T("Table 1. Projects by sector", lab, 0, n, "projects", year=2024, source=S, note=f"Table 1, {lab}"))
    if lab == "Total":
        anns.append(T("Table 1. Projects by sector", lab, 1, sh, "%", year=2024, source=S, status="opt", note="Table 1 total share (trivial 100%)"))
    else:
        anns.append(T("Table 1. Projects by sector", lab, 1, sh, "%", year=2024, source=S, note=f"Table 1, share of {lab}"))
stats = [("All projects      ", [862, 96.4, 31.0, 212.7, 0.2, 2450.0], ""),
         ("Data centres      ", [131, 118.9, 46.5, 244.1, 1.5, 1800.0], "data_center_cost")]
names = ["N", "mean", "median", "SD", "min", "max"]
for lab, vals, met in stats:
    for k, v in enumerate(vals):
        if k == 0:
            anns.append(T("Table 2. value_usd", lab, 0, v, "projects", year=2024, source=S, note=f"Table 2 {lab.strip()} N"))
        else:
            m = met if names[k] != "SD" else ""
            anns.append(T("Table 2. value_usd", lab, k, v * 1e6, "USD", metric=m, source=S,
                          note=f"Table 2 {lab.strip()} {names[k]} (constant 2020 US$ million)"))
