// The paper book walk (stage E: partial fills, cash limit, fees, bound) and the portfolio
// ledger (average cost, realized PnL, settlement, SPLIT/MERGE, marks, rebuild from ledger).

#include "executor/BookWalker.h"
#include "portfolio/Portfolio.h"
#include "replay/ExposureCache.h"
#include "replay/MarketTimeline.h"
#include "signal/CopyGrouper.h"

#include <QCryptographicHash>
#include <QTest>

#include <random>

using namespace slip;

namespace {

BookSnapshot bookOf(std::vector<BookLevel> bids, std::vector<BookLevel> asks)
{
    BookSnapshot b;
    b.asset = QStringLiteral("101");
    b.bids = std::move(bids);
    b.asks = std::move(asks);
    return b;
}

const Portfolio::MidLookup kNoMids = [](const QString&) { return std::optional<std::int64_t>(); };

// The cache's figures equal Portfolio's direct sums (total, per condition, lots 0-2); a
// mismatch is reported by QCOMPARE and returns false.
bool sameAsDirectSums(const ExposureCache& cache, const Portfolio& p, const QStringList& conds,
                      const Portfolio::MidLookup& mids)
{
    [&] {
        QCOMPARE(cache.total(), p.totalExposure(mids));
        for (const QString& c : conds)
            QCOMPARE(cache.market(c), p.marketExposure(c, mids));
        for (int l = 0; l < 3; ++l)
            QCOMPARE(cache.lot(l), p.lotExposure(l, mids));
    }();
    return !QTest::currentTestFailed();
}

} // namespace

