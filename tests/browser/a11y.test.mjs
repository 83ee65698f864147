// a11y.test.mjs — what a screen reader and a keyboard get. The browser's own accessibility
// tree (CDP Accessibility.getFullAXTree) holds the article as text (a level-1 heading with the
// title, its paragraphs), the actor list and the timeline list, kept in step with each new
// analysis; the mirror is built with textContent (markup in an article stays text); a skip
// link is the first Tab stop, shows when focused, and moves the focus to the article text,
// which then shows as a text view (Esc: back to the canvas); on the canvas, Tab moves ImGui's
// keyboard focus from control to control with its focus frame drawn, and Space activates one.
// Screenshots at 1280, 1920 and 390 px.
import { run, openPage, nextAnalysis, frames, expect } from './harness.mjs';

const state = (page) => page.evaluate(() => window.lede.state());
const mirrored = (page, n) => page.waitForFunction((k) => window.lede.mirrorBuilt >= k, n, { timeout: 15000 });

async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role && n.role.value,
    name: (n.name && n.name.value) || '',
    level: ((n.properties || []).find((p) => p.name === 'level') || { value: {} }).value.value,
  }));
}
const byRole = (nodes, role) => nodes.filter((n) => n.role === role);
const utf8 = (s) => Buffer.from(s, 'utf8');
const slice = (text, s, e) => utf8(text).subarray(s, e).toString('utf8');

