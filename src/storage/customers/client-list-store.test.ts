// The client list snapshot's format 2 (issue #10): texts packed with control characters (JSON when a text
// holds one) round-trip exactly; sealed bytes hold no clear text; a format-1 chunk (base64 text of JSON)
// still opens, so an older snapshot is read and rewritten on the next save without a schema bump.
import { describe, expect, it } from 'vitest';
import { deriveWorkspaceKeys, newWorkspaceSecret } from '../../core/crypto/workspace-keys';
import { sealBytes, sealString } from '../../core/crypto/seal';
import { openListChunk, packTexts, unpackTexts, type ListChunk } from './client-list-store';

const chunk = (sealed: ListChunk['sealed']): ListChunk => ({
  chunk: 0, n: 2, keys: ['a', 'b'], sealed, orders: new Float64Array(2), lastPurchase: new Float64Array(2), segment: new Uint8Array(2), legacy: new Uint8Array(2), print: new Float64Array(2),
});

describe('client list snapshot format', () => {
  it('packs texts and opens both formats', async () => {
    const plain: [string[], string[], string[]] = [['C-1', ''], ['Żaneta Ołówek', ''], ['z@example.org', '']];
    expect(packTexts(plain).startsWith('\u0002')).toBe(true);
    expect(unpackTexts(packTexts(plain))).toEqual(plain);
    const odd: [string[], string[], string[]] = [['C\u0000', 'x'], ['a\u0001b', ''], ['', '\u0002']];
    expect(packTexts(odd)).toBe(JSON.stringify(odd));
    expect(unpackTexts(packTexts(odd))).toEqual(odd);

    const keys = await deriveWorkspaceKeys(newWorkspaceSecret());
    const bytes = await sealBytes(keys, packTexts(plain));
    expect(new TextDecoder().decode(bytes)).not.toContain('example');
    expect(await openListChunk(keys, chunk(bytes))).toEqual(plain);
    expect(await openListChunk(keys, chunk(await sealString(keys, JSON.stringify(plain))))).toEqual(plain); // format 1
  });
});
