// The official client's build+sign throughput on this machine, for the Slipstream signing
// benchmark (tests/bench/signing) to print a ratio measured in the same run.
//   node bench-official.mjs [seconds]   → prints "orders_per_sec=<n> orders=<n>"
import { ClobClient, orderToJsonV2 } from "@polymarket/clob-client-v2";
import { Wallet } from "@ethersproject/wallet";

const seconds = Number(process.argv[2] ?? "2");
const token = "71321045679252212594626385532706912750332728571942532289631379312455583992563";
const client = new ClobClient({
    host: "http://127.0.0.1:9", chain: 137,
    signer: new Wallet("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
    creds: { key: "00000000-0000-0000-0000-000000000000", secret: "AAAA", passphrase: "p" },
});
client.tickSizes[token] = "0.01";
client.negRisk[token] = false;
client.cachedVersion = 2;

let n = 0;
const start = performance.now();
const deadline = start + seconds * 1000;
while (performance.now() < deadline) {
    const order = await client.createOrder(
        { tokenID: token, price: 0.01 + (n % 98) / 100, size: 10 + (n % 1000) / 100, side: n % 2 ? "SELL" : "BUY" },
        { tickSize: "0.01", negRisk: false, version: 2 });
    JSON.stringify(orderToJsonV2(order, "00000000-0000-0000-0000-000000000000", "GTC"));
    n++;
}
const elapsed = (performance.now() - start) / 1000;
console.log(`orders_per_sec=${(n / elapsed).toFixed(1)} orders=${n}`);
