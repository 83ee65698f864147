#!/usr/bin/env python3
"""clean_intl_set.py — build the non-English cleaning development set (WCXB layout) in a build folder.

The pages are the test pages of two public extraction projects, read in place from local
mirrors of their repositories (never copied into this repo, never committed):
  mozilla/readability  test/test-pages/<name>/source.html, main text = expected.html
  codelucas/newspaper  tests/data/html/<name>.html,        main text = tests/data/text/<name>.txt
Their "main text" is each project's own expected extraction, i.e. the article body as that
project's maintainers accepted it; it is development data (tuning), not evidence.
Writes OUT/html/<id>.html.gz and OUT/ground-truth/<id>.json ({"ground_truth": {"main_content",
"title": null, ...}}), the layout score_clean.py --set wcxb and derive_text.mjs read.

usage: clean_intl_set.py READABILITY_GIT_DIR NEWSPAPER_GIT_DIR OUT
"""
import gzip, html.parser, json, os, subprocess, sys

# (id, language, source) — 20 article pages, 10 languages.
READABILITY = [('aktualne', 'cs'), ('folha', 'pt'), ('gmw', 'zh'), ('heise', 'de'), ('hukumusume', 'ja'),
               ('la-nacion', 'es'), ('lemonde-1', 'fr'), ('liberation-1', 'fr'), ('pixnet', 'zh'), ('qq', 'zh'),
               ('yahoo-4', 'ja'), ('youth', 'zh')]
NEWSPAPER = [('arabic_article', 'arabic', 'ar'), ('chinese_article', 'chinese', 'zh'),
             ('japanese_article', 'japanese', 'ja'), ('japanese_article2', 'japanese2', 'ja'),
             ('spanish_article', 'spanish', 'es'), ('thai_article', 'thai', 'th'),
             ('vogue.de1', 'vogue.de1', 'de'), ('vogue.de2', 'vogue.de2', 'de')]

BLOCKS = {'p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'ul', 'ol', 'blockquote',
          'section', 'article', 'figure', 'figcaption', 'pre', 'dd', 'dt', 'header', 'footer'}


class TextOf(html.parser.HTMLParser):
    """Text of an HTML fragment, one line per block element."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        if tag in BLOCKS:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('script', 'style'):
            self.skip = max(0, self.skip - 1)
        if tag in BLOCKS:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def text_of(fragment):
    p = TextOf()
    p.feed(fragment)
    lines = (' '.join(l.split()) for l in ''.join(p.out).split('\n'))
    return '\n'.join(l for l in lines if l)


def show(git_dir, path):
    return subprocess.run(['git', '--git-dir', git_dir, 'show', 'HEAD:' + path], check=True,
                          capture_output=True).stdout


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    rd, nd, out = sys.argv[1:]
    os.makedirs(os.path.join(out, 'html'), exist_ok=True)
    os.makedirs(os.path.join(out, 'ground-truth'), exist_ok=True)
    pages = []
    for name, lang in READABILITY:
        src = show(rd, f'test/test-pages/{name}/source.html')
        gold = text_of(show(rd, f'test/test-pages/{name}/expected.html').decode('utf-8'))
        pages.append((f'{lang}-rd-{name}', src, gold))
    for html_name, text_name, lang in NEWSPAPER:
        src = show(nd, f'tests/data/html/{html_name}.html')
        gold = show(nd, f'tests/data/text/{text_name}.txt').decode('utf-8')
        pages.append((f'{lang}-np-{text_name}', src, gold))
    for pid, src, gold in pages:
        src.decode('utf-8')   # derive_text.mjs serves every page as UTF-8: check that it is
        with gzip.open(os.path.join(out, 'html', pid + '.html.gz'), 'wb') as f:
            f.write(src)
        with open(os.path.join(out, 'ground-truth', pid + '.json'), 'w', encoding='utf-8') as f:
            json.dump({'ground_truth': {'main_content': gold, 'title': None, 'author': None, 'publish_date': None,
                                        'with': [], 'without': []}}, f, ensure_ascii=False)
    print(f'{len(pages)} pages, {len({p[0].split("-")[0] for p in pages})} languages in {out}')


if __name__ == '__main__':
    main()