class TestWalkPortfolio : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walkBestFirstEqualPricesInArrayOrder()
    {
        // Unsorted asks; two levels at 0.50 keep their array order.
        const auto b = bookOf({}, {{Micros(520'000), Micros(5'000'000)}, {Micros(500'000), Micros(2'000'000)},
                                   {Micros(510'000), Micros(3'000'000)}, {Micros(500'000), Micros(1'000'000)}});
        const auto w = BookWalker::walk(b, Side::Buy, 510'000, 5'500'000, 1'000'000'000, 0);
        QCOMPARE(w.filledShares, std::int64_t(5'500'000));
        QCOMPARE(w.levels.size(), std::size_t(3));
        QCOMPARE(w.levels[0].shares, std::int64_t(2'000'000));
        QCOMPARE(w.levels[1].shares, std::int64_t(1'000'000));
        QCOMPARE(w.levels[2].price, std::int64_t(510'000));
        QCOMPARE(w.levels[2].shares, std::int64_t(2'500'000));
        QCOMPARE(w.filledNotional, std::int64_t(1'500'000 + 1'275'000));
    }

    void partialFillWhenDepthRunsOut()
    {
        const auto b = bookOf({}, {{Micros(500'000), Micros(2'000'000)}, {Micros(520'000), Micros(9'000'000)}});
        const auto w = BookWalker::walk(b, Side::Buy, 510'000, 5'000'000, 1'000'000'000, 0);
        QCOMPARE(w.filledShares, std::int64_t(2'000'000));
        QCOMPARE(w.filledNotional, std::int64_t(1'000'000));
        QVERIFY(w.anyLevelInBound);
        const auto none = BookWalker::walk(b, Side::Buy, 499'999, 5'000'000, 1'000'000'000, 0);
        QCOMPARE(none.filledShares, std::int64_t(0));
        QVERIFY(!none.anyLevelInBound); // NO_LIQUIDITY_WITHIN_BOUNDS
        const auto atBound = BookWalker::walk(b, Side::Buy, 500'000, 5'000'000, 1'000'000'000, 0);
        QCOMPARE(atBound.filledShares, std::int64_t(2'000'000));
    }

    void sellWalksBidsDescendingAboveBound()
    {
        const auto b = bookOf({{Micros(480'000), Micros(5'000'000)}, {Micros(490'000), Micros(1'000'000)}}, {});
        const auto w = BookWalker::walk(b, Side::Sell, 480'000, 3'000'000, 0, 0);
        QCOMPARE(w.filledShares, std::int64_t(3'000'000));
        QCOMPARE(w.filledNotional, std::int64_t(490'000 + 960'000));
        const auto above = BookWalker::walk(b, Side::Sell, 480'001, 3'000'000, 0, 0);
        QCOMPARE(above.filledShares, std::int64_t(1'000'000));
    }

    void buyLimitedByCashWithFees()
    {
        // 10 shares at 0.5 = 5 USDC, fee 100 bps: total 5.05. With 3.03 cash: the largest x with
        // n(x) + fee(n(x)) <= 3.03 is 6.000001 shares (n floors to 3.000000, fee 0.03).
        const auto b = bookOf({}, {{Micros(500'000), Micros(10'000'000)}, {Micros(500'000), Micros(10'000'000)}});
        const auto w = BookWalker::walk(b, Side::Buy, 500'000, 20'000'000, 3'030'000, 100);
        QCOMPARE(w.filledShares, std::int64_t(6'000'001));
        QCOMPARE(w.filledNotional, std::int64_t(3'000'000));
        QCOMPARE(w.fee, std::int64_t(30'000));
        QCOMPARE(w.levels.size(), std::size_t(1));
        // One micro less cash: n = 2.999999 (fee floor 0.029999), so x = 5.999999.
        const auto less = BookWalker::walk(b, Side::Buy, 500'000, 20'000'000, 3'029'999, 100);
        QCOMPARE(less.filledNotional + less.fee <= 3'029'999, true);
        QCOMPARE(less.filledShares, std::int64_t(5'999'999));
        QCOMPARE(less.fee, std::int64_t(29'999));
    }

    void feeFloor()
    {
        QCOMPARE(BookWalker::fee(1'999'999, 100), std::int64_t(19'999));
        QCOMPARE(BookWalker::fee(2'000'000, 100), std::int64_t(20'000));
        QCOMPARE(BookWalker::fee(123, 0), std::int64_t(0));
    }

    void buySellAverageCostRealized()
    {
        Portfolio p(100'000'000);
        p.buy(0, QStringLiteral("A"), QStringLiteral("c"), 3'000'000, 1'000'000, 10'000, QStringLiteral("g1"), 1);
        QCOMPARE(p.cash(), std::int64_t(98'990'000));
        QCOMPARE(p.holding(QStringLiteral("A"))->costBasis, std::int64_t(1'010'000));
        // removed = floor(1.01 * 1 / 3) = 0.336666
        p.sell(0, QStringLiteral("A"), 1'000'000, 600'000, 6'000, QStringLiteral("g2"), 2);
        QCOMPARE(p.holding(QStringLiteral("A"))->costBasis, std::int64_t(673'334));
        QCOMPARE(p.realized(), std::int64_t(600'000 - 6'000 - 336'666));
        QCOMPARE(p.cash(), std::int64_t(98'990'000 + 594'000));
        // Mark without a book: avg_cost = floor(0.673334 * 1e6 / 2) = 0.336667.
        QCOMPARE(p.totalExposure(kNoMids), std::int64_t(673'334));
        const Portfolio::MidLookup mid = [](const QString&) { return std::optional<std::int64_t>(333'333); };
        QCOMPARE(p.totalExposure(mid), std::int64_t(666'666));
        QCOMPARE(p.equity(mid), p.cash() + 666'666);
    }

    void globalLotsPerWalletAndExposures()
    {
        Portfolio p(1'000'000'000);
        p.buy(0, QStringLiteral("A"), QStringLiteral("c1"), 10'000'000, 5'000'000, 0, QStringLiteral("g1"), 1);
        p.buy(1, QStringLiteral("A"), QStringLiteral("c1"), 30'000'000, 18'000'000, 0, QStringLiteral("g2"), 2);
        p.buy(1, QStringLiteral("B"), QStringLiteral("c2"), 10'000'000, 1'000'000, 0, QStringLiteral("g3"), 3);
        // Wallet 0 sells: only its own lot changes.
        p.sell(0, QStringLiteral("A"), 10'000'000, 6'000'000, 0, QStringLiteral("g4"), 4);
        QCOMPARE(p.holdings(0, QStringLiteral("A")), std::int64_t(0));
        QCOMPARE(p.holdings(1, QStringLiteral("A")), std::int64_t(30'000'000));
        QCOMPARE(p.realized(), std::int64_t(1'000'000));
        // Summed lot of A valued at its avg cost 0.6; lot exposure of wallet 1 = 18 + 1.
        QCOMPARE(p.totalExposure(kNoMids), std::int64_t(19'000'000));
        QCOMPARE(p.marketExposure(QStringLiteral("c1"), kNoMids), std::int64_t(18'000'000));
        QCOMPARE(p.lotExposure(1, kNoMids), std::int64_t(19'000'000));
        QCOMPARE(p.lotExposure(0, kNoMids), std::int64_t(0));
    }

    void settlementAndLaterFillsSettleAtOnce()
    {
        Portfolio p(100'000'000);
        p.buy(0, QStringLiteral("Y"), QStringLiteral("c"), 10'000'000, 4'000'000, 0, QStringLiteral("g1"), 1);
        p.buy(0, QStringLiteral("N"), QStringLiteral("c"), 10'000'000, 6'000'000, 0, QStringLiteral("g2"), 1);
        p.settle(QStringLiteral("c"), {QStringLiteral("Y"), QStringLiteral("N")}, {1'000'000, 0}, 5);
        QCOMPARE(p.cash(), std::int64_t(100'000'000));
        QCOMPARE(p.realized(), std::int64_t(0)); // +6 on Y, -6 on N
        QCOMPARE(p.holdings(0, QStringLiteral("Y")), std::int64_t(0));
        p.buy(0, QStringLiteral("Y"), QStringLiteral("c"), 2'000'000, 1'000'000, 0, QStringLiteral("g3"), 6);
        QCOMPARE(p.holdings(0, QStringLiteral("Y")), std::int64_t(0));
        QCOMPARE(p.cash(), std::int64_t(101'000'000));
        QCOMPARE(p.realized(), std::int64_t(1'000'000));
    }

    void splitAndMerge()
    {
        Portfolio p(10'000'000);
        const QStringList tokens{QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3")};
        p.split(0, QStringLiteral("c"), tokens, 1'000'000, QStringLiteral("s1"), 1);
        QCOMPARE(p.cash(), std::int64_t(9'000'000));
        QCOMPARE(p.holding(QStringLiteral("T1"))->costBasis, std::int64_t(333'333));
        QCOMPARE(p.holding(QStringLiteral("T2"))->costBasis, std::int64_t(333'333));
        QCOMPARE(p.holding(QStringLiteral("T3"))->costBasis, std::int64_t(333'334));
        p.merge(0, QStringLiteral("c"), tokens, 400'000, QStringLiteral("m1"), 2);
        // removed: floor(333333 * 0.4) = 133333 twice, floor(333334 * 0.4) = 133333.
        QCOMPARE(p.cash(), std::int64_t(9'400'000));
        QCOMPARE(p.realized(), std::int64_t(400'000 - 3 * 133'333));
        QCOMPARE(p.holdings(0, QStringLiteral("T3")), std::int64_t(600'000));
        QCOMPARE(p.holding(QStringLiteral("T3"))->costBasis, std::int64_t(200'001));
    }

    void rebuildFromLedgerEqualsLive()
    {
        Portfolio p(50'000'000);
        p.buy(2, QStringLiteral("A"), QStringLiteral("c"), 7'000'000, 3'333'333, 33'333, QStringLiteral("g1"), 1);
        p.split(1, QStringLiteral("c"), {QStringLiteral("A"), QStringLiteral("B")}, 5'000'001, QStringLiteral("s"), 2);
        p.sell(2, QStringLiteral("A"), 2'500'000, 1'300'000, 13'000, QStringLiteral("g2"), 3);
        p.merge(1, QStringLiteral("c"), {QStringLiteral("A"), QStringLiteral("B")}, 1'000'000, QStringLiteral("m"), 4);
        p.settle(QStringLiteral("c"), {QStringLiteral("A"), QStringLiteral("B")}, {0, 1'000'000}, 5);
        const Portfolio r = Portfolio::rebuild(50'000'000, p.ledger());
        QCOMPARE(r.cash(), p.cash());
        QCOMPARE(r.realized(), p.realized());
        QCOMPARE(r.slotCount(), p.slotCount());
        for (const Portfolio::AssetEntry* e : p.sortedAssets()) {
            const auto& [asset, h] = *e;
            QVERIFY(r.holding(asset));
            QCOMPARE(r.holding(asset)->shares, h.shares);
            QCOMPARE(r.holding(asset)->costBasis, h.costBasis);
        }
    }

    void exposureCacheEqualsDirectSums()
    {
        // Random operations on a global-style portfolio; after each, the incrementally kept
        // figures equal Portfolio's direct sums, with marks changing between epochs.
        std::mt19937_64 rng(7);
        Portfolio p(1'000'000'000'000);
        ExposureCache cache;
        const QStringList assets{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
        const QStringList conds{QStringLiteral("a"), QStringLiteral("b")};
        std::int64_t midBase = 500'000;
        std::size_t epoch = 0;
        for (int step = 0; step < 3000; ++step) {
            const int lot = int(rng() % 3);
            const QString asset = assets[qsizetype(rng() % 4)];
            const QString ref = QString::number(step);
            switch (rng() % 6) {
            case 0: case 1:
                p.buy(lot, asset, conds[qsizetype(rng() % 2)], std::int64_t(rng() % 50'000'000 + 1),
                      std::int64_t(rng() % 30'000'000), std::int64_t(rng() % 1000), ref, step);
                break;
            case 2: {
                const std::int64_t h = p.holdings(lot, asset);
                if (h > 0)
                    p.sell(lot, asset, std::int64_t(rng() % std::uint64_t(h)) + 1, std::int64_t(rng() % 30'000'000), 0, ref, step);
                break;
            }
            case 3:
                p.split(lot, conds[0], {assets[0], assets[1]}, std::int64_t(rng() % 10'000'000), ref, step);
                break;
            case 4:
                ++epoch;
                midBase = std::int64_t(rng() % 900'000) + 50'000;
                break;
            default:
                if (rng() % 50 == 0)
                    p.settle(conds[1], {assets[2], assets[3]}, {0, 1'000'000}, step);
            }
            const std::int64_t base = midBase;
            const Portfolio::MidLookup mids = [base](const QString& a) {
                return a == u"4" ? std::optional<std::int64_t>() : std::optional<std::int64_t>(base + a.toInt());
            };
            cache.refresh(p, epoch, mids);
            if (!sameAsDirectSums(cache, p, conds, mids))
                return;
        }
    }

    void exposureCacheFollowsBookEpochs()
    {
        // Books arrive (and decisions look back in time); revaluing only the assets of the books
        // between two epochs gives the direct sums at every step.
        std::mt19937_64 rng(11);
        Portfolio p(1'000'000'000'000);
        ExposureCache cache;
        const QStringList assets{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")};
        std::vector<std::pair<QString, std::int64_t>> books;
        for (int step = 0; step < 3000; ++step) {
            const QString asset = assets[qsizetype(rng() % 5)];
            if (rng() % 3 == 0)
                books.push_back({asset, std::int64_t(rng() % 990'000) + 5'000});
            else if (rng() % 2 == 0)
                p.buy(int(rng() % 2), asset, QStringLiteral("c"), std::int64_t(rng() % 9'000'000) + 1, std::int64_t(rng() % 5'000'000), 0,
                      QString::number(step), step);
            else if (const std::int64_t h = p.holdings(0, asset); h > 0)
                p.sell(0, asset, std::int64_t(rng() % std::uint64_t(h)) + 1, std::int64_t(rng() % 5'000'000), 0, QString::number(step), step);
            const std::size_t epoch = books.empty() ? 0 : std::size_t(rng() % 4 == 0 ? rng() % (books.size() + 1) : books.size());
            const Portfolio::MidLookup mids = [&books, epoch](const QString& a) {
                std::optional<std::int64_t> mid;
                for (std::size_t i = 0; i < epoch; ++i)
                    if (books[i].first == a)
                        mid = books[i].second;
                return mid;
            };
            cache.refresh(p, epoch, mids, [&books](std::size_t i) -> const QString& { return books[i].first; });
            QCOMPARE(cache.total(), p.totalExposure(mids));
            QCOMPARE(cache.market(QStringLiteral("c")), p.marketExposure(QStringLiteral("c"), mids));
            QCOMPARE(cache.lot(1), p.lotExposure(1, mids));
        }
    }

    void exposureCacheOnTimelineEqualsDirectSums()
    {
        // The engine's path: marks from a market timeline (books arriving, one-sided ones
        // included), valuations at times that mostly move on and sometimes look back, assets
        // the timeline numbers or not, fills, splits and settlements in between; the figures
        // equal Portfolio's direct sums at every step.
        std::mt19937_64 rng(23);
        MarketTimeline markets;
        Portfolio p(1'000'000'000'000);
        ExposureCache cache;
        const QStringList assets{QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13"),
                                 QStringLiteral("14"), QStringLiteral("15"), QStringLiteral("16")};
        const QStringList conds{QStringLiteral("a"), QStringLiteral("b")};
        std::int64_t t = 0;
        for (int step = 0; step < 4000; ++step) {
            const int lot = int(rng() % 3);
            const int which = int(rng() % std::uint64_t(assets.size()));
            const QString& asset = assets[which];
            // Only some callers number their assets (the engine does, after the timeline).
            const AssetKey key(asset, rng() % 2 ? markets.internAsset(asset) : -1);
            const QString ref = QString::number(step);
            switch (rng() % 7) {
            case 0:
            case 1:
                p.buy(lot, key, conds[qsizetype(rng() % 2)], std::int64_t(rng() % 50'000'000 + 1),
                      std::int64_t(rng() % 30'000'000), std::int64_t(rng() % 1000), ref, step);
                break;
            case 2:
                if (const std::int64_t h = p.holdings(lot, key); h > 0)
                    p.sell(lot, key, std::int64_t(rng() % std::uint64_t(h)) + 1, std::int64_t(rng() % 30'000'000), 0, ref, step);
                break;
            case 3:
                p.split(lot, conds[0], {assets[0], assets[5]}, std::int64_t(rng() % 10'000'000), ref, step);
                break;
            case 4: {
                // A batch of books at one t, some one-sided.
                t += std::int64_t(rng() % 3) * 1000;
                for (int b = int(rng() % 4); b >= 0; --b) {
                    BookSnapshot book;
                    book.asset = assets[qsizetype(rng() % std::uint64_t(assets.size()))];
                    const std::int64_t mid = std::int64_t(rng() % 900'000) + 50'000;
                    book.bids = {{Micros(mid - 1000), Micros(1'000'000)}};
                    if (rng() % 5 != 0)
                        book.asks = {{Micros(mid + 1000), Micros(1'000'000)}};
                    markets.addBook(t, std::move(book));
                }
                break;
            }
            default:
                if (rng() % 60 == 0)
                    p.settle(conds[1], {assets[2], assets[3]}, {0, 1'000'000}, step);
            }
            const std::int64_t x = rng() % 6 == 0 ? std::int64_t(rng() % std::uint64_t(t + 1)) : t;
            const Portfolio::MidLookup mids = [&markets, x](const QString& a) { return markets.midAt(a, x); };
            cache.refresh(p, markets, x);
            if (!sameAsDirectSums(cache, p, conds, mids))
                return;
        }
    }

    void groupKeysJitterAndWindow()
    {
        CopyGrouper g(42);
        const GroupTiming timing{2000, 750, 250};
        const QString w = QStringLiteral("0x1111111111111111111111111111111111111111");
        g.addTrade(0, w, 0, QStringLiteral("A"), QStringLiteral("BUY"), QStringLiteral("c"), false, 10'000, 500'000, 1'000'000, 0, 1'000'000, timing);
        g.addTrade(0, w, 0, QStringLiteral("A"), QStringLiteral("BUY"), QStringLiteral("c"), false, 11'999, 600'000, 2'000'000, 1'000'000, 3'000'000, timing);
        g.addTrade(0, w, 0, QStringLiteral("A"), QStringLiteral("BUY"), QStringLiteral("c"), false, 12'000, 500'000, 1'000'000, 3'000'000, 4'000'000, timing);
        g.addTrade(0, w, 0, QStringLiteral("A"), QStringLiteral("BUY"), QStringLiteral("c"), true, 12'000, 500'000, 1'000'000, 4'000'000, 5'000'000, timing);
        QCOMPARE(g.groups().size(), std::size_t(3));
        const CopyGroup& first = g.groups()[0];
        QCOMPARE(first.theirShares, std::int64_t(3'000'000));
        QCOMPARE(first.theirNotional, std::int64_t(1'700'000));
        QCOMPARE(first.theirVwap, std::int64_t(566'666));
        QCOMPARE(first.shadowBefore, std::int64_t(0));
        QCOMPARE(first.shadowAfter, std::int64_t(3'000'000));
        QCOMPARE(first.groupKey, w + QStringLiteral(":A:BUY:10000"));
        QCOMPARE(first.flushMs, std::int64_t(12'000));
        // jitter = u64_be(sha256("42|<key>")[0..8]) mod 251, computed independently here.
        const QByteArray d = QCryptographicHash::hash(("42|" + first.groupKey).toUtf8(), QCryptographicHash::Sha256);
        quint64 v = 0;
        for (int i = 0; i < 8; ++i)
            v = (v << 8) | quint8(d[i]);
        QCOMPARE(first.decisionMs, std::int64_t(12'000 + 750 + std::int64_t(v % 251)));
        QCOMPARE(g.groups()[1].groupKey, w + QStringLiteral(":A:BUY:12000"));
        QCOMPARE(g.groups()[2].groupKey, w + QStringLiteral(":A:BUY:12000#1"));
        QCOMPARE(g.groups()[2].n, 1);
        QCOMPARE(CopyGrouper::jitter(42, first.groupKey, 0), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestWalkPortfolio)
#include "test_walk_portfolio.moc"
