#!/usr/bin/env python3
"""Writes treem's administrative-unit data (core/src/main/resources/io/github/treem/core/internal/admin/
units.tsv and successions.tsv) from the source files described in the README beside them.

Usage, from the repository root (Python 3.8+, standard library only):

    python3 core/src/test/python/make_admin_units.py SOURCE_DIR

SOURCE_DIR holds the three source files under these names:
  gso-units-2025-03-01.json          data/dvhcvn.json of github.com/daohoangson/dvhcvn (tag v20250301)
  reform-2025-07-01-old-to-new.json  mapping/splits.json of github.com/dvhcvn/20250701
  reform-2025-07-01-new-to-old.json  mapping/merges.json of github.com/dvhcvn/20250701

The script applies admin-units-corrections.tsv (beside it), checks the sources against each other
(counts, the two directions of the mapping, names) and fails on any surprise. Its output is
deterministic: re-running it on the same sources gives the same bytes, so `git diff` shows what a
new source changes. AdministrativeDivisionsDataTest checks the result in the build.
"""
import csv
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'main', 'resources', 'io', 'github', 'treem', 'core', 'internal', 'admin')
CORRECTIONS = os.path.join(HERE, 'admin-units-corrections.tsv')

LAST_OLD_DAY = '2025-06-30'
FIRST_NEW_DAY = '2025-07-01'

# the GSO's type names -> treem's AdministrativeUnitType
OLD_TYPES = {
    'Tỉnh': 'TINH', 'Thành phố Trung ương': 'THANH_PHO_TRUNG_UONG',
    'Quận': 'QUAN', 'Huyện': 'HUYEN', 'Thị xã': 'THI_XA', 'Thành phố': 'THANH_PHO_CAP_HUYEN',
    'Xã': 'XA', 'Phường': 'PHUONG', 'Thị trấn': 'THI_TRAN',
}
# the post-reform lists carry no type: it is the first words of the name
NEW_PROVINCE_PREFIXES = [('Tỉnh ', 'TINH'), ('Thành phố ', 'THANH_PHO_TRUNG_UONG')]
NEW_COMMUNE_PREFIXES = [('Xã ', 'XA'), ('Phường ', 'PHUONG'), ('Đặc khu ', 'DAC_KHU')]
KINDS = {'full': 'FULL', 'partial': 'PARTIAL'}


def fail(msg):
    sys.exit('make_admin_units: ' + msg)


def clean(name, code, fixed):
    """The name with runs of white space made one space and the ends trimmed (19 source names have
    doubled or trailing spaces); nothing else of a name is changed."""
    c = re.sub(r'\s+', ' ', name).strip()
    if not c:
        fail('empty name for ' + code)
    if c != name:
        fixed.append(code)
    return c


def type_by_prefix(name, prefixes, code):
    for prefix, t in prefixes:
        if name.startswith(prefix):
            return t
    fail('no type for %s %r' % (code, name))


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)['data']


