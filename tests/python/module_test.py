#!/usr/bin/python3
"""module_test.py — the Python module `lede` (src/python/lede_module.cpp) against the CLI:
analyze_json is byte for byte what `lede analyze` prints (sample, HTML page, raw text,
invalid UTF-8 bytes), analyze() is its dict, event_rows are `lede batch --events`' rows, a
bad dateline raises ValueError. Usage: /usr/bin/python3 module_test.py MODULE_DIR LEDE"""
import json, os, subprocess, sys

MODULE_DIR, LEDE = sys.argv[1], sys.argv[2]
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, 'assets', 'samples', 'rt-2020-09-25-putin-guarantees.txt')
failures = []

def check(name, cond):
    print(('ok   ' if cond else 'FAIL ') + name)
    if not cond:
        failures.append(name)

sys.path.insert(0, MODULE_DIR)
try:
    import lede
except ImportError as e:
    print(f'FAIL the module `lede` is not built in {MODULE_DIR} ({e}): install python3-pybind11 and rebuild')
    sys.exit(1)

def cli(data, *flags):
    return subprocess.run([LEDE, 'analyze', *flags, '-'], input=data, capture_output=True, timeout=120).stdout

sample = open(SAMPLE, 'rb').read()
page = b'<html><head><title>T | Site</title></head><body><article><h1>T</h1><p>Russia rejected the claims on Friday, ' \
       b'Maria Zakharova said.</p><script>alert(1)</script></article></body></html>'
raw = 'Putin spoke on Friday.\r\n\r\nZakharova \u2013 \u201cno\u201d.  '
for name, call, data, flags in (
        ('sample (bytes, dateline)', lambda: lede.analyze_json(sample, dateline='2020-09-25'), sample, ['--dateline', '2020-09-25']),
        ('sample (str)', lambda: lede.analyze_json(sample.decode()), sample, []),
        ('HTML page', lambda: lede.analyze_json(page, html=True), page, ['--html']),
        ('raw text', lambda: lede.analyze_json(raw, raw=True), raw.encode(), ['--raw']),
        ('invalid UTF-8 bytes', lambda: lede.analyze_json(b'abc \xff\xfe\xc0 def'), b'abc \xff\xfe\xc0 def', []),
        ('empty', lambda: lede.analyze_json(''), b'', [])):
    got = call()
    check(f'analyze_json = `lede analyze {" ".join(flags)}` byte for byte: {name}', got.encode() + b'\n' == cli(data, *flags))

a = lede.analyze(sample, dateline='2020-09-25')
check('analyze() is the dict of analyze_json()', a == json.loads(lede.analyze_json(sample, dateline='2020-09-25')))
check('analyze(): schema and relations', a['schema'] == 'lede.analysis/1' and len(a['relations']) > 0)
try:
    lede.analyze('Putin spoke.', dateline='2020-02-30')
    check('a bad dateline raises ValueError', False)
except ValueError as e:
    check('a bad dateline raises ValueError with the reason', 'dateline' in str(e))

rows = lede.event_rows(lede.analyze_json(sample, dateline='2020-09-25'), 'story-1')
record = json.dumps({'id': 'story-1', 'text': sample.decode(), 'dateline': '2020-09-25'}).encode() + b'\n'
batch = subprocess.run([LEDE, 'batch', '--events'], input=record, capture_output=True, timeout=120).stdout
check('event_rows = `lede batch --events` rows', rows == [json.loads(l) for l in batch.splitlines()] and len(rows) > 0)
check('event_columns are the rows\' keys', all(list(r) == lede.event_columns() for r in rows))

print(f'{len(failures)} failure(s)')
sys.exit(1 if failures else 0)
