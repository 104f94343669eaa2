// Own code: a synchronous 64-bit fingerprint is a dozen lines; SHA-256 is WebCrypto's.

/** FNV-1a over UTF-16 code units, two 32-bit lanes: a fast, stable 64-bit fingerprint (not a MAC), as 16 hex digits. */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Lower-case hex SHA-256 of a string (the APQ hash format, and `sha256sum`'s). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
