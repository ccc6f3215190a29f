#!/usr/bin/env python3
"""Write sources.csv (one row per document) and print the README table stats."""
import csv, os, re, collections
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [
 ("10031_xwlb_20251107.txt", "《新闻联播》 20251107 文字版", "央视网", "中央广播电视总台央视网 (CCTV.com)", "2025-11-07", "https://tv.cctv.com/2025/11/07/VIDExwlb20251107.shtml"),
 ("10032_cppcc_cyber_cooperation.txt", "关于深化与共建“一带一路”国家网络安全合作、协同打击跨境网络犯罪的提案（第0386号）", "李振华", "全国政协十四届三次会议提案", "2025-03-03", ""),
 ("10033_tender_phnompenh_dc.txt", "柬埔寨金边国家数据中心（一期）及配套骨干光缆工程EPC总承包招标公告", "中经国际招标有限公司", "中国招标投标公共服务平台", "2025-09-15", "http://www.cebpubservice.com/ctpsp_iiss/gg/2025/0915/0732-254BHJ0619.html"),
 ("10034_weibo_sea_idc_thread.txt", "【连更】新山、雅加达、曼谷出海见闻（1/6–6/6）", "出海老司机Leo", "新浪微博", "2025-11-12", "https://weibo.com/7521036644/PbQ3xKkLm"),
 ("10035_broker_survey_hanlian.txt", "瀚联通信（603917.SH）调研纪要：海外订单饱满，中东、东南亚数据中心业务加速放量", "周航; 陈思雨", "华信证券研究所", "2025-10-29", ""),
 ("10036_association_annual_speech.txt", "凝心聚力 开拓进取 奋力谱写数字丝路合作新篇章——在中国通信企业协会2025年年会上的讲话", "张建国", "中国通信企业协会", "2025-12-22", "http://www.cace.org.cn/news/2025-12/ldjh-20251222.html"),
]
with open(os.path.join(SET, "sources.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["file", "title", "authors", "publisher", "date", "url"])
    w.writerows(rows)
gold = list(csv.DictReader(open(os.path.join(SET, "gold.tsv"), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
cnt = collections.Counter((r["doc"], r["status"]) for r in gold)
for r in rows:
    t = open(os.path.join(SET, r[0]), encoding="utf-8").read()
    cjk = len(re.findall(r"[\u4e00-\u9fff]", t)); ns = len(re.sub(r"\s", "", t))
    print(f"| {r[0]} | {cjk} / {ns} | {cnt[(r[0],'core')]} | {cnt[(r[0],'opt')]} |")
