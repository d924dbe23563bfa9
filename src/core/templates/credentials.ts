// What a credential looks like, shared by the templates that look for one in env values and in
// ConfigMap data: a name that says so with a value that is not a placeholder, or a value that is
// one whatever its name (a PEM private key, a cloud token, a connection string with a password).

export interface CredentialPatterns {
  /** Regular expression (case-insensitive) for names that hold credentials. */
  namePattern: string;
  /** Regular expression for names that hold a reference to a credential, not the credential. */
  ignoreNamePattern: string;
  /** Regular expressions for values that are credentials whatever the name. */
  valuePatterns: string[];
  /** Regular expression for values that are placeholders or references, not credentials. */
  ignoreValuePattern: string;
  /** Regular expressions (case-insensitive) for connection strings; the first group is the password. */
  connectionPasswordPatterns?: string[];
}

export const credentialPatternsSchema = {
  namePattern: { type: 'string', description: 'Regular expression (case-insensitive) for names that hold credentials.' },
  ignoreNamePattern: { type: 'string', description: 'Regular expression for names that hold a reference to a credential (a path, a key id), not the credential.' },
  valuePatterns: { type: 'array', items: { type: 'string' }, description: 'Regular expressions for values that are credentials whatever the name (PEM private keys, cloud tokens).' },
  ignoreValuePattern: { type: 'string', description: 'Regular expression (case-insensitive) for values that are placeholders or references, not credentials.' },
  connectionPasswordPatterns: {
    type: 'array',
    items: { type: 'string' },
    description: 'Regular expressions (case-insensitive) for connection strings; the first group is the password, which must not be a placeholder.',
  },
};

export interface CredentialMatcher {
  /** The part of `value` that is a credential by its form, or undefined. */
  byValue(value: string): string | undefined;
  /** Whether a literal `value` under `name` is a credential by its name. */
  byName(name: string, value: string): boolean;
  /** The connection string in `value` that carries a literal password, or undefined. */
  byConnection(value: string): string | undefined;
}

const compiled = new WeakMap<CredentialPatterns, CredentialMatcher>();

export function credentialMatcher(p: CredentialPatterns): CredentialMatcher {
  let m = compiled.get(p);
  if (!m) {
    const nameRe = new RegExp(p.namePattern, 'i');
    const ignoreNameRe = new RegExp(p.ignoreNamePattern, 'i');
    const valueRes = p.valuePatterns.map((v) => new RegExp(v));
    const ignoreValueRe = new RegExp(p.ignoreValuePattern, 'i');
    const connectionRes = (p.connectionPasswordPatterns ?? []).map((c) => new RegExp(c, 'gi'));
    m = {
      byValue: (value) => {
        for (const re of valueRes) {
          const hit = re.exec(value);
          if (hit) return hit[0];
        }
        return undefined;
      },
      byName: (name, value) => value !== '' && nameRe.test(name) && !ignoreNameRe.test(name) && !ignoreValueRe.test(value),
      byConnection: (value) => {
        for (const re of connectionRes) {
          for (const hit of value.matchAll(re)) {
            const password = hit[1] ?? '';
            if (password && !ignoreValueRe.test(password) && !/^\*+$/.test(password)) return hit[0];
          }
        }
        return undefined;
      },
    };
    compiled.set(p, m);
  }
  return m;
}
