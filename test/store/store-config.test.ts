import { describeStoreConfig, readStoreConfig, StoreConfigError } from '../../src/store/store-config';

describe('readStoreConfig', () => {
  it('defaults to the SQLite file ./data/herstart.db', () => {
    expect(readStoreConfig({})).toEqual({ engine: 'sqlite', path: './data/herstart.db', durability: 'normal' });
  });

  it('takes HERSTART_DB for the file', () => {
    expect(readStoreConfig({ HERSTART_DB: '/var/lib/herstart/h.db' })).toEqual({ engine: 'sqlite', path: '/var/lib/herstart/h.db', durability: 'normal' });
  });

  it('takes HERSTART_DB_SYNC=full for power-cut durability, and refuses anything else', () => {
    expect(readStoreConfig({ HERSTART_DB_SYNC: 'full' })).toMatchObject({ engine: 'sqlite', durability: 'full' });
    expect(() => readStoreConfig({ HERSTART_DB_SYNC: 'sometimes' })).toThrow(/HERSTART_DB_SYNC/);
  });

  it('picks Cosmos DB when COSMOS_ENDPOINT is set, with key or Entra ID, and the default database', () => {
    const endpoint = 'https://herstart.documents.azure.com:443/';
    expect(readStoreConfig({ COSMOS_ENDPOINT: endpoint, COSMOS_KEY: 'c2VjcmV0', HERSTART_DB: 'x.db' })).toEqual({
      engine: 'cosmos',
      endpoint,
      key: 'c2VjcmV0',
      database: 'herstart',
    });
    expect(readStoreConfig({ COSMOS_ENDPOINT: endpoint, COSMOS_DATABASE: 'herstart-test' })).toEqual({
      engine: 'cosmos',
      endpoint,
      key: undefined,
      database: 'herstart-test',
    });
  });

  it('treats blank variables as unset', () => {
    expect(readStoreConfig({ COSMOS_ENDPOINT: '  ', HERSTART_DB: '' })).toEqual({ engine: 'sqlite', path: './data/herstart.db', durability: 'normal' });
  });

  it('names the variable when a value is wrong', () => {
    expect(() => readStoreConfig({ COSMOS_ENDPOINT: 'not a url' })).toThrow(StoreConfigError);
    expect(() => readStoreConfig({ COSMOS_ENDPOINT: 'ftp://x' })).toThrow(/COSMOS_ENDPOINT/);
    expect(() => readStoreConfig({ COSMOS_ENDPOINT: 'https://x/', COSMOS_DATABASE: 'a/b' })).toThrow(/COSMOS_DATABASE/);
  });

  it('describes the choice for logs without the key', () => {
    const text = describeStoreConfig(readStoreConfig({ COSMOS_ENDPOINT: 'https://acct.documents.azure.com/', COSMOS_KEY: 'c2VjcmV0' }));
    expect(text).toBe('cosmos acct.documents.azure.com database herstart (account key)');
    expect(text).not.toContain('c2VjcmV0');
  });
});
