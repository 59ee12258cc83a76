// Generates Slipstream's golden vectors with the official Polymarket client
// (@polymarket/clob-client-v2, signer: ethers v5 Wallet). Every order goes through the
// client's own createOrder/createMarketOrder and postOrder (network calls stubbed), so the
// expected output is exactly the body the client would POST. Deterministic: a seeded PRNG
// drives both the choices below and the client's Math.random (salts), and Date.now is pinned
// per vector.
//
//   npm install && node generate-vectors.mjs > vectors/orders.jsonl
//
// One JSON object per line: {id, category, input, expectedJson | expected, exact?, note?}.
// `input` is what `slipstream-cli conformance` reads; `expectedJson` is the exact text the
// client produces; `expected` is {"error": ...} when the input must be refused, or the
// client's object when `exact` carries the integer amounts Slipstream computes instead.

import { ClobClient, createL1Headers, createL2Headers, orderToJsonV1, orderToJsonV2 } from "@polymarket/clob-client-v2";
import { ROUNDING_CONFIG } from "./node_modules/@polymarket/clob-client-v2/dist/order-builder/helpers/roundingConfig.js";
import { Wallet } from "@ethersproject/wallet";
import { getAddress } from "@ethersproject/address";

// ---- deterministic randomness -------------------------------------------------------------
let seed = 0x5eed1234;
function rand() {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const randInt = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const randHex = (bytes) => {
    let s = "";
    for (let i = 0; i < bytes; i++) s += randInt(0, 255).toString(16).padStart(2, "0");
    return s;
};
const randDigits = (n) => {
    let s = String(randInt(1, 9));
    for (let i = 1; i < n; i++) s += String(randInt(0, 9));
    return s;
};
Math.random = rand; // the client's generateOrderSalt uses Math.random() * Date.now()
const realDateNow = Date.now;

// ---- fixtures -----------------------------------------------------------------------------
const HARDHAT_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const KEYS = [HARDHAT_KEY];
while (KEYS.length < 12) KEYS.push("0x" + randHex(32));
const WALLETS = new Map(KEYS.map((k) => [k, new Wallet(k)]));
const TICKS = ["0.1", "0.01", "0.005", "0.0025", "0.001", "0.0001"];
const TICK_MICROS = { "0.1": 100000, "0.01": 10000, "0.005": 5000, "0.0025": 2500, "0.001": 1000, "0.0001": 100 };
const ORDER_TYPES_LIMIT = ["GTC", "GTD", "GTC", "FOK", "FAK"];
const ORDER_TYPES_MARKET = ["FOK", "FAK"];
const ZERO32 = "0x" + "00".repeat(32);

function randomToken() {
    const r = rand();
    if (r < 0.05) return String(randInt(0, 1000));
    if (r < 0.1) return "115792089237316195423570985008687907853269984665640564039457584007913129639935"; // 2^256-1
    const v = BigInt(randDigits(pick([76, 77, 77, 78])));
    return (v % (1n << 256n)).toString();
}
function randomAddress() {
    const a = getAddress("0x" + randHex(20));
    return rand() < 0.2 ? a.toLowerCase() : a;
}
// A price on the tick grid, as a JS number; extremes are drawn often.
function randomPrice(tick) {
    const t = TICK_MICROS[tick];
    const n = 1000000 / t;
    const r = rand();
    let k;
    if (r < 0.12) k = 1;
    else if (r < 0.24) k = n - 1;
    else if (r < 0.3) k = pick([2, n - 2, Math.floor(n / 2)]);
    else k = randInt(1, n - 1);
    return Number(((k * t) / 1e6).toFixed(6));
}
// Sizes: whole, 1-2 decimals, and many decimals (truncated by the client to 2).
function randomSize() {
    const mag = pick([1, 10, 100, 1000, 10000, 100000]);
    const dp = pick([0, 1, 2, 2, 3, 4, 5, 6, 7, 8]);
    let v = Number((rand() * mag).toFixed(dp));
    if (v < 0.01) v = Number((0.01 + rand() * 5).toFixed(dp < 2 ? 2 : dp));
    return v;
}

// ---- the official client with its network calls stubbed ---------------------------------
function makeClient({ key, chainId, signatureType, funder, owner }) {
    const client = new ClobClient({
        host: "http://127.0.0.1:9",
        chain: chainId,
        signer: WALLETS.get(key) ?? new Wallet(key),
        creds: { key: owner, secret: "c2xpcHN0cmVhbS1jb25mb3JtYW5jZS1zZWNyZXQ=", passphrase: "conformance" },
        signatureType,
        funderAddress: funder,
    });
    client._ensureMarketInfoCached = async () => {};
    client.ensureBuilderFeeRateCached = async () => {};
    client.resolveTransactionsHashes = async (r) => r;
    return client;
}

async function officialOrder(input) {
    const version = input.version ?? 2;
    const client = makeClient({
        key: input.key,
        chainId: input.chainId ?? 137,
        signatureType: input.signatureType ?? 0,
        funder: input.funder,
        owner: input.owner ?? "",
    });
    client.tickSizes[input.tokenID] = input.tickSize;
    client.negRisk[input.tokenID] = input.negRisk ?? false;
    client.feeRates[input.tokenID] = input.feeRateBps ?? 0;
    client.cachedVersion = version;
    let captured;
    client.post = async (_url, options) => {
        captured = options;
        return { success: true, errorMsg: "", orderID: "0x", status: "live" };
    };
    const common = { tokenID: input.tokenID, price: input.price, side: input.side };
    if (input.builder !== undefined) common.builderCode = input.builder;
    if (input.metadata !== undefined) common.metadata = input.metadata;
    if (version === 1) {
        if (input.feeRateBps !== undefined) common.feeRateBps = input.feeRateBps;
        if (input.nonce !== undefined) common.nonce = input.nonce;
        if (input.taker !== undefined) common.taker = input.taker;
    }
    const options = { tickSize: input.tickSize, negRisk: input.negRisk ?? false, version };
    Date.now = () => Number(input.timestamp ?? "1700000000000");
    try {
        let order;
        if (input.kind === "market") {
            order = await client.createMarketOrder({ ...common, amount: input.amount, orderType: input.orderType }, options);
        } else {
            const userOrder = { ...common, size: input.size };
            if (input.expiration !== undefined) userOrder.expiration = input.expiration;
            order = await client.createOrder(userOrder, options);
        }
        await client.postOrder(order, input.orderType ?? "GTC", input.postOnly ?? false, input.deferExec ?? false);
        return { order, body: captured.data, headers: captured.headers };
    } finally {
        Date.now = realDateNow;
    }
}

// ---- emitters -----------------------------------------------------------------------------
let nextId = 1;
const counts = {};
function emit(category, input, expected, extra = {}) {
    counts[category] = (counts[category] ?? 0) + 1;
    process.stdout.write(JSON.stringify({ id: nextId++, category, input, ...expected, ...extra }) + "\n");
}

// Runs the client on an input whose salt is drawn by the client, then records that salt.
async function orderVector(category, input, { serverRule = false, note } = {}) {
    let saved;
    if (serverRule) {
        // The server caps market-order amounts at 4 decimals (protocol notes §5.5); the client
        // uses 5-6 on fine ticks and is rejected. Slipstream follows the server: the expected
        // order is the client's own output with the amount precision capped at 4.
        saved = { ...ROUNDING_CONFIG[input.tickSize] };
        ROUNDING_CONFIG[input.tickSize].amount = Math.min(4, saved.amount);
    }
    try {
        const { order, body, headers } = await officialOrder(input);
        const full = { ...input, salt: order.salt };
        if ((input.version ?? 2) !== 1) full.timestamp = order.timestamp;
        const expectedJson = JSON.stringify(body);
        const exact = exactAmounts(input);
        if (body.order.makerAmount === "0" || body.order.takerAmount === "0") {
            emit("invalid-server-rule", full, { expected: { error: "an amount rounds to zero" } },
                { note: "the client signs a zero amount; the server rejects it, Slipstream refuses before signing" });
            return;
        }
        if (exact.makerAmount !== body.order.makerAmount || exact.takerAmount !== body.order.takerAmount) {
            // The client's float arithmetic lost precision (values above ~2^53 ulp); Slipstream
            // computes in integers. Everything but the amounts and signature must still match.
            emit(category + "-float-noise", full, { expected: body, exact },
                { note: "client float noise: exact integer amounts differ from the client's" });
            return;
        }
        emit(category, full, { expectedJson }, note ? { note } : {});
        // The POST's own L2 headers: an HMAC over exactly this body.
        if (rand() < 0.15) {
            emit("l2-order-body", {
                op: "l2", key: input.key, apiKey: input.owner ?? "",
                secret: "c2xpcHN0cmVhbS1jb25mb3JtYW5jZS1zZWNyZXQ=", passphrase: "conformance",
                method: "POST", path: "/order", body: expectedJson, timestamp: Number(headers.POLY_TIMESTAMP),
            }, { expectedJson: JSON.stringify(headers) });
        }
    } finally {
        if (saved) ROUNDING_CONFIG[input.tickSize].amount = saved.amount;
    }
}

// The amounts in exact integer arithmetic (protocol notes §5.5, Slipstream's rule), to tell
// the client's rare float-noise results apart from real disagreements.
function micros(x) {
    const [i, f = ""] = x.toString().split(".");
    if (x.toString().includes("e")) throw new Error("exponent in " + x);
    return BigInt(i) * 1000000n + BigInt((f + "000000").slice(0, 6));
}
function exactAmounts(input) {
    const cfg = ROUNDING_CONFIG[input.tickSize];
    const p = micros(input.price);
    const chain = (num, den, a) => {
        const scaled = num * 10n ** BigInt(a + 4);
        let c = scaled / den;
        if (c * den !== scaled) c += 1n;
        return (c / 10000n) * 10n ** BigInt(6 - a);
    };
    if (input.kind === "market") {
        const a = Math.min(cfg.amount, 4);
        const m = micros(input.amount);
        const maker = m - (m % 10000n);
        const taker = input.side === "BUY" ? chain(maker, p, a) : chain(maker * p, 1000000000000n, a);
        return { makerAmount: maker.toString(), takerAmount: taker.toString() };
    }
    const s = micros(input.size);
    const shares = s - (s % 10000n);
    const usdc = (shares * p) / 1000000n;
    return input.side === "BUY"
        ? { makerAmount: usdc.toString(), takerAmount: shares.toString() }
        : { makerAmount: shares.toString(), takerAmount: usdc.toString() };
}

function baseInput(version, tick, kind) {
    const key = pick(KEYS);
    const input = {
        key,
        version,
        chainId: rand() < 0.85 ? 137 : 80002,
        signatureType: version === 1 ? randInt(0, 2) : randInt(0, 3),
        tokenID: randomToken(),
        side: pick(["BUY", "SELL"]),
        tickSize: tick,
        negRisk: rand() < 0.5,
        price: randomPrice(tick),
        timestamp: String(1713398400000 + randInt(0, 400000000000)),
        owner: pick(["", "00000000-0000-0000-0000-000000000000", uuid()]),
        orderType: kind === "market" ? pick(ORDER_TYPES_MARKET) : pick(ORDER_TYPES_LIMIT),
    };
    if (input.signatureType !== 0 || rand() < 0.1) input.funder = randomAddress();
    if (kind === "market") {
        input.kind = "market";
        input.amount = randomSize();
        if (rand() < 0.1) input.expiration = 1800000000; // ignored by the client for market orders
    } else {
        input.size = randomSize();
        if (rand() < 0.4) input.expiration = pick([0, randInt(1700000000, 2000000000)]);
        if (input.orderType !== "FOK" && input.orderType !== "FAK" && rand() < 0.3) input.postOnly = true;
    }
    if (rand() < 0.2) input.deferExec = rand() < 0.5;
    if (version === 1) {
        if (rand() < 0.6) input.feeRateBps = pick([0, 0, 10, 100, 200, 1000]);
        if (rand() < 0.5) input.nonce = rand() < 0.5 ? randInt(0, 1000000) : randDigits(randInt(1, 40));
        if (rand() < 0.2) input.taker = randomAddress();
    } else {
        if (rand() < 0.4) input.builder = "0x" + randHex(32);
        if (rand() < 0.3) input.metadata = rand() < 0.2 ? ZERO32 : "0x" + randHex(32);
    }
    return input;
}
function uuid() {
    const h = randHex(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

async function main() {
    // §5.7 reference order first: it anchors the file to the protocol notes.
    await orderVector("limit", {
        key: HARDHAT_KEY, version: 2, chainId: 137, signatureType: 0, tokenID:
            "71321045679252212594626385532706912750332728571942532289631379312455583992563",
        side: "BUY", tickSize: "0.01", negRisk: false, price: 0.5, size: 10, timestamp: "1713398400000",
        owner: "00000000-0000-0000-0000-000000000000", orderType: "GTC",
    });

    // Limit orders: every version × tick × side × signature type × neg-risk, several draws each.
    for (const version of [1, 2, 3])
        for (const tick of TICKS)
            for (const side of ["BUY", "SELL"])
                for (const sigType of version === 1 ? [0, 1, 2] : [0, 1, 2, 3])
                    for (const negRisk of [false, true])
                        for (let rep = 0; rep < (version === 2 ? 4 : 2); rep++) {
                            const input = baseInput(version, tick, "limit");
                            Object.assign(input, { side, signatureType: sigType, negRisk });
                            if (sigType !== 0 && !input.funder) input.funder = randomAddress();
                            await orderVector("limit", input);
                        }

    // Market orders: the same grid.
    for (const version of [1, 2, 3])
        for (const tick of TICKS)
            for (const side of ["BUY", "SELL"])
                for (const sigType of version === 1 ? [0, 1, 2] : [0, 1, 2, 3])
                    for (const negRisk of [false, true])
                        for (let rep = 0; rep < (version === 2 ? 3 : 2); rep++) {
                            const input = baseInput(version, tick, "market");
                            Object.assign(input, { side, signatureType: sigType, negRisk });
                            if (sigType !== 0 && !input.funder) input.funder = randomAddress();
                            const fine = TICK_MICROS[tick] < 10000;
                            await orderVector("market", input, fine ? {
                                serverRule: true,
                                note: "server rule: market amounts capped at 4 decimals (the client would send " +
                                    `${ROUNDING_CONFIG[tick].amount})`,
                            } : {});
                        }

    // Sizes with many decimals and tick-extreme prices, V2 (production).
    for (let i = 0; i < 150; i++) {
        const tick = pick(TICKS);
        const input = baseInput(2, tick, "limit");
        input.size = Number((rand() * pick([1, 50, 5000])).toFixed(randInt(3, 9)));
        if (input.size < 0.01) input.size = 0.0199999;
        input.price = randomPrice(tick);
        await orderVector("limit-many-decimals", input);
    }

    // Large market buys at tiny prices: where the client's float arithmetic drifts.
    for (let i = 0; i < 120; i++) {
        const tick = pick(TICKS);
        const input = baseInput(2, tick, "market");
        input.side = "BUY";
        input.amount = Number((rand() * pick([1000, 100000, 1000000])).toFixed(randInt(0, 3)));
        input.price = rand() < 0.6 ? TICK_MICROS[tick] / 1e6 : randomPrice(tick);
        const fine = TICK_MICROS[tick] < 10000;
        await orderVector("market-large", input, fine ? { serverRule: true, note: "server rule: market amounts capped at 4 decimals" } : {});
    }

    await headerVectors();
    await invalidVectors();
    process.stderr.write(JSON.stringify(counts) + "\n");
}

async function headerVectors() {
    // L1: both chains, timestamps, nonces (numbers, big decimal strings).
    const fixed = [
        { op: "l1", key: HARDHAT_KEY, chainId: 80002, timestamp: 10000000, nonce: 23 },
        { op: "l1", key: HARDHAT_KEY, chainId: 137, timestamp: 1700000000, nonce: 0 },
    ];
    for (let i = 0; i < 150; i++) {
        const v = { op: "l1", key: pick(KEYS), chainId: rand() < 0.7 ? 137 : 80002, timestamp: randInt(1600000000, 1900000000) };
        const r = rand();
        if (r < 0.4) v.nonce = randInt(0, 1000);
        else if (r < 0.6) v.nonce = randDigits(randInt(10, 60));
        fixed.push(v);
    }
    for (const v of fixed) {
        const h = await createL1Headers(WALLETS.get(v.key), v.chainId ?? 137, v.nonce, v.timestamp);
        emit("l1", v, { expectedJson: JSON.stringify(h) });
    }
    // L2: secrets with/without padding and with base64url characters, bodies present/absent.
    const paths = ["/order", "/orders", "/data/orders", "/data/trades", "/auth/api-keys", "/cancel-all",
        "/balance-allowance", "/v1/heartbeats", "/data/order/0x" + randHex(32), "/"];
    const l2 = [
        { secret: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", timestamp: 1, method: "GET", path: "/" },
        { secret: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", timestamp: 1000000, method: "test-sign", path: "/orders", body: '{"hash":"0x123"}' },
        { secret: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", timestamp: 1700000000, method: "GET", path: "/data/orders" },
    ];
    for (let i = 0; i < 200; i++) {
        const raw = Buffer.from(randHex(randInt(16, 48)), "hex");
        let secret = raw.toString("base64url");
        const style = randInt(0, 2);
        if (style === 1) secret = raw.toString("base64");
        if (style === 2) secret = raw.toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
        const v = { secret, timestamp: randInt(1600000000, 1900000000), method: pick(["GET", "POST", "DELETE"]), path: pick(paths) };
        if (v.method !== "GET" && rand() < 0.8) v.body = pick([
            JSON.stringify({ orderID: "0x" + randHex(32) }), JSON.stringify(["0x" + randHex(32)]),
            JSON.stringify({ heartbeat_id: "" }), JSON.stringify({ market: "", asset_id: randomToken() }), "",
            JSON.stringify({ note: "ünïcødé ✓ 😀" })]);
        l2.push(v);
    }
    for (const v of l2) {
        const input = { op: "l2", key: pick(KEYS), apiKey: uuid(), passphrase: randHex(32), ...v };
        const wallet = WALLETS.get(input.key);
        const h = await createL2Headers(wallet, { key: input.apiKey, secret: input.secret, passphrase: input.passphrase },
            { method: input.method, requestPath: input.path, body: input.body }, input.timestamp);
        emit("l2", input, { expectedJson: JSON.stringify(h) });
    }
}

async function invalidVectors() {
    const token = "71321045679252212594626385532706912750332728571942532289631379312455583992563";
    const base = { key: HARDHAT_KEY, tokenID: token, side: "BUY", tickSize: "0.01", price: 0.5, size: 10,
        timestamp: "1713398400000", salt: "479249096354" };
    const official = async (input) => {
        try {
            await officialOrder(input);
            return null;
        } catch (e) {
            return String(e.message ?? e);
        }
    };
    const cases = [];
    // Refused by the client itself.
    for (const tick of TICKS) {
        const t = TICK_MICROS[tick] / 1e6;
        cases.push([{ ...base, tickSize: tick, price: Number((t / 2).toFixed(7)) }, "price below the tick"]);
        cases.push([{ ...base, tickSize: tick, price: Number((1 - t / 2).toFixed(7)) }, "price above 1 - tick"]);
        cases.push([{ ...base, tickSize: tick, price: 0 }, "zero price"]);
        cases.push([{ ...base, tickSize: tick, price: 1 }, "price of 1"]);
        cases.push([{ ...base, kind: "market", amount: 5, size: undefined, tickSize: tick, price: 1 }, "market price of 1"]);
    }
    cases.push([{ ...base, version: 1, signatureType: 3 }, "POLY_1271 on V1"]);
    cases.push([{ ...base, version: 4 }, "unsupported version"]);
    cases.push([{ ...base, chainId: 1 }, "unsupported chain"]);
    cases.push([{ ...base, tickSize: "0.05" }, "unsupported tick size"]);
    cases.push([{ ...base, postOnly: true, orderType: "FOK" }, "postOnly with FOK"]);
    cases.push([{ ...base, postOnly: true, orderType: "FAK" }, "postOnly with FAK"]);
    cases.push([{ ...base, kind: "market", amount: 5, postOnly: true, orderType: "FAK" }, "postOnly market"]);
    cases.push([{ ...base, funder: "0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266", signatureType: 1 }, "bad funder checksum"]);
    cases.push([{ ...base, funder: "0x1234", signatureType: 1 }, "short funder"]);
    for (const c of cases) {
        const input = { ...c[0] };
        for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
        const err = await official(input);
        if (err === null) throw new Error("expected the official client to refuse: " + c[1]);
        emit("invalid", input, { expected: { error: err } }, { note: c[1] });
    }
    // Accepted by the client, refused by Slipstream (the server would reject them).
    const divergent = [];
    for (const tick of TICKS) {
        const t = TICK_MICROS[tick];
        const off = Number(((0.5 * 1e6 + t / 2) / 1e6).toFixed(7)); // halfway between ticks
        divergent.push([{ ...base, tickSize: tick, price: off }, "price off the tick grid (client rounds/keeps it; server: breaks minimum tick size rule)"]);
        divergent.push([{ ...base, tickSize: tick, size: 0.009 }, "size rounds to zero (client signs makerAmount 0)"]);
        divergent.push([{ ...base, tickSize: tick, kind: "market", amount: 0.004, size: undefined }, "market amount rounds to zero"]);
    }
    divergent.push([{ ...base, price: 0.5000001 }, "price finer than a micro"]);
    divergent.push([{ ...base, salt: "9007199254740993" }, "salt above 2^53 - 1 (the JSON number would not match the signed salt)"]);
    for (const c of divergent) {
        const input = { ...c[0] };
        for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
        emit("invalid-server-rule", input, { expected: { error: c[1] } }, { note: "Slipstream refuses before signing: " + c[1] });
    }
    // Malformed inputs.
    const malformed = [
        [{ ...base, key: "0x1234" }, "short key"],
        [{ ...base, key: "0x" + "00".repeat(32) }, "zero key"],
        [{ ...base, key: "0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141" }, "key = curve order"],
        [{ ...base, tokenID: "12ab" }, "non-decimal token id"],
        [{ ...base, tokenID: "115792089237316195423570985008687907853269984665640564039457584007913129639936" }, "token id 2^256"],
        [{ ...base, side: "buy" }, "lowercase side"],
        [{ ...base, builder: "0x1234" }, "short builder code"],
        [{ ...base, metadata: "0x" + "zz".repeat(32) }, "non-hex metadata"],
        [{ ...base, orderType: "IOC" }, "unknown order type"],
        [{ ...base, salt: undefined }, "missing salt"],
        [{ op: "l2", key: HARDHAT_KEY, secret: "", apiKey: "k", passphrase: "p", method: "GET", path: "/", timestamp: 1 }, "empty secret"],
        [{ op: "l2", key: HARDHAT_KEY, secret: "not*base64!", apiKey: "k", passphrase: "p", method: "GET", path: "/", timestamp: 1 }, "invalid secret"],
        [{ op: "l1", key: HARDHAT_KEY, timestamp: 1, nonce: "-1" }, "negative nonce"],
    ];
    for (const c of malformed) {
        const input = { ...c[0] };
        for (const k of Object.keys(input)) if (input[k] === undefined) delete input[k];
        emit("invalid-input", input, { expected: { error: c[1] } }, { note: c[1] });
    }
}

await main();
