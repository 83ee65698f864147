// honest_dates.test.mjs — an article that shows no publication date, pasted with a real
// Ctrl+V: a notice above the panes says what relative dates were counted from instead (today,
// the first date written in it, or a date read inside its text), and offers a date field;
// typing a date there with the keyboard (Enter) analyses the article again with it as the
// publication date; a typing mistake is said and analyses nothing; "Copy link" carries the
// date, marked as given by a reader, and the link opens with it; a reload brings it back.
// Screenshots at 390, 1280 and 1920 px.
import { run, openPage, nextAnalysis, frames, expect, pasteText } from './harness.mjs';

// No date line; "Friday" and "Oct. 21" need an anchor, and no full date is written.
const NO_DATE = 'Ministers fail to agree on the grain corridor\n\n' +
  'The foreign ministers of Turkey and Ukraine met in Ankara on Friday to discuss the grain corridor, officials said.\n\n' +
  'Turkish Foreign Minister Mevlut Cavusoglu told reporters on Oct. 21 that the talks would resume next week.';
// No date line either, but a full date in its third paragraph that cleaning reads as the date.
const BODY_DATE = 'Ministers fail to agree on grain deal\n\n' +
  'The foreign ministers of Turkey and Ukraine met in Ankara on Friday to discuss the grain corridor, officials said.\n\n' +
  'Turkish Foreign Minister Mevlut Cavusoglu told reporters that talks would resume next week. The previous agreement, ' +
  'signed on July 22, 2022, expired last month.\n\n' +
  "Ukraine's foreign ministry said on Oct. 21 that Russia had blocked ships in the Black Sea.";

const state = (page) => page.evaluate(() => window.lede.state());

// A real paste: the text on the system clipboard, Ctrl+V on the page (a dispatched paste
// event where this headless build refuses clipboard access).
async function paste(page, text) {
  const before = await page.evaluate(() => window.lede.analyses);
  await pasteText(page, text);
  return nextAnalysis(page, before);
}

// Clicks the notice's date field and types into it with the keyboard; Enter held for a frame
// (ImGui reads key state once a frame).
async function typeDate(page, text) {
  await frames(page, 2);
  const s = await state(page);
  const r = s.dateline.fieldRect.map((v) => v / s.scale);
  expect(r[2] > r[0] && r[3] > r[1], `the date field is on screen: ${JSON.stringify(s.dateline)}`);
  await page.mouse.click((r[0] + r[2]) / 2, (r[1] + r[3]) / 2);
  await frames(page, 2);
  expect((await state(page)).textInput, 'the date field takes the keyboard');
  await page.keyboard.type(text, { delay: 20 });
  await frames(page, 2);
  await page.keyboard.down('Enter');
  await frames(page, 2);
  await page.keyboard.up('Enter');
  await frames(page, 2);
}

