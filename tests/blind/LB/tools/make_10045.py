#!/usr/bin/env python3
"""Lay out the thesis chapter (10045) as PDF-extracted text: body paragraphs hard-wrapped at
78 columns, running heads and page numbers, table and footnotes kept as printed."""
import textwrap, os
W = 78
def para(t):
    return textwrap.fill(" ".join(t.split()), W) + "\n"
out = []
out.append("CHAPTER 2\n\nLITERATURE REVIEW\n\n")
out.append("2.1 Introduction\n\n")
out.append(para("""This chapter reviews what is known about the Digital Silk Road (DSR), the
digital component of the Belt and Road Initiative, with particular attention to Central Asia.
It is organised around three questions that recur in the literature: how large the DSR is,
what it has done for connectivity, and how it shapes cyber governance. Section 2.5 brings the
main quantitative estimates together in a single table."""))
out.append("\n2.2 Defining and measuring the Digital Silk Road\n\n")
out.append(para("""Early accounts treated the DSR as a slogan rather than a programme (Shen, 2018,
p. 2). Since then, several authors have tried to measure it. Hillman (2021, p. 14) counts
at least 16 countries that had signed DSR memoranda of understanding by 2019, while Ruan
(2023, p. 7) finds that the number had risen to 17 by 2022.1 Estimates of the money involved
diverge much more. Hillman (2021, p. 112) puts Chinese DSR-related loans and investment at
US$ 79 billion for 2013-2020; Okafor and Lindqvist (2022) arrive at a far lower US$ 17 billion
once commercial contracts are excluded, and the CSIS Reconnecting Asia project (2022) gives a
range of US$ 20-35 billion. Part of the gap is definitional. Okafor and Lindqvist count only
projects with a confirmed Chinese financier, which cuts their sample from 1,340 to 412
projects (2022, p. 31).2 AidData's earlier dataset, which covers official finance only,
records US$ 9.6 billion of Chinese ICT loans between 2000 and 2017 (Custer et al., 2021,
p. 40)."""))
out.append(para("""Estimates of the number of countries in which Chinese firms build digital
infrastructure are similarly dispersed. Ruan (2023, p. 11) identifies DSR projects in 87
countries, roughly three quarters of them in the Global South, whereas Okafor and
Lindqvist's stricter coding yields 54."""))
out.append("\n22                                           CHAPTER 2. LITERATURE REVIEW\n\n")
out.append("LITERATURE REVIEW                                                          23\n\n")
out.append("2.3 Connectivity outcomes\n\n")
out.append(para("""A second strand of research asks whether the DSR has improved connectivity.
Using ITU data for 152 countries, Petrov and Ismoilov (2024, p. 58) show that internet
penetration in BRI partner countries rose from 36 per cent in 2013 to 61 per cent in 2022,
compared with a rise from 52 to 70 per cent in other developing countries. They attribute
between 3 and 5 percentage points of the partner countries' gain to Chinese-financed backbone
projects, although their confidence interval is wide."""))
out.append(para("""Central Asia presents a more uneven picture. Baimukhanova (2024, p. 112) reports that
the number of internet users in Kazakhstan reached 17.6 million in 2023, a penetration rate
of 89 per cent, whereas in Tajikistan only about 36 per cent of the population was online in
the same year (ITU, 2024). Uzbekistan's international bandwidth increased roughly 20-fold
between 2017 and 2022 (Karimov, 2023, p. 45), largely through the 1,900-kilometre Chinese-built
link to the Kyrgyz border. Karimov also estimates that around 4.5 million Uzbeks, or one in
eight residents, remained offline in 2022."""))
out.append("\n2.4 Data centres, cloud and e-commerce\n\n")
out.append(para("""The literature on e-commerce cooperation is thinner. By 2023, China had signed
e-commerce memoranda with 30 countries (MOFCOM, 2023). Zhang and Morrow (2023, p. 88) survey
214 Kazakh suppliers on Chinese platforms and find that digital integration of their value
chains raised productivity by 12-18 per cent. Evidence on data centres is mostly anecdotal.
Greenberg's (2022) case study of a government data centre in Astana reports a cost of US$ 63
million, or KZT 28.7 billion,3 while a comparable facility in Tashkent reportedly cost about
twice as much (Karimov, 2023, p. 51)."""))
out.append("\n2.5 Cyber governance and surveillance\n\n")
out.append(para("""Chinese firms had supplied "safe city" surveillance systems to more than 80 countries
by 2020 (Lindqvist, 2021, p. 5). Ruan (2023, p. 19) codes 63 such contracts in 29 BRI
countries, of which nine are in Central Asia. Petrov and Ismoilov (2024, p. 72) estimate the
cost of cybercrime in Central Asia at around US$ 1.2 billion a year, a figure the authors
regard as a lower bound; in Kazakhstan alone, reported cyber incidents rose by 41 per cent
in 2023."""))
out.append(para("""Table 2.1 summarises the main estimates reviewed in this chapter."""))
out.append("""
Table 2.1 Selected estimates of the scale of the Digital Silk Road
------------------------------------------------------------------------------
Study                          Scope        Period      Estimate   Unit
------------------------------------------------------------------------------
Hillman (2021)                 Global       2013-2020   79         US$ bn
Okafor & Lindqvist (2022)      Global       2013-2021   17         US$ bn
CSIS Reconnecting Asia (2022)  Global       2013-2021   20-35      US$ bn
Custer et al. (2021)           Global       2000-2017   9.6        US$ bn
Karimov (2023)                 Uzbekistan   2017-2022   1.1        US$ bn
Baimukhanova (2024)            Kazakhstan   2015-2023   2.3        US$ bn
Hillman (2021)                 Global       2019        16+        countries (MoUs)
Ruan (2023)                    Global       2022        17         countries (MoUs)
Ruan (2023)                    Global       2022        87         countries (projects)
Lindqvist (2021)               Global       2020        80+        countries (safe city)
------------------------------------------------------------------------------
Source: compiled by the author from the studies listed.
""")
out.append("\n" + "_" * 20 + "\n")
out.append(para("""1 MOFCOM itself reported 16 signatories in 2019 and 17 in 2023; this thesis uses
the later figure."""))
out.append(para("""2 The 928 excluded projects are mostly Huawei and ZTE supply contracts, valued at
a further US$ 11 billion (Okafor and Lindqvist, 2022, p. 33)."""))
out.append(para("""3 Converted at the 2022 average rate of KZT 456 per US dollar."""))
out.append("\n24                                           CHAPTER 2. LITERATURE REVIEW\n")
import re
text = re.sub(r"(\d)-(\d)", "\\1\u2013\\2", "".join(out))  # en dashes in number ranges, as in the PDF
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "10045_thesis_ch2_litreview_dsr.txt"), "w", encoding="utf-8").write(text)
