// page_paste.test.mjs — the page starts with the sample, a real Ctrl+V paste of the sample
// is analysed and shown (title checked, screenshot saved), a paste of HTML uses the HTML,
// HTML with no article falls back to the text with the text's removed parts shown,
// input with no article leaves the article on screen and says why, an analysis worker that
// cannot load is reported in the page with the text kept (drawn at once: the app's first
// frame waits only for an article or a message), and the page is sharp on a HiDPI
// screen (backing store = CSS size × devicePixelRatio).
import { run, openPage, nextAnalysis, frames, sampleText, expect, SAMPLE_TITLE_START } from './harness.mjs';

await run('page_paste', [
  ['the sample is analysed and shown on first load', async ({ url, browser, shot }) => {
    const { page, context, errors } = await openPage(browser, url);
    const info = await page.evaluate(() => window.lede.lastInfo);
    expect(info.origin === 'sample', `first analysis came from ${info.origin}`);
    const title = await page.evaluate(() => window.lede.lastAnalysis.article.title);
    expect(title && title.startsWith(SAMPLE_TITLE_START), `title: ${title}`);
    await frames(page, 5);
    // The app's first frame waits for the first article (web_main.cpp): "Loading Lede…" stays
    // until then, and no frame of empty panes is drawn before the article's.
    const start = await page.evaluate(() => ({ hidden: document.getElementById('status').classList.contains('hidden'),
                                               first: window.lede.firstFrameMs, analysed: window.lede.firstAnalysedFrameMs }));
    expect(start.hidden, 'the loading line is hidden once the app draws');
    expect(start.first > 0 && start.analysed > 0, `first frame ${start.first}, first analysed frame ${start.analysed}`);
    await shot(page, 'page_sample.png');
    expect(errors.length === 0, `page errors: ${errors.join(' | ')}`);
    await context.close();
  }],

  ['Ctrl+V of the sample is analysed and its title shown', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url);
    const before = await page.evaluate(() => window.lede.analyses);
    const text = sampleText();
    // A real paste: put the text on the system clipboard, press Ctrl+V on the page.
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.locator('#canvas').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+V');
    let info;
    try {
      info = await nextAnalysis(page, before);
    } catch (e) {
      // Some headless builds refuse clipboard access: dispatch the same paste event instead.
      await page.evaluate((t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
      info = await nextAnalysis(page, before);
    }
    expect(info.origin === 'paste', `origin ${info.origin}`);
    const analysis = await page.evaluate(() => window.lede.lastAnalysis);
    expect(analysis.schema === 'lede.analysis/1', 'schema');
    expect(analysis.article.title && analysis.article.title.startsWith(SAMPLE_TITLE_START), `title: ${analysis.article.title}`);
    expect(analysis.article.text.includes('Vladimir Putin'), 'article text');
    await frames(page, 5);
    await shot(page, 'page_paste.png');
    await context.close();
  }],

  ['a paste with an HTML flavour is cleaned from the HTML', async ({ url, browser }) => {
    const { page, context } = await openPage(browser, url);
    const before = await page.evaluate(() => window.lede.analyses);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Plain flavour');
      data.setData('text/html', '<html><head><title>Ignored</title></head><body><article><h1>Moscow answers Washington</h1>' +
        '<p>Russian President Vladimir Putin said on Friday that Moscow was ready to talk to Washington about “guarantees”.</p>' +
        '<p>Пресс-секретарь Дмитрий Песков заявил, что Кремль готов.</p></article></body></html>');
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await nextAnalysis(page, before);
    const a = await page.evaluate(() => window.lede.lastAnalysis);
    expect(a.article.text.includes('Vladimir Putin'), `text from HTML: ${a.article.text.slice(0, 80)}`);
    expect(!a.article.text.includes('Plain flavour'), 'HTML preferred over plain text');
    await context.close();
  }],

  ['an HTML flavour with no article: the text is cleaned, and its removed parts are shown', async ({ url, browser, shot }) => {
    // A copied picture's HTML beside the plain text: the core falls back to the text, and
    // removed[] points into the text (Analysis "input"), not into the HTML the page also had.
    const { page, context } = await openPage(browser, url);
    const before = await page.evaluate(() => window.lede.analyses);
    const text = 'Skip to content\nMenu\nSearch\nSign in\n\nPutin offers US exchange of guarantees\n\n' +
      'MOSCOW, Sept 25. Russian President Vladimir Putin on Friday proposed that Moscow and Washington exchange ' +
      'guarantees of non-interference in each other\'s elections. The Kremlin said the offer was serious and that it ' +
      'expected an answer soon from the United States.\n\nThe proposal came as the two countries prepared for talks in ' +
      'Geneva next week. Officials on both sides said the meeting would go ahead.\n\nShare this story\nFacebook\nTwitter\n';
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      data.setData('text/html', '<html><body><img src="photo.jpg" alt=""></body></html>');
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    await nextAnalysis(page, before);
    const a = await page.evaluate(() => window.lede.lastAnalysis);
    expect(a.input && a.input.flavour === 'text' && a.input.bytes === new TextEncoder().encode(text).length,
           `input: ${JSON.stringify(a.input)}`);
    expect(a.removed.length > 0, 'something was removed');
    await page.evaluate(() => window.lede.command('removed on'));
    await frames(page, 3);
    await page.evaluate(() => window.lede.command('select-text all'));
    await frames(page, 2);
    const shown = await page.evaluate(() => JSON.parse(window.lede.command('selection')).text);
    expect(shown.includes('Skip to content') && shown.includes('Share this story'), `removed parts shown: ${shown.slice(0, 200)}`);
    expect(!shown.includes('<img') && !shown.includes('photo.jpg'), 'no piece of the HTML');
    await shot(page, 'page_fallback_removed.png');
    await context.close();
  }],

  ['input with no article does not replace the article and says why', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url);
    const before = await page.evaluate(() => ({ n: window.lede.analyses, title: window.lede.state().title }));
    await page.evaluate(() => window.lede.submit('   \n  ', '', false));
    await page.waitForFunction(() => window.lede.state().noticeError, null, { timeout: 10000 });
    const after = await page.evaluate(() => ({ n: window.lede.analyses, s: window.lede.state() }));
    expect(after.n === before.n && after.s.title === before.title, 'the article on screen stays');
    expect(/Nothing to analyse/.test(after.s.notice), `notice: ${after.s.notice}`);
    await frames(page, 3);
    await shot(page, 'page_warning.png');
    await context.close();
  }],

  ['an analysis module that cannot load is reported and the pasted text kept', async ({ url, browser, shot }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    await context.route('**/lede-core.wasm', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.lede && window.lede.ready && window.lede.state().noticeError, null, { timeout: 60000 });
    let state = await page.evaluate(() => window.lede.state());
    expect(/analysis did not run.*could not be loaded/.test(state.notice), `notice: ${state.notice}`);
    // A message is worth a frame: the app draws it at once, the loading line goes.
    await frames(page, 3);
    expect(await page.evaluate(() => document.getElementById('status').classList.contains('hidden') && window.lede.state().framesDrawn > 0),
           'the message is drawn and the loading line hidden');
    expect(!state.pending, 'no analysis left waiting');
    const waiting = await page.evaluate(() => { window.lede.submit('Putin spoke to Biden on Friday.', '', false); return window.lede.state().pending; });
    expect(waiting, 'the paste is sent for analysis');
    await page.waitForFunction(() => window.lede.state().noticeError && !window.lede.state().pending, null, { timeout: 60000 });
    const kept = await page.evaluate(() => window.lede.lastInput.text);
    expect(kept === 'Putin spoke to Biden on Friday.', 'the pasted text is kept');
    await frames(page, 3);
    await shot(page, 'page_worker_failed.png');
    await context.close();
  }],

  ['a damaged asset bundle (lede-core.data) is reported in place', async ({ url, browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    await context.route('**/lede-core.data', (route) => route.fulfill({ status: 200, body: 'an HTML error page, say' }));
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.lede && window.lede.ready && window.lede.state().noticeError, null, { timeout: 60000 });
    const state = await page.evaluate(() => window.lede.state());
    expect(/analysis did not run.*not an asset bundle/.test(state.notice), `notice: ${state.notice}`);
    await context.close();
  }],

  ['HiDPI: the canvas backing store follows devicePixelRatio and resizes', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url, { viewport: { width: 900, height: 600 }, deviceScaleFactor: 2 });
    await frames(page, 4);
    let size = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    expect(size[0] === 1800 && size[1] === 1200, `backing store ${size}`);
    const state = await page.evaluate(() => window.lede.state());
    expect(state.scale === 2, `ImGui scale ${state.scale}`);
    await shot(page, 'page_hidpi.png');
    await page.setViewportSize({ width: 700, height: 500 });
    await frames(page, 4);
    size = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    expect(size[0] === 1400 && size[1] === 1000, `after resize ${size}`);
    await context.close();
  }],
]);