await run('honest_dates', [
  ['on a touch screen, a tap on the date field opens the browser\'s date input', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });
    await page.evaluate((t) => window.lede.submit(t, '', false), NO_DATE);
    await page.waitForFunction(() => window.lede.lastInfo && window.lede.lastInfo.origin === 'api', null, { timeout: 30000 });
    await frames(page, 3);
    const s = await state(page);
    const r = s.dateline.fieldRect.map((v) => v / s.scale);
    const [x, y] = [(r[0] + r[2]) / 2, (r[1] + r[3]) / 2];
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y, id: 1 }] });
    await page.waitForTimeout(60);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForSelector('#lede-date-input:not([hidden])', { timeout: 10000 });
    await shot(page, 'dates_touch_390.png');
    const n = await page.evaluate(() => window.lede.analyses);
    await page.fill('#lede-date-input', '2020-10-21');
    const info = await nextAnalysis(page, n);
    const a = await page.evaluate(() => window.lede.lastAnalysis);
    expect(info.origin === 'redate' && a.article.published === '2020-10-21', `${info.origin} ${a.article.published}`);
    await frames(page, 3);
    expect((await state(page)).dateline.source === 'reader', 'given by the reader');
    expect(await page.evaluate(() => document.getElementById('lede-date-input').hidden), 'the date input is put away');
    await context.close();
  }],

  ['no publication date: the notice says so, a typed date re-analyses, the link and a reload keep it', async ({ url, browser, shot }) => {
    const { page, context, errors } = await openPage(browser, url);
    let info = await paste(page, NO_DATE);
    expect(info.origin === 'paste', `origin ${info.origin}`);
    let a = await page.evaluate(() => window.lede.lastAnalysis);
    expect(a.article.published === null, `no published date: ${a.article.published}`);
    expect(a.warnings.some((w) => w.code === 'no-dateline'), 'the no-dateline warning');
    await frames(page, 3);
    let s = await state(page);
    expect(s.dateline.source === 'today' || s.dateline.source === 'text', `anchor source ${s.dateline.source}`);
    expect(/^No publication date found\. Relative dates .* are counted from/.test(s.dateline.sentence), `sentence: ${s.dateline.sentence}`);
    await shot(page, 'dates_notice_1280.png');

    // A mistake is said, and nothing is analysed.
    const n0 = await page.evaluate(() => window.lede.analyses);
    await typeDate(page, '2020-13-45');
    s = await state(page);
    expect(/no month 13/.test(s.dateline.error), `error: ${s.dateline.error}`);
    expect(await page.evaluate(() => window.lede.analyses) === n0, 'a wrong date analyses nothing');
    await shot(page, 'dates_typo_1280.png');

    // The real date: a click selects what is there, typing replaces it.
    await typeDate(page, '2020-10-21');
    info = await nextAnalysis(page, n0);
    a = await page.evaluate(() => window.lede.lastAnalysis);
    expect(info.origin === 'redate', `origin ${info.origin}`);
    expect(a.article.published === '2020-10-21', `published ${a.article.published}`);
    expect(a.article.title === 'Ministers fail to agree on the grain corridor', `the cleaned article again: ${a.article.title}`);
    expect(!a.warnings.some((w) => w.code === 'no-dateline'), 'no more no-dateline warning');
    // Relative dates counted from the typed date: the Friday before Wednesday 21 October 2020.
    const friday = a.times.find((t) => t.text === 'Friday');
    expect(friday && friday.value === '2020-10-16', `Friday -> ${friday && friday.value}`);
    await frames(page, 3);
    s = await state(page);
    expect(s.dateline.source === 'reader' && /given by you/.test(s.dateline.sentence), `after: ${JSON.stringify(s.dateline)}`);
    expect(info.dateline.source === 'reader', `info ${JSON.stringify(info.dateline)}`);
    await shot(page, 'dates_given_1280.png');

    // The link carries it, marked as given; opened elsewhere, the date comes back as such.
    await page.evaluate(() => { window.lede.lastCopiedLink = null; window.lede.command('copy-link'); });
    await page.waitForFunction(() => window.lede.lastCopiedLink, null, { timeout: 10000 });
    const link = await page.evaluate(() => window.lede.lastCopiedLink);
    const other = await openPage(browser, link);
    const opened = await other.page.evaluate(() => window.lede.lastAnalysis);
    expect(opened.article.published === '2020-10-21', `link published ${opened.article.published}`);
    expect(opened.times.find((t) => t.text === 'Friday').value === '2020-10-16', 'the link anchors relative dates the same');
    await frames(other.page, 3);
    const os = await state(other.page);
    expect(os.dateline.source === 'link' && /shared this link/.test(os.dateline.sentence), `opened: ${JSON.stringify(os.dateline)}`);
    await shot(other.page, 'dates_link_1280.png');
    await other.context.close();

    // A reload brings the article back with its date (kept in IndexedDB with its input).
    await page.evaluate(() => window.lede.savedPromise);
    await page.evaluate(() => history.replaceState(null, '', location.pathname));   // no link in the address
    await page.reload();
    await page.waitForFunction(() => window.lede && window.lede.analyses >= 1, null, { timeout: 60000 });
    a = await page.evaluate(() => window.lede.lastAnalysis);
    expect(a.article.published === '2020-10-21' && a.article.title === 'Ministers fail to agree on the grain corridor',
           `restored: ${a.article.title} ${a.article.published}`);
    await frames(page, 3);
    expect((await state(page)).dateline.source === 'reader', 'restored as given by the reader');
    expect(errors.length === 0, `page errors: ${errors.join(' | ')}`);
    await context.close();
  }],

  ['a date read inside the article is not passed off as its publication date', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url);
    await paste(page, BODY_DATE);
    const a = await page.evaluate(() => window.lede.lastAnalysis);
    await frames(page, 3);
    const s = await state(page);
    if (a.article.published) {
      expect(s.dateline.source === 'body', `source ${s.dateline.source} for ${a.article.published}`);
      expect(/a date written in the article \(paragraph \d\)/.test(s.dateline.sentence), `sentence: ${s.dateline.sentence}`);
    } else {
      expect(s.dateline.source === 'text' || s.dateline.source === 'today', `source ${s.dateline.source}`);
    }
    expect(s.dateline.fieldRect[2] > s.dateline.fieldRect[0], 'the field is offered');
    await shot(page, 'dates_body_1280.png');
    await context.close();
  }],

  ['the notice at 390 and 1920 px: typed on a phone-sized page, readable on a wide one', async ({ url, browser, shot }) => {
    for (const [w, h, dpr] of [[390, 844, 2], [1920, 1080, 1]]) {
      const { page, context } = await openPage(browser, url, { viewport: { width: w, height: h }, deviceScaleFactor: dpr });
      await paste(page, NO_DATE);
      await frames(page, 3);
      let s = await state(page);
      const r = s.dateline.fieldRect.map((v) => v / s.scale);
      expect(r[0] >= 0 && r[2] <= w && r[3] <= h, `field inside the page at ${w}: ${r}`);
      await shot(page, `dates_notice_${w}.png`);
      const n = await page.evaluate(() => window.lede.analyses);
      await typeDate(page, '2021-03-05');
      await nextAnalysis(page, n);
      await frames(page, 3);
      s = await state(page);
      expect(s.dateline.source === 'reader' && s.dateline.date === '2021-03-05', `at ${w}: ${JSON.stringify(s.dateline)}`);
      await shot(page, `dates_given_${w}.png`);
      await context.close();
    }
  }],
]);
