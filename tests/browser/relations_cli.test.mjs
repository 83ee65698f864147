// relations_cli.test.mjs — the page's relations are the CLI's: the sample article, analysed in
// the browser's worker (wasm, models from lede-core.data), gives exactly the relations (and
// actors) that the native `lede analyze` gives for the same file. Before the dependency parser
// was packed into lede-core.data the page read its relations without a parse and one of them
// differed ('reported'). Actors are compared without `dictionary`: the PETRARCH2 actor
// dictionary (600 KB gzip) stays out of the page, which docs/analysis-schema.md says.
// The native CLI: $LEDE_CLI (tests/CMakeLists.txt sets it), else build/native/src/cli/lede.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { run, openPage, expect } from './harness.mjs';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const cli = process.env.LEDE_CLI || path.join(root, 'build', 'native', 'src', 'cli', 'lede');
const sampleFile = path.join(root, 'assets', 'samples', 'rt-2020-09-25-putin-guarantees.txt');

await run('relations_cli', [
  ["the sample: the page's relations and actors equal the CLI's", async ({ url, browser }) => {
    const native = JSON.parse(execFileSync(cli, ['analyze', sampleFile], { encoding: 'utf8' }));
    const { page, context, errors } = await openPage(browser, url);
    const web = await page.evaluate(() => window.lede.lastAnalysis);
    await context.close();
    expect(web && Array.isArray(web.relations), 'the page has an analysis with relations');
    expect(native.relations.length >= 6, `the CLI finds the sample's relations (${native.relations.length})`);
    const withoutDictionary = (actors) => actors.map(({ dictionary, ...rest }) => rest);
    native.actors = withoutDictionary(native.actors);
    expect(web.actors.every((a) => !('dictionary' in a)), 'the page links no actor to the dictionary it does not load');
    for (const key of ['relations', 'actors', 'events']) {
      const a = JSON.stringify(web[key]), b = JSON.stringify(native[key]);
      if (a === b) continue;
      const i = [...a].findIndex((c, k) => c !== b[k]);
      throw new Error(`${key} differ from the CLI's near ...${a.slice(Math.max(0, i - 120), i + 80)}... vs ...${b.slice(Math.max(0, i - 120), i + 80)}...`);
    }
    expect(errors.length === 0, `no page errors: ${errors.join('; ')}`);
  }],
]);
