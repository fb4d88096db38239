// Document-level conventions: `info.version` is semver, `info.x-exchange` names the
// exchange (and equals the folder for specs/<exchange>/openapi.yaml), `x-source-standard`
// names the real-world standard the field names come from.
import { isObject } from '../util.js';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;
const EXCHANGE = /^[a-z][a-z0-9-]*$/;

export default function DocumentMetadata() {
  return {
    Root: {
      enter(root, ctx) {
        const info = isObject(root.info) ? root.info : {};
        const infoLocation = ctx.location.child(['info']);
        if (typeof info.version !== 'string' || !SEMVER.test(info.version)) {
          ctx.report({
            message: '`info.version` must be a semantic version (MAJOR.MINOR.PATCH); the release gate compares it.',
            location: 'version' in info ? infoLocation.child(['version']) : infoLocation.key(),
          });
        }
        const exchange = info['x-exchange'];
        if (typeof exchange !== 'string' || !EXCHANGE.test(exchange)) {
          ctx.report({
            message: '`info.x-exchange` must name the exchange in kebab-case (its folder under specs/).',
            location: 'x-exchange' in info ? infoLocation.child(['x-exchange']) : infoLocation.key(),
          });
        } else {
          const file = String(ctx.location.source?.absoluteRef ?? '').replace(/\\/g, '/');
          const match = /\/specs\/([^/]+)\/openapi\.ya?ml$/.exec(file);
          if (match && match[1] !== exchange) {
            ctx.report({
              message: `\`info.x-exchange\` "${exchange}" must equal the folder name "${match[1]}".`,
              location: infoLocation.child(['x-exchange']),
            });
          }
        }
        if (typeof root['x-source-standard'] !== 'string' || root['x-source-standard'].trim() === '') {
          ctx.report({
            message: 'The document needs `x-source-standard`, naming the standard its `x-source-field` names come from.',
            location: ctx.location.key(),
          });
        }
      },
    },
  };
}
