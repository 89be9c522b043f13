/**
 * The floor: a bare grammY bot that only echoes, behind grammY's own `webhookCallback` on a
 * plain node:http server, talking to the same fake Bot API. Whatever our bot costs per
 * update beyond this is ours.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Bot, webhookCallback } from 'grammy';
import { announceReady, currentUsage, serveParent } from '../lib/child.js';

const bot = new Bot(process.env.TELEGRAM_BOT_TOKEN ?? '', { client: { apiRoot: process.env.TELEGRAM_API_ROOT ?? '' } });
bot.on('message:text', (ctx) => ctx.reply(ctx.message.text));
bot.on('callback_query:data', async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.callbackQuery.data);
});
await bot.init();
const callback = webhookCallback(bot, 'http', { secretToken: process.env.TELEGRAM_WEBHOOK_SECRET ?? '' });
const server = createServer((request, response) => void callback(request, response));
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

serveParent({
  usage: () => currentUsage(0),
  stop: async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    setImmediate(() => process.exit(0));
  },
});
announceReady(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
