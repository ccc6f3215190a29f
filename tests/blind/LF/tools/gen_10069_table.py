# generates the table block of 10069 (annotated) so sums and marks stay consistent
rows = [
 # no, country, scope, name, firm, invest(亿美元), dc?, cap_text, cap_val, cap_unit, progress, year, foot
 (1,'巴基斯坦','pakistan','中巴跨境光缆二期（红其拉甫—拉瓦尔品第段扩容）','中国电信','0.82',False,'820公里','820','km','65','2026',''),
 (2,'印度尼西亚','indonesia','雅加达云计算数据中心','阿里云','3.50',True,'30MW','30','MW','40','2027',''),
 (3,'沙特阿拉伯','saudi arabia','利雅得智算中心','中国电建、华为','6.20',True,'60MW','60','MW','25','2027',''),
 (4,'埃及','egypt','新行政首都数据中心二期','华为','1.80',True,'2400个机柜','2400','racks','80','2026',''),
 (5,'肯尼亚','kenya','国家光纤骨干网（NOFBI）三期','中兴通讯','1.15',False,'1500公里','1500','km','55','2026',''),
 (6,'乌兹别克斯坦','uzbekistan','塔什干云计算数据中心二期','中国机械工业集团','1.20',True,'18MW','18','MW','10','2027',''),
 (7,'老挝','laos','老挝一号卫星地面站升级','亚太卫星','0.45',False,'—',None,None,'90','2026',''),
 (8,'泰国','thailand','东部经济走廊5G专网','华为','0.60',False,'1200个基站','1200','base stations','35','2027',''),
 (9,'马来西亚','malaysia','柔佛数据中心园区（一期）','万国数据','8.00',True,'150MW','150','MW','30','2028','①'),
 (10,'塞尔维亚','serbia','诺维萨德智慧城市二期','华为','1.20',False,'8000个摄像头','8000','cameras','45','2027',''),
 (11,'哈萨克斯坦','kazakhstan','跨里海光缆（陆上段）','中国联通','0.90',False,'380公里','380','km','15','2028',''),
 (12,'尼日利亚','nigeria','拉各斯数字港数据中心','中国土木','2.10',True,'20MW','20','MW','20','2028',''),
 (13,'柬埔寨','cambodia','金边国家数据中心','中国电科','0.75',True,'8MW','8','MW','60','2026',''),
 (14,'孟加拉国','bangladesh','国家数据中心扩容','中兴通讯','0.68',True,'4MW','4','MW','100','2025','②Y'),
]
from decimal import Decimal as D
SRC = 'src=推进“一带一路”建设工作领导小组办公室|推进一带一路建设工作领导小组办公室|一带一路建设工作领导小组办公室'
out = ['序号\t国家\t项目名称\t主要中方参与单位\t总投资\t规模/容量\t进度（%）\t预计投运']
tot = D(0); dc = D(0); ndc = 0
for no,cn,sc,name,firm,inv,isdc,cap,capv,capu,prog,yr,foot in rows:
    tot += D(inv)
    if isdc: dc += D(inv); ndc += 1
    m = 'm=data_center_cost;' if isdc else ''
    invm = f'⟦{inv}§v={inv}e8;u=USD;{m}sc={sc};y=;{SRC};n=table cell, 亿美元 from unit line; total project investment⟧'
    capm = cap if capv is None else f'⟦{cap}§v={capv};u={capu};sc={sc};y=;{SRC};n=table cell⟧'
    progm = f'⟦{prog}§v={prog};u=%;sc={sc};y=2026;{SRC};n=progress as of 2026-03-31⟧'
    f1 = foot if not foot.endswith('Y') else ''
    f2 = foot[:-1] if foot.endswith('Y') else ''
    out.append(f'{no}\t{cn}\t{name}\t{firm}\t{invm}\t{capm}{f1}\t{progm}\t{yr}{f2}')
out.append(f'合计\t\t\t\t⟦{tot:.2f}§v={tot}e8;u=USD;sc=;y=;{SRC};n=table total⟧\t\t\t')
print('\n'.join(out))
import sys
print('TOTAL', tot, 'DC', dc, ndc, 'share', dc/tot*100, 'avg', tot/14, file=sys.stderr)
