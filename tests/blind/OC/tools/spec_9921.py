from common import R, O
D = "9921_dsr_central_asia_chapter.txt"
CA = "central asia"
CAD = "CADIT|Central Asia Digital Infrastructure Tracker"
O(D, "A [[decade]] later the five", 10, "years", note="framing duration")
O(D, "later the [[five]] Central", 5, "republics", note="structural count of the region's states")
R(D, "host at least [[37]] Chinese-financed", 37, "projects", "min", "", CA, 2023, CAD,
  note="source and period (commitments 2013-2023) from endnote 1")
R(D, "roughly [[US$4.1 billion]].1", 4.1e9, "USD", "approx", "dsr_investment", CA, 2023, CAD)
R(D, "beside the [[US$23 billion]] China", 23e9, "USD", "exact", "", CA, 2023, "",
  note="all Chinese lending to the region; year from 'a decade later' frame, no endnote")
R(D, "In Kazakhstan [[92.3 per cent]] of the", 92.3, "%", "exact", "internet_penetration", "kazakhstan", 2023, "ITU")
R(D, "against [[89 per cent]] in Uzbekistan", 89, "%", "exact", "internet_penetration", "uzbekistan", 2023, "ITU")
R(D, "in Uzbekistan, [[79.8]]\nper cent", 79.8, "%", "exact", "internet_penetration", "kyrgyzstan", 2023, "ITU",
  note="'per cent' is on the next line")
R(D, "an estimated [[47 per cent]] in Tajikistan", 47, "%", "approx", "internet_penetration", "tajikistan", 2023, "ITU")
R(D, "modelled value is below\n[[40 per cent]].3", 40, "%", "max", "internet_penetration", "turkmenistan", 2023, "ITU",
  note="endnote 3 marker glued; year from the paragraph (2023)")
R(D, "roughly [[16 million]] Central Asians", 16e6, "people", "approx", "offline_population", CA, 2023, "ITU",
  note="endnote 4: author's estimate from ITU data")
R(D, "more than [[half]] of them in Tajikistan", 50, "%", "min", "", CA, 2023, "ITU",
  note="share of the offline population living in two countries")
R(D, "counted [[31.4 million]] internet users", 31.4e6, "people", "exact", "internet_users", "uzbekistan", 2023,
  "Ministry of Digital Technologies")
R(D, "up from [[27.2 million]] two years", 27.2e6, "people", "exact", "internet_users", "uzbekistan", 2021,
  "Ministry of Digital Technologies", note="two years before 2023")
O(D, "27.2 million [[two]] years earlier", 2, "years", note="framing duration")
R(D, "commissioned a [[1,100]] km cross-border", 1100, "km", "exact", "", "kazakhstan", 2018, "China Telecom")
R(D, "capacity of [[8]] Tbit/s.6", 8, "Tbit/s", "exact", "", "kazakhstan", 2018, "China Telecom")
R(D, "equivalent, a [[412]] km link", 412, "km", "exact", "", "kyrgyzstan", "", "Ministry of Digital Development")
R(D, "cost about [[US$46 million]], of which", 46e6, "USD", "approx", "", "kyrgyzstan", "", "Ministry of Digital Development")
R(D, "lent [[85 per cent]].7", 85, "%", "exact", "", "kyrgyzstan", "", "Ministry of Digital Development")
R(D, "supplied around [[70 per cent]] of the", 70, "%", "approx", "", "kazakhstan", 2021, "Kursiv",
  note="endnote 8: estimate for 2021 cited in Kursiv")
R(D, "switched on [[1,463]] 5G base stations", 1463, "base stations", "exact", "", "kazakhstan", 2024)
R(D, "5G base stations,\n[[1,190]] of them", 1190, "base stations", "exact", "", "kazakhstan", 2024)
R(D, "worth [[US$85 million]], covered", 85e6, "USD", "exact", "", "uzbekistan", 2020, "Uzbektelecom")
R(D, "covered [[2,300]] LTE sites", 2300, "LTE sites", "exact", "", "uzbekistan", 2020, "Uzbektelecom")
R(D, "added another [[640]].9", 640, "LTE sites", "exact", "", "uzbekistan", "", "Uzbektelecom",
  note="'640.9' = 640 + endnote marker 9; elided noun (LTE sites)")
