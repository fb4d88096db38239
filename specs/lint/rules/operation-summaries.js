// Every operation has an English `summary` and a Chinese `x-summary-zh`.
import { CJK, operationName } from '../util.js';

export default function OperationSummaries() {
  return {
    Operation: {
      enter(operation, ctx) {
        const name = operationName(operation, ctx);
        if (typeof operation.summary !== 'string' || operation.summary.trim() === '') {
          ctx.report({
            message: `Operation ${name} has no English \`summary\`.`,
            location: ctx.location.key(),
          });
        }
        const zh = operation['x-summary-zh'];
        if (typeof zh !== 'string' || zh.trim() === '') {
          ctx.report({
            message: `Operation ${name} has no Chinese summary \`x-summary-zh\`.`,
            location: ctx.location.key(),
          });
        } else if (!CJK.test(zh)) {
          ctx.report({
            message: `\`x-summary-zh\` of ${name} must be written in Chinese (contain CJK characters).`,
            location: ctx.location.child(['x-summary-zh']),
          });
        }
      },
    },
  };
}