def main(src):
    gso = load(os.path.join(src, 'gso-units-2025-03-01.json'))
    splits = load(os.path.join(src, 'reform-2025-07-01-old-to-new.json'))
    merges = load(os.path.join(src, 'reform-2025-07-01-new-to-old.json'))
    fixed = []

    # units: [code, type, parent, from, to, name]
    units = []
    old_names = {}
    for p in gso:
        units.append([p['level1_id'], OLD_TYPES[p['type']], '', '', LAST_OLD_DAY, clean(p['name'], p['level1_id'], fixed)])
        for d in p['level2s']:
            units.append([d['level2_id'], OLD_TYPES[d['type']], p['level1_id'], '', LAST_OLD_DAY,
                          clean(d['name'], d['level2_id'], fixed)])
            old_names[d['level2_id']] = d['name']
            for c in d['level3s']:
                units.append([c['level3_id'], OLD_TYPES[c['type']], d['level2_id'], '', LAST_OLD_DAY,
                              clean(c['name'], c['level3_id'], fixed)])
                old_names[c['level3_id']] = c['name']
        old_names[p['level1_id']] = p['name']
    counts = [sum(1 for u in units if len(u[0]) == n) for n in (2, 3, 5)]
    if counts != [63, 696, 10047]:
        fail('the 2025-03-01 list has %s provinces, districts, communes, not 63, 696, 10047' % counts)

    new_codes = set()
    for p in merges:
        units.append([p['level1_id'], type_by_prefix(p['name'], NEW_PROVINCE_PREFIXES, p['level1_id']), '',
                      FIRST_NEW_DAY, '', clean(p['name'], p['level1_id'], fixed)])
        for c in p['level2s']:
            code = c['level2_id']
            if code in new_codes:
                fail('new commune %s twice' % code)
            new_codes.add(code)
            units.append([code, type_by_prefix(c['name'], NEW_COMMUNE_PREFIXES, code), p['level1_id'],
                          FIRST_NEW_DAY, '', clean(c['name'], code, fixed)])
    if len(merges) != 34:
        fail('%d provinces after the reform, not 34' % len(merges))

    # successions: (from, to, kind); the new -> old file carries the kinds, the old -> new file must
    # list the same links
    links = {}
    for p in merges:
        for m in p['merges']:
            links[(m['old_id'], p['level1_id'])] = KINDS[m['type']]
        for c in p['level2s']:
            for m in c['merges']:
                if old_names.get(m['old_id']) != m['name']:
                    fail('predecessor %s of %s: name %r, the list says %r'
                         % (m['old_id'], c['level2_id'], m['name'], old_names.get(m['old_id'])))
                if (m['old_id'], c['level2_id']) in links:
                    fail('link %s -> %s twice' % (m['old_id'], c['level2_id']))
                links[(m['old_id'], c['level2_id'])] = KINDS[m['type']]
    reverse = set()
    for p in splits:
        for s in p['splits']:
            reverse.add((p['level1_id'], s['new_id']))
        for c in p.get('level2s', []) + p.get('level3s', []):
            code = c.get('level3_id') or c.get('level2_id')
            for s in c['splits']:
                reverse.add((code, s['new_id']))
    if reverse != set(links):
        fail('the two directions of the mapping differ: %s' % sorted(reverse ^ set(links))[:10])

    # corrections
    with open(CORRECTIONS, encoding='utf-8') as f:
        rows = [r for r in csv.reader((line for line in f if not line.startswith('#')), delimiter='\t')][1:]
    for r in rows:
        action = r[0]
        if action == 'renamed':
            code, first_day, old_type, old_name = r[1], r[2], r[3], r[4]
            u = next(u for u in units if u[0] == code and u[4] == LAST_OLD_DAY)
            units.append([code, old_type, u[2], '', day_before(first_day), old_name])
            u[3] = first_day
        elif action == 'relink':
            old, wrong, right = r[1], r[2], r[3]
            kind = links.pop((old, wrong))
            if (old, right) in links:
                fail('relink %s: %s already linked' % (old, right))
            links[(old, right)] = kind
        else:
            fail('unknown correction ' + action)

    # the order of AdministrativeDivisions.write: shorter codes first, then code, then first day (unknown first)
    units.sort(key=lambda u: (len(u[0]), u[0], u[3]))
    # the order of AdministrativeDivisions.write: predecessor (shorter codes first), date, successor
    ordered = sorted(links.items(), key=lambda kv: (len(kv[0][0]), kv[0][0], FIRST_NEW_DAY, len(kv[0][1]), kv[0][1]))
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'units.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('code\ttype\tparent\tfrom\tto\tname\n')
        for u in units:
            f.write('\t'.join(u) + '\n')
    with open(os.path.join(OUT, 'successions.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('from\tto\tdate\tkind\n')
        for (old, new), kind in ordered:
            f.write('%s\t%s\t%s\t%s\n' % (old, new, FIRST_NEW_DAY, kind))
    print('%d units, %d successions; white space cleaned in %d names: %s'
          % (len(units), len(links), len(fixed), ' '.join(sorted(fixed))))


def day_before(iso):
    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=1)).isoformat()


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
