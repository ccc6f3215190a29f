from common import R, O
D = "9923_wiki_list_datacentres_sea.txt"
SEA = "southeast asia"
O(D, "IT load of [[5]] megawatts (MW) or more", 5, "MW", "min", note="inclusion threshold of the list")
R(D, "the region had about [[3,100]] MW", 3100, "MW", "approx", "", SEA, 2025, "DC Byte")
R(D, "more than [[double]] the 1,450 MW", 2, "x", "min", "", SEA, 2025, "DC Byte")
R(D, "double the [[1,450]] MW of 2020", 1450, "MW", "exact", "", SEA, 2020, "DC Byte")
R(D, "a further [[4,800]] MW under construction", 4800, "MW", "exact", "", SEA, 2025, "DC Byte")
R(D, "accounted for some [[1,400]] MW", 1400, "MW", "approx", "", "singapore", 2025, "The Straits Times|Straits Times")
R(D, "capacity grew roughly [[sixfold]] in three", 6, "x", "approx", "", "malaysia", 2025, "The Straits Times|Straits Times",
  note="Johor, Malaysia")
O(D, "sixfold in [[three]] years", 3, "years", note="framing duration")
R(D, "ran about [[18%]] of the region", 18, "%", "approx", "", SEA, 2025, "Structure Research")
# Indonesia
R(D, "had around [[260]] MW of operational capacity in mid-2025", 260, "MW", "approx", "", "indonesia", 2025, "IDPRO|Indonesia Data Center Provider Organization")
R(D, "mid-2025, [[two-thirds]] of it in Greater Jakarta", 66.67, "%", "exact", "", "indonesia", 2025, "IDPRO|Indonesia Data Center Provider Organization")
ID = "indonesia"
R(D, "BTM1\tNongsa, Batam\tDayOne\t2024\t[[18]]\t", 18, "MW", "exact", "", ID, 2025)
R(D, "Batam\tDayOne\t2024\t18\t[[22,000]]\t", 22000, "m²", "exact", "", ID, 2025)
R(D, "First phase of a [[72]] MW campus", 72, "MW", "exact", "", ID, "", "Data Center Dynamics", note="planned campus capacity")
R(D, "Alibaba Cloud\t2021\t[[12]]\t9,500", 12, "MW", "exact", "", ID, 2025)
R(D, "Alibaba Cloud\t2021\t12\t[[9,500]]", 9500, "m²", "exact", "", ID, 2025)
R(D, "Huawei Cloud\t2022\t[[10]]\t8,400", 10, "MW", "exact", "", ID, 2025)
R(D, "Huawei Cloud\t2022\t10\t[[8,400]]", 8400, "m²", "exact", "", ID, 2025)
R(D, "Huawei committed [[US$300 million]] to Indonesian", 300e6, "USD", "exact", "", ID, 2022, "Reuters|Huawei")
O(D, '"Huawei to invest [[US$300 mln]] in', 300e6, "USD", note="number inside a cited headline")
# Malaysia
MY = "malaysia"
R(D, "government approved [[29]] data-centre projects", 29, "data-centre projects", "exact", "", MY, 2024, "Johor State Investment Centre")
R(D, "combined planned capacity of [[2,600]] MW", 2600, "MW", "exact", "", MY, 2024, "Johor State Investment Centre")
R(D, "operational capacity passed [[900]] MW", 900, "MW", "min", "", MY, 2025)
R(D, "DayOne\t2023\t[[60]]\t41,000", 60, "MW", "exact", "", MY, 2025)
R(D, "DayOne\t2023\t60\t[[41,000]]", 41000, "m²", "exact", "", MY, 2025)
R(D, "Phase 1 cost [[US$320 million]] (2022)", 320e6, "USD", "exact", "data_center_cost", MY, 2022, "The Edge Malaysia|The Edge")
R(D, "YTL Power\t2024\t[[48]]\t30,000", 48, "MW", "exact", "", MY, 2025)
R(D, "YTL Power\t2024\t48\t[[30,000]]", 30000, "m²", "exact", "", MY, 2025)
R(D, "planned for up to [[500]] MW", 500, "MW", "max", "", MY, "")
R(D, "Bridge Data Centres\t2023\t[[64]]\t38,500", 64, "MW", "exact", "", MY, 2025)
R(D, "Bridge Data Centres\t2023\t64\t[[38,500]]", 38500, "m²", "exact", "", MY, 2025)
# Singapore
SG = "singapore"
R(D, "release at least [[300]] MW more", 300, "MW", "min", "", SG, 2024, "Infocomm Media Development Authority|IMDA")
O(D, "effectiveness of [[1.3]] or better", 1.3, "PUE", "max", note="eligibility threshold")
R(D, "Loyang\tDayOne\t2021\t[[20]]\t14,500", 20, "MW", "exact", "", SG, 2025)
R(D, "Loyang\tDayOne\t2021\t20\t[[14,500]]", 14500, "m²", "exact", "", SG, 2025)
R(D, "Equinix\t2024\t[[20]]\t19,000", 20, "MW", "exact", "", SG, 2025)
R(D, "Equinix\t2024\t20\t[[19,000]]", 19000, "m²", "exact", "", SG, 2025)
R(D, "Built for [[S$230 million]] (2022)", 230e6, "SGD", "exact", "data_center_cost", SG, 2022, "The Business Times|Business Times")
R(D, "China Mobile International\t2017\t[[6]]\t5,400", 6, "MW", "exact", "", SG, 2025)
R(D, "China Mobile International\t2017\t6\t[[5,400]]", 5400, "m²", "exact", "", SG, 2025)
# Thailand
TH = "thailand"
R(D, "worth [[THB 98 billion]] in 2024", 98e9, "THB", "exact", "", TH, 2024, "Board of Investment|BOI")
R(D, "nearly [[four times]] the 2023 total", 4, "x", "approx", "", TH, 2024, "Board of Investment|BOI")
R(D, "True IDC\t2023\t[[10]]\t7,000", 10, "MW", "exact", "", TH, 2025)
R(D, "True IDC\t2023\t10\t[[7,000]]", 7000, "m²", "exact", "", TH, 2025)
R(D, "Huawei Cloud\t2019\t[[8]]\t6,200", 8, "MW", "exact", "", TH, 2025)
R(D, "Huawei Cloud\t2019\t8\t[[6,200]]", 6200, "m²", "exact", "", TH, 2025)
R(D, "with [[3]] availability zones", 3, "availability zones", "exact", "", TH, "")
# Vietnam
VN = "vietnam"
R(D, "Viettel IDC\t2023\t[[30]]\t22,000", 30, "MW", "exact", "", VN, 2025)
R(D, "Viettel IDC\t2023\t30\t[[22,000]]", 22000, "m²", "exact", "", VN, 2025)
R(D, "Built for [[VND 3,100 billion]] (2023)", 3.1e12, "VND", "exact", "data_center_cost", VN, 2023, "VnExpress")
R(D, "VNG Cloud\t2025\t[[10]]\t8,000", 10, "MW", "exact", "", VN, 2025)
R(D, "VNG Cloud\t2025\t10\t[[8,000]]", 8000, "m²", "exact", "", VN, 2025)
# Philippines
PH = "philippines"
R(D, "ePLDT\t2023\t[[50]]\t29,000", 50, "MW", "exact", "", PH, 2025)
R(D, "ePLDT\t2023\t50\t[[29,000]]", 29000, "m²", "exact", "", PH, 2025)
R(D, "Cost about [[₱12.5 billion]] (2023)", 12.5e9, "PHP", "approx", "data_center_cost", PH, 2023, "Philippine Daily Inquirer|Inquirer")
