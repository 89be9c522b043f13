/** The QR code and the pairing code as the operator sees them in the terminal. */
import { expect, it } from 'vitest';
import { terminalPairingOutput } from '../../../src/channels/whatsapp/pairing-output.js';

it('draws the QR code with block characters and groups the pairing code 4-4', () => {
  const written: string[] = [];
  const output = terminalPairingOutput((text) => void written.push(text));
  output.showQr('2@Zk9xQ0dhV3BvY2Fs,AbCdEf0123456789,GhIjKl0123456789,MnOpQr0123456789');
  expect(written[0]).toContain('Linked devices');
  expect(written[0]!.split('\n').length).toBeGreaterThan(15);
  expect(written[0]).toMatch(/[█▀▄]/);
  output.showPairingCode('K7W2M9QX');
  expect(written[1]).toContain('K7W2-M9QX');
});
