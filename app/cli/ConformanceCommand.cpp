// `slipstream-cli conformance`: JSON lines in, one JSON line out per input, so anyone can
// compare Slipstream's orders and auth headers with the official client's. Test vectors only.

#include "CliCommand.h"

#include "venue/polymarket/OrderConformance.h"

#include <cstdio>
#include <iostream>
#include <string>

namespace {

int runConformance(const QStringList& args)
{
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::fputs(
            "usage: slipstream-cli conformance < vectors.jsonl\n"
            "\n"
            "FOR TEST VECTORS ONLY: every input line carries a raw hex private key. Never feed it a\n"
            "real key; live trading reads keys from the encrypted keystore.\n"
            "\n"
            "Reads one JSON object per line and writes one compact JSON line per input:\n"
            "  order (op absent): the exact POST /order body the official client would send\n"
            "    fields: key, version (1|2|3, default 2), chainId (137), signatureType (0..3), funder,\n"
            "    kind (\"market\" | absent = limit), tokenID, price, size (limit) | amount (market),\n"
            "    side, tickSize, negRisk, timestamp (ms), metadata, builder, expiration,\n"
            "    feeRateBps, nonce, taker (V1), salt, owner, orderType, postOnly, deferExec\n"
            "  op \"l1\": L1 headers; fields key, chainId, timestamp (s), nonce\n"
            "  op \"l2\": L2 headers; fields key, apiKey, secret, passphrase, method, path, body, timestamp (s)\n"
            "  invalid input: {\"error\":\"<message>\"}\n",
            stdout);
        return 0;
    }
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.empty())
            continue;
        const QByteArray out =
            slip::polymarket::OrderConformance::process(QByteArray(line.data(), qsizetype(line.size())));
        std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
        std::fputc('\n', stdout);
    }
    std::fflush(stdout);
    return 0;
}

} // namespace

SLIPSTREAM_CLI_COMMAND(conformance, "conformance",
                       "JSON lines in, signed order bodies / auth headers out (test vectors only)",
                       runConformance)
