DOC = '10042_substack_dsr_estimates_compared.txt'
G = 'global'
RWR = 'RWR Advisory Group|RWR'
AD = 'AidData'
AEI = 'American Enterprise Institute|AEI'
US = 'USCC|U.S.-China Economic and Security Review Commission'
CAC = 'Cyberspace Administration of China|CAC'
ME = 'The Connectivity Ledger|Hannah Ostrowski'
DI = 'dsr_investment'
PC = 'dsr_project_countries'
ROWS = [
 R('that figure is [[$23.4 billion]], $79', 23.4e9, 'USD', m=DI, sc=G, y='2021', src=AD),
 R('$23.4 billion, [[$79 billion]] or', 79e9, 'USD', m=DI, sc=G, y='2018', src=RWR),
 R('"as much as [[$200 billion]]"', 200e9, 'USD', 'max', sc=G, y='2020', src=US),
 R('1. The one everyone quotes: [[$79 billion]]', 79e9, 'USD', m=DI, sc=G, y='2018', src=RWR),
 R('deals at [[$79 billion]]\nover 2013-2018'.replace('\n', ' '), 79e9, 'USD', m=DI, sc=G, y='2018', src=RWR),
 R('That total covers [[49]] countries', 49, 'countries', m=PC, sc=G, y='2018', src=RWR),
 R('accounted for roughly [[a third]] of it', 33.33, '%', 'approx', y='2018', src=RWR),
 R('a sample of [[40]] of its largest', 40, 'entries'),
 R('about [[one in four]] had stalled', 25, '%', 'approx'),
 R("2. The lender's view: [[$23.4 billion]]", 23.4e9, 'USD', m=DI, sc=G, y='2021', src=AD),
 R('you get [[$23.4 billion]] in\ncommitments'.replace('\n', ' '), 23.4e9, 'USD', m=DI, sc=G, y='2021', src=AD),
 R('spread across [[125]] countries', 125, 'countries', m=PC, sc=G, y='2021', src=AD),
 R('of which\n[[$9.1 billion]] and'.replace('\n', ' '), 9.1e9, 'USD', sc=G, y='2021', src=AD, note='telecom backbones (respectively)'),
 R('$9.1 billion and [[$3.2 billion]] went', 3.2e9, 'USD', sc=G, y='2021', src=AD, note='data centres (respectively)'),
 R('3. The investment tracker: [[$38.6 billion]]', 38.6e9, 'USD', m=DI, sc=G, y='2025', src=AEI),
 R('technology sector of\n[[$38.6 billion]] in Belt'.replace('\n', ' '), 38.6e9, 'USD', m=DI, sc=G, y='2025', src=AEI),
 R('2025,\nin [[58]] countries'.replace('\n', ' '), 58, 'countries', m=PC, sc=G, y='2025', src=AEI),
 R('transactions of [[$95 million]] or more', 95e6, 'USD', 'min', src=AEI, note='inclusion threshold'),
 R('4. The ceiling: up to [[$200 billion]]', 200e9, 'USD', 'max', sc=G, y='2020', src=US),
 R('could reach up to\n[[$200 billion]] for'.replace('\n', ' '), 200e9, 'USD', 'max', sc=G, y='2020', src=US),
 R('That is more than [[eightfold]]', 8, 'x', 'min'),
 R('Digital Silk Road with [[17]]\ncountries'.replace('\n', ' '), 17, 'countries', m='dsr_mou_countries', sc=G, y='2024', src=CAC),
 R('memorandums with [[33]]\ncountries'.replace('\n', ' '), 33, 'countries', m='ecommerce_mou_countries', sc=G, y='2024', src='MOFCOM|'+CAC),
 R('memorandums with\n[[31]] countries and regions'.replace('\n', ' '), 31, 'countries and regions', m='digital_investment_mou_countries', sc=G, y='2024', src=CAC),
 R('That makes [[81]] agreements', 81, 'agreements', sc=G, y='2024'),
 R('appear on all [[three]] lists', 3, 'lists', st='opt'),
 R('6. My own reconciliation: [[$45-60 billion]]', None, 'USD', 'range', lo=45e9, hi=60e9, m=DI, sc=G, y='2024', src=ME),
 R('I get a range of [[$45-60 billion]] for', None, 'USD', 'range', lo=45e9, hi=60e9, m=DI, sc=G, y='2024', src=ME),
 R('in roughly [[70]]\ncountries'.replace('\n', ' '), 70, 'countries', 'approx', m=PC, sc=G, y='2024', src=ME),
 R('works out to about [[$4-5 billion a year]]', None, 'USD/year', 'range', lo=4e9, hi=5e9, sc=G, src=ME),
 R('or roughly [[4%]] of', 4, '%', 'approx', sc=G, src=ME),
 R('AEI puts at\n[[$1.3 trillion]]'.replace('\n', ' '), 1.3e12, 'USD', sc=G, y='2024', src=AEI),
 # comparison table
 R('RWR Advisory Group\t[[$79bn]]', 79e9, 'USD', m=DI, sc=G, y='2018', src=RWR),
 R('2013-2018\t[[49]]\t', 49, 'countries', m=PC, sc=G, y='2018', src=RWR),
 R('AidData (GCDF 3.0)\t[[$23.4bn]]', 23.4e9, 'USD', m=DI, sc=G, y='2021', src=AD),
 R('2000-2021\t[[125]]\t', 125, 'countries', m=PC, sc=G, y='2021', src=AD),
 R('AEI tracker\t[[$38.6bn]]', 38.6e9, 'USD', m=DI, sc=G, y='2025', src=AEI),
 R('H1 2025\t[[58]]\t', 58, 'countries', m=PC, sc=G, y='2025', src=AEI),
 R('deals ≥ [[$95m]]', 95e6, 'USD', 'min', src=AEI),
 R('USCC staff paper\tup to [[$200bn]]', 200e9, 'USD', 'max', sc=G, y='2020', src=US),
 R('2024\t[[17]] / 33 / 31', 17, 'countries', m='dsr_mou_countries', sc=G, y='2024', src=CAC),
 R('2024\t17 / [[33]] / 31', 33, 'countries', m='ecommerce_mou_countries', sc=G, y='2024', src='MOFCOM|'+CAC),
 R('2024\t17 / 33 / [[31]]', 31, 'countries and regions', m='digital_investment_mou_countries', sc=G, y='2024', src=CAC),
 R('The Connectivity Ledger\t[[$45-60bn]]', None, 'USD', 'range', lo=45e9, hi=60e9, m=DI, sc=G, y='2024', src=ME),
 R('2013-2024\t~[[70]]\t', 70, 'countries', 'approx', m=PC, sc=G, y='2024', src=ME),
 # why it matters
 R('is roughly\n[[$177 billion]]'.replace('\n', ' '), 177e9, 'USD', 'approx'),
 R('has poured [[$79 billion]] into', 79e9, 'USD', m=DI, sc=G, y='2018', src=RWR),
 R('deals announced [[six]] years\nago'.replace('\n', ' '), 6, 'years', st='opt', note='framing'),
 R('fewer than [[three-quarters]] of', 75, '%', 'max', st='opt', note='comparison fraction'),
 R('"more than [[80]] agreements"', 80, 'agreements', 'min', st='opt', note='hypothetical quote'),
 R('"[[$23.4 billion]] in Chinese official ICT finance', 23.4e9, 'USD', m=DI, sc=G, y='2021', src=AD, st='opt', note='model sentence'),
 R('sentence than "[[$79 billion]] DSR"', 79e9, 'USD', m=DI, sc=G, st='opt', note='model sentence'),
 R('sent me [[12]] different figures', 12, 'figures'),
 R('gave [[17]] DSR MoUs', 17, 'countries', m='dsr_mou_countries', sc=G, y='2023', src='Chinese government|white paper'),
 R("hasn't moved in [[two]] years", 2, 'years', st='opt', note='framing'),
 R('[[Six]] published estimates', 6, 'estimates', st='opt', note='subtitle count'),
 R('estimates, [[six]] different answers', 6, 'answers', st='opt', note='subtitle count'),
]
