import net from 'node:net';

// Tests talk to this machine only: the app, PGlite in-process, or the local PostgreSQL.
const loopback = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;
const connect = net.Socket.prototype.connect;

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const [first] = args;
  const options = typeof first === 'object' && first !== null ? (first as net.NetConnectOpts) : undefined;
  const host = options && 'host' in options ? options.host : typeof args[1] === 'string' ? args[1] : undefined;
  const isPipe = options ? 'path' in options && options.path !== undefined : typeof first === 'string';
  if (!isPipe && host && !loopback.test(host)) throw new Error(`tests may not connect to ${host}`);
  return connect.apply(this, args as Parameters<typeof connect>);
} as typeof connect;
