import type { Plugin } from 'vite';

/**
 * zod 4 keeps `const F = Function; new F(…)` in three places (its eval probe, its JIT compiler and
 * doc.js). Extension pages cannot eval under MV3's CSP anyway, so zod never uses them there (and
 * `z.config({ jitless: true })` in model/time.ts stops it from even probing), but Mozilla's linter
 * flags the Function constructor in any bundle (DANGEROUS_EVAL, issue #16). This swaps the
 * constructor for a function that throws, which zod already handles as "no eval here".
 */
export function noEval(): Plugin {
  const FUNCTION = /const F = Function;/g;
  return {
    name: 'touchline:no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]/.test(id) || !FUNCTION.test(code)) return null;
      FUNCTION.lastIndex = 0;
      const stub = 'const F = function () { throw new EvalError("Touchline bundles do not eval"); };';
      return { code: code.replace(FUNCTION, stub), map: null };
    },
  };
}
