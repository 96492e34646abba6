// Which listen addresses only this machine can reach. Without credentials Herstart listens on
// these only: unauthenticated local mode must never be reachable from the network by accident.
import { isIP } from 'node:net';

export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || /^::ffff:127\./.test(h);
  return false;
}
