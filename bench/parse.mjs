// 2. Parse: the real parseXFollowers (bench bundle) in a web page, against JSON.parse of the same text.
import { routeSite } from './lib.mjs';
import { GENERATIONS, HOOK_PAGE, fixtureText } from './data.mjs';
import { figure } from './figures.mjs';

export async function benchParse(ext, bundle) {
  await routeSite(ext.context, 'https://parse-bench.test/**', () => ({ body: HOOK_PAGE }));
  const page = await ext.context.newPage();
  await page.goto('https://parse-bench.test/');
  await page.evaluate(bundle);
  for (const gen of GENERATIONS) {
    const text = await fixtureText(gen);
    const r = await page.evaluate(
      ({ text, reps }) => {
        const parse = [];
        const json = [];
        let people = 0;
        for (let i = 0; i < 10; i++) globalThis.TLB.parseXFollowers(JSON.parse(text)); // warm-up (JIT)
        // performance.now() is coarsened to 0.1 ms here: each sample times a batch of 10.
        const B = 10;
        for (let i = 0; i < reps; i++) {
          const t0 = performance.now();
          const objs = [];
          for (let k = 0; k < B; k++) objs.push(JSON.parse(text));
          const t1 = performance.now();
          for (const obj of objs) people = globalThis.TLB.parseXFollowers(obj).people.length;
          const t2 = performance.now();
          json.push((t1 - t0) / B);
          parse.push((t2 - t1) / B);
        }
        return { parse, json, people };
      },
      { text, reps: 15 },
    );
    figure({
      id: `parse.${gen}`,
      figure: `Parse: parseXFollowers, ${gen} generation (${r.people} users)`,
      unit: 'ms',
      samples: r.parse,
      baseline: r.json,
      baselineName: 'JSON.parse of the same text',
      compare: 'ratio',
      limit: 2,
      budget: '≤ 2 ms',
      note: 'in a web page, after 10 warm-up parses; 15 samples, each the mean of 10 parses (timer resolution is 0.1 ms)',
    });
  }
  await page.close();
}
