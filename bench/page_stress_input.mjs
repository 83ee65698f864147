// page_stress_input.mjs — writes a synthetic `lede.analysis/1` document for the page's
// stress test: 500 actors, 2,000 relations, 1,000 timeline items over a long article, all
// spans valid. Deterministic (a fixed-seed PRNG), so runs compare.
//
//   node bench/page_stress_input.mjs [out.json] [actors] [relations] [times]
import fs from 'node:fs';

export function stressAnalysis(nActors = 500, nRelations = 2000, nTimes = 1000) {
  let seed = 20200925;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
  const pick = (arr) => arr[Math.floor(rand() * arr.length)];
  const types = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER'];
  const classes = ['SAY', 'PROPOSE', 'REJECT', 'ACCUSE', 'CONSULT', 'COOPERATE', 'THREATEN', 'DEMAND', 'SUPPORT', 'MEET'];
  const first = ['Anna', 'Boris', 'Chen', 'Dmitry', 'Elena', 'Farid', 'Grace', 'Hiro', 'Irina', 'José', 'Katarzyna', 'Léa'];
  const last = ['Ivanova', 'Smith', 'Okafor', 'Müller', 'García', 'Novak', 'Petrov', 'Silva', 'Tanaka', 'Dubois', 'Kowalski'];
  const actors = [];
  for (let i = 0; i < nActors; i++)
    actors.push({ id: `a${i + 1}`, name: `${pick(first)} ${pick(last)} ${i + 1}`, type: types[i % types.length], aliases: [], roles: [], links: [], mentions: [] });

  // Text: sentences "<Actor> <verb> <Actor> on <date>." — each relation gets its own sentence.
  let text = 'Stress test article\n\n';
  const paragraphs = [{ start: 0, end: 19, kind: 'heading' }];
  const times = [], relations = [];
  let paraStart = text.length;
  const enc = new TextEncoder();
  let bytes = enc.encode(text).length;
  const append = (s) => { const start = bytes; text += s; bytes += enc.encode(s).length; return [start, bytes]; };
  for (let r = 0; r < nRelations; r++) {
    const s = Math.floor(rand() * nActors), t = Math.floor(rand() * nActors);
    const sentenceStart = bytes;
    const [ms, me] = append(actors[s].name);
    actors[s].mentions.push({ start: ms, end: me });
    const cls = pick(classes);
    const [ts, te] = append(' ' + cls.toLowerCase() + 's ');
    const [ns, ne] = append(actors[t].name);
    actors[t].mentions.push({ start: ns, end: ne });
    let time = null;
    if (times.length < nTimes) {
      append(' on ');
      const y = 1990 + Math.floor(rand() * 40), m = 1 + Math.floor(rand() * 12), d = 1 + Math.floor(rand() * 28);
      const value = rand() < 0.2 ? `${y}` : rand() < 0.3 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const label = value;
      const [ds, de] = append(label);
      times.push({ start: ds, end: de, text: label, type: 'DATE', value });
      time = { value, index: times.length - 1, basis: 'text' };
    }
    append('. ');
    relations.push({ source: actors[s].id, target: actors[t].id, theme: null, class: cls, trigger: { start: ts + 1, end: te - 1 },
      sentence: { start: sentenceStart, end: bytes - 1 }, negated: false, modality: 'asserted', quote: null, time });
    if (r % 8 === 7) {
      paragraphs.push({ start: enc.encode(text.slice(0, paraStart)).length, end: bytes - 1, kind: 'paragraph' });
      append('\n\n');
      paraStart = text.length;
    }
  }
  paragraphs.push({ start: enc.encode(text.slice(0, paraStart)).length, end: bytes, kind: 'paragraph' });
  return {
    schema: 'lede.analysis/1',
    article: { title: 'Stress test: 500 actors, 2,000 relations, 1,000 dates', published: '2020-09-25', published_source: null,
      byline: 'bench/page_stress_input.mjs', language: 'en', text, paragraphs, origin: [] },
    removed: [], actors, times, relations, warnings: [],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out = 'build/page-stress.json', a = 500, r = 2000, t = 1000] = process.argv.slice(2);
  const doc = stressAnalysis(+a, +r, +t);
  fs.writeFileSync(out, JSON.stringify(doc));
  console.log(`${out}: ${doc.actors.length} actors, ${doc.relations.length} relations, ${doc.times.length} times, ${doc.article.text.length} chars`);
}
