#!/usr/bin/env python3
"""Internal-consistency checks of the invented figures (sums, shares, pp)."""
def eq(a, b, tol, what):
    print(('ok  ' if abs(a - b) <= tol else 'BAD ') + what, round(a, 3), round(b, 3))
# 10026: exports + imports = total; BRI share
tot = {2020: 16220, 2022: 21030, 2023: 23760, 2024: 26310}
ex = {2020: 11170, 2022: 15530, 2023: 18300, 2024: 20810}
im = {2020: 5050, 2022: 5500, 2023: 5460, 2024: 5500}
for y in tot:
    eq(ex[y] + im[y], tot[y], 0, f'10026 CBEC {y} ex+im=total')
print('10026 BRI share 2024 %.1f%%' % (11050 / 26310 * 100))
# 10029
eq(15400 + 4420, 19820, 0, '10029 Jan-Sep ex+im')
eq(1930 + 530, 2460, 0, '10029 Sep ex+im')
eq(8620 + 6780, 15400, 0, '10029 9610 + 9710/9810 = exports')
eq(3050 + 1370, 4420, 0, '10029 1210 + direct = imports')
eq(6780 / 15400 * 100, 44.0, 0.05, '10029 B2B share')
eq(7920 / 19820 * 100, 40.0, 0.05, '10029 BRI share')
eq(19820 / 324600 * 100, 6.1, 0.05, '10029 CBEC share of goods trade')
eq(7.9 - 3.6, 4.3, 1e-9, '10029 pp gap')
# 10030
eq(1580 / 2136 * 100, 74, 0.5, '10030 degree-student share')
# 10028
eq(78 - 44, 34, 0, '10028 pp change')
eq(8e9 / 3e11 * 100, 2.67, 0.01, '10028 DSR/yr vs global capex (<3%)')