await run('a11y', [
  ['the accessibility tree holds the article, the actors and the timeline, in step with each analysis', async ({ url, browser }) => {
    const { page, context, errors } = await openPage(browser, url);
    await mirrored(page, 1);
    const a = await page.evaluate(() => window.lede.lastAnalysis);
    console.log(`     (mirror of the sample built in ${(await page.evaluate(() => window.lede.mirrorMs)).toFixed(1)} ms, after the analysed frame)`);
    let nodes = await axTree(page);
    const h1 = byRole(nodes, 'heading').filter((n) => n.level === 1);
    expect(h1.length === 1 && h1[0].name === a.article.title, `one h1, the title: ${JSON.stringify(h1)}`);
    const h2 = byRole(nodes, 'heading').map((n) => n.name);
    expect(h2.includes('Actors') && h2.includes('Timeline'), `list headings: ${h2.join(' | ')}`);
    const texts = byRole(nodes, 'StaticText').map((n) => n.name);
    const p0 = a.article.paragraphs.find((p) => p.kind === 'paragraph');
    const first = slice(a.article.text, p0.start, p0.end).trim();
    expect(texts.includes(first), `the first paragraph is in the tree: "${first.slice(0, 60)}…"`);
    const paragraphs = byRole(nodes, 'paragraph').length;
    expect(paragraphs >= a.article.paragraphs.filter((p) => p.kind === 'paragraph').length,
      `${paragraphs} paragraphs in the tree for ${a.article.paragraphs.length} in the article`);
    const items = byRole(nodes, 'listitem').length;
    expect(items >= a.actors.length + a.times.length, `${items} list items for ${a.actors.length} actors and ${a.times.length} dates`);
    const putin = texts.find((t) => t.startsWith('Vladimir Putin, person,'));
    expect(putin, 'an actor item reads "Vladimir Putin, person, N mentions"');
    expect(texts.some((t) => /^25 September 2020: “Friday”$/.test(t)), 'a timeline item reads the date in words');
    expect(byRole(nodes, 'main').length === 1 && byRole(nodes, 'link').some((n) => /Skip to the article/.test(n.name)),
      'a main landmark and the skip link');

    // A new article: the mirror follows; markup in it is text, never HTML.
    const before = await page.evaluate(() => window.lede.analyses);
    const text = 'A <b>bold</b> headline about Paris\n\nThe mayor of Paris, Anne Hidalgo, met <img src=x> delegates in Berlin on Monday.\n\nShe said the talks went well.';
    await page.evaluate((t) => window.lede.submit(t, '', true), text);
    await nextAnalysis(page, before);
    await mirrored(page, before + 1);
    const dom = await page.evaluate(() => ({
      imgs: document.querySelectorAll('#mirror img, #mirror b').length,
      text: document.getElementById('mirror-article').textContent,
      actors: [...document.querySelectorAll('#mirror-actors-list li')].map((li) => li.textContent),
    }));
    expect(dom.imgs === 0 && dom.text.includes('<img src=x>'), `markup stays text: ${dom.imgs} elements, "${dom.text.slice(0, 120)}"`);
    expect(dom.actors.some((t) => t.startsWith('Paris') || t.startsWith('Anne Hidalgo')), `actors follow: ${dom.actors.join(' | ')}`);
    nodes = await axTree(page);
    expect(!byRole(nodes, 'StaticText').some((n) => n.name === first), 'the old article left the tree');
    expect(errors.length === 0, `page errors: ${errors.join(' | ')}`);
    await context.close();
  }],

  ['Tab: the skip link first, then the text view; Esc back to the canvas; Tab moves a visible focus on its controls', async ({ url, browser, shot }) => {
    for (const [viewport, name] of [[{ width: 1280, height: 800 }, 'wide'], [{ width: 1920, height: 1080 }, 'full_hd'], [{ width: 390, height: 844 }, 'phone']]) {
      const { page, context } = await openPage(browser, url, { viewport });
      await mirrored(page, 1);
      await frames(page, 3);
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const a = document.activeElement, r = a.getBoundingClientRect();
        return { id: a.id, top: r.top, width: r.width };
      });
      expect(skip.id === 'skip-link' && skip.top >= 0 && skip.width > 50, `${name}: the skip link is focused and shows: ${JSON.stringify(skip)}`);
      await shot(page, `a11y_${name}_skip_link.png`);
      await page.keyboard.press('Enter');
      await frames(page, 2);
      const view = await page.evaluate(() => {
        const a = document.activeElement, r = document.getElementById('mirror').getBoundingClientRect();
        return { id: a.id, width: r.width, height: r.height, hash: location.hash };
      });
      expect(view.id === 'mirror-article' && view.width > 300 && view.height > 300 && view.hash === '',
        `${name}: the article text has the focus and shows: ${JSON.stringify(view)}`);
      await shot(page, `a11y_${name}_text_view.png`);
      const theme = (await state(page)).theme;
      await page.keyboard.press('d');                 // a key in the text view is not the canvas's shortcut
      await frames(page, 3);
      expect((await state(page)).theme === theme, `${name}: "d" typed in the text view left the theme alone`);
      await page.keyboard.press('Escape');
      await frames(page, 2);
      const back = await page.evaluate(() => ({ id: document.activeElement.id, width: document.getElementById('mirror').getBoundingClientRect().width }));
      expect(back.id === 'canvas' && back.width <= 1, `${name}: Esc: the canvas has the focus, the text view hides: ${JSON.stringify(back)}`);

      // On the canvas: each Tab moves ImGui's focus frame to another control.
      const seen = new Set();
      let s;
      for (let i = 0; i < 4; i++) {
        await page.keyboard.down('Tab');
        await frames(page, 2);
        await page.keyboard.up('Tab');
        await frames(page, 3);
        s = await state(page);
        expect(s.keyboardFocus.visible && s.keyboardFocus.rect, `${name}: Tab ${i + 1} shows a focus frame: ${JSON.stringify(s.keyboardFocus)}`);
        seen.add(JSON.stringify(s.keyboardFocus.rect));
      }
      expect(seen.size === 4, `${name}: four Tabs, four controls: ${[...seen].join(' ')}`);
      expect((await page.evaluate(() => document.activeElement.id)) === 'canvas', `${name}: the focus stays on the canvas`);
      await shot(page, `a11y_${name}_canvas_focus.png`);
      await context.close();
    }
  }],

  ['Space on the focused control activates it (Tab to "?" opens the help)', async ({ url, browser }) => {
    const { page, context } = await openPage(browser, url);
    await frames(page, 3);
    await page.focus('#canvas');
    let s = await state(page);
    let opened = false;
    for (let i = 0; i < 12 && !opened; i++) {
      await page.keyboard.down('Tab');
      await frames(page, 2);
      await page.keyboard.up('Tab');
      await frames(page, 3);
      s = await state(page);
      const r = s.keyboardFocus.rect;
      // The "?" button is the top bar's last control, at its right.
      if (r && r[1] < 60 && r[0] > 400 && r[0] < 700 && r[2] - r[0] < 40) {
        await page.keyboard.down(' ');
        await frames(page, 2);
        await page.keyboard.up(' ');
        await frames(page, 3);
        opened = (await state(page)).helpOpen;
      }
    }
    expect(opened, `Space on "?" opened the help: ${JSON.stringify(s.keyboardFocus)}`);
    await context.close();
  }],
]);
