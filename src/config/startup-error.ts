/**
 * A start-up failure that the person starting the bot can fix: the environment is invalid, the
 * port is taken, DATA_DIR cannot be used, DATABASE_URL names a server the bot cannot use,
 * another app runs on the same data. main.ts prints the message alone (it names the variable
 * to change and what to do) and exits with 1, instead of a stack trace.
 */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
