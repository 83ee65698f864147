// share_link.test.mjs — "Copy link" puts page#a=<link> on the clipboard; opening that URL
// in a fresh browser profile restores the same article; damaged and oversized links show a
// clear message over a working page; the last article survives a reload; characters
// beyond the font atlas's base set are baked when an article brings them.
import { run, openPage, nextAnalysis, frames, expect } from './harness.mjs';

const CUSTOM = 'Lede persistence check\n\nThe Kremlin said on Monday that Sergei Lavrov would meet Antony Blinken in Geneva.\n\n' +
  'Ця стаття має кирилицю, and “curly quotes”, café, Ελλάδα.';

await run('share_link', [
  ['copy link, open it in a fresh profile: same article', async ({ url, browser, shot }) => {
    const first = await openPage(browser, url);
    const original = await first.page.evaluate(() => window.lede.lastAnalysis);
    await first.page.evaluate(() => window.lede.command('copy-link'));
    await first.page.waitForFunction(() => window.lede.lastCopiedLink, null, { timeout: 10000 });
    const link = await first.page.evaluate(() => window.lede.lastCopiedLink);
    expect(link.includes('#a=1.'), `link form: ${link.slice(0, 80)}`);
    const clip = await first.page.evaluate(() => navigator.clipboard.readText().catch(() => null));
    if (clip !== null) expect(clip === link, 'the clipboard holds the link');
    await first.context.close();

    const second = await openPage(browser, link);
    const info = await second.page.evaluate(() => window.lede.lastInfo);
    expect(info.fromShare === true, `opened from share: ${JSON.stringify(info)}`);
    const restored = await second.page.evaluate(() => window.lede.lastAnalysis);
    expect(restored.article.title === original.article.title, `title ${restored.article.title}`);
    expect(restored.article.text === original.article.text, 'article text byte for byte');
    expect(restored.article.published === original.article.published, 'published');
    expect(JSON.stringify(restored.actors.map((a) => a.name)) === JSON.stringify(original.actors.map((a) => a.name)), 'same actors');
    await frames(second.page, 4);
    await shot(second.page, 'share_opened.png');

    // A date given for the linked article goes to the worker with the link's fields (no input
    // of the page's own): the text, title and paragraphs stay, the date anchors the analysis.
    const n0 = await second.page.evaluate(() => window.lede.analyses);
    const answer = await second.page.evaluate(() => JSON.parse(window.lede.command('dateline 2020-10-21')));
    expect(answer.ok, `dateline command: ${JSON.stringify(answer)}`);
    const redated = await nextAnalysis(second.page, n0);
    expect(redated.origin === 'redate', `origin ${redated.origin}`);
    const again = await second.page.evaluate(() => window.lede.lastAnalysis);
    expect(again.article.published === '2020-10-21', `published ${again.article.published}`);
    expect(again.article.title === original.article.title, `title kept: ${again.article.title}`);
    expect(again.article.text === original.article.text, 'text kept byte for byte');
    expect(again.article.paragraphs.length === original.article.paragraphs.length, 'paragraphs kept');
    expect(again.input && again.input.flavour === 'raw', `analysed raw: ${JSON.stringify(again.input)}`);
    await second.context.close();
  }],

  ['a damaged link shows a clear message, not a blank page', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url + '#a=1.AAAAthis-is-not-a-link');
    await frames(page, 3);
    const state = await page.evaluate(() => window.lede.state());
    expect(state.noticeError && /could not be opened/.test(state.notice), `notice: ${state.notice}`);
    const info = await page.evaluate(() => window.lede.lastInfo);
    expect(info.origin === 'sample', 'the sample is shown underneath');
    await shot(page, 'share_damaged.png');
    await context.close();
  }],

  ['a link from a newer format or over the size limit is refused with a message', async ({ url, browser }) => {
    const { page, context } = await openPage(browser, url + '#a=7.abc');
    await frames(page, 2);
    let state = await page.evaluate(() => window.lede.state());
    expect(/newer Lede/.test(state.notice), `notice: ${state.notice}`);
    await page.evaluate(() => { location.hash = '#a=1.' + 'A'.repeat(6 * 1024 * 1024); });
    await page.waitForFunction(() => /too long/.test(window.lede.state().notice), null, { timeout: 20000 });
    state = await page.evaluate(() => window.lede.state());
    expect(state.noticeError, 'error shown');
    await context.close();
  }],

  ['the last article survives a reload; its Cyrillic and Greek are baked into the font atlas', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url);
    const before = await page.evaluate(() => window.lede.analyses);
    const glyphsBefore = (await page.evaluate(() => window.lede.state())).atlasGlyphs;
    await page.evaluate((t) => window.lede.submit(t, '', false), CUSTOM);
    await nextAnalysis(page, before);
    await frames(page, 2);
    const glyphsAfter = (await page.evaluate(() => window.lede.state())).atlasGlyphs;
    expect(glyphsAfter > glyphsBefore, `atlas glyphs ${glyphsBefore} -> ${glyphsAfter}`);
    await shot(page, 'paste_cyrillic.png');
    await page.waitForFunction(() => window.lede.savedPromise, null, { timeout: 5000 });
    await page.evaluate(() => window.lede.savedPromise);
    await page.reload();
    await page.waitForFunction(() => window.lede && window.lede.analyses >= 1, null, { timeout: 60000 });
    const info = await page.evaluate(() => window.lede.lastInfo);
    const text = await page.evaluate(() => window.lede.lastAnalysis.article.text);
    expect(info.origin === 'restore', `restored origin ${info.origin}`);
    expect(text.includes('Sergei Lavrov') && text.includes('кирилицю'), `restored text: ${text.slice(0, 60)}`);
    await context.close();
  }],
]);
