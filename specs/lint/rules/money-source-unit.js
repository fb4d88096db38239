// Every use of a money schema (`$ref` to common `Fen`/`SignedFen`, or to any schema with
// `x-money`) states the unit of the real-world field it mirrors with a sibling
// `x-source-unit` (`FEN`, `YUAN` or `WANYUAN`), so the 元/万元 → 分 conversion is explicit.
import { isObject } from '../util.js';

export default function MoneySourceUnit() {
  return {
    ref: {
      enter(refNode, ctx, resolved) {
        if (ctx.type?.name !== 'Schema') return;
        const target = resolved?.node;
        if (!isObject(target) || target['x-money'] === undefined) return;
        if (refNode['x-source-unit'] === undefined) {
          ctx.report({
            message:
              `\`$ref: ${refNode.$ref}\` is money but has no sibling \`x-source-unit\`; ` +
              'add `x-source-unit: YUAN | WANYUAN | FEN` (and `x-source-field` naming the real field).',
            location: ctx.location.key(),
          });
        }
      },
    },
  };
}
