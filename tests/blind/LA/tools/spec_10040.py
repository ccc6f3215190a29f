DOC = '10040_hengyun_esg_2025_green_dc.txt'
Y = '2025'
def T(label, i, val, unit, year, note=''):
    # table cell i (0,1,2) of the row starting with label
    import re
    text = open(__import__('os').path.join(__import__('os').path.dirname(__import__('os').path.dirname(__file__)), DOC), encoding='utf-8').read()
    line = [l for l in text.split('\n') if l.startswith(label)]
    assert len(line) == 1, label
    line = line[0]
    cells = re.findall(r'[\d][\d,.]*', line[len(label):])
    cells = [c for c in cells if not (label.startswith('Scope') and c in ('1', '2') and False)]
    # last three numeric tokens are the year columns
    cells = cells[-3:]
    c = cells[i]
    pre = line[:line.rindex(c) if i == 2 else None]
    # build a unique context: the row prefix up to and including the cell
    idx = [m.start() for m in re.finditer(re.escape(c), line)]
    # choose the occurrence that is the i-th of the last three tokens
    toks = [m for m in re.finditer(r'[\d][\d,.]*', line)][-3:]
    m = toks[i]
    ctx = line[:m.start()] + '[[' + c + ']]' + line[m.end():]
    return R(ctx, val, unit, y=year, note=note)
ROWS = [
 R('accounting for [[93.6%]] of', 93.6, '%', y=Y),
 R('operated [[27]] data\ncentres', 27, 'data centres', y=Y),
 R('centres, [[21]] in mainland China', 21, 'data centres', sc='china', y=Y),
 R('China and [[six]] overseas', 6, 'data centres', y=Y),
 R('Malaysia ([[two]])', 2, 'data centres', sc='malaysia', y=Y),
 R('Kazakhstan ([[one]] each)', 1, 'data centres', y=Y, note='one each in Indonesia, Thailand, Saudi Arabia, Kazakhstan'),
 R('capacity of [[1,480]] MW', 1480, 'MW', y=Y),
 R('of which [[212]] MW was outside China', 212, 'MW', y=Y),
 R('consumed [[5,214,300]] MWh', 5214300, 'MWh', y=Y),
 R('an increase of\n[[11.8%]] year on year', 11.8, '%', y=Y),
 R('was\n[[5.57 million]] MWh', 5.57e6, 'MWh', y=Y),
 R('improved to [[1.24]], from', 1.24, 'PUE', y=Y),
 R('from [[1.27]] in 2024', 1.27, 'PUE', y='2024'),
 R('recorded a PUE of [[1.09]]', 1.09, 'PUE', sc='china', y=Y),
 R('PUE of no more than [[1.20]], and', 1.20, 'PUE', 'max'),
 R('down to [[1.20]] by 2027', 1.20, 'PUE', y='2027'),
 R('The [[two]] Johor campuses', 2, 'campuses', sc='malaysia', y=Y, st='opt', note='repeats the Malaysia count'),
 R('combined PUE of [[1.31]], and', 1.31, 'PUE', sc='malaysia', y=Y),
 R('recorded [[1.42]] in its first', 1.42, 'PUE', sc='saudi arabia', y=Y),
 R('its first [[nine]] months', 9, 'months', st='opt', note='framing period'),
 R('accounted for [[42.7%]] of data-centre', 42.7, '%', y=Y),
 R('up [[6.1 percentage points]] from 2024', 6.1, 'pp', y=Y),
 R('purchased [[1.38 million]] MWh', 1.38e6, 'MWh', y=Y),
 R('further\n[[0.81 million]] MWh', 0.81e6, 'MWh', y=Y),
 R('capacity reached [[36.4]] MW', 36.4, 'MW', y=Y),
 R('generating\n[[41,200]] MWh', 41200, 'MWh', y=Y),
 R('supplied about [[14%]] of our', 14, '%', 'approx', sc='malaysia', y=Y),
 R('sources [[close to half]] of its power', 50, '%', 'approx', sc='kazakhstan', y=Y),
 R('under a [[12-year]] PPA', 12, 'years', sc='kazakhstan'),
 R('fell to [[18,620]] tCO2e', 18620, 'tCO2e', y=Y),
 R('emissions were\n[[1.84 million]] tCO2e', 1.84e6, 'tCO2e', y=Y),
 R('down [[3.1%]] year on year', 3.1, '%', y=Y),
 R('emissions were [[2.71 million]] tCO2e', 2.71e6, 'tCO2e', y=Y),
 R('approximately [[0.96 million]] tCO2e', 0.96e6, 'tCO2e', 'approx', y=Y),
 R('fell to [[0.356]] tCO2e per MWh', 0.356, 'tCO2e/MWh', y=Y),
 R('from [[0.411]] tCO2e per MWh', 0.411, 'tCO2e/MWh', y='2024'),
 R('to [[100%]] renewable electricity by 2030', 100, '%', y='2030'),
 R('withdrawal was [[7.42 million]] m³', 7.42e6, 'm3', y=Y),
 R('up [[10.6%]] from', 10.6, '%', y=Y),
 R('from [[6.71 million]] m³ in', 6.71e6, 'm3', y='2024'),
 R('made up [[28%]] of withdrawal', 28, '%', y=Y),
 R('improved to [[0.96]] L/kWh', 0.96, 'L/kWh', y=Y),
 T('Electricity consumption', 0, 4312500, 'MWh', '2023'),
 T('Electricity consumption', 1, 4663900, 'MWh', '2024'),
 T('Electricity consumption', 2, 5214300, 'MWh', '2025'),
 T('Average PUE', 0, 1.31, 'PUE', '2023'),
 T('Average PUE', 1, 1.27, 'PUE', '2024'),
 T('Average PUE', 2, 1.24, 'PUE', '2025'),
 T('Share of renewable electricity', 0, 30.2, '%', '2023'),
 T('Share of renewable electricity', 1, 36.6, '%', '2024'),
 T('Share of renewable electricity', 2, 42.7, '%', '2025'),
 T('Scope 1 GHG emissions', 0, 21480, 'tCO2e', '2023'),
 T('Scope 1 GHG emissions', 1, 19950, 'tCO2e', '2024'),
 T('Scope 1 GHG emissions', 2, 18620, 'tCO2e', '2025'),
 T('Scope 2 GHG emissions (market-based)1', 0, 1926000, 'tCO2e', '2023'),
 T('Scope 2 GHG emissions (market-based)1', 1, 1899000, 'tCO2e', '2024'),
 T('Scope 2 GHG emissions (market-based)1', 2, 1840000, 'tCO2e', '2025'),
 T('Total water withdrawal      ', 0, 5980000, 'm3', '2023'),
 T('Total water withdrawal      ', 1, 6710000, 'm3', '2024'),
 T('Total water withdrawal      ', 2, 7420000, 'm3', '2025'),
 R('Over the next [[three]] years', 3, 'years', st='opt', note='framing period'),
 R('invest [[RMB 4.5 billion]] in energy', 4.5e9, 'CNY'),
 R('to at least [[50%]] by 2028', 50, '%', 'min', y='2028'),
 R('across all [[15]] categories', 15, 'categories', st='opt', note='GHG Protocol category count'),
]
