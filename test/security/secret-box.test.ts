import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { isSealed, SecretBox, SecretBoxError } from '../../src/security/secret-box';

const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('base64');
const installation = { team: { id: 'T1' }, bot: { token: 'xoxb-secret-123', scopes: ['chat:write'] } };

describe('SecretBox', () => {
  it('seals so that neither the token nor any of the document can be read, and opens it again', () => {
    const box = SecretBox.fromSetting(keyA, 'K');
    const sealed = box.seal(installation, 'slack-installation:team:T1');
    expect(isSealed(sealed as unknown as Record<string, unknown>)).toBe(true);
    expect(Object.keys(sealed).sort()).toEqual(['data', 'iv', 'kid', 'sealed', 'tag']);
    // Long markers only: the random IV and ciphertext may well contain a short string like "T1".
    for (const text of [JSON.stringify(sealed), Buffer.from(sealed.data, 'base64').toString('latin1')]) {
      expect(text).not.toContain('xoxb-secret-123');
      expect(text).not.toContain('"id":"T1"');
    }
    expect(box.open(sealed as unknown as Record<string, unknown>, 'slack-installation:team:T1')).toEqual(installation);
  });

  it('round-trips any JSON document, with a fresh IV each time', () => {
    const box = SecretBox.fromSetting(keyA, 'K');
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (doc) => {
        const plain = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
        const one = box.seal(plain, 'ctx');
        const two = box.seal(plain, 'ctx');
        expect(one.iv).not.toBe(two.iv);
        expect(box.open(one as unknown as Record<string, unknown>, 'ctx')).toEqual(plain);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a sealed token that was altered or moved to another entry', () => {
    const box = SecretBox.fromSetting(keyA, 'K');
    const sealed = box.seal(installation, 'slack-installation:team:T1') as unknown as Record<string, unknown>;
    expect(() => box.open(sealed, 'slack-installation:team:T2')).toThrow(SecretBoxError);
    const data = Buffer.from(String(sealed.data), 'base64');
    data[0] = data[0]! ^ 1;
    expect(() => box.open({ ...sealed, data: data.toString('base64') }, 'slack-installation:team:T1')).toThrow(/altered/);
  });

  it('rotates keys: the first seals, older ones still open what they sealed, a removed one is named', () => {
    const old = SecretBox.fromSetting(keyB, 'K').seal(installation, 'ctx') as unknown as Record<string, unknown>;
    const both = SecretBox.fromSetting(`${keyA}, ${keyB}`, 'K');
    expect(both.open(old, 'ctx')).toEqual(installation);
    const fresh = both.seal(installation, 'ctx');
    expect(fresh.kid).not.toBe(old.kid);
    expect(() => SecretBox.fromSetting(keyA, 'K').open(old, 'ctx')).toThrow(/not configured any more/);
  });

  it('passes a document stored before sealing through unchanged', () => {
    expect(SecretBox.fromSetting(keyA, 'K').open(installation, 'ctx')).toBe(installation);
  });

  it('names the setting when a key is missing or not 32 bytes of base64', () => {
    expect(() => SecretBox.fromSetting('', 'SLACK_TOKEN_KEY')).toThrow(/SLACK_TOKEN_KEY is empty/);
    expect(() => SecretBox.fromSetting(randomBytes(16).toString('base64'), 'SLACK_TOKEN_KEY')).toThrow(/SLACK_TOKEN_KEY: key 1 is not 32 bytes/);
    expect(() => SecretBox.fromSetting(`${keyA},not-base64!`, 'SLACK_TOKEN_KEY')).toThrow(/key 2/);
  });
});
