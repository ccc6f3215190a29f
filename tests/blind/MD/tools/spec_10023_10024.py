# Hand annotations for 10023 and 10024.
D23 = '10023_telegram_digest_central_asia.txt'
D24 = '10024_market_report_sea_colocation.txt'
MVD = 'Ministry of Internal Affairs|MVD'
MDD = 'Ministry of Digital Development'
AFM = 'Agency for Financial Monitoring|AFM'
ALT = 'Altamira Research Partners|Altamira Research|Altamira'
ECO = 'Google, Temasek and Bain|Google|Temasek|Bain & Company|Bain|e-Conomy SEA'
SEA = 'southeast asia'

def rows():
    R = []
    def a(doc, loc, value, unit, qual='exact', metric='', scope='', year='', source='',
          low='', high='', status='core', note=''):
        R.append(dict(doc=doc, loc=loc, value=value, unit=unit, qualifier=qual, metric=metric,
                      scope=scope, year=year, source=source, low=low, high=high,
                      status=status, note=note))
    d = D23
    K, KG, UZ, TJ = 'kazakhstan', 'kyrgyzstan', 'uzbekistan', 'tajikistan'
    a(d, 'Capacity - [[4 Tbit/s]]', 4, 'Tbit/s', 'exact', '', K)
    a(d, 'about\n[[310 km]]', 310, 'km', 'approx', '', K)
    a(d, 'cost ~[[$62 million]]', 62e6, 'USD', 'approx', '', K, note='corrected by the 17:30 update to KZT 62 bn')
    a(d, '[[4,812 cases]]', 4812, 'cases', 'exact', '', KG, '2025', MVD)
    a(d, '+[[38%]] compared', 38, '%', 'exact', '', KG, '2025', MVD)
    a(d, 'Damage - [[1,9 billion soms]]', 1.9e9, 'KGS/year', 'exact', 'cybercrime_cost', KG, '2025', MVD, note='decimal comma kept from the Russian original: 1,9 = 1.9')
    a(d, '[[Every third]] case', 33.333, '%', 'exact', '', KG, '2025', MVD, note='every third = one in three')
    a(d, 'at\n[[3-4 times]] higher', 3.5, 'x', 'range', '', KG, '2025', 'Kloop', low=3, high=4, note='disputed figure')
    a(d, 'reached [[32.1 million]]', 32.1e6, 'people', 'exact', 'internet_users', UZ, '', 'Ministry of Digital Technologies', note='disputed figure')
    a(d, 'or [[86%]] of the', 86, '%', 'exact', 'internet_penetration', UZ, '', 'Ministry of Digital Technologies')
    a(d, 'counts only [[27.6 million]]', 27.6e6, 'people', 'exact', 'internet_users', UZ, '2026', 'DataReportal')
    a(d, '([[74%]])', 74, '%', 'exact', 'internet_penetration', UZ, '2026', 'DataReportal')
    a(d, 'Difference - [[4.5 million]]', 4.5e6, 'people', 'exact', '', UZ, note='gap between the two counts')
    a(d, 'received [[21.4 million parcels]]', 21.4e6, 'parcels', 'exact', '', UZ, '2025', 'Kun.uz')
    a(d, '[[2.6 times]] more', 2.6, 'x', 'exact', '', UZ, '2025', 'Kun.uz')
    a(d, 'parcel was [[$11]].', 11, 'USD', 'exact', '', UZ, '2025', 'Kun.uz')
    a(d, 'from [[$1,000]] to', 1000, 'USD', 'exact', '', UZ, '', 'Kun.uz', note='duty-free limit before')
    a(d, 'to [[$200]].', 200, 'USD', 'exact', '', UZ, '', 'Kun.uz', note='duty-free limit after')
    a(d, 'say [[2,400]] new Huawei', 2400, 'cameras', 'exact', '', TJ, '2025', note='disputed figure (officials)')
    a(d, 'barely [[900]] of them', 900, 'cameras', 'max', '', TJ, '2025', high=900, note='disputed figure (opposition channels)')
    a(d, 'cost about [[$21\nmillion]]', 21e6, 'USD', 'approx', '', TJ, '2019')
    a(d, 'has [[27 commercial data centres]]', 27, 'data centres', 'exact', '', K, '', MDD)
    a(d, 'capacity of [[36 MW]]', 36, 'MW', 'exact', '', K, '', MDD)
    a(d, '[[100 MW]] by 2029', 100, 'MW', 'exact', '', K, '2029', MDD, note='target')
    a(d, 'at least [[a third]] of the new', 33.333, '%', 'min', '', K, '2029', MDD, low=33.333)
    a(d, 'Astana cost [[48 billion tenge]]', 48e9, 'KZT', 'exact', 'data_center_cost', K, '', MDD)
    a(d, 'is not [[$62 million]]', 62e6, 'USD', 'exact', '', K, status='opt', note='negated (retracted) figure')
    a(d, 'but [[62 billion tenge]]', 62e9, 'KZT', 'exact', '', K, note='corrected cost of the Khorgos route')
    a(d, '(~[[$120 million]])', 120e6, 'USD', 'approx', '', K)
    a(d, 'build [[more than half]] of', 50, '%', 'min', '', 'central asia', '2030', low=50, status='opt', note='poll question')
    a(d, 'Yes - [[61%]]', 61, '%', 'exact', status='opt', note='poll widget')
    a(d, 'No - [[27%]]', 27, '%', 'exact', status='opt', note='poll widget')
    a(d, "Don't know - [[12%]]", 12, '%', 'exact', status='opt', note='poll widget')
    a(d, '[[3,204 votes]]', 3204, 'votes', 'exact', status='opt', note='poll widget')
    a(d, 'of the [[$50 million]]', 50e6, 'USD', 'exact', '', KG, '', 'Tengri Digital|World Bank')
    a(d, 'only [[23%]] has', 23, '%', 'exact', '', KG, '', 'Tengri Digital')
    a(d, 'planned [[1,054 km]]', 1054, 'km', 'exact', '', KG, '', 'Tengri Digital')
    a(d, 'about [[410 km]]', 410, 'km', 'approx', '', KG, '', 'Tengri Digital')
    a(d, 'day: [[12,5 billion tenge]]', 12.5e9, 'KZT', 'exact', '', K, '2025', AFM, note='decimal comma kept from the original: 12,5 = 12.5; blocked fraudulent transfers')
    a(d, 'number: [[9.8 billion]]', 9.8e9, 'KZT', 'exact', '', K, '2025', 'Agency for Regulation and Development of the Financial Market|ARDFM', note='elided unit tenge; disputed')
    a(d, 'AFM - [[41 billion\ntenge]]', 41e9, 'KZT/year', 'exact', 'cybercrime_cost', K, '2025', AFM)
    a(d, 'about [[112 thousand tenge]]', 112000, 'KZT', 'approx', '', K, '2025', AFM, note='per victim')
    a(d, 'the [[5%]] tax', 5, '%', 'exact', '', UZ)
    a(d, 'for [[48 hours]]', 48, 'hours', 'exact', status='opt', note='channel furniture')

    d = D24
    a(d, '| [[186 pages]]', 186, 'pages', 'exact', status='opt', note='report metadata')
    a(d, 'value in 2024 <*>[[US$9.8 billion]]', 9.8e9, 'USD', 'exact', '', SEA, '2024', ALT)
    a(d, 'forecast in 2032 <*>[[US$26.3 billion]]', 26.3e9, 'USD', 'exact', '', SEA, '2032', ALT, note='forecast')
    a(d, 'CAGR of [[13.1%]] from 2025', 13.1, '%', 'exact', '', SEA, '2032', ALT, note='CAGR 2025-2032; year = end year')
    a(d, 'capacity, 2024 <*>[[3,150 MW]]', 3150, 'MW', 'exact', '', SEA, '2024', ALT)
    a(d, 'capacity, 2032 <*>[[8,400 MW]]', 8400, 'MW', 'exact', '', SEA, '2032', ALT)
    a(d, 'Singapore, [[34.2%]] share', 34.2, '%', 'exact', '', 'singapore', '2024', ALT)
    a(d, 'Malaysia, CAGR of [[20.0%]]', 20, '%', 'exact', '', 'malaysia', '2032', ALT)
    a(d, 'valued at [[US$9.8 billion]]', 9.8e9, 'USD', 'exact', '', SEA, '2024', ALT)
    a(d, 'reach [[US$26.3 billion]] by 2032', 26.3e9, 'USD', 'exact', '', SEA, '2032', ALT)
    a(d, '(CAGR) of [[13.1%]]', 13.1, '%', 'exact', '', SEA, '2032', ALT)
    a(d, 'from [[3,150 MW]] to', 3150, 'MW', 'exact', '', SEA, '2024', ALT)
    a(d, 'to [[8,400 MW]], or', 8400, 'MW', 'exact', '', SEA, '2032', ALT)
    a(d, 'about [[2.7 times]]', 2.7, 'x', 'approx', '', SEA, '2032', ALT)
    a(d, 'for [[58.5%]] of revenue', 58.5, '%', 'exact', '', SEA, '2024', ALT)
    a(d, 'held [[29.0%]]', 29, '%', 'exact', '', SEA, '2024', ALT)
    a(d, 'remaining [[12.5%]]', 12.5, '%', 'exact', '', SEA, '2024', ALT)
    a(d, 'reach [[66%]], as', 66, '%', 'exact', '', SEA, '2032', ALT)
    a(d, '[[720 MW]] in 2024', 720, 'MW', 'exact', '', 'malaysia', '2024', ALT)
    a(d, 'to [[3,050 MW]] in 2032', 3050, 'MW', 'exact', '', 'malaysia', '2032', ALT)
    a(d, 'only from [[1,010 MW]]', 1010, 'MW', 'exact', '', 'singapore', '2024', ALT)
    a(d, 'to [[1,450 MW]] because', 1450, 'MW', 'exact', '', 'singapore', '2032', ALT)
    a(d, 'an estimated [[21%]] of installed', 21, '%', 'exact', '', SEA, '2024', ALT, note='Chinese-owned operators share of capacity')
    a(d, 'from [[9%]] in 2019', 9, '%', 'exact', '', SEA, '2019', ALT)
    a(d, 'gain of [[12 percentage points]]', 12, 'pp', 'exact', '', SEA, '', ALT)
    a(d, 'reaches [[27-30%]] by 2032', 28.5, '%', 'range', '', SEA, '2032', ALT, low=27, high=30)
    a(d, 'averaged [[US$10.2\nmillion per MW]]', 10.2e6, 'USD/MW', 'exact', '', 'singapore', '2024', ALT, note='cost per MW')
    a(d, '[[US$7.1 million]] in Johor', 7.1e6, 'USD/MW', 'exact', '', 'malaysia', '2024', ALT, note='elided per MW')
    a(d, '[[US$6.4 million]]\nin Batam', 6.4e6, 'USD/MW', 'exact', '', 'indonesia', '2024', ALT, note='elided per MW')
    a(d, 'A typical [[100 MW]] hyperscale', 100, 'MW', 'exact', '', 'malaysia', '', ALT)
    a(d, 'between [[US$650\nmillion and US$900 million]]', 775e6, 'USD', 'range', 'data_center_cost', 'malaysia', '', ALT, low=650e6, high=900e6)
    a(d, 'about [[460 million]] internet', 460e6, 'people', 'approx', 'internet_users', SEA, '2024', ECO)
    a(d, 'roughly [[75%]] of its population', 75, '%', 'approx', 'internet_penetration', SEA, '2024', ECO)
    a(d, '[[US$263 billion]] in gross', 263e9, 'USD', 'exact', '', SEA, '2024', ECO, note='digital economy GMV')
    tbl = [('Singapore', 'singapore', 3352, 5980, 7.5), ('Malaysia', 'malaysia', 1862, 7980, 20.0),
           ('Indonesia', 'indonesia', 1764, 5000, 13.9), ('Thailand', 'thailand', 1078, 3030, 13.8),
           ('Vietnam', 'vietnam', 784, 2240, 14.0), ('Philippines', 'philippines', 657, 1650, 12.2),
           ('Others', '', 303, 420, 4.2), ('Total', SEA, 9800, 26300, 13.1)]
    for lab, sc, v24, v32, cg in tbl:
        a(d, ('cell', lab + '  ', 0), v24 * 1e6, 'USD', 'exact', '', sc, '2024', ALT, note='Table 2.1, US$ million')
        a(d, ('cell', lab + '  ', 1), v32 * 1e6, 'USD', 'exact', '', sc, '2032', ALT, note='Table 2.1, US$ million, forecast')
        a(d, ('cell', lab + '  ', 2), cg, '%', 'exact', '', sc, '2032', ALT, note='Table 2.1, CAGR 2025-2032')
    a(d, 'around [[300 MW]] of new', 300, 'MW', 'approx', '', 'singapore', '', ALT)
    a(d, 'the [[ten]] largest', 10, 'operators', 'exact', status='opt', note='vague group')
    a(d, 'census of [[412 operational facilities]]', 412, 'facilities', 'exact', '', SEA, '', ALT)
    a(d, 'and [[58 interviews]]', 58, 'interviews', 'exact', '', SEA, '', ALT)
    return R
