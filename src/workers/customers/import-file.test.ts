// Customer imports end to end on fake-indexeddb: the CDNOW layout (whitespace, header with leading
// spaces, CRLF) imports every line and creates ID-only clients; the same file again adds nothing; an
// overlapping file adds only new lines; bad rows are reported by row, column and value and valid rows kept.
import { describe, expect, it } from 'vitest';
import { openDb } from '../../storage/db';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../../core/crypto/workspace-keys';
import { countLines, ORDER_SCHEMA } from '../../storage/customers/line-chunks';
import { importFile, type ImportArgs } from './import-file';
import { directoryCount, entryDerived, openDirectoryIds, readDirectory } from '../../storage/customers/client-directory';

const CDNOW = '   customer_id date number_of_cds dollar_value\r\n 00001 19970101  1   11.77\r\n 00002 19970112  1   12.00\r\n 00002 19970112  5   77.00\r\n 00003 19970102  2   20.76\r\n';
const WS = { encoding: 'utf-8', format: 'whitespace', delimiter: ',', decimalComma: false, hasHeader: true, mapping: { customerId: 0, date: 1, items: 2, amount: 3 } } as const;
const TODAY = 20_000; // 2024-10-04

async function args(text: string, opts: ImportArgs['opts'] = WS, headers = ['customer_id', 'date', 'number_of_cds', 'dollar_value']): Promise<ImportArgs> {
  return { file: new Blob([text]), fileName: 'x.txt', kind: 'orders', opts, headers, keys: await deriveWorkspaceKeys(newWorkspaceSecret()), encIds: true, today: TODAY };
}

describe('customer orders import', () => {
  it('imports the CDNOW layout, recognises the same file and adds only new lines from an overlapping one', async () => {
    const database = openDb('import-file-test-1');
    const a = await args(CDNOW);
    const first = await importFile(database, a, () => {});
    expect(first).toMatchObject({ rows: 4, valid: 4, invalid: 0, added: 4, newClients: 3, alreadyImported: false });
    expect(await database.clients.count()).toBe(0); // ID-only clients live in the sealed directory (schema v4)
    expect(await directoryCount(database)).toBe(3);
    const again = await importFile(database, { ...a }, () => {});
    expect(again).toMatchObject({ alreadyImported: true, added: 0 });
    const overlap = await importFile(database, { ...a, file: new Blob([`${CDNOW} 00004 19970103  1   9.99\r\n`]) }, () => {});
    expect(overlap).toMatchObject({ alreadyImported: false, added: 1, duplicates: 4, newClients: 1 });
    expect(await countLines(database, ORDER_SCHEMA)).toBe(5);
    const chunks = await readDirectory(database);
    expect(chunks).toHaveLength(2); // one per import that created clients
    const raw = JSON.stringify(chunks);
    expect(raw).not.toContain('00001');
    const c = chunks.flatMap((ch) => ch.keys.map((_, i) => entryDerived(ch, i))).find((d) => d.orderCount === 2);
    expect(c).toMatchObject({ totalSpend: 89, segment: 'regular' });
    expect((await openDirectoryIds(a.keys, chunks[0])).sort()).toEqual(['00001', '00002', '00003']);
  });

  it('reports bad rows by row, column and value and keeps the valid ones', async () => {
    const database = openDb('import-file-test-2');
    const csv = 'customer,date,amount,items\nA,2024-01-02,10.5,1\nB,2024-01-03,-4,1\nC,2099-01-01,5,1\nD,2024-01-04,abc,1\nE,2024-01-05,7,2\n';
    const opts = { encoding: 'utf-8', format: 'delimited', delimiter: ',', decimalComma: false, hasHeader: true, mapping: { customerId: 0, date: 1, amount: 2, items: 3 } } as const;
    const r = await importFile(database, await args(csv, opts, ['customer', 'date', 'amount', 'items']), () => {});
    expect(r).toMatchObject({ rows: 5, valid: 2, invalid: 3, added: 2 });
    expect(r.errors).toEqual([
      { row: 2, column: 'amount', value: '-4', code: 'negative' },
      { row: 3, column: 'date', value: '2099-01-01', code: 'future_date' },
      { row: 4, column: 'amount', value: 'abc', code: 'not_a_number' },
    ]);
  });

  it('reports a row with more cells than the header instead of shifting its values (mixed line endings kept apart)', async () => {
    const database = openDb('import-file-test-3');
    const csv = 'customer,date,amount,items\r\nA,2024-01-02,10.5,1\r\nB,2024-01-03,3,459,1\nC,2024-01-04,7,2\n';
    const opts = { encoding: 'utf-8', format: 'delimited', delimiter: ',', decimalComma: false, hasHeader: true, mapping: { customerId: 0, date: 1, amount: 2, items: 3 } } as const;
    const r = await importFile(database, await args(csv, opts, ['customer', 'date', 'amount', 'items']), () => {});
    expect(r).toMatchObject({ rows: 3, valid: 2, invalid: 1, added: 2 });
    expect(r.errors).toEqual([{ row: 2, column: '', value: '', code: 'too_many_cells' }]);
  });
});
