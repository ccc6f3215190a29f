# Hand annotations for 10021 and 10022.  loc is a ctx string, or ('cell', prefix, k).
D21 = '10021_wb_pad_tajikistan_digital.txt'
D22 = '10022_wiki_telecom_laos.txt'
WB = 'World Bank'
MTC = 'Ministry of Technology and Communications|MTC'

def rows():
    R = []
    def a(doc, loc, value, unit, qual='exact', metric='', scope='', year='', source='',
          low='', high='', status='core', note=''):
        R.append(dict(doc=doc, loc=loc, value=value, unit=unit, qualifier=qual, metric=metric,
                      scope=scope, year=year, source=source, low=low, high=high,
                      status=status, note=note))
    d = D21
    T = 'tajikistan'
    a(d, 'AMOUNT OF [[SDR 33.6 MILLION]]', 33.6e6, 'XDR', 'exact', '', T, '', WB, note='IDA grant in SDR')
    a(d, '([[US$45.0 MILLION]] EQUIVALENT)', 45e6, 'USD', 'exact', '', T, '', WB)
    a(d, '[[TJS 10.92]] = US$1', 10.92, 'TJS', 'exact', '', T, '2026', status='opt', note='exchange rate line')
    a(d, 'US$1 = [[SDR 0.7467]]', 0.7467, 'XDR', 'exact', '', '', '2026', status='opt', note='exchange rate line')
    a(d, ('cell', 'Total Project Cost', 0), 52e6, 'USD', 'exact', '', T, '', WB, note='US$ millions table')
    a(d, ('cell', 'Total Financing', 0), 52e6, 'USD', 'exact', '', T, '', WB)
    a(d, ('cell', '   of which IBRD/IDA', 0), 45e6, 'USD', 'exact', '', T, '', WB)
    a(d, ('cell', 'Financing Gap', 0), 0, 'USD', 'exact', '', T, '', WB, status='opt', note='zero gap')
    a(d, ('cell', 'International Development Association (IDA) Grant', 0), 45e6, 'USD', 'exact', '', T, '', WB)
    a(d, ('cell', 'Digital Development Partnership (trust fund)', 0), 4e6, 'USD', 'exact', '', T, '', WB)
    a(d, ('cell', 'Counterpart Funding (Recipient)', 0), 3e6, 'USD', 'exact', '', T, '', WB)
    for k, (y, v) in enumerate(zip(range(2026, 2032), (1.5, 6.8, 11.4, 12.6, 8.7, 4.0))):
        a(d, ('cell', 'Annual ', k), v * 1e6, 'USD', 'exact', '', T, str(y), WB, note='expected disbursement, WB fiscal year')
    for k, (y, v) in enumerate(zip(range(2026, 2032), (1.5, 8.3, 19.7, 32.3, 41.0, 45.0))):
        a(d, ('cell', 'Cumulative ', k), v * 1e6, 'USD', 'exact', '', T, str(y), WB, note='cumulative disbursement')
    a(d, 'country of [[10.6 million\npeople]]', 10.6e6, 'people', 'exact', '', T, '', WB, note='population')
    a(d, '[[73 percent]] of whom', 73, '%', 'exact', '', T, '', WB)
    a(d, 'at [[8.4\npercent]] in 2024', 8.4, '%', 'exact', '', T, '2024', WB, note='GDP growth')
    a(d, 'about [[45 percent]] of GDP', 45, '%', 'approx', '', T, '2024', WB, note='remittances')
    a(d, 'estimates that [[44\npercent]] of individuals', 44, '%', 'exact', 'internet_penetration', T, '2024', 'ITU')
    a(d, '[[89 percent]] for Europe', 89, '%', 'exact', 'internet_penetration', 'europe and central asia', '2024', 'ITU')
    a(d, 'cover [[71 percent]] of the', 71, '%', 'exact', '', T, '', WB, note='4G population coverage')
    a(d, 'only [[38 percent]] of rural', 38, '%', 'exact', '', T, '', WB)
    a(d, 'on [[two]]\ncross-border', 2, 'fiber links', 'exact', '', T, status='opt', note='small count in words')
    a(d, 'about [[2,800 km]] long', 2800, 'km', 'approx', '', T, '', WB)
    a(d, 'with\n[[two]] loans', 2, 'loans', 'exact', '', T, status='opt', note='small count in words')
    a(d, 'totaling [[US$118 million]]', 118e6, 'USD', 'exact', '', T, '', WB, note='China Exim loans for fiber ring')
    a(d, 'supply over [[80 percent]]', 80, '%', 'min', '', T, '', WB, low=80)
    a(d, 'of about [[US$21 million]]', 21e6, 'USD', 'approx', '', T, '', 'Ministry of Internal Affairs|Government of Tajikistan', note='source from footnote 1')
    a(d, 'recorded [[1,930 incidents]]', 1930, 'incidents', 'exact', '', T, '2025', 'TJ-CERT')
    a(d, '[[nearly three times]] the 2022', 3, 'x', 'approx', '', T, '2025', 'TJ-CERT')
    a(d, 'only [[7]] of\nthe', 7, 'ministries and agencies', 'exact', '', T, '', WB, note='elided noun')
    a(d, "country's [[46 ministries and agencies]]", 46, 'ministries and agencies', 'exact', '', T, '', WB)
    P = 'People provided with new or improved    No'
    a(d, ('cell', P, 0), 0, 'people', 'exact', 'broadband_people_connected', T, '2025', WB, status='opt', note='zero baseline')
    for k, (y, v) in enumerate(zip(('2027', '2028', '2029', '2031'), (60000, 210000, 390000, 550000)), 1):
        a(d, ('cell', P, k), v, 'people', 'exact', 'broadband_people_connected', T, y, WB, note='results framework target')
    H = 'Rural households connected to fixed     No'
    a(d, ('cell', H, 0), 0, 'households', 'exact', 'broadband_households_connected', T, '2025', WB, status='opt', note='zero baseline')
    for k, (y, v) in enumerate(zip(('2027', '2028', '2029', '2031'), (8000, 30000, 62000, 90000)), 1):
        a(d, ('cell', H, k), v, 'households', 'exact', 'broadband_households_connected', T, y, WB, note='results framework target')
    I = 'Individuals using the internet          No'
    a(d, ('cell', I, 0), 44, '%', 'exact', 'internet_penetration', T, '2024', 'ITU', note='baseline; year 2024 per M&E note, not the column head (2025)')
    a(d, ('cell', I, 1), 52, '%', 'exact', 'internet_penetration', T, '2029', WB, note='target')
    a(d, ('cell', I, 2), 58, '%', 'exact', 'internet_penetration', T, '2031', WB, note='end target')
    G = 'Government services available online    Yes'
    for k, (y, v) in enumerate(zip(('2025', '2027', '2028', '2029', '2031'), (35, 60, 110, 160, 220))):
        a(d, ('cell', G, k), v, 'government services', 'exact', '', T, y, WB)
    C = 'Critical information infrastructure     No'
    for k, (y, v) in enumerate(zip(('2025', '2027', '2028', '2029', '2031'), (12, 25, 40, 60, 80))):
        a(d, ('cell', C, k), v, '%', 'exact', '', T, y, WB)
    a(d, 'aged [[15]] and older', 15, 'years', 'min', low=15, status='opt', note='indicator definition')
    a(d, 'in a [[30-day]] period', 30, 'days', 'exact', status='opt', note='indicator definition')
    a(d, 'last [[three months]]', 3, 'months', 'exact', status='opt', note='indicator definition')
    a(d, 'baseline of [[44 percent]]', 44, '%', 'exact', 'internet_penetration', T, '2024', 'ITU', note='repeat in M&E note')

    d = D22
    L = 'laos'
    a(d, 'Landlines\t[[304,000]]', 304000, 'landlines', 'exact', '', L, '2023', 'ITU|International Telecommunication Union')
    a(d, 'subscriptions\t[[7.9 million]]', 7.9e6, 'mobile cellular subscriptions', 'exact', '', L, '2023', 'ITU|International Telecommunication Union')
    a(d, 'Internet users\t[[4.7 million]]', 4.7e6, 'people', 'exact', 'internet_users', L, '2024', 'ITU|International Telecommunication Union')
    a(d, '4.7 million; [[62%]]', 62, '%', 'exact', 'internet_penetration', L, '2024', 'ITU|International Telecommunication Union')
    a(d, 'c. [[145,000]]', 145000, 'fixed broadband subscriptions', 'approx', '', L, '2023', 'ITU|International Telecommunication Union')
    a(d, 'exchange points\t[[1]] (LAIX', 1, 'internet exchange points', 'exact', '', L)
    a(d, 'held [[51%]] and', 51, '%', 'exact', '', L, '1996', 'Lao Telecom', note='respectively-list')
    a(d, '51% and [[49%]] respectively', 49, '%', 'exact', '', L, '1996', 'Lao Telecom')
    a(d, 'within [[five years]]', 5, 'years', 'exact', status='opt', note='framing duration')
    a(d, 'one of the [[17 countries]]', 17, 'countries', 'exact', 'dsr_mou_countries', 'global', '2023', 'MOFCOM|Ministry of Commerce')
    a(d, 'had [[four mobile operators]]', 4, 'mobile operators', 'exact', '', L, '2023', MTC)
    a(d, 'about [[3.9 million subscriptions]]', 3.9e6, 'subscriptions', 'approx', '', L, '2023', MTC)
    a(d, 'Lao Telecom [[2.5 million]]', 2.5e6, 'subscriptions', 'exact', '', L, '2023', MTC, note='elided noun')
    a(d, 'ETL [[1.1 million]]', 1.1e6, 'subscriptions', 'exact', '', L, '2023', MTC, note='elided noun')
    a(d, 'some [[400,000]]', 400000, 'subscriptions', 'approx', '', L, '2023', MTC, note='elided noun')
    a(d, 'covered [[94%]] of the population', 94, '%', 'exact', '', L, '2024', 'GSMA Intelligence|GSMA')
    a(d, 'estimated [[85%]] of the country', 85, '%', 'approx', '', L, '', 'GSMA Intelligence|GSMA')
    a(d, 'the ITU, [[62%]] of the population', 62, '%', 'exact', 'internet_penetration', L, '2024', 'ITU')
    a(d, 'up from [[26%]] in 2018', 26, '%', 'exact', 'internet_penetration', L, '2018', 'ITU')
    a(d, 'was [[41 Mbit/s]]', 41, 'Mbit/s', 'exact', '', L, '2025', 'Ookla')
    a(d, 'median of [[28 Mbit/s]]', 28, 'Mbit/s', 'exact', '', L, '2025', 'Ookla')
    a(d, 'aims for [[85%]] of the population', 85, '%', 'exact', 'internet_penetration', L, '2030', 'Government of the Lao PDR|Lao government', note='target')
    a(d, 'reach [[7%]] of GDP', 7, '%', 'exact', '', L, '2030', 'Government of the Lao PDR|Lao government', note='target')
    a(d, 'over [[11 cross-border fibre links]]', 11, 'cross-border fibre links', 'exact', '', L, '', 'TeleGeography')
    a(d, '[[four]] to Thailand', 4, 'links', 'exact', '', L, '', 'TeleGeography', note='elided noun')
    a(d, '[[three]] to Vietnam', 3, 'links', 'exact', '', L, '', 'TeleGeography')
    a(d, '[[two]] to China', 2, 'links', 'exact', '', L, '', 'TeleGeography')
    a(d, '[[one each]] to Cambodia', 1, 'links', 'exact', '', L, '', 'TeleGeography', note='one each = one link to each of two countries')
    a(d, 'a [[422-kilometre]] fibre', 422, 'km', 'exact', '', L, '', 'Xinhua')
    a(d, 'reached [[1.2 Tbit/s]] in 2023', 1.2, 'Tbit/s', 'exact', '', L, '2023', MTC)
    a(d, 'about [[40%]] of the country', 40, '%', 'approx', '', L, '2023', MTC)
    a(d, 'about [[US$259 million]]', 259e6, 'USD', 'approx', '', L, '', 'Xinhua', note='LaoSat-1 cost')
    a(d, 'carries [[22 transponders]]', 22, 'transponders', 'exact', '', L)
    a(d, 'transponders, [[14]] C-band', 14, 'transponders', 'exact', '', L, note='elided noun')
    a(d, 'and [[8]] Ku-band', 8, 'transponders', 'exact', '', L, note='elided noun')
    a(d, 'design life of [[15 years]]', 15, 'years', 'exact', '', L, note='measured duration')
    a(d, 'owned [[55%]] by', 55, '%', 'exact', '', L, '', 'LAPS|Lao Asia Pacific Satellite')
    a(d, 'and [[45%]] by the Lao', 45, '%', 'exact', '', L, '', 'LAPS|Lao Asia Pacific Satellite')
    a(d, 'cost of [[US$40 million]]', 40e6, 'USD', 'exact', 'data_center_cost', L, '', 'Vientiane Times')
    a(d, 'provides [[300 racks]]', 300, 'racks', 'exact', '', L, '', 'Vientiane Times')
    a(d, 'handled [[1,427 cybersecurity incidents]]', 1427, 'incidents', 'exact', '', L, '2023', 'LaoCERT')
    a(d, '[[more than twice]] the 680', 2, 'x', 'min', '', L, '2023', 'LaoCERT', low=2)
    a(d, 'twice the [[680]] it', 680, 'incidents', 'exact', '', L, '2021', 'LaoCERT')
    a(d, '2023, [[771 suspects]]', 771, 'suspects', 'exact', '', L, '2023', 'Global Times')
    a(d, 'at [[1.2 trillion kip]]', 1.2e12, 'LAK/year', 'exact', 'cybercrime_cost', L, '2024', 'Lao government|Government of the Lao PDR|Laotian Times')
    a(d, '(about [[US$56 million]])', 56e6, 'USD/year', 'approx', 'cybercrime_cost', L, '2024', 'Lao government|Government of the Lao PDR|Laotian Times')
    a(d, '17. "[[771 fraud suspects]]', 771, 'suspects', 'exact', '', L, '2023', status='opt', note='figure in a reference title')
    a(d, 'top [[1 trillion kip]]', 1e12, 'LAK', 'min', '', L, '2024', low=1e12, status='opt', note='figure in a reference title')
    return R
