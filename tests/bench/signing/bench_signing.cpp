// Signing benchmark: V2 limit orders built, signed (with the recovery self-check) and
// serialized to the POST body per second on one thread, against the official client's figure
// from the same machine and run. Usage: bench_signing [--quick] [--seconds N]

#include "crypto/EvmSigner.h"
#include "venue/polymarket/OrderBuilder.h"
#include "venue/polymarket/SignedOrderJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>

using namespace slip;
using namespace slip::polymarket;

namespace {

// Runs tests/conformance/bench-official.mjs; 0 when node or the npm packages are absent.
double officialOrdersPerSecond(int seconds)
{
    const QString dir = QStringLiteral(SLIPSTREAM_SOURCE_DIR "/tests/conformance");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !QFileInfo::exists(dir + QStringLiteral("/node_modules/@polymarket/clob-client-v2")))
        return 0;
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(node, {QStringLiteral("bench-official.mjs"), QString::number(seconds)});
    if (!p.waitForFinished(60000 + seconds * 1000))
        return 0;
    const auto m = QRegularExpression(QStringLiteral("orders_per_sec=([0-9.]+)"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toDouble() : 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    int seconds = quick ? 0 : 3;
    if (const qsizetype i = args.indexOf(QStringLiteral("--seconds")); i >= 0 && i + 1 < args.size())
        seconds = args.at(i + 1).toInt();

    auto signer = crypto::EvmSigner::fromHex(u"0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    if (!signer) {
        std::fprintf(stderr, "signer: %s\n", qPrintable(signer.error()));
        return 1;
    }
    const OrderBuilder builder(ExchangeConfig::forChain(137).value(), *signer);
    OrderRequest r;
    r.tokenId = QStringLiteral("71321045679252212594626385532706912750332728571942532289631379312455583992563");
    r.timestampMs = 1713398400000ll;
    const QString owner = QStringLiteral("00000000-0000-0000-0000-000000000000");

    // Same shape of work as bench-official.mjs: vary price, size and side per order.
    auto one = [&](std::int64_t n) -> bool {
        r.salt = std::uint64_t(479249096354ll + n);
        r.price = Micros(10000 + (n % 98) * 10000);
        r.size = Micros(10'000'000 + (n % 1000) * 10000);
        r.side = n % 2 ? Side::Sell : Side::Buy;
        auto order = builder.build(r);
        if (!order)
            return false;
        auto body = SignedOrderJson::body(*order, owner, OrderType::Gtc, false, false);
        return body.ok() && !body->isEmpty();
    };

    std::int64_t n = 0;
    // Runs for `budgetNs` (at least 100 orders); returns orders per second.
    auto measure = [&](qint64 budgetNs) -> double {
        QElapsedTimer timer;
        timer.start();
        std::int64_t count = 0;
        do {
            for (int i = 0; i < 100; ++i, ++n, ++count)
                if (!one(n))
                    return -1;
        } while (timer.nsecsElapsed() < budgetNs);
        return double(count) / (double(timer.nsecsElapsed()) / 1e9);
    };
    // The machine's load changes; measuring ours before and after the official client and
    // averaging keeps the ratio fair.
    const qint64 half = quick ? 0 : qint64(seconds) * 500'000'000;
    // The ceiling this library allows: libsecp256k1 signing plus the recovery self-check alone
    // (EvmSigner::sign on fresh digests), measured next to each half of ours. Everything else
    // per order (amounts, EIP-712 hashing, hex, JSON) is the gap between the two figures.
    std::int64_t m = 0;
    auto measureSign = [&](qint64 budgetNs) -> double {
        QElapsedTimer timer;
        timer.start();
        std::int64_t count = 0;
        crypto::Hash32 digest{};
        do {
            for (int i = 0; i < 100; ++i, ++m, ++count) {
                digest[0] = std::uint8_t(m);
                digest[1] = std::uint8_t(m >> 8);
                digest[2] = std::uint8_t(m >> 16);
                if (!signer->sign(digest))
                    return -1;
            }
        } while (timer.nsecsElapsed() < budgetNs);
        return double(count) / (double(timer.nsecsElapsed()) / 1e9);
    };
    const double before = measure(half);
    const double signBefore = measureSign(half / 2);
    const double official = officialOrdersPerSecond(quick ? 1 : seconds);
    const double after = measure(half);
    const double signAfter = measureSign(half / 2);
    if (before < 0 || after < 0 || signBefore < 0 || signAfter < 0) {
        std::fprintf(stderr, "building or signing an order failed\n");
        return 1;
    }
    const double ours = (before + after) / 2;
    std::printf("slipstream: %.0f orders/s (%lld orders, one thread, build+sign+recovery check+json; %.0f before / "
                "%.0f after the official run)\n",
                ours, static_cast<long long>(n), before, after);
    const double signOnly = (signBefore + signAfter) / 2;
    const double restUs = 1e6 / ours - 1e6 / signOnly;
    if (restUs > 0)
        std::printf("secp256k1 sign + recovery check alone: %.0f /s (the ceiling with this libsecp256k1); the rest "
                    "of the path costs %.1f us/order\n",
                    signOnly, restUs);
    else
        std::printf("secp256k1 sign + recovery check alone: %.0f /s (the ceiling with this libsecp256k1; the "
                    "machine's load changed too much during the run to split the rest out)\n",
                    signOnly);
    if (official > 0)
        std::printf("official @polymarket/clob-client-v2: %.1f orders/s; ratio %.0fx (target >= 100x, 20000/s)\n",
                    official, ours / official);
    else
        std::printf("official client not measured (node or tests/conformance/node_modules absent)\n");
    return 0;
}
