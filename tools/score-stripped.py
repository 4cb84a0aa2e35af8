#!/usr/bin/python3
"""Scores `shelfscout extract` on product-pages with every piece of machine-readable markup removed.

Usage: tools/score-stripped.py --bin DIR/shelfscout [--half tuning|check] [--errors] [--out DIR]
Each page is stripped by ../shared/tools/markup-stripped's own `strip` function (so only what a person sees is left),
extracted with its URL, and scored with ../shared/tools/score-products (F1). It also prints, per page counts, price
right, sku right where the stripped page's text shows one of the accepted skus, availability right (nothing predicted
counts as InStock, as the scorer does). --errors lists the pages that miss (look at tuning-half errors only).
"""
import argparse, importlib.machinery, importlib.util, json, os, subprocess, sys, tempfile
from decimal import Decimal, InvalidOperation

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = os.environ.get('SHELFSCOUT_SHARED', os.path.join(root, '..', 'shared'))
loader = importlib.machinery.SourceFileLoader('markup_stripped', os.path.join(shared, 'tools', 'markup-stripped'))
spec = importlib.util.spec_from_loader('markup_stripped', loader)
ms = importlib.util.module_from_spec(spec)
loader.exec_module(ms)

ap = argparse.ArgumentParser()
ap.add_argument('--bin', required=True)
ap.add_argument('--half', default='')
ap.add_argument('--errors', action='store_true')
ap.add_argument('--out', default='')
a = ap.parse_args()
corpus = os.path.join(shared, 'corpus', 'product-pages')
truth = json.load(open(os.path.join(corpus, 'ground-truth.json'), encoding='utf-8'))
split = os.path.join(root, 'tests', 'ShelfScout.Extraction.Tests', 'Products', 'product-pages-split.tsv')
site_of = {}
for line in open(split, encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    f = line.rstrip('\n').split('\t')
    site_of[f[0]] = (f[1], f[2])
if a.half:
    truth = {k: v for k, v in truth.items() if site_of.get(k, ('', ''))[1] == a.half}
out = a.out or tempfile.mkdtemp(prefix='stripped-pp-')
os.makedirs(out, exist_ok=True)
visible, urls, files = {}, [], []
for k in sorted(truth):
    dst = os.path.join(out, k + '.html')
    visible[k] = ms.strip(os.path.join(corpus, 'html', k + '.html'), dst)
    u = truth[k].get('url') or ''
    urls += ['--url', u if '://' in u else 'http://unknown.invalid/' + k]
    files.append(dst)
r = subprocess.run([a.bin, 'extract', '--format', 'jsonl', *urls, *files], capture_output=True, text=True)
preds = {}
with open(os.path.join(out, 'predictions.jsonl'), 'w', encoding='utf-8') as f:
    f.write(r.stdout)
for line in r.stdout.splitlines():
    j = json.loads(line)
    preds[os.path.splitext(os.path.basename(j.get('source') or ''))[0]] = j
tpath = os.path.join(out, 'truth.json')
json.dump(truth, open(tpath, 'w', encoding='utf-8'))
sc = subprocess.run([os.path.join(shared, 'tools', 'score-products'), os.path.join(out, 'predictions.jsonl'),
                     '--truth', tpath, '--peers', ''], capture_output=True, text=True)
print(sc.stdout.strip())


def dec(x):
    try:
        return Decimal(str(x))
    except (InvalidOperation, ValueError, TypeError):
        return None


n = dict(price=[0, 0], sku=[0, 0], avail=[0, 0])
errs = []
for k, t in sorted(truth.items()):
    p = (preds.get(k) or {}).get('product') or {}
    site = site_of.get(k, ('?', ''))[0]
    tp = {dec(x) for x in (t.get('price') or []) if dec(x) is not None}
    if tp:
        n['price'][1] += 1
        ok = dec(p.get('price')) in tp
        n['price'][0] += ok
        if not ok:
            errs.append((k, site, 'price', sorted(map(str, tp)), p.get('price')))
    shown = [s for s in (t.get('sku') or []) if s and len(str(s).strip()) >= 3 and str(s).lower() in visible[k]]
    if shown:
        n['sku'][1] += 1
        ok = str(p.get('sku') or '').strip().lower() in {str(s).strip().lower() for s in t['sku']}  # any accepted one
        n['sku'][0] += ok
        if not ok:
            errs.append((k, site, 'sku', shown, p.get('sku')))
    ta = t.get('availability') or []
    if ta:
        n['avail'][1] += 1
        want = {ms_ for ms_ in ta}
        got = p.get('availability') or 'InStock'
        norm = lambda v: 'OutOfStock' if str(v).split('/')[-1] in ('OutOfStock', 'SoldOut', 'Discontinued') else 'InStock'
        ok = norm(got) in {norm(x) for x in want}
        n['avail'][0] += ok
        if not ok:
            errs.append((k, site, 'availability', sorted(want), got))
print('right per page: price %d of %d / shown sku %d of %d / availability %d of %d' % (
    n['price'][0], n['price'][1], n['sku'][0], n['sku'][1], n['avail'][0], n['avail'][1]))
if a.errors:
    for e in errs:
        print('%s\t%s\t%s\twant %s\tgot %s' % e)
print('stripped pages and predictions in', out, file=sys.stderr)
