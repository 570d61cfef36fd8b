/// <reference types="vite/client" />
// Which model a stored lead names: a registry model (its stored card), a built-in (listed in index.json), or
// a deleted one (neither), which the lead card reports instead of explaining with another model.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, db } from '../../../storage/db';
import { leadModel } from './lead-model';

let n = 0;
beforeEach(() => {
  openDb(`lead-model-test-${n++}`);
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    if (url.endsWith('index.json')) return new Response(JSON.stringify({ champion: 'conv-xgb-1', models: ['conv-xgb-1'] }));
    return new Response('missing', { status: 404 });
  }));
});
afterEach(() => { vi.unstubAllGlobals(); });

describe('leadModel', () => {
  it('tells a registry model, a built-in and a deleted model apart', async () => {
    await db().models.put({ id: 'lr-browser-1', task: 'conversion', kind: 'logistic', builtIn: false, card: { idField: 'CustomerID' }, sha256: 'x', createdAt: 1, createdBy: 'u' });
    expect(await leadModel('lr-browser-1')).toEqual({ status: 'stored', card: { idField: 'CustomerID' } });
    expect((await leadModel('conv-xgb-1')).status).toBe('built-in');
    expect(await leadModel('lr-deleted-9')).toEqual({ status: 'deleted' });
  });
});
