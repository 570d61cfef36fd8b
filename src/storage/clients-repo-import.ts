/**
 * Clients CSV import (columns id,name,email[,notes]): valid rows are kept, invalid ones reported with row,
 * column and value. Parsing is plain PapaParse on the page (client files are small).
 */
import Papa from 'papaparse';
import type { ClientInput } from './clients-repo';

export interface ImportProblem { row: number; column: string; value: string; message: 'missing' | 'email' | 'columns' }
export interface ParsedClients { clients: ClientInput[]; problems: ImportProblem[] }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseClientsCsv(text: string): ParsedClients {
  const res = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
  const fields = res.meta.fields ?? [];
  const problems: ImportProblem[] = [];
  for (const col of ['id', 'name', 'email']) {
    if (!fields.includes(col)) problems.push({ row: 1, column: col, value: '', message: 'columns' });
  }
  if (problems.length) return { clients: [], problems };
  const clients: ClientInput[] = [];
  res.data.forEach((r, i) => {
    const row = i + 2; // header is row 1
    const id = (r.id ?? '').trim();
    const name = (r.name ?? '').trim();
    const email = (r.email ?? '').trim();
    if (!id) return void problems.push({ row, column: 'id', value: id, message: 'missing' });
    if (!name) return void problems.push({ row, column: 'name', value: name, message: 'missing' });
    if (!EMAIL.test(email)) return void problems.push({ row, column: 'email', value: email, message: 'email' });
    clients.push({ customerId: id, name, email, notes: r.notes?.trim() || undefined });
  });
  return { clients, problems };
}
