#!/usr/bin/env python3
"""Builds 10053 (YouTube auto-caption transcript) from plain section text.
Words joined with '_' are kept on one caption line (so a multi-word number never
straddles a timestamp); '_' is then turned back into a space. Deterministic."""
import random, os
random.seed(10053)
HEADER = """Why China Is Building Southeast Asia's Data Centres (and Why It Matters)
Atlas Explains
1.21M subscribers
Subscribe
8.4K
Share
142,318 views  Premiered Mar 3, 2026  #datacenters #china #southeastasia
Johor, Batam, Bangkok: how Chinese cloud and construction firms became the backbone of the region's AI boom.
Chapters: CHAPTERS
...more

Transcript
"""
SECTIONS = [
 (0, "[Music]"),
 (4, """so picture a durian plantation in johor in malaysia right now that same patch of land is a data center campus pulling 300 megawatts from the grid and a big chunk of the money and the gear behind it comes from china today we're going to look at why chinese companies are building so much of southeast asia's digital infrastructure and whether that's a problem"""),
 (31, "[Music]"),
 (41, """okay so first the boom itself according to the consultancy structure research southeast asia had about two_point_four gigawatts of data center capacity live at the end of twenty_twenty_four and there's another six gigawatts planned or under construction so we're talking roughly two_and_a_half_times what exists today johor alone went from basically 10 megawatts in twenty_twenty_one to more than 900 megawatts of live capacity last year that's insane growth and why there well land is cheap power is cheapish and singapore which is like forty_minutes away put a pause on new data centers back in twenty_nineteen so everyone spilled over the border and to be fair singapore lifted the pause in twenty_twenty_two but only for about 80 megawatts of new capacity spread across four projects meanwhile power in johor costs roughly 9_us_cents a kilowatt hour versus something like 20_cents in singapore so more_than_double and the latency between johor and singapore is under 2_milliseconds which for most customers is basically the same city now where does china come in there are kind of three_layers first the cloud providers alibaba cloud huawei cloud and tencent cloud together run something like 30 availability zones in the region and by one estimate from the think tank i mentioned they have around 18% of the public cloud market in southeast asia compared with more_than_60% for the three big american providers second the builders chinese contractors and equipment makers they're involved in maybe four_out_of_ten of the big new campuses we tracked that's based on our own count of 52 projects announced since twenty_twenty_two and about 21 of those had a chinese main contractor or main equipment supplier so take it with a grain of salt and third the tenants a lot of the capacity in johor is leased by chinese tech firms bytedance being the big one reportedly one campus there cost about one_point_two_billion_dollars and a typical hyperscale building in the region runs somewhere between 400_and_600 million us dollars per hundred megawatts depending on who you ask"""),
 (204, "[Music]"),
 (206, """before we go on this video is sponsored by shieldpath vpn if you're watching this from a cafe in kuala lumpur or anywhere really your traffic is going through a lot of networks you don't control shieldpath encrypts it with one click and right now you can get 68% off a two_year plan plus three_extra_months with code atlas link is in the description okay back to it"""),
 (238, "[Music]"),
 (248, """so who's paying for all this the big money is mostly private but chinese state money shows up too the china development bank and exim bank have lent around 3.1_billion_dollars for digital infrastructure in southeast asia since twenty_fifteen according to aiddata that's not just data centers it's also fiber and mobile networks malaysia's investment agency mida approved data center projects worth 114.7_billion_ringgit between twenty_twenty_one and twenty_twenty_four that's about 25_billion_us_dollars and chinese investors were the second biggest source after the us at around 22% in thailand for example a chinese built government data center outside bangkok came in at about six_hundred_million_dollars tencent cloud put 500_million_dollars into its third region in indonesia and in indonesia the national data center in cikarang was financed with a french loan not a chinese one which people often get wrong so it's not china everywhere it's china in a lot of places and there's a demand side story here too southeast asia now has around 470 million internet users that's roughly seventy_five_percent of the population up from something like 260_million in twenty_fifteen so the number of people online nearly_doubled in under_ten_years indonesia alone is about 221_million of those users and every one of them is streaming and shopping and now using ai tools e-commerce in the region hit about 160 billion dollars in gross merchandise value last year and chinese owned platforms like lazada and tiktok shop have maybe a_third of that"""),
 (404, "[Music]"),
 (409, """okay the risks number_one power a single 100_megawatt campus uses about as much electricity as a city of 250,000 people malaysia's grid operator says data centers could be 20% of national electricity demand by twenty_thirty number_two security critics point out that chinese law can require companies to cooperate with state intelligence work supporters point out there's zero public evidence of that happening in these specific facilities and honestly the bigger everyday security problem is scams the global anti scam alliance puts losses to online scams in southeast asia at about 37_billion_dollars in twenty_twenty_four number_three water one campus can use up to 5_million_liters a day for cooling so yeah big boom real money real questions let me know in the comments which country you think is next and if you liked this hit subscribe we've got a video on undersea cables coming in two_weeks"""),
 (516, "[Music]"),
]
def ts(t): return f"{int(t)//60}:{int(t)%60:02d}"
out=[]
t=0.0; chapters=[]
for k,(start,text) in enumerate(SECTIONS):
    if text.startswith('['):
        out.append(f"{ts(t)}\n{text}\n"); t+=random.uniform(4,10); continue
    chapters.append(ts(t))
    words=text.split(); i=0
    while i<len(words):
        n=random.choice([5,6,6,7,7,8])
        chunk=words[i:i+n]; i+=n
        out.append(f"{ts(t)}\n{' '.join(chunk).replace('_',' ')}\n")
        t+=random.uniform(2.3,3.4)
# chapter marks: intro, boom, sponsor, who pays, risks
names=['Intro','The boom','Sponsor','Who pays','The risks']
chap=' | '.join(f"{c} {n}" for c,n in zip(['0:00']+chapters[1:],names))
HEADER=HEADER.replace('CHAPTERS',chap)
out=[HEADER]+out
path=os.path.join(os.path.dirname(__file__),'..','10053_youtube_sea_datacentres_transcript.txt')
open(path,'w',encoding='utf-8').write(''.join(out))
