// Runs once when the server starts, before it answers a request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { recordPeerAddresses } = await import("./lib/server/peer-address");
    recordPeerAddresses();
  }
}
