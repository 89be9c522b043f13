/**
 * The embedded cluster's superuser password: random, made once, kept in DATA_DIR with mode
 * 0600 so only the app's OS user can read it. The cluster listens on 127.0.0.1 only, but any
 * local user could reach that port, hence a password at all.
 */
import { randomBytes } from 'node:crypto';
import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { field } from '../../core/unknown.js';

/** File name inside DATA_DIR. */
export const PASSWORD_FILE_NAME = 'postgres.password';

/** Path of the password file of `dataDir`. */
export function passwordFile(dataDir: string): string {
  return join(dataDir, PASSWORD_FILE_NAME);
}

/** Reads the password, or undefined when the file does not exist. Tightens a looser mode. */
export async function readPassword(dataDir: string): Promise<string | undefined> {
  const file = passwordFile(dataDir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (field(error, 'code') === 'ENOENT') return undefined;
    throw error;
  }
  if (process.platform !== 'win32' && ((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  const password = text.trim();
  if (!password) throw new Error(`wksbm-bot: ${file} is empty; restore it from your backup of DATA_DIR`);
  return password;
}

/** Makes a new random password and writes it (mode 0600); fails if the file exists. */
export async function createPassword(dataDir: string): Promise<string> {
  const password = randomBytes(24).toString('base64url');
  await writeFile(passwordFile(dataDir), `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}
