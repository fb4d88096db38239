/**
 * Routes by method and path template. `mock.fetch` uses it to pre-select the one MSW handler that matches, so
 * `getResponse` runs a single handler instead of trying each in turn (each try re-compiles its path pattern and
 * re-parses cookies); `mock.handle` uses it to call the same pipeline directly.
 */
import type { HttpHandler } from 'msw';

/** What a route leads to. */
export interface RouteTarget {
  /** The operation's MSW handler. */
  readonly handler: HttpHandler;
  /** The operation's pipeline, called directly with the path parameters. */
  readonly serve: (request: Request, params: Readonly<Record<string, string>>) => Promise<Response>;
}

/** A found route. */
export interface RouteMatch {
  readonly target: RouteTarget;
  readonly params: Readonly<Record<string, string>>;
}

/** Routes by method and path. */
export interface RouteTable {
  add(method: string, pathTemplate: string, target: RouteTarget): void;
  /** The route for `method` and `pathname`, or `undefined`. */
  find(method: string, pathname: string): RouteMatch | undefined;
}

interface Route {
  readonly method: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly target: RouteTarget;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Create an empty route table. */
export function createRouteTable(): RouteTable {
  const routes: Route[] = [];
  return {
    add(method, pathTemplate, target) {
      const names: string[] = [];
      const source = pathTemplate
        .split(/(\{[^}]+\})/)
        .map((part) => {
          if (!part.startsWith('{')) return escape(part);
          names.push(part.slice(1, -1));
          return '([^/]+)';
        })
        .join('');
      routes.push({ method: method.toUpperCase(), pattern: new RegExp(`^${source}/?$`), names, target });
    },
    find(method, pathname) {
      for (const r of routes) {
        if (r.method !== method) continue;
        const m = r.pattern.exec(pathname);
        if (m === null) continue;
        const params: Record<string, string> = {};
        try {
          r.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
        } catch {
          return undefined;
        }
        return { target: r.target, params };
      }
      return undefined;
    },
  };
}
