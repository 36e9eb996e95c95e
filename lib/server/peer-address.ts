// Next does not give route handlers or server actions the socket's address: it copies it into X-Forwarded-For,
// but only when the client did not send one (`??=` in next/dist/server/base-server.js), so a client could pick its
// own. Every request is therefore stamped with the socket's address in a header of our own, replacing whatever a
// client sent in it. Installed by instrumentation.ts when the server starts; framework-free.
import http from "node:http";

export const PEER_HEADER = "x-cellstate-peer";

export function recordPeerAddresses(): void {
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket.remoteAddress ?? "unknown";
    }
    return emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;
}
