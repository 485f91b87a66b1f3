import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (memory-hard; ~50 ms per hash on our machines). */
export const hashPassword = (password: string): Promise<string> => hash(password);

export const verifyPassword = async (passwordHash: string, password: string): Promise<boolean> => {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
};
