/**
 * Deterministic demo clients (seeded PRNG) with Polish-, Russian- and English-looking names, emails at
 * example.com/.org/.net (reserved domains: nothing real) and a few orders each, so the Clients screen and
 * later analytics can be tried without real personal data. Same seed → same clients.
 */
import type { ClientInput, Order } from './clients-repo';
import { prng } from '../core/demo/demo-leads';

/** Same deterministic PRNG as the demo leads (mulberry32). */
export const seededRandom = prng;

const FIRST = ['Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Magdalena', 'Jakub', 'Olga', 'Dmitry', 'Natalia', 'Sergei', 'Irina', 'Alexei', 'Emily', 'James', 'Olivia', 'Oliver', 'Sophie', 'Harry', 'Zofia', 'Wojciech'];
const LAST = ['Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski', 'Ivanova', 'Smirnov', 'Kuznetsova', 'Popov', 'Volkova', 'Sokolov', 'Smith', 'Johnson', 'Taylor', 'Brown', 'Wilson', 'Davies', 'Zielińska', 'Mazur'];
const DOMAINS = ['example.com', 'example.org', 'example.net'];
const TRANSLIT: Record<string, string> = { ś: 's', ń: 'n', ó: 'o', ł: 'l', ż: 'z', ź: 'z', ą: 'a', ę: 'e', ć: 'c' };

function ascii(s: string): string {
  return s.toLowerCase().replace(/[śńółżźąęć]/g, (c) => TRANSLIT[c] ?? c);
}

export function demoClients(count = 40, seed = 20260122, now = Date.UTC(2026, 0, 22)): ClientInput[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const out: ClientInput[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const n = 1 + Math.floor(rnd() * 7);
    const orders: Order[] = [];
    for (let k = 0; k < n; k++) {
      orders.push({ at: now - Math.floor(rnd() * 540) * 86_400_000, amount: Math.round((20 + rnd() * 780) * 100) / 100, items: 1 + Math.floor(rnd() * 5) });
    }
    orders.sort((a, b) => a.at - b.at);
    out.push({
      customerId: `CUST-${String(1000 + i)}`,
      name: `${first} ${last}`,
      email: `${ascii(first)}.${ascii(last)}${i}@${pick(DOMAINS)}`,
      notes: rnd() < 0.3 ? `Prefers contact by email (${first})` : undefined,
      orders,
    });
  }
  return out;
}
