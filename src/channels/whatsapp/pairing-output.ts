/**
 * Showing the pairing secret to the operator: the QR code drawn in the terminal, or the
 * 8-character pairing code. Both go to the terminal (stdout) rather than only into the JSON
 * logs, where a QR code would be an unreadable string; the pairing code is logged too so it
 * can be found in a container's log viewer.
 */
import qrcode from 'qrcode-terminal';

/** Where pairing secrets are shown. */
export interface PairingOutput {
  showQr(qr: string): void;
  showPairingCode(code: string): void;
}

/** Draws to the process's terminal. */
export function terminalPairingOutput(write: (text: string) => void = (text) => process.stdout.write(text)): PairingOutput {
  return {
    showQr(qr) {
      qrcode.generate(qr, { small: true }, (drawing) => {
        write(`\nWhatsApp: scan this QR code in WhatsApp → Linked devices → Link a device:\n${drawing}\n`);
      });
    },
    showPairingCode(code) {
      const shown = code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
      write(`\nWhatsApp pairing code: ${shown}\nEnter it in WhatsApp → Linked devices → Link with phone number instead.\n`);
    },
  };
}
