#!/usr/bin/env python3
"""Emit the 16-42 table block (with claim markup) for 10026; pasted into src/10026_*.src."""
import unicodedata
YEARS = [2015, 2020, 2022, 2023, 2024]
M = 'cbec'
rows = [
 # label, english, cells, unit, scale, metric, src, note
 ('国际互联网出口带宽(Gbps)', 'International Internet Bandwidth (Gbps)', ['5392.1','11511.4','17467.9','18984.3','21306.7'], 'Gbps', 1, '', 'MIIT', ''),
 ('跨境陆地光缆系统(条)', 'Cross-border Terrestrial Cable Systems (unit)', ['17','26','30','31','33'], 'cable systems', 1, '', 'MIIT', ''),
 ('国际海缆登陆站(个)', 'International Submarine Cable Landing Stations (unit)', ['6','8','9','9','10'], 'landing stations', 1, '', 'MIIT', ''),
 ('国际通信业务收入(亿元)', 'Revenue of International Telecom Services (100 million yuan)', ['412.3','538.6','601.9','642.7','688.5'], 'CNY/year', 1e8, '', 'MIIT', ''),
 ('跨境电子商务进出口额(亿元)', 'Cross-border E-commerce Imports and Exports (100 million yuan)', ['…','16220','21030','23760','26310'], 'CNY/year', 1e8, '', 'GACC', ''),
 ('  #出口', '  Exports', ['…','11170','15530','18300','20810'], 'CNY/year', 1e8, '', 'GACC', 'exports'),
 ('    进口', '    Imports', ['…','5050','5500','5460','5500'], 'CNY/year', 1e8, '', 'GACC', 'imports'),
 ('  #与共建“一带一路”国家', '  #With BRI Partner Countries', ['…','5890','8140','9660','11050'], 'CNY/year', 1e8, '', 'GACC', 'with BRI partner countries'),
 ('互联网上网人数(万人)', 'Internet Users (10 000 persons)', ['68826','98899','106744','109212','110976'], 'people', 1e4, 'internet_users', 'CNNIC', ''),
 ('  #农村', '  #Rural', ['19540','30975','30836','32572','33016'], 'people', 1e4, 'internet_users', 'CNNIC', 'rural internet users'),
 ('互联网普及率(%)', 'Internet Penetration Rate (%)', ['50.3','70.4','75.6','77.5','78.6'], '%', 1, 'internet_penetration', 'CNNIC', ''),
]
SCOPE = {'  #与共建“一带一路”国家': ''}
SRC = {'MIIT': '工业和信息化部|工信部|MIIT|国家统计局',
       'GACC': '海关总署|GACC|国家统计局',
       'CNNIC': '中国互联网络信息中心|CNNIC|国家统计局'}
def w(s):
    return sum(2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)
from decimal import Decimal
def fmt(c, sc):
    x = Decimal(c) * Decimal(str(int(sc)) if sc >= 1 else str(sc))
    s = format(x.normalize(), 'f')
    return s
out = []
hdr = '指    标' + ' ' * (34 - w('指    标')) + ''.join(f'{y:>10}' for y in YEARS) + '    Item'
out.append(hdr)
for lab, en, cells, unit, sc, m, src, note in rows:
    line = lab + ' ' * max(2, 34 - w(lab))
    for y, c in zip(YEARS, cells):
        pad = ' ' * (10 - len(c))
        if c == '…':
            line += pad + c
            continue
        attrs = f'v={fmt(c, sc)};u={unit};y={y};src={SRC[src]};sc={SCOPE.get(lab, "china")}'
        if m: attrs += f';m={m}'
        if note: attrs += f';n={note}'
        line += pad + f'⟦{c}§{attrs}⟧'
    line += '    ' + en
    out.append(line)
print('\n'.join(out))
