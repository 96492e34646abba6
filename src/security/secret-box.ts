// Encrypts documents that hold credentials (Slack workspace tokens) before they reach the store,
// so a copy of the database file or a Cosmos export does not hand out access to a workspace.
// AES-256-GCM with a fresh IV per seal; the store key is bound in as associated data, so a sealed
// token cannot be moved to another workspace's entry. Several keys may be configured, the first
// seals and all of them open: that is how a key is rotated.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export interface SealedDoc {
  sealed: 1;
  /** Which key sealed it: the first 8 hex digits of the key's SHA-256. */
  kid: string;
  iv: string;
  tag: string;
  data: string;
}

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

const KEY_BYTES = 32;

export class SecretBox {
  private constructor(private readonly keys: Array<{ kid: string; key: Buffer }>) {}

  /** `setting`: one or more base64 keys of 32 bytes, separated by commas; the first one seals. */
  static fromSetting(setting: string, name: string): SecretBox {
    const parts = setting.split(',').map((s) => s.trim()).filter(Boolean);
    if (parts.length === 0) throw new SecretBoxError(`${name} is empty: give a key of ${KEY_BYTES} random bytes in base64 (openssl rand -base64 32).`);
    const keys = parts.map((part, i) => {
      const key = Buffer.from(part, 'base64');
      if (key.length !== KEY_BYTES || key.toString('base64') !== part) {
        throw new SecretBoxError(`${name}: key ${i + 1} is not ${KEY_BYTES} bytes in base64 (make one with: openssl rand -base64 32).`);
      }
      return { kid: createHash('sha256').update(key).digest('hex').slice(0, 8), key };
    });
    return new SecretBox(keys);
  }

  seal(doc: Record<string, unknown>, context: string): SealedDoc {
    const { kid, key } = this.keys[0]!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const data = Buffer.concat([cipher.update(JSON.stringify(doc), 'utf8'), cipher.final()]);
    return { sealed: 1, kid, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
  }

  /** False for a plain document or one sealed with an older key: store it again sealed with the current one. */
  isCurrent(doc: Record<string, unknown>): boolean {
    return isSealed(doc) && doc.kid === this.keys[0]!.kid;
  }

  /** Opens a sealed document. One stored before sealing was switched on comes back as it is. */
  open(doc: Record<string, unknown>, context: string): Record<string, unknown> {
    if (!isSealed(doc)) return doc;
    const entry = this.keys.find((k) => k.kid === doc.kid);
    if (!entry) throw new SecretBoxError(`a stored secret was sealed with key ${doc.kid}, which is not configured any more`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', entry.key, Buffer.from(doc.iv, 'base64'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(doc.tag, 'base64'));
      const plain = Buffer.concat([decipher.update(Buffer.from(doc.data, 'base64')), decipher.final()]);
      return JSON.parse(plain.toString('utf8')) as Record<string, unknown>;
    } catch {
      throw new SecretBoxError('a stored secret does not open: it was altered, or moved from another entry');
    }
  }
}

export function isSealed(doc: Record<string, unknown>): doc is Record<string, unknown> & SealedDoc {
  return doc.sealed === 1 && typeof doc.kid === 'string' && typeof doc.iv === 'string' && typeof doc.tag === 'string' && typeof doc.data === 'string';
}
