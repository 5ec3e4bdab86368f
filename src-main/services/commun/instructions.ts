import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../db/open';

const caches = new WeakMap<Sqlite, Map<string, Statement>>();

/**
 * The prepared statement for this SQL on this connection, prepared once. Services call it on
 * hot paths (search as you type, look-alikes at each keystroke) where preparing again each time
 * would cost more than the query itself.
 */
export function instruction(sqlite: Sqlite, sql: string): Statement {
  let cache = caches.get(sqlite);
  if (!cache) caches.set(sqlite, (cache = new Map()));
  let st = cache.get(sql);
  if (!st) cache.set(sql, (st = sqlite.prepare(sql)));
  return st;
}