R(D, "was reported at [[US$1 billion]] over", 1e9, "USD", "exact", "", "uzbekistan", 2019, "Tashkent city administration")
R(D, "installed more than [[3,800]] cameras", 3800, "cameras", "min", "", "uzbekistan", "", "Tashkent city administration")
R(D, "cameras at [[180]]\nintersections", 180, "intersections", "exact", "", "uzbekistan", "", "Tashkent city administration")
R(D, "grant of\n[[US$20.8 million]], while", 20.8e6, "USD", "exact", "", "tajikistan", "", "Reuters|Kloop")
R(D, "loan of about [[US$60 million]],", 60e6, "USD", "approx", "", "kyrgyzstan", "", "Reuters|Kloop")
R(D, "repayable over [[20]] years.11", 20, "years", "exact", "", "kyrgyzstan", "", "Reuters|Kloop",
  note="loan maturity, a measured duration")
R(D, "system with a\n[[27 per cent]] fall", 27, "%", "exact", "", "kyrgyzstan", "", "Ministry of Internal Affairs|Kyrgyz police")
R(D, "cost [[38 billion tenge]] (about", 38e9, "KZT", "exact", "data_center_cost", "kazakhstan", 2024, "Kazakhtelecom")
R(D, "(about [[US$85 million]]) and offers", 85e6, "USD", "approx", "data_center_cost", "kazakhstan", 2024, "Kazakhtelecom")
R(D, "offers [[2,000]]\nracks", 2000, "racks", "exact", "", "kazakhstan", 2024, "Kazakhtelecom")
R(D, "an estimated [[55]] MW by 2025", 55, "MW", "approx", "", "uzbekistan", 2025, "Structure Research")
R(D, "interest rate of [[2 per cent]], a 20-year", 2, "%", "exact", "", "tajikistan", "", "AidData")
R(D, "a [[20]]-year maturity", 20, "years", "exact", "", "tajikistan", "", "AidData")
R(D, "[[seven]]-year grace period.15", 7, "years", "exact", "", "tajikistan", "", "AidData")
R(D, "held roughly [[35 per cent]] of", 35, "%", "approx", "", "tajikistan", 2023, "IMF")
R(D, "between [[US$110 million and US$130 million]] a year", 120e6, "USD/year", "range", "", "tajikistan", 2023, "IMF",
  low=110e6, high=130e6)
R(D, "about [[6 per cent]] of Chinese lending", 6, "%", "approx", "", CA, 2023, CAD)
R(D, "by value but\n[[19 per cent]] by number", 19, "%", "exact", "", CA, 2023, CAD)
R(D, "counted as [[30]] partner", 30, "countries", "exact", "ecommerce_mou_countries", "global", 2023, "MOFCOM")
R(D, "by then [[17]] countries had signed", 17, "countries", "exact", "dsr_mou_countries", "global", 2023, "NDRC|MOFCOM")
R(D, "reached [[CNY 6.8 billion]] in 2023", 6.8e9, "CNY", "exact", "", "kazakhstan", 2023, "Bureau of National Statistics")
R(D, "[[2.4 times]] their 2021 level", 2.4, "x", "exact", "", "kazakhstan", 2023, "Bureau of National Statistics")
R(D, "At roughly [[US$4.1 billion]], the DSR", 4.1e9, "USD", "approx", "dsr_investment", CA, 2023, CAD)
O(D, "through which [[five]] governments", 5, "governments", note="structural count")
R(D, "Of the [[37]] projects, 14", 37, "projects", "exact", "", CA, 2023, CAD)
R(D, "Of the 37 projects, [[14]] are in Kazakhstan", 14, "projects", "exact", "", "kazakhstan", 2023, CAD)
R(D, "The remaining [[15 per cent]] came", 15, "%", "exact", "", "kyrgyzstan", "", "Ministry of Digital Development")
